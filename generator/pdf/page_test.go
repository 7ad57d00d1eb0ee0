package pdf

import (
	"math"
	"strings"
	"testing"
)

// TestHeaderKeepsDocumentTitle: with a product name of 150 characters, the
// running header shortened the whole "product · title" line from its end,
// and no page said which document it belonged to ("Vantor Sentinel™
// Patient Monitoring System for Adult, … (Łódź, İ…"). Now the product's
// name is shortened and the title kept.
func TestHeaderKeepsDocumentTitle(t *testing.T) {
	long := "Vantor Sentinel™ Patient Monitoring System for Adult, Pediatric and Neonatal Intensive Care — Ward, Step-Down and ICU Edition (Łódź, İstanbul)"
	for _, tc := range []struct {
		name, product, title, want string
	}{
		{"long product", long, "Customer Security Documentation", "… · Customer Security Documentation"},
		{"short product: as it is", "Halcyon LVP-7", "Product Security Plan", "Halcyon LVP-7 · Product Security Plan"},
		{"no title", long, "", "…"},
	} {
		for _, paper := range []string{"letter", "a4"} {
			t.Run(tc.name+"/"+paper, func(t *testing.T) {
				geo, _ := pageGeometry(paper)
				var header string
				for _, o := range recordedText(t, "Body text.\n", Meta{Title: tc.title, Product: tc.product, Paper: paper}) {
					if math.Abs(o.y-geo.headerBaseline) < 0.01 {
						header = o.s
						if w := faceRegular.width(o.s, o.size); w > geo.right-geo.left+1e-6 {
							t.Errorf("header %q is %.1f wide, over the column's %.1f", o.s, w, geo.right-geo.left)
						}
					}
				}
				if !strings.HasSuffix(header, tc.want) {
					t.Errorf("header = %q, want it to end with %q", header, tc.want)
				}
				if tc.product != "" && !strings.HasPrefix(header, strings.Fields(tc.product)[0]+" ") {
					t.Errorf("header = %q, want it to start with the product's name", header)
				}
			})
		}
	}
}
