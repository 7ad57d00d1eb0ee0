package scaffold

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/jspgen/jspgen"
)

// TestFilesLeaveAggregatorConsentUndecided: the scaffolded site file does
// not grant CSAF aggregators the example's permission on the new
// manufacturer's behalf: the keys are unset (the documented default and
// its warning apply), and a note asks the user to decide.
func TestFilesLeaveAggregatorConsentUndecided(t *testing.T) {
	files, err := Files(jspgen.Example, "test")
	if err != nil {
		t.Fatal(err)
	}
	var site string
	for _, f := range files {
		if f.Path == "jspgen.toml" {
			site = string(f.Data)
		}
	}
	var s struct {
		Manufacturer struct {
			CSAF map[string]any `toml:"csaf"`
		}
	}
	if _, err := toml.Decode(site, &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Manufacturer.CSAF) != 0 {
		t.Errorf("the scaffold states manufacturer.csaf: %v", s.Manufacturer.CSAF)
	}
	for _, w := range []string{"decide whether CSAF aggregators may list your CSAF", "# list_on_aggregators = false"} {
		if !strings.Contains(site, w) {
			t.Errorf("the site file does not say %q", w)
		}
	}
	if strings.Contains(site, "Meridian allows CSAF aggregators") {
		t.Error("the example's comment on its own choice is left in")
	}
}

// TestFilesHeadersSayWhatCheckCompares: the headers do not promise a
// warning at every line still the example's (short values and the asset
// files are not compared): they say what is, and to review every table.
func TestFilesHeadersSayWhatCheckCompares(t *testing.T) {
	for name, h := range map[string]string{"site": siteHeader, "product": productHeader} {
		flat := strings.Join(strings.Fields(strings.ReplaceAll(h, "#", "")), " ")
		if strings.Contains(flat, "warns at each line that still holds") {
			t.Errorf("%s header promises a warning at every line: %s", name, flat)
		}
		if !strings.Contains(flat, "review every table") {
			t.Errorf("%s header does not ask to review every table: %s", name, flat)
		}
	}
	if flat := strings.Join(strings.Fields(strings.ReplaceAll(productHeader, "#", "")), " "); !strings.Contains(flat, "SBOM, VEX and diagram files") {
		t.Errorf("product header does not say the asset files are not compared: %s", flat)
	}
}
