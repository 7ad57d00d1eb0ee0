package csd

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// CoveredModelsText names the models the CSD covers, for its opening
// sentence: "model X" or "models X and Y". They are the models of p
// (the product as the CSD sees it: those that run the version,
// content.Product.ForModels) but those whose own support ended
// (EndedModels, which the document says it does not cover); "" for a
// product without [[models]] (its implicit model is not named) or when
// none is left. Each is named as the
// MDS2 form's DOC-3 names it (its name, "LVP-7 (catalogue no.
// 70-1000)"), with the ID the rest of the document uses ("model LVP-7D
// only") in front where the name does not begin with it ("pm: AW-500 PM
// (catalogue no. 5500-100)"); such entries are parted by semicolons.
func (d *CSDData) CoveredModelsText(p *content.Product) string {
	if p.ImplicitModel() {
		return "" // no [[models]]: the product is the one thing covered
	}
	var names []string
	semicolons := false
	for _, m := range p.AboutModels() {
		if slices.ContainsFunc(d.EndedModels, func(e content.Model) bool { return e.ID == m.ID }) {
			continue
		}
		name := strings.TrimSpace(m.Name)
		switch {
		case name == "":
			name = m.ID
		case !strings.HasPrefix(name, m.ID):
			name = m.ID + ": " + name
			semicolons = true
		}
		names = append(names, name)
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "model " + names[0]
	}
	if semicolons {
		n := len(names)
		return "models " + strings.Join(names[:n-1], "; ") + "; and " + names[n-1]
	}
	return "models " + content.AndList(names)
}
