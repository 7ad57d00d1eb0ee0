package kind

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// The sentences beside a promise of security updates or fix timelines
// for the parts whose software is never updated once made
// (content.FieldFixedParts): the promise reaches them only in the units
// made afterwards. One wording for the lifecycle page, the CSD and the
// plan; Markdown, escaped for a table cell, where they all stand.

// fieldFixedNames names the parts for a sentence ("the ThermaLink
// patch"), those of every version when every, each then with the versions
// where it is so unless it is in all that have it; "" for none.
func (d DocumentData) fieldFixedNames(every bool) string {
	if d.Product == nil {
		return ""
	}
	var names []string
	if !every {
		for _, pt := range d.Product.FieldFixedParts() {
			names = append(names, render.EscapeCell(pt.TheName()))
		}
		return content.AndList(names)
	}
	for _, f := range d.Product.FieldFixedEver() {
		n := render.EscapeCell(f.Part.TheName())
		if len(f.Versions) > 0 {
			coded := make([]string, len(f.Versions))
			for i, v := range f.Versions {
				coded[i] = render.CodeSpan(v)
			}
			n += " of " + content.Plural(len(coded), "version", "versions") + " " + content.AndList(coded)
		}
		names = append(names, n)
	}
	return content.AndList(names)
}

// FieldFixSentence follows a promise of fixes: " For the ThermaLink
// patch, a fix reaches only the units made afterwards: …"; "" for a
// product without such a part. every: the parts of every version (a page
// about them all), else the document's version's.
func (d DocumentData) FieldFixSentence(every bool) string {
	names := d.fieldFixedNames(every)
	if names == "" {
		return ""
	}
	return " For " + names + ", a fix reaches only the units made afterwards: a unit's software is never updated after manufacture."
}

// FieldFixClause is FieldFixSentence as the end of a timeline's
// commitment: "; for the ThermaLink patch, a fix reaches only …".
func (d DocumentData) FieldFixClause(every bool) string {
	names := d.fieldFixedNames(every)
	if names == "" {
		return ""
	}
	return "; for " + names + ", a fix reaches only the units made afterwards, as a unit's software is never updated after manufacture"
}

// FieldReplaceSentence follows the lifecycle page's advice at end of
// support with what becomes of every version's such parts' units: their
// software is never updated, and they are replaced only where the upgrade
// paths decide it (lifecycleFieldEnd).
func (d DocumentData) FieldReplaceSentence() string {
	return lifecycleFieldEnd(d.Product)
}

// FieldReplaceWords says that the units of the parts names names
// (Markdown) are replaced, not upgraded, where every upgrade path
// replaces them, as the lifecycle page and an end-of-life or
// end-of-support notice say it; "" for none.
func FieldReplaceWords(names string) string {
	if names == "" {
		return ""
	}
	return " Units of " + names + " are to be replaced, not upgraded: a unit's software is never updated after manufacture."
}
