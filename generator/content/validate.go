package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// validate checks what decoding cannot: uniqueness, references between
// entries, the order of dates, and completeness warnings.
func (c *Content) validate() Diagnostics {
	diags := c.validateSite()
	if !c.siteUnread {
		all := make([]KnownProduct, len(c.Products))
		for i, p := range c.Products {
			all[i] = p.Known()
		}
		diags = append(diags, ruleExampleISAO(c.Site, c.SiteFile, all)...)
	}
	firstFile := map[string]*Product{}
	for _, p := range c.Products {
		// Output folders are named by ID; on a case-insensitive file
		// system IDs that differ only in case would share one.
		if q, ok := firstFile[strings.ToLower(p.ID)]; ok && p.ID != "" {
			diags = append(diags, duplicateID(p.Known(), q.Known()))
			continue
		}
		firstFile[strings.ToLower(p.ID)] = p
		diags = append(diags, c.validateProduct(p)...)
	}
	return diags
}

// validateSite checks the site file on its own. Load and LoadKnown both
// run it: a check of the site file alone must not depend on whether the
// products were read or carried over from the build cache.
func (c *Content) validateSite() Diagnostics {
	if c.Site == nil || c.siteUnread {
		return nil
	}
	var diags Diagnostics
	diags = append(diags, validateSupportRules(c.SiteFile, c.Site.SupportRules)...)
	diags = append(diags, ruleSecurityContactReachable(c.SiteFile, c.Site)...)
	diags = append(diags, ruleBaseURLPath(c.SiteFile, c.Site)...)
	diags = append(diags, ruleCVDPolicyNoneWithURL(c.SiteFile, c.Site)...)
	diags = append(diags, ruleExampleLeftovers(c.Site, c.SiteFile, nil)...)
	return diags
}

// validateProduct checks one product on its own (with the site file).
func (c *Content) validateProduct(p *Product) Diagnostics {
	v := &productValidator{p: p, contentDir: c.Dir}
	v.run()
	diags := v.diags
	diags = append(diags, ruleHomeUseUnstated(p)...)
	diags = append(diags, ruleHostedUsersUnstated(p)...)
	diags = append(diags, ruleRequiredWhereUsed(p)...)
	diags = append(diags, ruleVersionTextsInherited(p)...)
	diags = append(diags, ruleMDS2NoteGaps(p)...)
	diags = append(diags, ruleIsolationDirectorySignIn(p)...)
	diags = append(diags, ruleHostedPHIUnkept(p)...)
	if c.siteUnread {
		return diags
	}
	diags = append(diags, ruleCyberDeviceCVD(c.Site, p)...)
	diags = append(diags, ruleCVDPolicyOutsideUS(c.Site, p)...)
	diags = append(diags, ruleCVDPolicyCyberUnstated(c.Site, p)...)
	diags = append(diags, ruleCSAFNamespace(c.Site, p)...)
	diags = append(diags, ruleCadenceProse(c.Site, p)...)
	diags = append(diags, ruleExampleLeftovers(c.Site, c.SiteFile, p)...)
	diags = append(diags, validateMadeBy(c.Site, p)...)
	diags = append(diags, ruleIncidentContactStopped(c.Site, p)...)
	return append(diags, ruleIncidentReporting(c.Site, p)...)
}

// duplicateID reports product p using the ID product q, earlier in build
// order, already uses.
func duplicateID(p, q KnownProduct) Diagnostic {
	return Diagnostic{File: p.File, Line: p.IDLine, Path: "id",
		Message: fmt.Sprintf("duplicate product ID %q (already used by %s:%d%s)", p.ID, q.File, q.IDLine, caseNote(p.ID, q.ID))}
}

type productValidator struct {
	p          *Product
	contentDir string // the content folder, which holds the product's asset folder
	diags      Diagnostics
}

