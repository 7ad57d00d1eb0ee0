package riskreport

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReportDescribesNamedVersion: a report written for a version's
// submission before that version's release (twoproducts' TeleStride
// report, released 2024-01-22 for 3.1, generally available 2024-02-05)
// describes the version documents.risk_report.version names, and is not
// outdated by that version's release; without the key it describes the
// version current on its release date (2.6), and check asks for a
// revision about 3.1.
func TestReportDescribesNamedVersion(t *testing.T) {
	const dir = kindtest.Repo + "/generator/testdata/twoproducts"
	const named = `version = "3.1"   # written for 3.1's submission, before its release` + "\n"
	for _, tc := range []struct {
		name      string
		edit      func(string) string
		about     string
		says      string
		outdated  bool
		neverSays string
	}{
		{"version named", func(s string) string { return s + "\n# unchanged\n" }, "3.1", "Telemetry Monitor, software 3.1 (to be generally available from 5 February 2024): the threat model", false, "software 2.6"},
		{"version not named", kindtest.Replace(named, ""), "2.6", "Telemetry Monitor, software 2.6: the threat model", true, "software 3.1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, contentDir := kindtest.CopyRepo(t, dir+"/jspgen.toml", dir+"/content", "telestride.toml", tc.edit)
			c, _ := kindtest.Load(t, site, contentDir)
			p, _ := kindtest.Product(t, c, "telestride")
			env := kindtest.Env(c, c.Site.AsOf)
			prep, diags := kindtest.Prepare(t, Kind, env, p)
			doc := prep.Documents[0]
			if doc.About != tc.about {
				t.Errorf("About = %q; want %q", doc.About, tc.about)
			}
			md := kindtest.RenderBuilt(t, env, p, doc, kindtest.Built(p))
			kindtest.SaysAll(t, "risk report", md, tc.says)
			kindtest.SaysNone(t, "risk report", md, tc.neverSays)
			outdated := false
			for _, d := range diags {
				outdated = outdated || strings.Contains(d.Message, "describes version 2.6; version 3.1 has been generally available since 2024-02-05")
			}
			if outdated != tc.outdated {
				t.Errorf("outdated warning = %v; want %v in\n%s", outdated, tc.outdated, diags)
			}
		})
	}
}
