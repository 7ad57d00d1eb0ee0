package csaf

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVEXFilesVersionIsTheCSAFTwins: built as of any date, each version's
// CycloneDX and OpenVEX files give as their version the CSAF twin's
// current version, its number of revisions, and keep one serial number
// and @id from build to build. The example's 4.1.0 files said version 1
// beside a CSAF twin at version 6.
func TestVEXFilesVersionIsTheCSAFTwins(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	ids := map[string]string{} // file path: its serial number or @id
	twins := 0
	for _, asOf := range []content.Date{content.NewDate(2024, 3, 10), content.NewDate(2024, 7, 1), content.NewDate(2025, 6, 1), content.NewDate(2026, 3, 2)} {
		env := kindtest.Env(c, asOf)
		files, advs, err := product(env, p)
		if err != nil {
			t.Fatal(err)
		}
		twin := map[string]string{} // version: the CSAF twin's version
		for _, a := range advs {
			if id := a.Doc.Document.Tracking.ID; strings.HasSuffix(id, "-VEX") {
				v := strings.TrimSuffix(strings.TrimPrefix(id, strings.ToUpper(p.ID)+"-"), "-VEX")
				twin[v] = a.Doc.Document.Tracking.Version
			}
		}
		for _, f := range files {
			var doc struct {
				Serial  string `json:"serialNumber"`
				ID      string `json:"@id"`
				Version json.Number
			}
			if err := json.Unmarshal(f.Data, &doc); err != nil {
				t.Fatal(err)
			}
			v := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(f.Path, "vex-"), ".cdx.json"), ".openvex.json")
			want, ok := twin[v]
			if !ok {
				continue // no CSAF twin (premarket)
			}
			twins++
			if doc.Version.String() != want {
				t.Errorf("as of %s: %s is version %s; its CSAF twin is version %s", asOf, f.Path, doc.Version, want)
			}
			id := doc.Serial + doc.ID
			if prev, ok := ids[f.Path]; ok && prev != id {
				t.Errorf("as of %s: %s is %s; built earlier, %s", asOf, f.Path, id, prev)
			}
			ids[f.Path] = id
		}
	}
	if twins == 0 {
		t.Fatal("no VEX file with a CSAF twin")
	}
}
