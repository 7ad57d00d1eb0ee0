package generator

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// noticeKeysCheck runs check on testdata/<name> with file edited, and
// returns its diagnostics as check prints them ("warning: " before a
// warning's message), one a line.
func noticeKeysCheck(t *testing.T, name, file string, edit func(string) string) string {
	t.Helper()
	dir := filepath.Join("testdata", name)
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), file, edit)
	res, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *contentpkg.InputError
	var lines []string
	switch {
	case errors.As(err, &ie):
		for _, d := range ie.Diagnostics {
			lines = append(lines, d.String())
		}
	case err != nil:
		t.Fatal(err)
	default:
		for _, d := range res.Warnings {
			lines = append(lines, d.String())
		}
	}
	return strings.Join(lines, "\n")
}

// TestNoticeKeysOptionalRules: an end-of-support or end-of-life notice
// may leave out notices.maintenance, stops and upgrade_paths; check then
// warns, citing IMDRF N70, instead of refusing to build. A component's
// notice still must state them.
func TestNoticeKeysOptionalRules(t *testing.T) {
	const file = "isodose-plan.toml"
	const notice = "versions = [\"11.2\"]\n"
	warn := map[string]string{
		"maintenance":   "warning: notices[0].maintenance: not stated: IMDRF N70 asks a notice for the maintenance that remains",
		"stops":         "warning: notices[0].stops: not stated: IMDRF N70 asks a notice what stops",
		"upgrade_paths": "warning: notices[0].upgrade_paths: not stated: IMDRF N70 asks a notice for the upgrade paths offered",
	}
	for _, c := range []struct {
		name, add string
		want      []string // keys warned of
	}{
		{"none written", "# none written\n", []string{"maintenance", "stops", "upgrade_paths"}},
		{"maintenance written", "maintenance = \"Security fixes until the end of support.\"\n", []string{"stops", "upgrade_paths"}},
		{"stops written", "stops = [{ what = \"security_updates\", milestone = \"end_of_support\" }]\n", []string{"maintenance", "upgrade_paths"}},
		{"no upgrade path offered", "upgrade_paths = []\n", []string{"maintenance", "stops"}},
		{"an end-of-life notice", "", []string{"maintenance", "stops", "upgrade_paths"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := noticeKeysCheck(t, "tpsplanning", file, func(s string) string {
				if !strings.Contains(s, notice) {
					t.Fatalf("fixture lacks %q", notice)
				}
				s = strings.Replace(s, notice, notice+c.add, 1)
				if c.name == "an end-of-life notice" {
					s = strings.Replace(s, "end_of_support = 2027-06-30", "end_of_life = 2026-12-31\nend_of_support = 2027-06-30", 1)
					s = strings.Replace(s, `kind = "end_of_support"`, `kind = "end_of_life"`, 1)
				}
				return s
			})
			for _, l := range strings.Split(got, "\n") {
				if strings.Contains(l, "notices[0]") && !strings.Contains(l, "warning: ") {
					t.Errorf("error about the notice: %s", l)
				}
			}
			for key, w := range warn {
				want := false
				for _, k := range c.want {
					want = want || k == key
				}
				if has := strings.Contains(got, w); has != want {
					t.Errorf("warning about %s: got %v, want %v; diagnostics:\n%s", key, has, want, got)
				}
			}
		})
	}
	// A component's notice still states them: an error, as before.
	got := noticeKeysCheck(t, "tpsplanning", file, func(s string) string {
		return strings.Replace(strings.Replace(s, `kind = "end_of_support"`, `kind = "component_end_of_support"`, 1), notice,
			notice+"components = [{ name = \"PostgreSQL\", version = \"15\", concern = \"Its support ends.\" }]\n", 1)
	})
	for _, w := range []string{"notices[0].maintenance: missing", "notices[0].stops: missing", "notices[0].upgrade_paths: missing"} {
		if !strings.Contains(got, w) {
			t.Errorf("component notice: want an error containing %q; got:\n%s", w, got)
		}
	}
}

// TestNoticeKeysUnstatedSaid: where an end-of-support notice leaves out
// its maintenance, stops and upgrade paths (tpsplanning), the notice, its
// CSAF twin and the lifecycle page say each is not stated; nothing is
// derived from the notice's kind (no "Security updates" stopping at the
// end of support), and no bare "Not stated." stands in for a section.
// Where the notice states its upgrade path (inrhome), that is kept.
func TestNoticeKeysUnstatedSaid(t *testing.T) {
	read := buildFixture(t, "tpsplanning")
	notice := read("isodose-plan/notices/eos-11.2.md")
	kindtest.SaysAll(t, "eos-11.2.md", notice,
		"## 6. What stops\n\nWhat stops, and when, is not stated: the dates in [5. Effective dates](#5-effective-dates) are the milestones this notice announces, and it does not say whether regular releases, security updates, technical support, service or spare parts end on them or at other dates.\n",
		"## 7. Maintenance that remains\n\nWhich maintenance remains after this change (security updates, fixes, technical support), and for how long, is not stated.\n",
		"## 10. Upgrade paths\n\nWhich upgrade paths Isodose Software BV offers for the affected versions is not stated.\n")
	kindtest.SaysNoneBecause(t, "eos-11.2.md", notice, "stops, maintenance and upgrade paths are not written",
		"| Security updates |", "| What stops |", "| Path |", "\n\nNot stated.\n", "offers no upgrade path")
	life := read("isodose-plan/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"The [End-of-Support Notice: software 11.2](notices/eos-11.2.html) does not state which maintenance remains, what stops beyond the milestones it announces or which upgrade paths are offered.\n")
	kindtest.SaysNoneBecause(t, "lifecycle.md", life, "stops are not written", "security updates stopped", "security updates stop")

	var doc struct {
		Document struct {
			Notes []struct{ Title, Text string } `json:"notes"`
		} `json:"document"`
	}
	if err := json.Unmarshal([]byte(read(".well-known/csaf/white/2026/isodose-plan-eos-11_2.json")), &doc); err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}
	for _, n := range doc.Document.Notes {
		notes[n.Title] = n.Text
	}
	for title, want := range map[string]string{
		"What stops":            "What stops, and when, is not stated",
		"Remaining maintenance": "Which maintenance remains after this change (security updates, fixes, technical support), and for how long, is not stated.",
		"Upgrade paths":         "Which upgrade paths Isodose Software BV offers for the affected versions is not stated.",
	} {
		if got := notes[title]; !strings.HasPrefix(got, want) {
			t.Errorf("CSAF note %q = %q, want it to begin %q", title, got, want)
		}
	}

	// inrhome writes its upgrade path (a replacement meter), not its
	// maintenance or stops.
	inr := buildFixture(t, "inrhome")
	kindtest.SaysAll(t, "inrhome eos-2-3.md", inr("inrhome/notices/eos-2-3.md"),
		"Which maintenance remains after this change (security updates, fixes, technical support), and for how long, is not stated.",
		"| Full replacement | Coagula INR Home meter with firmware 2.4 |")
	kindtest.SaysAll(t, "inrhome lifecycle.md", inr("inrhome/lifecycle.md"),
		"does not state which maintenance remains or what stops beyond the milestones it announces.\n")
}
