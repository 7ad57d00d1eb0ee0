package mds2form

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestFormRecordNamesTheCoveredVersionsMaker: mds2.json's manufacturer
// named the site's manufacturer for a form covering versions another
// company made, while the form's DOC-1 named that company. It now names
// the makers as DOC-1 does, with the site's manufacturer, which supports
// those versions, as supported_by; a form of the site's own versions has
// no supported_by.
func TestFormRecordNamesTheCoveredVersionsMaker(t *testing.T) {
	cat := shippedCatalog(t)
	for _, c := range []struct {
		name             string
		covers           []string
		maker, supported string
		doc1             string
	}{
		{"own versions", []string{"1.0"}, "Acme Medical", "", "Acme Medical"},
		{"another company's version", []string{"0.9"}, "Kestrel Ltd", "Acme Medical", "Kestrel Ltd; supported by Acme Medical"},
		{"both", []string{"0.9", "1.0"}, "Acme Medical (software 1.0); Kestrel Ltd (software 0.9)", "Acme Medical",
			"Acme Medical (software 1.0); Kestrel Ltd (software 0.9); supported by Acme Medical"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld()
			w.site.Manufacturer.Name = "Acme Medical"
			w.p.Versions = append([]content.Version{{Version: "0.9", GeneralAvailability: date(2023, 1, 1), Manufacturer: "Kestrel Ltd", TakenOver: date(2024, 7, 1)}}, w.p.Versions...)
			w.p.MDS2.Versions = c.covers
			form, _ := resolveMDS2(w.env(), cat, kind.Product{Product: w.p, Inventory: w.inv})
			if form.Manufacturer != c.maker || form.SupportedBy != c.supported {
				t.Errorf("manufacturer %q, supported by %q; want %q, %q", form.Manufacturer, form.SupportedBy, c.maker, c.supported)
			}
			if row, ok := form.Row("DOC-1"); !ok || row.Text != c.doc1 {
				t.Errorf("DOC-1 %q; want %q", row.Text, c.doc1)
			}
			b, err := form.JSON()
			if err != nil {
				t.Fatal(err)
			}
			var head map[string]any
			if err := json.Unmarshal(b, &head); err != nil {
				t.Fatal(err)
			}
			got, present := head["supported_by"]
			if head["manufacturer"] != c.maker || present != (c.supported != "") || present && got != c.supported {
				t.Errorf("mds2.json manufacturer %v, supported_by %v (present %v); want %q, %q", head["manufacturer"], got, present, c.maker, c.supported)
			}
		})
	}
}
