package plan

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// The plan's product section prints the description of the version it
// describes, but it covers every version listed: a later version may
// rewrite the description (versions.changes.description). Dosewise's plan
// described 2.2.1, SAML only, with 2.3.0's OpenID Connect sign-in and
// heparin module, without naming a version.

// DescribedOtherwise lists, as code spans, the versions the plan covers
// whose own description differs from that of the version the plan
// describes; none when they all share it or the plan describes no version.
func (d *PlanData) DescribedOtherwise() []string {
	if d.product.Product == nil || d.Version == "" {
		return nil
	}
	p := d.product.Product
	own := strings.TrimSpace(p.At(d.Version).Description)
	var other []string
	for _, v := range p.Versions {
		if v.Version != d.Version && strings.TrimSpace(p.At(v.Version).Description) != own {
			other = append(other, render.CodeSpan(v.Version))
		}
	}
	return other
}

// DescriptionNote is the sentence after the product description naming
// the version it describes, when DescribedOtherwise is not empty.
func (d *PlanData) DescriptionNote() string {
	other := d.DescribedOtherwise()
	if len(other) == 0 {
		return ""
	}
	if len(other) == 1 {
		return "This description is of version " + render.CodeSpan(d.Version) + "; version " + other[0] + " differs from it (1.3 summarises each version covered)."
	}
	return "This description is of version " + render.CodeSpan(d.Version) + "; versions " + content.AndList(other) + " differ from it (1.3 summarises each version covered)."
}
