package content

import "slices"

// Markets: where a product is sold. The documents were written for a
// product marketed in the United States (FDA guidance, section 524B of
// the FD&C Act); a product the data say is sold elsewhere only owes that
// law and guidance nothing, and a document that lists them as followed,
// or makes a cyber device determination for it, states what is not so.

// marketNames are the names the documents print, per markets value.
var marketNames = map[string]string{
	"us": "the United States", "eu": "the European Union", "uk": "the United Kingdom",
	"ch": "Switzerland", "ca": "Canada", "au": "Australia", "jp": "Japan", "other": "other markets",
}

// USLawGuidance are the guidance ids that are United States law or FDA
// guidance: a product not marketed there follows none of them.
var USLawGuidance = []string{"fda-premarket", "524b", "fda-postmarket"}

// NotForUS reports whether the product data state the markets and leave
// out the United States. Markets not written: not stated, and the
// documents speak as before, of a product the FDA regulates.
func (p *Product) NotForUS() bool {
	return p != nil && len(p.Markets) > 0 && !slices.Contains(p.Markets, "us")
}

// FDAAsksNothing reports whether FDA guidance asks nothing of the
// product: health IT that is not a medical device, or a product not
// marketed in the United States. Diagnostics then name the section a
// gap leaves empty, not an FDA expectation.
func (p *Product) FDAAsksNothing() bool { return p.MedicalDevice.IsFalse() || p.NotForUS() }

// MarketNames is the markets as a sentence's list, in the file's order:
// "the European Union, the United Kingdom and Switzerland".
func (p *Product) MarketNames() string {
	var names []string
	for _, m := range p.Markets {
		if n := marketNames[m]; n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return AndList(names)
}

// healthDataLabel is what the documents call the data kind "phi" for a
// product not marketed in the United States: "PHI" (protected health
// information) is a term of United States law (HIPAA), which such a
// product's customers are not under.
const healthDataLabel = "Health data"

// DataLabel is the data kind's name as the documents jspgen writes in its
// own words print it: d.Label(), but "Health data" for phi when the
// product is not marketed in the United States. Markets not stated: "PHI",
// as before. The MDS2 form keeps its own wording and does not use this.
func (p *Product) DataLabel(d DataKind) string {
	if d == "phi" && p.NotForUS() {
		return healthDataLabel
	}
	return d.labelFor(p) // a lone user's words (vocab.go)
}

// DataLabels is DataLabel of each kind, in order.
func (p *Product) DataLabels(ds DataKinds) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = p.DataLabel(d)
	}
	return out
}
