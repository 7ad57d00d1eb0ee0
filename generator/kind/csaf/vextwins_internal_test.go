package csaf

import (
	"cmp"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVEXTwinsAgreeOnDateAndVersion: built as of any date, a version's
// three VEX files (CycloneDX, OpenVEX, CSAF VEX) bear one date and one
// version: the CSAF twin's current release, its newest revision's date
// and number. Pumpdock 3.1.0's CSAF VEX was dated 2022-03-15 at version
// 1 while its CycloneDX and OpenVEX files, also at version 1, were dated
// 2025-06-30, the end of support of 3.4.2, which has the fix: neither
// that day nor 3.4.2's release was a revision.
func TestVEXTwinsAgreeOnDateAndVersion(t *testing.T) {
	d := content.NewDate
	for _, fx := range []struct {
		dir, product string
		dates        []content.Date
	}{
		{"endofsupport", "pumpdock", []content.Date{d(2022, 5, 1), d(2023, 1, 1), d(2025, 6, 29), d(2025, 7, 1), d(2026, 9, 1)}},
		{"selfhosted", "cortexa-fx", []content.Date{d(2025, 6, 1), d(2026, 7, 1), d(2026, 10, 1)}},
		{"marketsplit", "dentasense", []content.Date{d(2025, 6, 1), d(2026, 3, 1), d(2026, 9, 1), d(2027, 3, 1)}},
		{"withdrawn", "sonabeat", []content.Date{d(2024, 9, 1), d(2025, 3, 1), d(2025, 9, 1), d(2026, 6, 1)}},
		{"", kindtest.Example, []content.Date{d(2024, 3, 10), d(2024, 7, 1), d(2025, 6, 1), d(2026, 3, 2), d(2027, 1, 1)}},
	} {
		t.Run(cmp.Or(fx.dir, "example"), func(t *testing.T) {
			var c *content.Content
			if fx.dir == "" {
				c = kindtest.LoadExample(t)
			} else {
				c, _ = kindtest.Load(t, "../../testdata/"+fx.dir+"/jspgen.toml", "../../testdata/"+fx.dir+"/content")
			}
			p, _ := kindtest.Product(t, c, fx.product)
			twins := 0
			for _, asOf := range fx.dates {
				files, advs, err := product(kindtest.Env(c, asOf), p)
				if err != nil {
					t.Fatal(err)
				}
				stamp := map[string]map[string]string{} // version: file kind: "date version"
				put := func(version, kind, date string, number any) {
					if stamp[version] == nil {
						stamp[version] = map[string]string{}
					}
					stamp[version][kind] = fmt.Sprintf("%.10s version %v", date, number)
				}
				for _, a := range advs {
					tr := a.Doc.Document.Tracking
					if !strings.HasSuffix(tr.ID, "-VEX") {
						continue
					}
					v := strings.TrimSuffix(strings.TrimPrefix(tr.ID, strings.ToUpper(p.ID)+"-"), "-VEX")
					put(v, "CSAF", tr.CurrentReleaseDate, tr.Version)
					newest := tr.RevisionHistory[len(tr.RevisionHistory)-1]
					put(v, "CSAF newest revision", newest.Date, newest.Number)
				}
				for _, f := range files {
					var doc struct {
						Version   int    `json:"version"`
						Timestamp string `json:"timestamp"`
						Metadata  struct {
							Timestamp string `json:"timestamp"`
						} `json:"metadata"`
					}
					if err := json.Unmarshal(f.Data, &doc); err != nil {
						t.Fatal(err)
					}
					v, ok := strings.CutSuffix(strings.TrimPrefix(f.Path, "vex-"), ".cdx.json")
					if ok {
						put(v, "CycloneDX", doc.Metadata.Timestamp, doc.Version)
						continue
					}
					v = strings.TrimSuffix(v, ".openvex.json")
					put(v, "OpenVEX", doc.Timestamp, doc.Version)
				}
				for v, kinds := range stamp {
					want := kinds["CycloneDX"]
					if _, ok := kinds["CSAF"]; ok {
						twins++
					}
					for k, got := range kinds {
						if got != want {
							t.Errorf("as of %s, %s %s: %s is %s, the CycloneDX file %s", asOf, p.Name, v, k, got, want)
						}
					}
				}
			}
			if twins == 0 {
				t.Error("no version with a CSAF twin")
			}
		})
	}
}