func (v *productValidator) add(sev Severity, path, format string, args ...any) {
	v.diags = append(v.diags, Diagnostic{Severity: sev, File: v.p.Source.File, Line: v.p.Source.Line(path), Path: path, Message: fmt.Sprintf(format, args...)})
}

func (v *productValidator) errorf(path, format string, args ...any) {
	v.add(Error, path, format, args...)
}
func (v *productValidator) warnf(path, format string, args ...any) {
	v.add(Warning, path, format, args...)
}

// once returns add (v.errorf or v.warnf) reporting each message at each
// path once: a check run in every version's view (distinctViews) finds
// the same mistake of a top-level entry in each.
func (v *productValidator) once(add func(path, format string, args ...any)) func(path, format string, args ...any) {
	seen := map[string]bool{}
	return func(path, format string, args ...any) {
		if msg := path + "\x00" + fmt.Sprintf(format, args...); !seen[msg] {
			seen[msg] = true
			add(path, format, args...)
		}
	}
}

// erredAt reports an error already reported at the key path, so that a
// later check of the same key (a version's view of a top-level entry)
// does not report the same mistake again.
func (v *productValidator) erredAt(path string) bool {
	for _, d := range v.diags {
		if d.Severity == Error && d.Path == path {
			return true
		}
	}
	return false
}

// unique reports repeated keys among n entries at list[i].field and
// returns the set of keys.
func (v *productValidator) unique(list, field string, n int, key func(int) string) map[string]bool {
	seen := map[string]int{} // lower-case key → index
	set := map[string]bool{}
	for i := range n {
		k := key(i)
		if k == "" {
			continue
		}
		path := fmt.Sprintf("%s[%d].%s", list, i, field)
		if j, ok := seen[strings.ToLower(k)]; ok {
			v.errorf(path, "duplicate %s %q (first at %s[%d], line %d%s)", field, k, list, j, v.p.Source.Line(fmt.Sprintf("%s[%d]", list, j)), caseNote(k, key(j)))
			continue
		}
		seen[strings.ToLower(k)] = i
		set[k] = true
	}
	return set
}

// caseNote explains a duplicate that differs from the first only in case:
// IDs become file names and anchors, where case does not tell them apart.
func caseNote(k, first string) string {
	if k == first {
		return ""
	}
	return fmt.Sprintf(", as %q; IDs that differ only in case collide in file names and links", first)
}

// refs reports each of ids at path[j] that is not in known.
func (v *productValidator) refs(path string, ids []string, known map[string]bool, what string) {
	for j, id := range ids {
		if what == "model" && len(known) == 0 {
			v.errorf(fmt.Sprintf("%s[%d]", path, j), "unknown model %q: %s", id, noModelsNote)
		} else if !known[id] {
			v.errorf(fmt.Sprintf("%s[%d]", path, j), "unknown %s %q (want one of %s)", what, id, keysOf(known))
		}
	}
}

// ref checks one reference, at the key that holds it.
func (v *productValidator) ref(path, id string, known map[string]bool, what string) {
	if !known[id] {
		v.errorf(path, "unknown %s %q (want one of %s)", what, id, keysOf(known))
	}
}

// keysOf lists a set's members in order, for "want one of …" messages.
func keysOf[K cmp.Ordered](set map[K]bool) string {
	keys := make([]K, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) == 0 {
		return "none defined"
	}
	s := make([]string, len(keys))
	for i, k := range keys {
		s[i] = fmt.Sprint(k)
	}
	return strings.Join(s, ", ")
}

