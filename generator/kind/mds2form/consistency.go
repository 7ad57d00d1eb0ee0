package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// The catalog's cross-section consistency checks that are implications:
// a Yes to the first question needs the answer given to the second
// (PII over a wireless link needs wireless connectivity). They are
// advisory (the reference: not gating), so a form that breaks one is
// warned about, never refused; an answer that is not Yes or No (N/A, See
// Note, none) checks nothing. hardware marks those about the device's own
// connections, which a SaMD (DOC-11 Yes) answers for hardware it does not
// have while its host's network carries its PII.
//
// Of the catalog's CSUP-4 ↔ MLDP-2.1/2.2 (anti-malware present), one
// direction is forced: anti-malware installed as delivered (MLDP-2.1) is
// anti-malware the device contains (CSUP-4), whose updates CSUP-4.1 to
// CSUP-4.4 describe. The others are not: anti-malware offered as an
// option (MLDP-2.2) is not on a device delivered without it, so CSUP-4
// No may describe the device as delivered; and CSUP-4 Yes beside No to
// both may be about anti-malware the owner installs as the documents
// allow (MLDP-2.3), which is neither bundled nor the manufacturer's
// option. Warning there would flag honest forms, and a note does not
// silence these warnings, except where noted says what the first
// answer's note may explain (a Yes true of part of what its question
// asks): a note on either answer silences those.
//
// The catalog's other pairs are checked one way only, or not at all,
// where its meaning forces no more: an operating system (CSUP-2) need
// not be one a SaMD ships (DOC-11.1); PII over a wired network (MPII-3.5)
// needs wired connectivity (CONN-1.2) but not an RJ45 port (CONN-1.2.1:
// a USB adapter, fibre or an M12 connector carry networks too); PII over
// the internet (MPII-3.7) need not make the internet needed for the
// intended use (CONN-6); a database on the device (STCF-3) may hold no
// PII (MPII-2.4); remote service (RMOT-1) need not be recorded
// (AUDT-2.8.1); and "SBOM supports RDMP" describes the SBOM section,
// which asks nothing of RDMP's answers.
var implications = []struct {
	if_, then string
	want      mds2.Answer
	hardware  bool
	why       string
	noted     string // "": a note silences nothing; else what if_'s note may say to explain the Yes (a note on either silences it)
}{
	{"MPII-3.3", "CONN-1.2.3", mds2.Yes, true, "PII on removable media needs a removable-media connection", ""},
	{"MPII-3.5", "CONN-1.2", mds2.Yes, true, "PII over a wired network needs wired connectivity", ""},
	{"MPII-3.6", "CONN-1.1", mds2.Yes, true, "PII over a wireless link needs wireless connectivity", ""},
	{"MPII-3.7", "CONN-4", mds2.Yes, false, "PII over an external network means talking to systems outside the customer's network", ""},
	// PII sent over a network or a radio link goes to, or comes from,
	// a system at its other end: the exchange MPII-2.6 asks about (its
	// derivation, exchangesPII, counts one with the product's own other
	// part too). Removable media and cables (MPII-3.3, 3.4) are left out:
	// a drive the device writes its own backup to, or a cable to its own
	// printer, need be no other system.
	{"MPII-3.5", "MPII-2.6", mds2.Yes, false, "PII sent over a wired network is PII exported to, or imported from, another system", ""},
	{"MPII-3.6", "MPII-2.6", mds2.Yes, false, "PII sent over a wireless link is PII exported to, or imported from, another system", ""},
	{"MPII-3.7", "MPII-2.6", mds2.Yes, false, "PII sent over an external network is PII exported to, or imported from, another system", ""},
	{"TXCF-1", "MPII-3.5", mds2.No, false, "PII sent only over a dedicated cable is not sent over a wired network", ""},
	{"TXCF-1", "MPII-3.6", mds2.No, false, "PII sent only over a dedicated cable is not sent over a wireless link", ""},
	{"TXCF-1", "MPII-3.7", mds2.No, false, "PII sent only over a dedicated cable is not sent over an external network", ""},
	{"CONN-1.1", "CONN-1", mds2.Yes, false, "wireless connectivity is hardware connectivity", ""},
	{"CONN-1.2", "CONN-1", mds2.Yes, false, "wired connectivity is hardware connectivity", ""},
	{"DOC-11.1", "CSUP-2", mds2.Yes, false, "a SaMD that ships its own operating system has an operating system among its components", ""},
	{"CSUP-2", "MLDP-1", mds2.Yes, false, "a device that runs an operating system runs executable software", ""},
	{"MLDP-2.1", "CSUP-4", mds2.Yes, false, "anti-malware software installed on the device as delivered is anti-malware software the device contains", ""},
	{"MPII-2.3", "MPII-2.7", mds2.Yes, false, "PII kept in non-volatile storage until someone erases it survives a loss of power", ""},
	{"DOC-11", "PLOK-1", mds2.Yes, false, "both ask whether the product is software only, with no hardware of its own", ""},
	{"PLOK-1", "DOC-11", mds2.Yes, false, "both ask whether the product is software only, with no hardware of its own", ""},
	// The catalog's CONN-5 ↔ AUTH-4 ↔ AUDT-2.8.2 (APIs): checking or
	// logging the requests to the device's APIs is having APIs. A device
	// with APIs need not check or log every request (a No there is an
	// honest gap), so the other direction is not forced.
	{"AUTH-4", "CONN-5", mds2.Yes, false, "authorizing every request to the device's APIs means the device has APIs", ""},
	{"AUDT-2.8.2", "CONN-5", mds2.Yes, false, "logging the activity of the device's APIs means the device has APIs", ""},
	// EMRG-1 ↔ AUDT-2.9: logging emergency access means having it.
	{"AUDT-2.9", "EMRG-1", mds2.Yes, false, "logging emergency (break-glass) access means the device offers it", ""},
	// PAUT-2 ↔ AUTH-1.1: both ask whether an external service holds the
	// users' credentials. AUTH-2 ↔ SAHD-5.1: role-based control of file
	// or patient-level access (SAHD-5.1, under SAHD-5) is privileges by
	// role; privileges by role need not extend to file or patient-level
	// access, so AUTH-2 Yes beside SAHD-5.1 No is no contradiction.
	{"PAUT-2", "AUTH-1.1", mds2.Yes, false, "both ask whether an external service (a directory, LDAP, OAuth) manages the users' credentials", ""},
	{"AUTH-1.1", "PAUT-2", mds2.Yes, false, "both ask whether an external service (a directory, LDAP, OAuth) manages the users' credentials", ""},
	{"SAHD-5.1", "AUTH-2", mds2.Yes, false, "role-based control of file or patient-level access gives privileges by role", ""},
	// MPII-3.3 ↔ CONN-1.2.3 ↔ PLOK-4 ↔ AUDT-2.7 (removable media): a
	// lock for removable media, or a log of what is read from or written
	// to it, needs a removable-media connection.
	{"PLOK-4", "CONN-1.2.3", mds2.Yes, true, "a lock the customer can put on removable media needs a removable-media connection", ""},
	{"AUDT-2.7", "CONN-1.2.3", mds2.Yes, true, "logging removable-media import and export needs a removable-media connection", ""},
	// MPII-3.7 ↔ CONN-4/CONN-6: a device that needs the internet for its
	// intended use talks to systems outside the customer's network.
	{"CONN-6", "CONN-4", mds2.Yes, false, "needing the internet for the intended use means talking to systems outside the customer's network", ""},
	// MPII-2.4 ↔ STCF-3 (on-device database): checkPIIDatabase, since a
	// SaMD's database may be outside it (STCF-4).
	// RMOT-1 ↔ AUDT-2.8.1: AUDT-2.8.1 asks whether local and remote
	// service sessions are recorded; a Yes beside no remote service
	// connection may be true of local sessions only, which its note says.
	{"AUDT-2.8.1", "RMOT-1", mds2.Yes, false, "recording remote service sessions needs remote service connections", "that only local service sessions are recorded"},
}

