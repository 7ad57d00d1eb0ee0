package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Hand answers No that the ports or flows deny for some links, not all:
// NAUT-1 No (the device and its peers do not authenticate each other)
// beside a port that states authenticated = true; TXIG-1 No (nothing
// protects data in transit against undetected change) beside a port
// whose protocol carries every record with a message authentication code
// (TLS or SSH, as consistency_txig.go reads it); TXCF-2 No (PII is not
// encrypted before it is sent) beside a flow of PII whose every port
// states encrypted = true, or an interface that carries PII with ports
// stating encrypted = true. The No may be true of the product's other
// links, so it is not called false (the checks of againstData do that
// where every link denies it): a form that says a flat No beside them
// reads as covering those links too, so check asks for a note that says
// which links lack it. Advisory: an answer with a note, or one the full
// check already warns about, is left alone.

// partialCheck is one such hand No: id's No, the links show finds, what
// those links have (has), and what the note is to name (lack).
type partialCheck struct {
	id        string
	show      func() (fact, bool)
	full      func() (fact, bool) // the againstData check of every link: it warns instead
	has, lack string
}

func (f *mds2Facts) partialChecks() []partialCheck {
	return []partialCheck{
		{"NAUT-1", f.someLinkAuthenticated, f.everyPortAuthenticated,
			"the device authenticating the system at the other end of those links", "those on which the device and its peer do not authenticate each other"},
		{"TXIG-1", f.someLinkIntegrityProtected, f.everyPortIntegrityProtected,
			"data in transit protected against undetected change on those links", "those whose data nothing protects against undetected change"},
		{"TXCF-2", f.somePIIEncrypted, f.everyPIIFlowEncrypted,
			"encryption on links that carry, or may carry, PII", "those over which PII is sent unencrypted"},
	}
}

// checkPartialLinks warns about a hand No without a note that the data
// deny for some links (partialChecks).
func (r *mds2Resolver) checkPartialLinks(final map[string]mds2.Answer, givens map[string]given) {
	for _, c := range r.facts.partialChecks() {
		g, ok := r.plainHand(c.id, final, givens, mds2.No)
		if !ok {
			continue
		}
		if _, all := c.full(); all {
			continue
		}
		if d, ok := c.show(); ok {
			r.warnf(g.path, "answer No, but %s: that is %s, which a No without a note denies for every link; say in a note which links the No is about (%s), or correct the answer ({ answer = \"no\", note = n })",
				d, c.has, c.lack)
		}
	}
}

// deviceLinkPorts are the ports on which the device exchanges data with
// another system: not on a link internal to the product, nor of the
// customer's own systems, nor of a part the manufacturer hosts beside
// the device (as portLinks counts them).
func (f *mds2Facts) deviceLinkPorts() []int {
	var idx []int
	for i, pt := range f.p.Ports {
		if f.p.InternalPort(pt) || f.p.PartOfPort(pt).Runs.IsCustomerInfrastructure() || f.hostedBeside(pt) {
			continue
		}
		idx = append(idx, i)
	}
	return idx
}

// distinctNames drops from idx a port portNames would name as an earlier
// one does (one service listened on and connected out on one interface).
func (f *mds2Facts) distinctNames(idx []int) []int {
	var out []int
	for _, i := range idx {
		if !slices.ContainsFunc(out, func(j int) bool { return samePortName(f.p.Ports[j], f.p.Ports[i]) }) {
			out = append(out, i)
		}
	}
	return out
}

// samePortName reports two ports portNames would name alike (one service
// listened on and connected out on the same interface): listed once.
func samePortName(a, b content.Port) bool {
	return a.Number == b.Number && a.Transport == b.Transport && a.Service == b.Service && a.Interface == b.Interface
}

// someLinkAuthenticated (against NAUT-1 No): the ports of the device that
// state authenticated = true.
func (f *mds2Facts) someLinkAuthenticated() (fact, bool) {
	idx := f.distinctNames(slices.DeleteFunc(f.deviceLinkPorts(), func(j int) bool { return !f.p.Ports[j].Authenticated.IsTrue() }))
	if len(idx) == 0 {
		return fact{}, false
	}
	return f.yes("ports", fmt.Sprintf("states authenticated = true for %s, on which the device exchanges data with another system",
		f.portNames(idx))), true
}

// someLinkIntegrityProtected (against TXIG-1 No): the ports of the device
// whose service is a protocol that encrypts by definition
// (content.Port.EncryptedService), not stating encrypted = false.
func (f *mds2Facts) someLinkIntegrityProtected() (fact, bool) {
	idx := f.distinctNames(slices.DeleteFunc(f.deviceLinkPorts(), func(j int) bool {
		pt := f.p.Ports[j]
		return pt.EncryptedService() == "" || pt.Encrypted.IsFalse()
	}))
	if len(idx) == 0 {
		return fact{}, false
	}
	return f.yes("ports", fmt.Sprintf("names for %s a protocol that protects each record with a message authentication code (TLS or SSH)",
		f.portNames(idx))), true
}

// somePIIEncrypted (against TXCF-2 No): the first flow of PHI or PII to
// or from the product whose ports on its interface all state encrypted =
// true (flowPorts), else the first Ethernet, Wi-Fi or virtual network
// interface of the product on the customer's side that lists PHI or PII
// and has ports stating encrypted = true.
func (f *mds2Facts) somePIIEncrypted() (fact, bool) {
	if i, idx, ok := f.piiFlowEveryPort(func(pt content.Port) bool { return pt.Encrypted.IsTrue() }); ok {
		d := f.p.DataFlows[i]
		return f.yes(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over interface %s, where every port it can use states encrypted = true: %s",
			d.ID, d.Interface, f.portNames(idx))), true
	}
	for i, it := range f.p.Interfaces {
		if !transfersOver(it) || !lanKind(it) || !carriesPII(it.Carries) || !customerSide(f.p.PartOfInterface(it)) {
			continue
		}
		idx := f.distinctNames(slices.DeleteFunc(f.portIndexesOn(it.ID), func(j int) bool { return !f.p.Ports[j].Encrypted.IsTrue() }))
		if len(idx) > 0 {
			return f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s), and ports on it that the PII may use state encrypted = true: %s",
				it.ID, f.portNames(idx))), true
		}
	}
	return fact{}, false
}
