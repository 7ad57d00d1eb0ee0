package plan

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// The plan's product section names the parts of the version it describes,
// but it covers every version listed: a part a later version added
// (versions.changes.parts_added) is no part of the earlier ones. The plan
// once named a cloud service only 6.0 added as part of a product it also
// covered for 5.2, still supported.

// PartVersions says which versions the plan covers have the part id, when
// not all do, as a Markdown phrase: "from version `6.0`" when it is in one
// version and every later one, else "in version `5.2` only" or "in
// versions `5.2` and `6.1` only"; "" when every covered version has it or
// the plan describes no version.
func (d *PlanData) PartVersions(id string) string {
	if d.product.Product == nil || d.Version == "" {
		return ""
	}
	p := d.product.Product
	var in []string
	from := -1 // the first version that has it, when every later one does too
	for i, v := range p.Versions {
		has := slices.ContainsFunc(p.At(v.Version).Parts, func(pt content.Part) bool { return pt.ID == id })
		switch {
		case has:
			in = append(in, v.Version)
			if from < 0 {
				from = i
			}
		case from >= 0:
			from = len(p.Versions) // a later version lacks it again
		}
	}
	if len(in) == 0 || len(in) == len(p.Versions) {
		return ""
	}
	if from < len(p.Versions) {
		return "from version " + render.CodeSpan(in[0])
	}
	coded := make([]string, len(in))
	for i, v := range in {
		coded[i] = render.CodeSpan(v)
	}
	if len(in) == 1 {
		return "in version " + coded[0] + " only"
	}
	return "in versions " + content.AndList(coded) + " only"
}
