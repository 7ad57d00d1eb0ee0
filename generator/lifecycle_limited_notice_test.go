package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// monitoringEOL is an end-of-life notice of Sentinel 3.4, issued on
// issued, for the monitoring fixture.
func monitoringEOL(issued string) string {
	return `[[notices]]
id = "eol-3.4"
kind = "end_of_life"
issued = ` + issued + `
summary = "Sentinel 3.4 is no longer sold from 3 June 2024."
versions = ["3.4"]
operating_systems = ["Rocky Linux 9.4"]
maintenance = "Vantor fixes security vulnerabilities in 3.4 until its end of support."
compensating_controls = ["Keep the server on the clinical segment."]
stops = [{ what = "updates", milestone = "end_of_life", details = "New features; security fixes continue." }]
upgrade_paths = [{ kind = "software_only", to_version = "4.0", description = "Install 4.0." }]

[notices.customer_actions]
network_isolation = "Keep the server on the clinical segment."

[notices.document]
id = "VMS-EOL-34"
revision = "A"
release_date = ` + issued + `
owner = "Sentinel product security lead"
approvals = [{ role = "Product security lead", name = "R. Okonkwo", date = ` + issued + ` }]
history = [{ revision = "A", date = ` + issued + `, summary = "First release." }]

`
}

// TestLifecycleLimitedSupportSaysWhichNoticeStatesTheMaintenance: the
// monitoring fixture's lifecycle page, with 3.4's end-of-support notice
// taken out, said of Limited Support "support is limited to the
// maintenance that the end-of-life notice of a version announces" and
// nothing more, while version 3.4 is in that stage and no end-of-life
// notice exists (its only other notice is a security advisory). The row
// now says that no notice states 3.4's maintenance, links the notice when
// one issued by the page's date does (the fixture's own end-of-support
// notice, or an end-of-life notice), and, with the notices not built,
// names the one the data lists or says the page does not state it.
func TestLifecycleLimitedSupportSaysWhichNoticeStatesTheMaintenance(t *testing.T) {
	const rowEnd = "or end-of-support notice announces. |"
	lc := buildFixture(t, "monitoring")("sentinel-pm/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc, "Version `3.4` is in this stage: its maintenance is what [the end-of-support notice issued 2024-06-03](notices/eos-sentinel-3-4.html) announces. |")
	kindtest.SaysNone(t, "lifecycle.md", lc, rowEnd, "no end-of-life or end-of-support notice published here")

	without := monitoringWithoutEOS34(t)
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", without)
	lc = files["sentinel-pm/lifecycle.md"]
	kindtest.SaysNone(t, "lifecycle.md (no notice)", lc, rowEnd)
	kindtest.SaysAll(t, "lifecycle.md (no notice)", lc, "announces. Version `3.4` is in this stage, and no end-of-life or end-of-support notice published here states its maintenance. |")

	withNotice := func(issued string) func(string) string {
		return func(s string) string {
			return strings.Replace(without(s), "[[notices]]\nid = \"sa-2026-01\"", monitoringEOL(issued)+"[[notices]]\nid = \"sa-2026-01\"", 1)
		}
	}
	files, _ = buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", withNotice("2024-03-01"))
	lc = files["sentinel-pm/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md (end-of-life notice)", lc,
		"Version `3.4` is in this stage: its maintenance is what [the end-of-life notice issued 2024-03-01](notices/eol-3.4.html) announces. |")
	kindtest.SaysNone(t, "lifecycle.md (end-of-life notice)", lc, "no end-of-life or end-of-support notice published here", rowEnd)

	// A notice issued after the page's release (2026-01-19) is not one
	// the page knows of.
	files, _ = buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", withNotice("2026-02-02"))
	kindtest.SaysAll(t, "lifecycle.md (later notice)", files["sentinel-pm/lifecycle.md"], "Version `3.4` is in this stage, and no end-of-life or end-of-support notice published here states its maintenance.")

	// Notices not built: the page links none, names the one the data
	// lists, and without one says only that it does not state it.
	unbuilt := func(s string) string {
		return strings.Replace(s, `"notices", "risk_report"`, `"risk_report"`, 1)
	}
	files, _ = buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", func(s string) string { return unbuilt(withNotice("2024-03-01")(s)) })
	kindtest.SaysAll(t, "lifecycle.md (not built, notice listed)", files["sentinel-pm/lifecycle.md"],
		"Version `3.4` is in this stage: its maintenance is what the end-of-life notice VMS-EOL-34, issued 2024-03-01 (not published here), announces. |")
	files, _ = buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", func(s string) string { return unbuilt(without(s)) })
	lc = files["sentinel-pm/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md (not built, none)", lc, "Version `3.4` is in this stage; this page does not state its maintenance. |")
	kindtest.SaysNone(t, "lifecycle.md (not built, none)", lc, "published here states its maintenance")
}