// checkConsistency warns, at the answer the manufacturer gave (else at
// the other), where the final answers break an implication, and where
// an answer presupposes what another denies (checkAPIsPresupposed).
func (r *mds2Resolver) checkConsistency(final map[string]mds2.Answer, givens map[string]given) {
	for _, im := range implications {
		a, b := final[im.if_], final[im.then]
		if a != mds2.Yes || (b != mds2.Yes && b != mds2.No) || b == im.want || im.hardware && final["DOC-11"] == mds2.Yes {
			continue
		}
		if im.noted != "" {
			// A note on either answer tells the reader which part of the
			// Yes holds (RMOT-1 No's note saying servicing is on site).
			if givens[im.if_].entry.Note != 0 || givens[im.then].entry.Note != 0 {
				continue
			}
			r.warnf(r.p.MDS2.AnswerPath(im.if_), "the form answers %s Yes and %s %s, but %s: correct one of them, or say in %s's note %s",
				im.if_, im.then, b, im.why, im.if_, im.noted)
			continue
		}
		at := im.if_
		if _, ok := givens[im.if_]; !ok {
			if _, ok := givens[im.then]; ok {
				at = im.then
			}
		}
		r.warnf(r.p.MDS2.AnswerPath(at), "the form answers %s Yes and %s %s, but %s: correct one of them",
			im.if_, im.then, b, im.why)
	}
	r.checkPIIDatabase(final, givens)
	r.checkOutsideDatabase(final, givens)
	r.checkAccountsListed(final, givens)
	r.checkBackupMediaPII(final, givens)
	r.checkUnlistedScreen(final, givens)
	r.checkScreenNotListed(final, givens)
	r.checkAPIsPresupposed(final, givens)
	r.checkSoftwareClasses(final, givens)
	r.checkUSBInstall(final, givens)
}