func (v *productValidator) run() {
	p := v.p
	fillParts(p, p.Interfaces, p.Ports, p.DataStores)
	nameRelated(p)
	nameModels(p)
	nameRetiredModels(p)
	markUnstatedGA(p)
	v.unstatedGA()
	v.resolveVersions()
	v.backupParts()

	v.laterNamesInTexts()
	v.siemPortsListed()
	v.accountParts()
	v.patchingScope()
	v.directoryPortListed()
	v.identityProviderPortListed()
	v.infrastructureStoreReached()
	v.flowPortListed()
	v.portlessInterfaceListed()
	v.servedPortListed()
	v.configurablePorts()
	v.neededForBlank()
	v.personalOnlyWith()
	v.remoteServiceFacts()
	v.remoteControlFacts()
	v.platformFacts()
	v.customerKinds()
	models := v.unique("models", "id", len(p.Models), func(i int) string { return p.Models[i].ID })
	if p.ImplicitModel() {
		models = p.writtenModelIDs() // no key may name the implicit model
	}
	v.unique("versions", "version", len(p.Versions), func(i int) string { return p.Versions[i].Version })
	roles := v.unique("governance.roles", "id", len(p.Governance.Roles), func(i int) string { return p.Governance.Roles[i].ID })
	v.unique("threats", "id", len(p.Threats), func(i int) string { return p.Threats[i].ID })
	reqs := v.unique("requirements", "id", len(p.Requirements), func(i int) string { return p.Requirements[i].ID })
	controls := v.unique("controls", "id", len(p.Controls), func(i int) string { return p.Controls[i].ID })
	for i, in := range p.Interop {
		v.refs(fmt.Sprintf("interoperability[%d].controls", i), in.Controls, controls, "control")
	}
	ifaces := v.unique("interfaces", "id", len(p.Interfaces), func(i int) string { return p.Interfaces[i].ID })
	v.unique("data_stores", "id", len(p.DataStores), func(i int) string { return p.DataStores[i].ID })
	v.unique("data_flows", "id", len(p.DataFlows), func(i int) string { return p.DataFlows[i].ID })
	activities := v.unique("verification.activities", "id", len(p.Verification.Activities), func(i int) string { return p.Verification.Activities[i].ID })
	v.unique("verification.penetration_test.findings", "id", len(p.Verification.PenTest.Findings), func(i int) string { return p.Verification.PenTest.Findings[i].ID })
	v.unique("metrics", "id", len(p.Metrics), func(i int) string { return p.Metrics[i].ID })
	v.uniquePorts(p.Ports)

	if r := p.Governance.RiskAcceptance; r != "" && !roles[r] {
		v.errorf("governance.risk_acceptance", "unknown role %q (want one of %s)", r, keysOf(roles))
	}
	v.modelRefs(p)
	v.unreleasedModels()
	v.modelMilestones(models)
	for _, rc := range p.everyRecommendedControl() {
		v.refs(rc.path+".models", rc.entry.Models, models, "model")
	}
	for i, ver := range p.Versions {
		v.refs(fmt.Sprintf("versions[%d].models", i), ver.Models, models, "model")
		v.milestones(i, ver)
		v.validateExtendedSupport(i, ver)
	}
	v.validateUpdateRecipients(p)
	for i, t := range p.Threats {
		path := fmt.Sprintf("threats[%d]", i)
		v.refs(path+".controls", t.Controls, controls, "control")
		if t.PostScore > t.PreScore {
			v.warnf(path+".post_score", "risk after mitigation (%.1f) is higher than before (%.1f)", t.PostScore, t.PreScore)
		}
		if t.Acceptance == "acceptable_with_rationale" && strings.TrimSpace(t.Rationale) == "" {
			v.errorf(path+".rationale", "missing: acceptance %q needs a rationale", t.Acceptance)
		}
	}
	for i, r := range p.Requirements {
		v.refs(fmt.Sprintf("requirements[%d].verification", i), r.Verification, activities, "verification activity")
	}
	for i, c := range p.Controls {
		v.refs(fmt.Sprintf("controls[%d].requirements", i), c.Requirements, reqs, "requirement")
	}
	for i, pt := range p.Ports {
		v.ref(fmt.Sprintf("ports[%d].interface", i), pt.Interface, ifaces, "interface")
	}
	v.parts("", p.Interfaces, p.Ports, p.DataStores, p.DataFlows, ifaces)
	v.internalLinks()
	v.noNetworkStatement()
	v.inboundEndpoints()
	v.relatedSystems()
	v.relatedParts()
	v.certifications()
	if pt := p.Verification.PenTest; !pt.Start.IsZero() && !pt.End.IsZero() && pt.End.Before(pt.Start) {
		v.errorf("verification.penetration_test.end", "ends (%s) before it starts (%s)", pt.End, pt.Start)
	}
	v.risk()
	v.claims()
	v.notADevice()
	v.notForUS()
	v.inHouse()
	if p.Builds("security_plan") {
		v.document("documents.security_plan", p.Documents.SecurityPlan)
	}
	v.markdownFields()
	v.duplicateComponents()
	v.componentVersions()
	v.validateExtended()
	v.validateWithdrawn()
	v.validateVersionMarkets()
	v.diags = append(v.diags, validateSupportRules(p.Source, p.SupportRules)...)
	v.lifecycle()
	v.documentVersions()
	v.customer()
	v.sbomOnRequest()
	v.diagramText()
	v.architectureImages()
	v.flowEndpointOperators()
	v.flowEndpointRelated()
	v.flowEndpointZones()
	v.mds2()
	v.documentsChosen()
	v.namesUnbuiltDocuments()
	v.completeness()
}

