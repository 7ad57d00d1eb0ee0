package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// What the lifecycle page's End of Support row says of the units of a
// part whose software is never updated once made. That their software is
// never updated is known; that they are replaced at a version's end is
// known only where every upgrade path from that version replaces them
// (fieldPathsReplace, the notice's decision: NoticeFieldReplace). A
// software-only path, or a version no notice offers a path from, leaves
// it undecided, and the row says only what is known.

// lifecycleFieldEnd follows the row's advice (Markdown, escaped for a
// table cell) for every version's such parts; "" for none.
func lifecycleFieldEnd(cp *content.Product) string {
	if cp == nil {
		return ""
	}
	p := versionViews(cp)
	var replaced, kept, partly []string
	for _, f := range cp.FieldFixedEver() {
		name := render.EscapeCell(f.Part.TheName())
		named := name
		if len(f.Versions) > 0 {
			named += " of " + content.Plural(len(f.Versions), "version", "versions") + " " + content.AndList(codeSpans(f.Versions))
		}
		vs := f.Versions
		if vs == nil {
			vs = versionsWithPart(cp, f.Part.ID)
		}
		var decided []string
		if !f.Part.Implanted.IsTrue() { // whether to replace an implant is for the patient's physician to decide, as the row says
			for _, v := range vs {
				if fieldReplacedAt(p, v, f.Part.ID) {
					decided = append(decided, v)
				}
			}
		}
		switch {
		case len(vs) > 0 && len(decided) == len(vs):
			replaced = append(replaced, named)
		case len(decided) > 0:
			kept = append(kept, named)
			that := content.Plural(len(decided), "that version", "those versions")
			partly = append(partly, " Units of "+name+" with software "+content.OrList(codeSpans(decided))+" are to be replaced, not upgraded, as every upgrade path from "+that+" replaces them.")
		default:
			kept = append(kept, named)
		}
	}
	out := FieldReplaceWords(content.AndList(replaced))
	if len(kept) > 0 {
		out += " The software of " + content.AndList(kept) + " is never updated after manufacture: a unit keeps the software it was made with."
	}
	for _, s := range partly {
		out += s
	}
	return out
}

// fieldReplacedAt reports whether the data decide that the units of part
// id with software v are replaced at v's end: some notice about v's end
// of life or support offers upgrade paths, and every such notice's paths
// all replace those units.
func fieldReplacedAt(p Product, v, id string) bool {
	found := false
	for _, n := range p.Notices {
		if !n.AboutVersions() || p.NoticeEndsModels(n) != nil || len(n.UpgradePaths) == 0 || !slices.Contains(n.Versions, v) {
			continue
		}
		if !fieldPathsReplace(p, n, id) {
			return false
		}
		found = true
	}
	return found
}

// versionViews is cp with each of its versions' views, as
// fieldPathsReplace reads them through Product.At.
func versionViews(cp *content.Product) Product {
	p := Product{Product: cp, ByVersion: map[string]Product{}}
	for _, v := range cp.Base().Versions {
		p.ByVersion[v.Version] = Product{Product: cp.At(v.Version)}
	}
	return p
}

// versionsWithPart are the versions of cp that use part id; nil for a
// product without versions.
func versionsWithPart(cp *content.Product, id string) []string {
	var out []string
	for _, v := range cp.Base().Versions {
		if slices.ContainsFunc(cp.At(v.Version).PartsInUse(), func(pt content.Part) bool { return pt.ID == id }) {
			out = append(out, v.Version)
		}
	}
	return out
}

func codeSpans(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = render.CodeSpan(v)
	}
	return out
}