// checkAgainstData warns where the manufacturer's answer denies what
// the product data shows but no rule derives (the rule's direction or its
// other facts leave the question open): CONN-4 No while a part of the
// product on the customer's side connects out to a cloud service it
// lists, even one stated optional, or to a part the manufacturer hosts,
// or a data flow of such a part goes to a cloud service or a system the
// manufacturer hosts (flowToOutsideService); CONN-7 No beside a port
// the device speaks TLS on (supportsTLS); RMOT-1 No while a part the manufacturer hosts connects in to a part on
// the customer's side; and the others of againstData. Prose
// (deployment.remote_service, cloud.statement, a data store's protection)
// decides nothing here, and neither does a connection out to the
// manufacturer's service for RMOT-1: an upload is no remote service
// session. Advisory, as the implications: an answer explained in its
// note stands without a warning. Then the answers the data can
// contradict only together (checkSignInsLogged: AUDT-2.1 and AUDT-2.2),
// and a DOC-8 note saying "not stated" beside a derived Yes
// (checkCVDNotStated).
func (r *mds2Resolver) checkAgainstData(final map[string]mds2.Answer, givens map[string]given) {
	for _, c := range append(r.facts.againstData(), r.facts.signInNoneChecks()...) {
		g, ok := r.plainHand(c.id, final, givens, c.answer)
		if !ok {
			continue
		}
		if d, ok := c.show(); ok {
			r.warnf(g.path, "answer %s, but %s: that is %s; correct the answer, or explain it in a note ({ answer = %q, note = n })",
				c.answer, d, c.is, strings.ToLower(c.answer.String()))
		}
	}
	r.checkSignInsLogged(final, givens)
	r.checkCVDNotStated(final, givens)
}

// plainHand returns the hand answer to id where it is one of answers,
// stands as the form's final answer, has no note and no check has called
// it contradicted (denied): the answers the advisory checks speak of (an
// answer explained in its note stands without a warning).
func (r *mds2Resolver) plainHand(id string, final map[string]mds2.Answer, givens map[string]given, answers ...mds2.Answer) (given, bool) {
	g, ok := givens[id]
	if !ok || g.entry.Note != 0 || final[id] != g.answer || !slices.Contains(answers, g.answer) || r.denied[id] {
		return given{}, false
	}
	return g, true
}

// dataCheck is one hand answer the product data can contradict: answer
// to question id, contradicted by the fact show finds, which is what "is"
// says.
type dataCheck struct {
	id     string
	answer mds2.Answer
	show   func() (fact, bool)
	is     string
}

// againstData lists the answers the data can contradict, by question ID.
func (f *mds2Facts) againstData() []dataCheck {
	return []dataCheck{
		{"AUDT-5.2", mds2.Yes, f.noSIEM, "no events forwarded to a SIEM or log collector, so no audit log sent to a SIEM by IHE ATNA"},
		{"AUTH-2", mds2.No, f.customerAssignsRoles, "users given different privilege levels by role"},
		{"AUTH-1.1", mds2.Yes, f.localSignInOnly, "no directory or federation service that manages the users' credentials"},
		{"DOC-10", mds2.No, f.publishedDataFlowView, "a diagram of the device's data flows published with the product's documents"},
		{"RDMP-3", mds2.No, f.publishedLifecyclePage, "a source of the device's software support dates the manufacturer publishes"},
		{"CONN-3", mds2.No, f.linksInsideNetwork, "communication with a system inside the customer's network"},
		{"CONN-4", mds2.No, f.connectsOutside, "communication with a system outside the customer's network"},
		{"CONN-7", mds2.No, f.supportsTLS, "TLS the device supports"},
		{"PAUT-2", mds2.Yes, f.localSignInOnly, "no authentication through an external service"},
		{"RMOT-1", mds2.No, f.manufacturerConnectsIn, "a remote connection from the manufacturer"},
		{"STCF-1.1", mds2.Yes, f.unencryptedStore, "data stored without encryption, which the Yes covers only if something else protects it: say what in the note"},
		{"STCF-1.1", mds2.No, f.everyStoreEncrypted, "all stored data encrypted"},
		{"STCF-1.2", mds2.Yes, f.noStoreEncrypted, "no data encrypted at rest as shipped, so no encryption on by default"},
		{"TXCF-2", mds2.Yes, f.unencryptedPIIFlow, "PII sent over a network without encryption"},
		{"TXCF-2", mds2.No, f.everyPIIFlowEncrypted, "PII encrypted whenever it is sent"},
		{"TXCF-2", mds2.NA, f.piiFlowOver, "PII sent over a network or written to media, which the question is about"},
		{"TXCF-4", mds2.Yes, f.unauthenticatedPort, "data exchanged with a system the device has not authenticated"},
		{"TXCF-4", mds2.No, f.everyPortAuthenticated, "data exchanged only with systems the device has authenticated"},
		{"TXIG-1", mds2.No, f.everyPortIntegrityProtected, "data in transit protected against undetected change"},
	}
}

