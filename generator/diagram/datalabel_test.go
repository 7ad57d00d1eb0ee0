package diagram

import (
	"strings"
	"testing"
)

// TestViewsNameDataAsTheProductDoes: the views' flow tables, alt text and
// SVGs call phi "PHI" for a product marketed in the United States (or
// whose markets are not stated) and "Health data" for one that is not,
// as section 6.6 and the CSD do (content.Product.DataLabel).
func TestViewsNameDataAsTheProductDoes(t *testing.T) {
	for _, tc := range []struct {
		name          string
		markets       []string
		want, notWant string
	}{
		{"not stated", nil, "PHI", "Health data"},
		{"us and eu", []string{"us", "eu"}, "PHI", "Health data"},
		{"eu only", []string{"eu"}, "Health data", "PHI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(t, example(t), "dosewise")
			p.Markets = tc.markets
			vs, _ := allViews(t, p)
			var found bool
			for _, v := range vs {
				for _, f := range v.Flows {
					if strings.Contains(f.Data, tc.notWant) {
						t.Errorf("%s: flow %s data %q names %q", v.Title, f.ID, f.Data, tc.notWant)
					}
					found = found || strings.Contains(f.Data, tc.want)
				}
				if strings.Contains(v.Alt, tc.notWant) {
					t.Errorf("%s: alt text names %q: %s", v.Title, tc.notWant, v.Alt)
				}
				if strings.Contains(string(v.SVG()), tc.notWant) {
					t.Errorf("%s: SVG names %q", v.Title, tc.notWant)
				}
			}
			if !found {
				t.Errorf("no flow's data names %q", tc.want)
			}
		})
	}
}