// parts checks the parts and every reference to them in one set of
// interfaces, ports, data stores and flows (the product's, or a version's
// changes under prefix): the part named exists, a port's part is its
// interface's, and a flow names an interface unless it runs between parts.
func (v *productValidator) parts(prefix string, ifs []Interface, ports []Port, stores []DataStore, flows []DataFlow, ifaces map[string]bool) {
	p := v.p
	parts := map[string]bool{}
	for _, pt := range p.AllParts() {
		parts[pt.ID] = true
	}
	if prefix == "" {
		v.unique("parts", "id", len(p.Parts), func(i int) string { return p.Parts[i].ID })
		saying := v.updatesSaying()
		implicitSaying := saying
		if len(p.Parts) == 0 { // the documents that call it not stated (updatesSayingFor)
			implicitSaying = v.updatesSayingFor("parts", p.AllParts()[0])
		}
		switch {
		case len(p.Parts) == 0 && (p.MedicalDevice.IsFalse() || p.SaMD.IsTrue()):
			// Health IT and software as a medical device are as often
			// software on the customer's servers or a cloud service as
			// hardware: the implicit part would make it a device of its
			// own in every document (the CSD's firewall rules "to
			// Device", the MDS2 form's CONN-1.x), which nothing stated.
			// No document can be written true without it.
			v.errorf("parts", "%s", partsMissingMessage(p))
		case len(p.Parts) == 0 && implicitSaying != "":
			// The implicit device part (AllParts) has no patching field
			// to write, so say how to state it.
			v.warnf("parts", "not stated: who installs updates on the device; %s \"Not stated\" (the product lists no [[parts]]: add one with runs = \"device\" and patching = who installs its updates: the customer, field service, the device from an update server)", implicitSaying)
		}
		for i, pt := range p.Parts {
			v.partEntry(fmt.Sprintf("parts[%d]", i), pt, saying)
		}
	}
	check := v.checkPart
	byID := map[string]Interface{}
	for _, it := range p.Interfaces {
		byID[it.ID] = it
	}
	for i, it := range ifs {
		check(fmt.Sprintf("%sinterfaces[%d].part", prefix, i), it.Part)
		byID[it.ID] = it
	}
	for i, pt := range ports {
		if it, ok := byID[pt.Interface]; ok && pt.Part != "" && it.Part != "" && pt.Part != it.Part {
			v.errorf(fmt.Sprintf("%sports[%d].part", prefix, i), "port %d/%s names part %q, but its interface %q belongs to part %q", pt.Number, pt.Transport, pt.Part, it.ID, it.Part)
		}
		if _, known := byID[pt.Interface]; known || pt.Part != "" {
			// A port without a part takes its interface's: when the
			// interface is unknown (reported at the port's interface
			// key), the part is missing only because of that mistake.
			check(fmt.Sprintf("%sports[%d].part", prefix, i), pt.Part)
		}
		if pt.PeerPart != "" {
			check(fmt.Sprintf("%sports[%d].peer_part", prefix, i), pt.PeerPart)
		}
	}
	for i, d := range stores {
		check(fmt.Sprintf("%sdata_stores[%d].part", prefix, i), d.Part)
	}
	for i, f := range flows {
		path := fmt.Sprintf("%sdata_flows[%d]", prefix, i)
		switch {
		case f.Interface != "":
			v.ref(path+".interface", f.Interface, ifaces, "interface")
		case p.FlowOutsideProduct(f):
			// between two outside systems: no interface of the product carries it
		case !parts[f.From] || !parts[f.To] || len(p.Parts) == 0:
			v.errorf(path+".interface", "missing: a flow names the interface it uses, unless from and to both name [[parts]], or neither names a part that runs the product's software (a flow between outside systems or parts of the customer's own infrastructure, runs = customer_infrastructure) (parts: %s)", keysOf(parts))
		}
	}
}

