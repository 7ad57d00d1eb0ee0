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
// nobody it was not told of. Other documents (the plan's related-system
// facts, its updatability view) have no such section and keep the
// default.

// Tails of the default patching that say who installs the application's
// updates is not stated (appUpdatesUnsaid; tenancyPatchUnsaid after
// tenancyClause for a part in the customer's cloud tenancy), and the
// words that replace them in the CSD when its updates section says how
// updates come (appUpdatesRef, tenancyPatchRef; updatesSectionRef for a
// device part, whose default names nobody).
const (
	appUpdatesUnsaid   = "who installs the application's updates is not stated"
	tenancyPatchUnsaid = "; who patches what it runs on there, and who installs the application's updates, is not stated"
	appUpdatesRef      = "for the application's updates, see the software updates section"
	tenancyPatchRef    = "; who patches what it runs on there is not stated; " + appUpdatesRef
	updatesSectionRef  = "See the software updates section"
)

// UpdatesDescribed reports whether the CSD's software updates section
// says how the product's updates are obtained or delivered: [updates]
// obtain, or, without it, postmarket.patching.deployment.
func (p *Product) UpdatesDescribed() bool {
	return strings.TrimSpace(p.Updates.Obtain) != "" || strings.TrimSpace(p.Postmarket.Patching.Deployment) != ""
}

// PatchingInUpdatesSection reports whether the CSD's responsibility table
// sends the part's patching to the software updates section: its own
// patching is not written, it runs software of the product that the
// customer's side receives updates for (on the device, on a host of the
// customer's, on a device the customer or its user owns), it is not a
// related system (a product of its own, whose updates the section is not
// about), and the section says how updates come (UpdatesDescribed).
func (p *Product) PatchingInUpdatesSection(pt Part) bool {
	return strings.TrimSpace(pt.Patching) == "" &&
		(pt.Runs.IsDevice() || pt.Runs.IsCustomerHosted() || pt.Runs.IsCustomerDevice()) &&
		!p.IsRelatedPart(pt.ID) && p.UpdatesDescribed()
}

// CSDPatchedBy is PartPatchedBy as the CSD's responsibility table prints
// it: for a part whose patching it sends to the software updates section
// (PatchingInUpdatesSection), the default's "not stated" of who installs
// the application's updates becomes a pointer to that section, and a
// device part's empty default becomes the pointer alone.
func (p *Product) CSDPatchedBy(pt Part) string {
	s := p.PartPatchedBy(pt)
	if !p.PatchingInUpdatesSection(pt) {
		return s
	}
	if s == "" {
		return updatesSectionRef
	}
	if rest, ok := strings.CutSuffix(s, tenancyPatchUnsaid); ok {
		return rest + tenancyPatchRef
	}
	if rest, ok := strings.CutSuffix(s, appUpdatesUnsaid); ok {
		return rest + appUpdatesRef
	}
	return s
}
