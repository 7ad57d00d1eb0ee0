package content

import "strings"

// A part whose patching is not written gets a default that names who
// keeps its host or operating system up to date, if anyone, and says
// that who installs the application's updates is not stated. When the
// product says how its updates come ([updates] obtain, or
// postmarket.patching.deployment), the CSD's software updates section
// prints those words, which may say who installs them: they are free
// prose jspgen cannot read for a name, so the CSD's responsibility table
// sends the reader there rather than call the fact not stated, and names
// nobody it was not told of. The plan prints postmarket.patching.deployment
// in a section of its own, to which its updatability view's list of who
// installs updates points the same way (UpdatesRefPrefix); its
// related-system facts keep the default.

// Tails of the default patching that say who installs the application's
// updates is not stated (appUpdatesUnsaid; tenancyPatchUnsaid after
// tenancyClause for a part in the customer's cloud tenancy), and the
// words that replace them in the CSD when its updates section says how
// updates come (appUpdatesRef after the default's first words, and
// tenancyHostUnsaid for the tenancy; updatesSectionRef for a device part,
// whose default names nobody).
const (
	appUpdatesUnsaid   = "who installs the application's updates is not stated"
	tenancyPatchUnsaid = "; who patches what it runs on there, and who installs the application's updates, is not stated"
	appUpdatesRef      = "for the application's updates, see the software updates section"
	tenancyHostUnsaid  = "; who patches what it runs on there is not stated"
	updatesSectionRef  = "See the software updates section"
	// updatableUnsaidRef replaces updatesSectionRef for a device part
	// whose field_updatable is not written beside other device parts
	// (deviceUpdatableUnsaid): the section may speak of them alone.
	updatableUnsaidRef = "Not stated whether it can be updated; see the software updates section"
	// hostedPatchWords is the CSD's patching of a part the manufacturer
	// hosts whose patching is not written (hostedPatchDerived).
	hostedPatchWords = "The manufacturer, which hosts it"
)

// A part the manufacturer hosts is the manufacturer's to keep up to
// date: the data decide that much (the plan's HostedUpdatesText says the
// manufacturer itself updates it). Where the CSD's responsibility table
// does not send its patching to the software updates section (beside a
// device or an app that section may speak of them alone, see
// patchingSendable), it says so in its own words rather than "Not
// stated"; how the manufacturer does it is not claimed.

// hostedPatchDerived reports a part the manufacturer hosts whose
// patching is not written and whose software is updated (field_updatable
// not false): the same parts HostedUpdatesText says the manufacturer
// itself updates. A written patching always wins.
func hostedPatchDerived(pt Part) bool {
	return pt.Runs.IsManufacturerHosted() && strings.TrimSpace(pt.Patching) == "" && !pt.FieldUpdatable.IsFalse()
}

// deviceUpdatableUnsaid reports a device part, one of several in use,
// whose field_updatable is not written: the software updates section may
// speak only of the others (a workstation's updates beside a recorder's
// fixed firmware), so the CSD's pointer there says first that whether
// the part can be updated is not stated. A part written
// field_updatable = false has its own words (fieldFixedPatching).
func (p *Product) deviceUpdatableUnsaid(pt Part) bool {
	if !pt.Runs.IsDevice() || pt.FieldUpdatable.Known() {
		return false
	}
	n := 0
	for _, q := range p.PartsInUse() {
		if q.Runs.IsDevice() {
			n++
		}
	}
	return n > 1
}

// UpdatesDescribed reports whether the CSD's software updates section
// says how the product's updates are obtained or delivered: [updates]
// obtain, or, without it, postmarket.patching.deployment.
func (p *Product) UpdatesDescribed() bool { return p.updatesDescribedBy(p.Updates.Obtain) }

// updatesDescribedBy is UpdatesDescribed with obtain as the [updates]
// obtain of the view in question (a version may restate it).
func (p *Product) updatesDescribedBy(obtain string) bool {
	return strings.TrimSpace(obtain) != "" || strings.TrimSpace(p.Postmarket.Patching.Deployment) != ""
}

// PatchingInUpdatesSection reports whether the CSD's responsibility table
// sends the part's patching to the software updates section: the part's
// patching may be sent to where a document prints how updates come
// (patchingSendable), and the section says how updates come
// (UpdatesDescribed).
func (p *Product) PatchingInUpdatesSection(pt Part) bool {
	return p.patchingSendable(pt) && p.UpdatesDescribed()
}

