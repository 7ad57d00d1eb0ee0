package inventory

import "github.com/jspgen/jspgen/generator/content"

// UnstatedSupportOf is, for version's own component list (p is the
// product as that version is), the warnings of a product that is not a
// cyber device (unsupported) naming its components that state neither a
// support level nor a justification, each message led by the version:
// reading the inventory checks the current version's list only, yet the
// lifecycle page prints every supported version's. Components skip
// reports (named by another version's check already) are left out.
func UnstatedSupportOf(p *content.Product, version string, list []Component, skip func(Component) bool) content.Diagnostics {
	var keep []Component
	for _, c := range list {
		if !skip(c) {
			keep = append(keep, c)
		}
	}
	diags := supporter{p: p}.unsupported(keep)
	for i := range diags {
		diags[i].Message = "version " + version + ": " + diags[i].Message
	}
	return diags
}
