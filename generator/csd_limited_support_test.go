package generator

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDLimitedSupportGivesTheNoticesMaintenance: version 4.1.0 of the
// pump has been in Limited Support since its end of life (2025-09-30);
// its end-of-life notice states what it still gets. Its CSD's key facts
// and update timelines gave the product-wide cycle ("Maintenance release
// (4.2.x) whenever a vulnerability fix for 4.2.1 is due … Critical fixes
// within 30 days") as if it were 4.1.0's. They now give the notice's
// maintenance first and the cycle as the supported versions'. The current
// version's CSD keeps the cycle alone. That of a version in Limited
// Support that no notice states the maintenance of (monitoring 3.4) once
// kept the cycle alone too, as if it were the version's own; it now says
// that what remains is not stated and gives the cycle as the supported
// versions'.
func TestCSDLimitedSupportGivesTheNoticesMaintenance(t *testing.T) {
	const row = "| Software updates | Limited support since 2025-09-30; what remains as notice MIS-LVP7-EOL-410 states | Security updates for version `4.1.0` end on 2027-03-31 (notice MIS-LVP7-EOL-410). What version `4.1.0` gets, as the notice states: From the end of life until the end of guaranteed support, Meridian fixes vulnerabilities rated High or Critical that affect 4.1.0, in a 4.1.x maintenance release"
	const timelines = "**Update timelines.** Version `4.1.0` has been in limited support since 30 September 2025: it gets what notice MIS-LVP7-EOL-410 states: From the end of life"
	old, err := os.ReadFile("../golden/halcyon-lvp7/4.1.0/csd.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "4.1.0/csd.md", string(old), row, timelines, "For versions in support: As needed, no fixed calendar.")
	cur, err := os.ReadFile("../golden/halcyon-lvp7/csd.md")
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysNoneBecause(t, "csd.md", string(cur), "4.2.1 is in Support", "Limited support since", "has been in limited support")

	// Monitoring's 3.4 is in Limited Support; with its end-of-support
	// notice taken out, no notice states its maintenance: its CSD says so,
	// names no notice, and gives the cycle as the supported versions', not
	// as 3.4's.
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml", monitoringWithoutEOS34(t))
	mon := files["sentinel-pm/3.4/csd.md"]
	kindtest.SaysAll(t, "monitoring 3.4/csd.md", mon,
		"| Software updates | Limited support since 2024-06-03; what remains is not stated | What maintenance version `3.4` still gets is not stated: no end-of-life or end-of-support notice in the product data issued by 2026-01-19 states it. For versions in support: As needed, no fixed calendar.",
		"**Update timelines.** Version `3.4` has been in limited support since 3 June 2024, and what maintenance it still gets is not stated: no end-of-life or end-of-support notice in the product data issued by 19 January 2026 states it. The commitments below are those for the versions in support; whether they still hold for version `3.4` is not stated.")
	kindtest.SaysNoneBecause(t, "monitoring 3.4/csd.md", mon, "no notice states 3.4's maintenance", "what remains as notice", "it gets what notice", "| Software updates | As needed")
}

// TestLimitedSupportNamesTheNoticesKind: the notice stating a Limited
// Support version's maintenance may be an end-of-support notice
// (content.Product.MaintenanceNotice). With the notices not built, the
// CSD called it "its end-of-life notice" whatever its kind; and the
// lifecycle page chose among end-of-life notices only, so it could name
// another notice than the plan and the CSD, or none. Both now name the
// notice the plan cites, by its kind.
func TestLimitedSupportNamesTheNoticesKind(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		s = kindtest.Replace("id = \"eol-4.1.0\"\nkind = \"end_of_life\"", "id = \"eol-4.1.0\"\nkind = \"end_of_support\"")(s)
		// Without the notices, no notice gives the compensating controls SGUD-4 is derived from.
		return answerMDS2("SGUD-4", `"yes"`)(kindtest.Replace(`"lifecycle", "notices", "risk_report"`, `"lifecycle", "risk_report"`)(s))
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	csd, life := string(files["halcyon-lvp7/4.1.0/csd.md"]), string(files["halcyon-lvp7/lifecycle.md"])
	kindtest.SaysAll(t, "4.1.0/csd.md", csd, "it gets what its end-of-support notice states: From the end of life")
	kindtest.SaysNoneBecause(t, "4.1.0/csd.md", csd, "the notice is an end-of-support notice", "it gets what its end-of-life notice states")
	kindtest.SaysAll(t, "lifecycle.md", life, "Version `4.1.0` is in this stage: its maintenance is what the end-of-support notice MIS-LVP7-EOL-410, issued 2023-09-29 (not published here), announces.")
}
