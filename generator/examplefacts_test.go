package generator

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen"
)

// TestExampleInFile: a line still holding the example manufacturer's
// name, domain or PSIRT, or a product's name, is reported at its line; a
// long line that is the example's text is counted; the user's own values
// and the scaffold's comments are not.
func TestExampleInFile(t *testing.T) {
	ex := readExampleFacts(jspgen.Example)
	// The first of the example's long lines, sorted, that holds no
	// marker: a line picked at random from the map could hold the
	// example's domain, which is reported on its own, and made the
	// counts below fail now and then.
	long := ""
	for _, l := range slices.Sorted(maps.Keys(ex.lines)) {
		if !slices.ContainsFunc(ex.markers, func(m exampleMarker) bool { return strings.Contains(strings.ToLower(l), m.lower) }) {
			long = l
			break
		}
	}
	if long == "" || len(ex.markers) < 4 {
		t.Fatalf("example facts not read: %d markers, %d lines", len(ex.markers), len(ex.lines))
	}
	tests := []struct {
		name, file string
		want       []string // substrings, one per warning, in order; none: clean
	}{
		{"manufacturer name", "[manufacturer]\nname = \"Meridian Infusion Systems, Inc.\"\n", []string{`line 2 holds "Meridian Infusion Systems, Inc.", the name of jspgen's example manufacturer`}},
		{"e-mail at the example's domain", "name = \"Acme Cloud Health\"\nemail = \"psirt@meridian-infusion.example\"\n", []string{`line 2 holds "meridian-infusion.example", the example manufacturer's domain`}},
		{"domain on several lines", "a = \"https://www.meridian-infusion.example/x\"\nb = \"MERIDIAN-INFUSION.EXAMPLE\"\n", []string{`2 lines (1–2) hold "meridian-infusion.example"`}},
		{"example product name", "name = \"Meridian Dosewise Precision Dosing\"\n", []string{`"Meridian Dosewise Precision Dosing", the name of one of jspgen's example products`}},
		{"one line of example text may be the maker's too", "x = 1\n  " + long + "\n", nil},
		{"example text", "x = 1\n  " + long + "\n" + long + "\n" + long + "\n", []string{"3 lines (2–4) are word for word the text of jspgen's example products"}},
		{"own facts", "[manufacturer]\nname = \"Acme Cloud Health, Inc.\"\nemail = \"security@acme-health.com\"\ndescription = \"Acme's cloud dose calculator runs in two AWS regions and keeps no patient names.\"\n", nil},
		{"comments name the example", "# e.g. \"Meridian Infusion Systems, Inc.\" at security@meridian-infusion.example\n#  " + long + "\nname = \"Acme\"\n", nil},
		{"a real Meridian is not the example", "name = \"Meridian Medical Technologies\"\nwebsite = \"https://www.meridian.com\"\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := exampleInFile("f.toml", []byte(tt.file), ex, true)
			if len(got) != len(tt.want) {
				t.Fatalf("%d warnings, want %d:\n%v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i].Message, w) || got[i].File != "f.toml" || got[i].Line == 0 {
					t.Errorf("warning %d = %s, want it to say %q", i, got[i], w)
				}
			}
		})
	}
}

// TestExampleWarningsExemptsTheExample: jspgen's own example (its site
// file as shipped) states the example's facts on purpose; a fixture of
// another manufacturer has none; the example's site file changed by one
// byte is no longer the example and is reported.
func TestExampleWarningsExemptsTheExample(t *testing.T) {
	if ds := exampleWarnings("../jspgen.toml", "../content"); len(ds) != 0 {
		t.Errorf("jspgen's own example: %v", ds)
	}
	if ds := exampleWarnings("testdata/homecpap/jspgen.toml", "testdata/homecpap/content"); len(ds) != 0 {
		t.Errorf("homecpap fixture: %v", ds)
	}
	site, err := os.ReadFile("../jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "jspgen.toml"), append([]byte("# mine now\n"), site...), 0o644)
	ds := exampleWarnings(filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	if len(ds) == 0 || !strings.Contains(fmt.Sprint(ds), "meridian-infusion.example") {
		t.Errorf("the example's site file, edited: %v", ds)
	}
}
