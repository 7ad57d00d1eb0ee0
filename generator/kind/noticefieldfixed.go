package kind

import (
	"slices"
	"strings"

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
// versions' end of life or support with what becomes of the units of a
// part of theirs whose software is never updated once made. Where every
// path replaces those units (fieldPathsReplace), they are replaced, not
// upgraded, as the lifecycle page says at end of support
// (FieldReplaceWords): "Units of the LumaCap capsule are to be replaced,
// not upgraded: …". Elsewhere the data do not say whether the units in
// use stay in use with the target version (a software_only path keeps
// the hardware), so the notice says only that their software is never
// updated and that this is not stated. Markdown for the notice, plain
// text for its CSAF twin. "" for a notice about components or about
// models' own end of support, one that offers no upgrade path, and one
// whose versions have no such part but implanted ones.
func NoticeFieldReplace(p Product, n content.Notice, markdown bool) string {
	if !n.AboutVersions() || p.NoticeEndsModels(n) != nil || len(n.UpgradePaths) == 0 {
		return ""
	}
	code := func(v string) string {
		if markdown {
			return render.CodeSpan(v)
		}
		return v
	}
	var replaced, undecided []string
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
				vs[i] = code(v)
			}
			name += " of " + content.Plural(len(vs), "version", "versions") + " " + content.AndList(vs)
		}
		if fieldPathsReplace(p, n, f.Part.ID) {
			replaced = append(replaced, name)
		} else {
			undecided = append(undecided, name)
		}
	}
	var out []string
	if s := FieldReplaceWords(content.AndList(replaced)); s != "" {
		out = append(out, s[1:]) // FieldReplaceWords follows a sentence; here it stands alone
	}
	if len(undecided) > 0 {
		var from, to []string
		for _, v := range n.Versions {
			from = append(from, code(v))
		}
		for _, u := range n.UpgradePaths {
			if u.ToVersion != "" && !slices.Contains(n.Versions, u.ToVersion) && !slices.Contains(to, code(u.ToVersion)) {
				to = append(to, code(u.ToVersion))
			}
		}
		with := "after the upgrade"
		if len(to) > 0 {
			with = "with software " + content.OrList(to)
		}
		out = append(out, "The software of "+content.AndList(undecided)+" is never updated after manufacture; whether units in use with software "+content.AndList(from)+" stay in use "+with+" is not stated.")
	}
	return strings.Join(out, " ")
}

// fieldPathsReplace reports whether every upgrade path of notice n
// replaces the units of part id: a full replacement replaces the whole
// product; a partial path replaces them when its target version runs on
// none of the models that carry the part under the notice's versions
// (its interfaces' models: the ThermaLink P1 patch, which release 2.0
// does not run on, is replaced by the P2). A software_only path keeps
// the hardware, and a partial path that names no such models does not
// say which hardware it replaces.
func fieldPathsReplace(p Product, n content.Notice, id string) bool {
	carriers := fieldPartModels(p, n, id)
	for _, u := range n.UpgradePaths {
		switch u.Kind {
		case "full_replacement":
			continue
		case "partial":
			w := p.Version(u.ToVersion)
			if w == nil || len(w.Models) == 0 || len(carriers) == 0 ||
				slices.ContainsFunc(carriers, func(m string) bool { return slices.Contains(w.Models, m) }) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// fieldPartModels are the models that carry part id under the notice's
// versions: those of the part's interfaces that the versions run on;
// nil when the part has no interface, or one on every model (nothing
// then ties the part to some models).
func fieldPartModels(p Product, n content.Notice, id string) []string {
	var out []string
	for _, v := range p.NoticeVersions(n) {
		q := p.At(v.Version)
		runs := q.ModelIDs(v)
		found := false
		for _, it := range q.Interfaces {
			if q.PartOfInterface(it).ID != id {
				continue
			}
			if len(it.Models) == 0 {
				return nil
			}
			found = true
			for _, m := range it.Models {
				if slices.Contains(runs, m) && !slices.Contains(out, m) {
					out = append(out, m)
				}
			}
		}
		if !found {
			return nil
		}
	}
	return out
}