// patchingSendable reports whether a document that prints how the
// product's updates come may send the reader there for who installs the
// part's: its own patching is not written, it runs software of the
// product (on the device, on a host of the customer's, on a device the
// customer or its user owns), and it is not a related system (a product
// of its own, whose updates that text is not about). A part the
// manufacturer hosts counts only where the product has no software on the
// customer's side: those texts are then about the hosted service, while
// beside a device or an app they may speak of that alone (a cloud portal
// the updates text never mentions). The customer's own infrastructure
// runs none of the product's software.
func (p *Product) patchingSendable(pt Part) bool {
	if strings.TrimSpace(pt.Patching) != "" || p.IsRelatedPart(pt.ID) {
		return false
	}
	if pt.Runs.IsManufacturerHosted() {
		return p.HostedOnly()
	}
	return pt.Runs.IsDevice() || pt.Runs.IsCustomerHosted() || pt.Runs.IsCustomerDevice()
}

// UpdatesRefPrefix is PartPatchedBy for a document that prints elsewhere
// how the product's updates come (described): for a part it may send
// there (patchingSendable), the default's words before its "not stated"
// of who installs the application's updates ("" for a device part, whose
// default names nobody; the tenancy default keeps that who patches what
// the part runs on is not stated), and true; the document then points to
// where it prints how updates come. Otherwise PartPatchedBy and false.
func (p *Product) UpdatesRefPrefix(pt Part, described bool) (string, bool) {
	s := p.PartPatchedBy(pt)
	if !described || !p.patchingSendable(pt) {
		return s, false
	}
	if s == "" {
		return "", true
	}
	if rest, ok := strings.CutSuffix(s, tenancyPatchUnsaid); ok {
		return rest + tenancyHostUnsaid, true
	}
	if rest, ok := strings.CutSuffix(s, "; "+appUpdatesUnsaid); ok {
		return rest, true
	}
	if rest, ok := strings.CutSuffix(s, "; "+softwareUpdatesUnsaid); ok {
		return rest, true
	}
	return s, false
}

// CSDPatchedBy is PartPatchedBy as the CSD's responsibility table prints
// it: for a part whose patching it sends to the software updates section
// (PatchingInUpdatesSection), the default's "not stated" of who installs
// the application's updates becomes a pointer to that section, and a
// device part's empty default becomes the pointer alone
// (UpdatesRefPrefix), after "not stated whether it can be updated" where
// that is not written beside other device parts (deviceUpdatableUnsaid).
// A part the manufacturer hosts that is not sent there is the
// manufacturer's (hostedPatchDerived).
func (p *Product) CSDPatchedBy(pt Part) string {
	s, sent := p.UpdatesRefPrefix(pt, p.UpdatesDescribed())
	switch {
	case !sent && s == "" && hostedPatchDerived(pt):
		return hostedPatchWords
	case !sent:
		return s
	case s == "" && p.deviceUpdatableUnsaid(pt):
		return updatableUnsaidRef + p.updatesSectionList()
	case s == "":
		return updatesSectionRef + p.updatesSectionList()
	}
	if p.InMakersDevices(pt) {
		return s + "; " + softwareUpdatesRef + p.updatesSectionList()
	}
	return s + "; " + appUpdatesRef + p.updatesSectionList()
}

// updatesSectionList follows a pointer to the software updates section
// where, without [updates] obtain, that section lists who installs
// updates for the parts whose patching is written: ", whose list of who
// installs updates names only the VigilEEG acquisition workstation". Its
// account of how updates are delivered may then be of those parts alone
// (a workstation's Windows updates), which jspgen cannot read, so the
// pointer says whom the section names rather than let it read as
// covering every part sent there; "" otherwise.
func (p *Product) updatesSectionList() string {
	if strings.TrimSpace(p.Updates.Obtain) != "" {
		return ""
	}
	var own []Part
	for _, pt := range p.PartsInUse() {
		if strings.TrimSpace(pt.Patching) != "" {
			own = append(own, pt)
		}
	}
	if len(own) == 0 {
		return ""
	}
	return ", whose list of who installs updates names only " + p.PartTheNames(own)
}
