package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// A form covering several versions answers from the newest's facts
// (factsFor). Where the covered versions' data decide an answer the form
// prints differently, the form says whose facts its derived answers
// describe (Form.Follows) and check warns. Only those answers count: a
// version that changes nothing but its hand answers (mds2_answers_changed)
// or facts no printed answer reads describes nothing differently, and a
// sentence saying its interfaces, ports or SBOM differ would be false.

// followedAnswers lists, in form order, the questions the form prints
// from the product data (printedFromData) whose answer the data of a
// covered version other than the newest (cur) decide otherwise, and
// those versions. p is the product as the form's release date sees it.
func followedAnswers(env *kind.Env, p, cur kind.Product, form *mds2.Form) (ids []string, versions []versionDiff) {
	if form == nil {
		return nil, nil
	}
	newest := derivedAs(env, cur, cur)
	differ := map[string]bool{}
	for _, i := range coveredVersions(env, p) {
		v := p.Versions[i].Version
		if v == cur.VersionOf {
			continue
		}
		theirs := derivedAs(env, cur, p.At(v))
		d := versionDiff{version: v}
		for id := range differentFacts(newest, theirs) {
			if row, ok := form.Row(id); ok && printedFromData(row) {
				differ[id] = true
				d.add(id, newest, theirs)
			}
		}
		if d.any() {
			d.sort()
			versions = append(versions, d)
		}
	}
	for id := range differ {
		ids = append(ids, id)
	}
	mds2.SortIDs(ids)
	return ids, versions
}

// followsWarning says which version's facts the form's derived answers
// follow (cur's), and which answers the data of the other covered
// versions (differing) decide otherwise.
// all is the product as built (every version).
func followsWarning(env *kind.Env, all, p, cur kind.Product, form *mds2.Form, ids []string, differing []versionDiff) content.Diagnostic {
	var says []string
	for _, d := range differing {
		says = append(says, d.says(cur.VersionOf))
	}
	remedy := "list one version in mds2.versions, or give each version a form of its own with documents.versions = \"supported\", to avoid it"
	if own := oneVersionRemedy(env, all, cur.VersionOf, form.Versions); own != "" {
		remedy = "to avoid it, " + own
	}
	return content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line("mds2"), Path: "mds2",
		Message: fmt.Sprintf("the MDS2 form covers versions %s, and %s; its answers follow %s (%s)",
			content.AndList(form.Versions), strings.Join(says, "; "), cur.VersionOf, remedy)}
}

// oneVersionRemedy is the remedy of a warning about the form of version
// cur of product all (every version) covering the versions covered, for
// a product that already gives each supported version a form of its own
// (documents.versions = "supported"): there only mds2.versions makes the
// form cover more than cur (coveredVersions), and a covered version with
// a form of its own (kind.OtherVersions) is covered by two forms. ""
// for any other product.
func oneVersionRemedy(env *kind.Env, all kind.Product, cur string, covered []string) string {
	if all.Documents.Versions != "supported" {
		return ""
	}
	remedy := fmt.Sprintf("list only %s in mds2.versions, or remove mds2.versions: documents.versions = \"supported\" is set, so the form of %s then covers that version alone", cur, cur)
	var twice []string
	for _, v := range kind.OtherVersions(env, all, cur, kind.Released(all.Documents.MDS2, env.AsOf)) {
		if v.Version != cur && slices.Contains(covered, v.Version) {
			twice = append(twice, v.Version)
		}
	}
	switch len(twice) {
	case 0:
	case 1:
		remedy += "; version " + twice[0] + ", which it also covers, already has a form of its own"
	default:
		remedy += "; versions " + content.AndList(twice) + ", which it also covers, already have forms of their own"
	}
	return remedy
}

// derivedAs is what the rules derive from version v's facts (its
// interfaces, ports, stores, flows, accounts, texts and SBOM) read as
// the form about cur reads its own: the same document control, covered
// versions and [mds2], so that only the version's facts tell them apart.
func derivedAs(env *kind.Env, cur, v kind.Product) map[string]fact {
	x := cur
	facts := *v.Product
	facts.Documents, facts.MDS2 = cur.Documents, cur.MDS2
	x.Product, x.Inventory = &facts, v.Inventory
	out := newMDS2Facts(env, x).derive()
	withoutOthersDrawing(env, x, v.VersionOf, out)
	return out
}

// differentFacts are the questions a and b derive differently, or one of
// them alone derives: the answer, the text, the fact named or the
// models it holds for.
func differentFacts(a, b map[string]fact) map[string]bool {
	key := func(f fact, ok bool) string {
		if !ok {
			return ""
		}
		return fmt.Sprintf("%s|%q|%q|%v|%v|%t", f.Answer, f.Text, f.Short(), f.Models, f.Open, f.Yields)
	}
	out := map[string]bool{}
	for id, f := range a {
		g, ok := b[id]
		if key(f, true) != key(g, ok) {
			out[id] = true
		}
	}
	for id := range b {
		if _, ok := a[id]; !ok {
			out[id] = true
		}
	}
	return out
}

// printedFromData reports a row whose printed answer, or the fact it
// names beside the manufacturer's, comes from the product data.
func printedFromData(row mds2.Row) bool {
	return row.Basis == mds2.BasisDerived || row.Agrees() || row.Overrides() || row.InPlaceOf() || row.InPlaceOfNo()
}