// updatesSaying names the documents built that say who installs a
// part's updates, with the verb ("the CSD's responsibility table says");
// "" when neither is built.
func (v *productValidator) updatesSaying() string { return v.updatesSayingIn(v.p.Builds("csd")) }

// updatesSayingIn is updatesSaying, the CSD's responsibility table
// counted only with csd.
func (v *productValidator) updatesSayingIn(csd bool) string {
	return updatesSayingOf(csd, v.p.Builds("security_plan"))
}

// partEntry checks one [[parts]] entry, top-level or a version's
// parts_added or parts_changed, at path; saying is updatesSaying, which
// the warning of an unwritten patching narrows to the documents that call
// it not stated in the versions that hold the entry (updatesSayingFor).
func (v *productValidator) partEntry(path string, pt Part, saying string) {
	// Only the customer hosts a part in its premises, on its container
	// platform or in its cloud tenancy: hosting elsewhere says nothing
	// true.
	if pt.Hosting != "" && !pt.Runs.IsCustomerHosted() {
		v.errorf(path+".hosting", "%q %s, but hosting (%q) says where the customer hosts a part: write it only for runs = \"customer_hosted\"", pt.ID, pt.Runs.RunsWhere(), pt.Hosting)
	}
	// Whose phone or computer it is means something only for a part on
	// one; a patient's at home is the patient's (PatientsDevices), unless
	// the customer runs the part on its own (a clinic's PCs).
	if pt.OwnedBy != "" && !pt.Runs.IsCustomerDevice() {
		v.errorf(path+".owned_by", "%q %s, but owned_by (%q) says whose phone, tablet or computer a part runs on: write it only for runs = \"customer_device\"", pt.ID, pt.Runs.RunsWhere(), pt.OwnedBy)
	} else if pt.OwnedBy != "" && pt.OwnedBy != "customer" && v.p.PatientsDevices() {
		v.errorf(path+".owned_by", "%q runs on the patients' own devices (home_use = true with customer %q), but owned_by (%q) names another owner: leave it out, or write \"customer\" for a part the customer runs on its own devices", pt.ID, v.p.Customer.String(), pt.OwnedBy)
	}
	v.partAtHome(path, pt) // athome.go
	// Devices the manufacturer supplies beside the patients' own
	// (maker_supplied): worded only for a part on the patients' devices.
	if pt.MakerSupplied.IsTrue() && !v.p.OnPatientsDevice(pt) {
		v.errorf(path+".maker_supplied", "%q %s, but maker_supplied says the manufacturer supplies some of the patients' phones, tablets or computers it runs on: write it only for runs = \"customer_device\" beside home_use = true with a customer written, without owned_by = \"customer\"", pt.ID, pt.Runs.RunsWhere())
	}
	// Another maker's device is a customer_device part's host; a user's
	// or patient's own phone is no such device.
	if pt.HostMaker != "" && !pt.Runs.IsCustomerDevice() {
		v.errorf(path+".host_maker", "%q %s, but host_maker (%q) names the maker of another manufacturer's device the part runs on: write it only for runs = \"customer_device\"", pt.ID, pt.Runs.RunsWhere(), pt.HostMaker)
	} else if pt.HostMaker != "" && (v.p.OnPatientsDevice(pt) || pt.OwnedBy == "users" || pt.OwnedBy == "customer_or_users") {
		v.errorf(path+".host_maker", "%q runs on its users' or patients' own phones, tablets or computers, but host_maker (%q) says it runs on another manufacturer's medical device: leave one out", pt.ID, pt.HostMaker)
	}
	// Phones, tablets and computers are what a customer_device part runs
	// on; another maker's medical device is none of them.
	if len(pt.HostKinds) > 0 && !pt.Runs.IsCustomerDevice() {
		v.errorf(path+".host_kinds", "%q %s, but host_kinds (%s) says which kinds of the customer's own device a part runs on: write it only for runs = \"customer_device\"", pt.ID, pt.Runs.RunsWhere(), strings.Join(pt.HostKinds, ", "))
	} else if len(pt.HostKinds) > 0 && pt.HostMaker != "" {
		v.errorf(path+".host_kinds", "%q runs on a medical device %s makes (host_maker), but host_kinds (%s) says it runs on a %s: leave one out", pt.ID, pt.HostMaker, strings.Join(pt.HostKinds, ", "), pt.HostNoun())
	}
	// Units made and then updated or not are the manufacturer's hardware;
	// software elsewhere is installed, and updated, by installing it.
	if pt.FieldUpdatable.Known() && !pt.Runs.IsDevice() {
		v.errorf(path+".field_updatable", "%q %s, but field_updatable (%s) says whether the software of the manufacturer's hardware can be updated once a unit is made: write it only for runs = \"device\"", pt.ID, pt.Runs.RunsWhere(), pt.FieldUpdatable.Say("true", "false"))
	}
	if saying != "" { // the documents built, narrowed to those that call it not stated
		saying = v.updatesSayingFor(path, pt)
	}
	if _, fixed := pt.fieldFixedPatching(); fixed || strings.TrimSpace(pt.Patching) != "" {
		return // written, or nobody installs updates on it
	}
	if saying == "" {
		v.osUpdatesWarning(path, pt)      // sent to the updates section, which may not answer for its OS
		v.hostedPatchingWarning(path, pt) // sent there too: its monitoring may still be unwritten
		return
	}
	switch {
	case pt.Runs.IsDevice():
		v.warnf(path+".patching", "not stated: who installs updates on %q; %s \"Not stated\" (write who does: the customer, field service, the device from an update server)", pt.Name, saying)
	case pt.Runs.IsCustomerHosted():
		host := "the host"
		if pt.OnContainerPlatform() {
			host = "its container platform and the platform's nodes"
		}
		v.warnf(path+".patching", "not stated: who installs the application's updates on %q; %s that the customer patches %s and who installs them is not stated (write who does: the customer, the manufacturer remotely, field service)", pt.Name, saying, host)
	case pt.Runs.IsCustomerDevice():
		v.warnf(path+".patching", "not stated: who installs the application's updates on %q; %s that %s and who installs them is not stated (write who does: the user from an app store, the app itself, the customer's device management)", pt.Name, saying, hostKindWords(pt, "the customer keeps the device's operating system up to date"))
	case pt.Runs.IsManufacturerHosted() && v.p.Builds("csd"):
		// The CSD's row says "Not stated" rather than guess that the
		// manufacturer patches what it hosts (REPORT-cloudsamd 4).
		v.hostedPatchingWarning(path, pt)
	}
}

