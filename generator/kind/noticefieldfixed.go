package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// NoticeFieldFixed are the parts of the versions notice n concerns whose
// software is never updated once made (content.Product.FieldFixedParts),
// each with the versions where it is so when some other of those
// versions that has the part does not say so; the product's as given
// for a notice about no version.
func NoticeFieldFixed(p Product, n content.Notice) []content.FieldFixedPart {
	var out []content.FieldFixedPart
	vs := p.NoticeVersions(n)
	if len(vs) == 0 {
		for _, pt := range p.FieldFixedParts() {
			out = append(out, content.FieldFixedPart{Part: pt})
		}
		return out
	}
	has := map[string]int{} // the notice's versions that have the part
	for _, v := range vs {
		for _, pt := range p.At(v.Version).PartsInUse() {
			has[pt.ID]++
			if !pt.FieldUpdatable.IsFalse() {
				continue
			}
			j := slices.IndexFunc(out, func(f content.FieldFixedPart) bool { return f.Part.ID == pt.ID })
			if j < 0 {
				out = append(out, content.FieldFixedPart{Part: pt})
				j = len(out) - 1
			}
			out[j].Versions = append(out[j].Versions, v.Version)
		}
	}
	for i := range out {
		if len(out[i].Versions) == has[out[i].Part.ID] {
			out[i].Versions = nil
		}
	}
	return out
}

// NoticeFieldReplace follows the upgrade paths of a notice about
// versions' end of life or support: the units of a part of theirs whose
// software is never updated once made cannot be upgraded along those
// paths and are replaced, as the lifecycle page says at end of support
// (FieldReplaceWords): "Units of the LumaCap capsule are to be replaced,
// not upgraded: …". Markdown for the notice, plain text for its CSAF
// twin. "" for a notice about components or about models' own end of
// support, one that offers no upgrade path, and one whose versions have
// no such part but implanted ones.
func NoticeFieldReplace(p Product, n content.Notice, markdown bool) string {
	if !n.AboutVersions() || p.NoticeEndsModels(n) != nil || len(n.UpgradePaths) == 0 {
		return ""
	}
	var names []string
	for _, f := range NoticeFieldFixed(p, n) {
		if f.Part.Implanted.IsTrue() {
			continue // whether to replace an implant is for the patient's physician to decide, as the notice says
		}
		name := f.Part.TheName()
		if markdown {
			name = render.EscapeCell(name)
		}
		if len(f.Versions) > 0 {
			vs := slices.Clone(f.Versions)
			for i, v := range vs {
				if markdown {
					vs[i] = render.CodeSpan(v)
				}
			}
			name += " of " + content.Plural(len(vs), "version", "versions") + " " + content.AndList(vs)
		}
		names = append(names, name)
	}
	s := FieldReplaceWords(content.AndList(names))
	if s == "" {
		return ""
	}
	return s[1:] // FieldReplaceWords follows a sentence; here it stands alone
}
