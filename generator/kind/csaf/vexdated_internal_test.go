package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVEXDocumentNotDatedBeforeItsVersion: a version's CSAF VEX is never
// dated before the version's general availability. Lumen Loop 2.1
// (released 2025-05-05) states CVE-2023-3635, discovered 2024-02-01, and
// a fixed CVE-2024-99101 with no date of its own: its document was first
// and currently released on 2024-02-01, in the 2024 folder (the initial
// release moved up to 2.1's release, then back to the current one). It is
// released on 2025-05-05, in the 2025 folder, also without the fixed
// entry (whose fix, out on 2.1's release, dates it too: Set.FixOut), and
// the index and the changes list name it there. 2.0 (released
// 2024-04-15, its fix out on 2025-05-05) keeps its dates and folder.
func TestVEXDocumentNotDatedBeforeItsVersion(t *testing.T) {
	c, diags := kindtest.Load(t, "../../testdata/insulinpump/jspgen.toml", "../../testdata/insulinpump/content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	p, _ := kindtest.Product(t, c, "lumen-aid")
	env := kindtest.Env(c, content.NewDate(2025, 5, 5))
	for _, tc := range []struct {
		name, version, drop   string // drop: an ID left out of the version
		rel, initial, current string
	}{
		{"2.1", "2.1", "", "2025/lumen-aid-2_1-vex.json", "2025-05-05", "2025-05-05"},
		{"2.1 without its fixed entry", "2.1", "CVE-2024-99101", "2025/lumen-aid-2_1-vex.json", "2025-05-05", "2025-05-05"},
		{"2.0", "2.0", "", "2024/lumen-aid-2_0-vex.json", "2024-04-15", "2025-05-05"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set := *p.Vulnerabilities.KnownBy(env.AsOf)
			set.List = nil
			for _, x := range p.Vulnerabilities.KnownBy(env.AsOf).List {
				if x.Version != tc.version || x.ID != tc.drop {
					set.List = append(set.List, x)
				}
			}
			adv := vexAdvisory(env, p, &set, *set.Version(tc.version))
			if want := Root + "white/" + tc.rel; adv.Path != want {
				t.Errorf("path %s; want %s", adv.Path, want)
			}
			tr := adv.Doc.Document.Tracking
			if got := tr.InitialReleaseDate[:10]; got != tc.initial {
				t.Errorf("initial release %s; want %s", got, tc.initial)
			}
			if got := tr.CurrentReleaseDate[:10]; got != tc.current {
				t.Errorf("current release %s; want %s", got, tc.current)
			}
			for _, r := range tr.RevisionHistory {
				if r.Date[:10] < tc.initial {
					t.Errorf("revision %s on %s, before the initial release %s", r.Number, r.Date[:10], tc.initial)
				}
			}
		})
	}
	// The provider's lists name each document where it is, as of its
	// current release.
	out, diags := kindtest.Prepare(t, Kind, env, p)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	site := map[string]string{}
	for _, f := range out.SiteFiles {
		b, err := f.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		site[f.Path] = string(b)
	}
	for _, rel := range []string{"2025/lumen-aid-2_1-vex.json", "2024/lumen-aid-2_0-vex.json"} {
		if _, ok := site[Root+"white/"+rel]; !ok {
			t.Errorf("no %s among the site files", rel)
		}
		if !strings.Contains("\n"+site[IndexTxt], "\n"+rel+"\n") {
			t.Errorf("index.txt does not list %s:\n%s", rel, site[IndexTxt])
		}
		if line := `"` + rel + `","2025-05-05T00:00:00.000Z"`; !strings.Contains(site[ChangesCSV], line) {
			t.Errorf("changes.csv has no %s:\n%s", line, site[ChangesCSV])
		}
	}
}