// checkPart checks the part an entry names at path (after fillParts: ""
// means no default part exists) against the product as written.
func (v *productValidator) checkPart(path, part string) { v.checkPartOf(v.p, path, part) }

// checkPartOf checks the part an entry names at path against the parts
// of view q (a version's, which may add or remove parts).
func (v *productValidator) checkPartOf(q *Product, path, part string) {
	parts := map[string]bool{}
	for _, pt := range q.AllParts() {
		parts[pt.ID] = true
	}
	switch {
	case part == "" && q.defaultPart() == "":
		v.errorf(path, "missing: the product has several parts and not exactly one device part, so name the part (one of %s)", keysOf(parts))
	case part != "" && !parts[part] && q.base != nil:
		v.errorf(path, "unknown part %q: version %s has no such part (want one of its parts: %s)", part, q.factsOf, keysOf(parts))
	case part != "" && !parts[part]:
		v.errorf(path, "unknown part %q (want one of %s)", part, keysOf(parts))
	}
}

// milestones checks that a version's lifecycle dates never go backwards.
func (v *productValidator) milestones(i int, ver Version) {
	var prev Milestone
	for _, m := range ver.Milestones() {
		if !prev.Date.IsZero() && m.Date.Before(prev.Date) {
			v.errorf(fmt.Sprintf("versions[%d].%s", i, m.Key), "%s (%s) is before %s (%s); milestones must be in order: %s",
				m.Name, m.Date, prev.Name, prev.Date, milestoneOrder())
		}
		prev = m
	}
}