// customerSide reports a part of the product that runs on the customer's
// side (the device, customer-hosted software, the customer's own
// device): not the manufacturer's, nor the customer's own infrastructure.
func customerSide(p content.Part) bool {
	return p.ID != "" && !p.Runs.IsManufacturerHosted() && !p.Runs.IsCustomerInfrastructure()
}

// connectsOutside is the first port by which a part on the customer's
// side connects out to a cloud service the product lists (at one of the
// service's endpoints) or to a part the manufacturer hosts; else the
// first data flow of such a part to a cloud service or a system the
// manufacturer hosts (flowToOutsideService).
func (f *mds2Facts) connectsOutside() (fact, bool) {
	for i, pt := range f.p.Ports {
		part := f.p.PartOfPort(pt)
		if pt.Direction == "in" || !pt.DirectionStated() || !customerSide(part) {
			continue
		}
		for j, s := range f.p.Cloud.Services {
			if k := slices.IndexFunc(s.Endpoints, func(e string) bool { return slices.Contains(pt.Endpoints, e) }); k >= 0 {
				return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), by which %s connects out to %s (%s) at %s",
					pt.Number, pt.Transport, pt.Service, part.TheName(), s.Name, f.servicePath(j), s.Endpoints[k])), true
			}
		}
		if f.toManufacturerService(pt) {
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), by which %s connects out to a part of the product the manufacturer hosts",
				pt.Number, pt.Transport, pt.Service, part.TheName())), true
		}
	}
	// a data flow to a cloud service, whoever runs it (rules_conn_handoff.go)
	return f.flowToOutsideService()
}

// linksInsideNetwork is the first data flow between a part of the
// product and a system the data places on the customer's network, not
// one of the product's own parts (content.Product.CustomerLinks): a PACS,
// a browser or a directory in the customer's infrastructure. The CSD
// names that system as one the product exchanges data with there. Else
// it is the first port between a part of the product on the customer's
// network (content.Product.PartOnCustomerSide: the device, software on a
// server or a PC of the customer's) and a part that is the customer's
// own infrastructure (peer_part): an application on the hospital's PCs
// sending HL7 to its interface engine, for which the CSD gives a
// firewall rule on the hospital network.
func (f *mds2Facts) linksInsideNetwork() (fact, bool) {
	if links := f.p.CustomerLinks(); len(links) > 0 {
		id := links[0].Flows[0]
		for i, d := range f.p.DataFlows {
			if d.ID == id {
				return f.yes(f.flowPath(i), fmt.Sprintf("is %s, by which the product exchanges data with %s, which the data places on the customer's network", id, links[0].Name)), true
			}
		}
	}
	for i, pt := range f.p.Ports {
		own, peer := f.p.PartOfPort(pt), f.p.Part(pt.PeerPart)
		if pt.PeerPart == "" || !peer.Runs.IsCustomerInfrastructure() || f.p.InternalPort(pt) || !f.p.PartOnCustomerSide(own) {
			continue
		}
		return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), by which %s exchanges data with %s (peer_part), the customer's own infrastructure on its network",
			pt.Number, pt.Transport, pt.Service, own.TheName(), peer.TheName())), true
	}
	return fact{}, false
}

// manufacturerConnectsIn is the first port (with peer_part) by which a
// part the manufacturer hosts connects to a part on the customer's side.
func (f *mds2Facts) manufacturerConnectsIn() (fact, bool) {
	for i, pt := range f.p.Ports {
		if pt.PeerPart == "" {
			continue
		}
		own, peer := f.p.PartOfPort(pt), f.p.Part(pt.PeerPart)
		switch {
		case !pt.DirectionStated():
			continue // which end connects is not stated: it decides nothing
		case own.Runs.IsManufacturerHosted() && pt.Direction != "in" && customerSide(peer):
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), by which %s, which the manufacturer hosts, connects to %s",
				pt.Number, pt.Transport, pt.Service, own.TheName(), peer.TheName())), true
		case customerSide(own) && pt.Direction != "out" && peer.Runs.IsManufacturerHosted():
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), on which %s accepts connections from %s, which the manufacturer hosts",
				pt.Number, pt.Transport, pt.Service, own.TheName(), peer.TheName())), true
		}
	}
	return fact{}, false
}