// document checks a document-control block: the history ends with this
// revision, and approvals are not after the release.
func (v *productValidator) document(path string, d DocumentControl) {
	versions := v.p.versionSet()
	for i, h := range d.History {
		if i > 0 && h.Date.Before(d.History[i-1].Date) {
			v.errorf(fmt.Sprintf("%s.history[%d].date", path, i), "revision history must be oldest first: %s is before %s", h.Date, d.History[i-1].Date)
		}
		v.refs(fmt.Sprintf("%s.history[%d].versions", path, i), h.Versions, versions, "version")
	}
	if n := len(d.History); n > 0 {
		last := d.History[n-1]
		if last.Revision != d.Revision {
			v.errorf(fmt.Sprintf("%s.history[%d].revision", path, n-1), "the last history entry must be the current revision %q; got %q", d.Revision, last.Revision)
		}
		if !last.Date.IsZero() && !d.ReleaseDate.IsZero() && last.Date != d.ReleaseDate {
			v.errorf(fmt.Sprintf("%s.history[%d].date", path, n-1), "the current revision's history date %s differs from release_date %s", last.Date, d.ReleaseDate)
		}
	}
	for i, a := range d.Approvals {
		if !a.Date.IsZero() && !d.ReleaseDate.IsZero() && a.Date.After(d.ReleaseDate) {
			v.errorf(fmt.Sprintf("%s.approvals[%d].date", path, i), "approved %s, after the release date %s", a.Date, d.ReleaseDate)
		}
	}
}

// notADevice: a product stated not to be a medical device (health IT)
// cannot be software as a medical device, nor a cyber device, which 524B
// defines as a device, and makes no premarket submission for an eSTAR
// cross-reference to serve.
func (v *productValidator) notADevice() {
	p := v.p
	if !p.MedicalDevice.IsFalse() {
		return
	}
	if p.SaMD.IsTrue() {
		v.errorf("samd", "true, but medical_device = false: software that is not a medical device is not software as a medical device")
	}
	if p.CyberDevice.Applies.IsTrue() {
		v.errorf("cyber_device.applies", "true, but medical_device = false: section 524B defines a cyber device as a device")
	}
	if p.Builds("estar") {
		v.errorf("documents.build", "lists estar, but medical_device = false: the eSTAR is FDA's premarket submission template for devices, and a product that is not one makes no such submission")
	}
}

// notForUS: a product the data say is not marketed in the United States
// makes no premarket submission to the FDA, so section 524B does not make
// it a cyber device, and no eSTAR cross-reference serves it.
func (v *productValidator) notForUS() {
	p := v.p
	if !p.NotForUS() {
		return
	}
	if p.CyberDevice.Applies.IsTrue() {
		v.errorf("cyber_device.applies", "true, but markets (%s) leaves out us: section 524B of the FD&C Act sets requirements for premarket submissions to the FDA; add us to markets, or leave cyber_device out", strings.Join(p.Markets, ", "))
	}
	if p.Builds("estar") {
		v.errorf("documents.build", "lists estar, but markets (%s) leaves out us: the eSTAR is FDA's premarket submission template, and a product not marketed in the United States makes no such submission", strings.Join(p.Markets, ", "))
	}
}

// completeness warns where the plan would have an empty section.
func (v *productValidator) completeness() {
	p := v.p
	if p.EndOfLife.NoticeMonths > 0 && p.EndOfLife.NoticeMonths < 24 {
		v.warnf("end_of_life.notice_months", "%s of notice is less than the 24 months %s", plural(p.EndOfLife.NoticeMonths, "month"), p.N70Asks())
	}
	if !p.Builds("security_plan") {
		return // the threat model, controls, views and 524B determination are the plan's
	}
	for _, phase := range p.PhasesWithoutThreat() {
		v.warnf("threats", "threat model has no threat for the %s phase", Label(phase))
	}
	// The plan groups controls by the FDA premarket guidance's categories
	// and prints "None recorded" under an empty one. That guidance asks
	// nothing of health IT that is not a medical device, so its warning
	// names the empty section, not FDA.
	for _, cat := range p.CategoriesWithoutControl() {
		if p.FDAAsksNothing() {
			v.warnf("controls", "no control in the category %q: the security plan says \"None recorded\" there", Label(cat))
		} else {
			v.warnf("controls", "no control in the FDA category %q", Label(cat))
		}
	}
	for _, kind := range ViewKinds {
		// The global system, multi-patient harm and updatability views
		// are drawn from the data flows without an entry; the diagram
		// package warns when the flows cannot draw one (a second warning
		// here said the same of a view it may well have drawn).
		if kind != "security_use_case" {
			continue
		}
		if !slices.ContainsFunc(p.Architecture, func(a View) bool { return a.Kind == kind }) {
			if p.FDAAsksNothing() { // FDA expects nothing of it, as for the controls
				v.warnf("architecture", "no %q architecture view: the security plan says \"None recorded\" there", Label(kind))
			} else {
				v.warnf("architecture", "no %q architecture view (FDA premarket guidance expects one)", Label(kind))
			}
		}
	}
	// A display connects to nothing: only the connectivity features the
	// plan lists beside the determination (a USB port counts) call for a
	// second look at it.
	if conn := p.ConnectivityFeatures(); p.CyberDevice.Applies.IsFalse() && len(conn) > 0 && !p.FDAAsksNothing() {
		v.warnf("cyber_device.applies", "the device has %s (%s) but is not declared a 524B cyber device, which covers any way to connect, a USB port included; check the rationale", Count(len(conn), "connectivity interface", "connectivity interfaces"), AndList(InterfaceKindWords(conn)))
	}
	if !p.CyberDevice.Applies.Known() && !p.FDAAsksNothing() {
		v.warnf("cyber_device.applies", "not stated: the security plan says the 524B determination is not stated; set applies = true or false")
	}
}

// ruleSecurityContactReachable: every document tells readers to report a
// suspected vulnerability to manufacturer.security_contact; without an
// email, phone or URL they read "Not stated" there.
func ruleSecurityContactReachable(src Source, s *Site) Diagnostics {
	c := s.Manufacturer.SecurityContact
	if strings.TrimSpace(c.Email+c.Phone+c.URL) != "" {
		return nil
	}
	const path = "manufacturer.security_contact"
	return Diagnostics{{Severity: Warning, File: src.File, Line: src.Line(path), Path: path,
		Message: "gives no email, phone or url: the documents tell readers to report a suspected vulnerability here and can only print \"Not stated\" for how"}}
}
