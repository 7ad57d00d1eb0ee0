package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/transferred is a patient-monitoring line (central station and
// bedside monitors) that Kestrowe Medical Ltd sold to Brightwater Clinical
// Systems B.V., the site's manufacturer, on 1 July 2024: Kestrowe made
// 5.2.0 and 5.4.0 (versions.manufacturer, taken_over), Brightwater made
// 6.0.0 and supports all three; the line is discontinued without a
// successor (its product file's header says what it holds).

// TestTransferredVersionsNameTheirMaker: the documents of 5.2.0 named
// Brightwater as its manufacturer ("by Brightwater Clinical Systems B.V.",
// DOC-1 "Brightwater Clinical Systems B.V.", "| Manufacturer |
// Brightwater Clinical Systems B.V. |"), though 5.2.0's labeling names
// Kestrowe; they now name Kestrowe and say that Brightwater, whose
// contacts they give, supports it. 6.0.0's documents are Brightwater's.
func TestTransferredVersionsNameTheirMaker(t *testing.T) {
	read := buildFixture(t, "transferred")
	supports := "Kestrowe Medical Ltd made software `5.2.0` and is the manufacturer its labeling names; Brightwater Clinical Systems B.V. has supported it in Kestrowe Medical Ltd's place since 1 July 2024, and the contacts in this document are Brightwater Clinical Systems B.V.'s."
	csd := read("orvia-pm/5.2.0/csd.md")
	kindtest.SaysAll(t, "5.2.0/csd.md", csd,
		"**Orvia Patient Monitoring System** by Kestrowe Medical Ltd, document BCS-OR-CSD-001-5.2.0 revision D, for software version `5.2.0`. "+supports,
		"| Manufacturer | Kestrowe Medical Ltd (software 5.2.0) |\n| Issued and supported by | Brightwater Clinical Systems B.V. |",
		"| Report a vulnerability | security@brightwater-clinical.example |")
	kindtest.SaysNone(t, "5.2.0/csd.md", csd, "by Brightwater Clinical Systems B.V., document", "| Manufacturer | Brightwater Clinical Systems B.V. |")
	form := read("orvia-pm/5.2.0/mds2.md")
	kindtest.SaysAll(t, "5.2.0/mds2.md", form,
		"by Kestrowe Medical Ltd, document BCS-OR-MDS2-001-5.2.0 revision D, released 30 June 2026. "+supports,
		"| DOC-1 | What is the manufacturer's name? | Kestrowe Medical Ltd; supported by Brightwater Clinical Systems B.V. |")
	kindtest.SaysAll(t, "5.2.0/mds2.csv", read("orvia-pm/5.2.0/mds2.csv"), "versions[0].manufacturer names the manufacturer of the version")
	// The current form covers the three versions, of both makers.
	kindtest.SaysAll(t, "mds2.md", read("orvia-pm/mds2.md"),
		"| DOC-1 | What is the manufacturer's name? | Brightwater Clinical Systems B.V. (software 6.0.0); Kestrowe Medical Ltd (software 5.2.0, 5.4.0); supported by Brightwater Clinical Systems B.V. |")
	cur := read("orvia-pm/csd.md")
	kindtest.SaysAll(t, "csd.md", cur,
		"**Orvia Patient Monitoring System** by Brightwater Clinical Systems B.V., document BCS-OR-CSD-001 revision D, for software version `6.0.0`.",
		"| Manufacturer | Brightwater Clinical Systems B.V. |")
	kindtest.SaysNone(t, "csd.md", cur, "Kestrowe Medical Ltd made", "Issued and supported by")

	kindtest.SaysAll(t, "eos-5.md", read("orvia-pm/notices/eos-5.md"),
		"by Kestrowe Medical Ltd, notice BCS-OR-EOS-001 revision A; first issued 30 June 2026. Kestrowe Medical Ltd made software `5.2.0` and `5.4.0` and is the manufacturer their labeling names; Brightwater Clinical Systems B.V. has supported them in Kestrowe Medical Ltd's place since 1 July 2024",
		"| Manufacturer | Kestrowe Medical Ltd (software 5.2.0, 5.4.0) |")
	eos6 := read("orvia-pm/notices/eos-6.md")
	kindtest.SaysAll(t, "eos-6.md", eos6, "by Brightwater Clinical Systems B.V., notice BCS-OR-EOS-002", "| Manufacturer | Brightwater Clinical Systems B.V. |")
	kindtest.SaysNone(t, "eos-6.md", eos6, "Kestrowe")
	kindtest.SaysAll(t, "lifecycle.md", read("orvia-pm/lifecycle.md"),
		"| Manufacturer | Brightwater Clinical Systems B.V. (software 6.0.0); Kestrowe Medical Ltd (software 5.2.0, 5.4.0) |",
		"Kestrowe Medical Ltd made software `5.2.0` and `5.4.0`")
	kindtest.SaysAll(t, "5.2.0 CSAF VEX", read(".well-known/csaf/white/2026/orvia-pm-5_2_0-vex.json"),
		`"issuing_authority": "Kestrowe Medical Ltd made Orvia Patient Monitoring System 5.2.0, whose labeling names Kestrowe Medical Ltd as the manufacturer; Brightwater Clinical Systems B.V. supports it in its place. Vulnerabilities are reported to security@brightwater-clinical.example`)
	kindtest.SaysNone(t, "5.2.0 CSAF VEX", read(".well-known/csaf/white/2026/orvia-pm-5_2_0-vex.json"), "is the manufacturer of the products")
	kindtest.SaysAll(t, "eos-6 CSAF", read(".well-known/csaf/white/2026/bcs-or-eos-002.json"), `"issuing_authority": "Brightwater Clinical Systems B.V. is the manufacturer of the products.`)
}

// TestTransferredLastVersionHasNoUpgradePath: the line ends with 6.0.0
// and no successor product. A lifecycle notice had to name an upgrade
// path, so the notice about 6.0.0 could only invent one; upgrade_paths =
// [] now states that none is offered, and the notice says so instead of
// a table and of "until the affected devices are upgraded or replaced".
func TestTransferredLastVersionHasNoUpgradePath(t *testing.T) {
	read := buildFixture(t, "transferred")
	eos6 := read("orvia-pm/notices/eos-6.md")
	kindtest.SaysAll(t, "eos-6.md", eos6,
		"## 10. Upgrade paths\n\nBrightwater Clinical Systems B.V. offers no upgrade path for the affected devices: neither to another software version nor to a replacement product.\n\n## 11.",
		"For as long as the affected devices stay in use, put these controls in place")
	kindtest.SaysNone(t, "eos-6.md", eos6, "| Path | Leads to |", "upgraded or replaced")
	eos5 := read("orvia-pm/notices/eos-5.md")
	kindtest.SaysAll(t, "eos-5.md", eos5, "| Software only | software 6.0.0 |", "Until the affected devices are upgraded or replaced")
	kindtest.SaysNone(t, "eos-5.md", eos5, "offers no upgrade path")
}

// TestTransferredNoticeListsEveryVersionsSBOM: the notices about 5.2.0
// and 5.4.0 said "The complete list of components is the product's SBOM:
// orvia-pm-5.4.0.cdx.json", the newest version's only, whose kernel and
// OpenSSL are not 5.2.0's.
func TestTransferredNoticeListsEveryVersionsSBOM(t *testing.T) {
	read := buildFixture(t, "transferred")
	for _, rel := range []string{"orvia-pm/notices/eol-5.md", "orvia-pm/notices/eos-5.md"} {
		kindtest.SaysAll(t, rel, read(rel),
			"The complete list of components of each affected version is in its SBOM: [orvia-pm-5.2.0.cdx.json](../orvia-pm-5.2.0.cdx.json), [orvia-pm-5.4.0.cdx.json](../orvia-pm-5.4.0.cdx.json).")
	}
	kindtest.SaysAll(t, "eos-6.md", read("orvia-pm/notices/eos-6.md"),
		"The complete list of components is the product's SBOM: [orvia-pm-6.0.0.cdx.json](../orvia-pm-6.0.0.cdx.json).")
}

// TestTransferredCheck: what check says of the new keys, both ways.
func TestTransferredCheck(t *testing.T) {
	const file = "orvia-pm.toml"
	clean := fixtureCheck(t, "transferred", "", nil)
	for _, bad := range []string{"upgrade_paths", ".manufacturer", "taken_over", "DOC-1"} {
		if strings.Contains(clean, bad) {
			t.Errorf("the fixture as written: unexpected diagnostic about %s:\n%s", bad, clean)
		}
	}
	cases := []struct {
		name, old, new, want string
	}{
		{"upgrade paths not written", "upgrade_paths = []\n", "",
			"notices[2].upgrade_paths: not stated: IMDRF N70 asks a notice for the upgrade paths offered, so the notice says which upgrade path is offered is not stated (upgrade_paths = [] when none is offered)"},
		{"no upgrade path though a later version exists", `upgrade_paths = [{ kind = "software_only", to_version = "6.0.0", description = "Field service installs 6.0.0, the last version of the line, on the central station and the monitors; about two hours per unit. 6.0.0 reaches end of support on 30 June 2028, and no version follows it." }]`, "upgrade_paths = []",
			"notices[1].upgrade_paths: written empty (no upgrade path offered), but version 6.0.0 is later than the versions this notice concerns"},
		{"taken over without a manufacturer", "manufacturer = \"Kestrowe Medical Ltd\"\ntaken_over = 2024-07-01\n", "taken_over = 2024-07-01\n",
			"versions[0].taken_over: taken_over without manufacturer"},
		{"the site's manufacturer as former maker", "manufacturer = \"Kestrowe Medical Ltd\"\n", "manufacturer = \"Brightwater Clinical Systems B.V.\"\n",
			"versions[0].manufacturer: \"Brightwater Clinical Systems B.V.\" is the site file's manufacturer"},
		{"taken over before the release", "taken_over = 2024-07-01\n", "taken_over = 2019-01-01\n",
			"versions[0].taken_over: taken over on 2019-01-01, before version 5.2.0 was released"},
		{"a hand DOC-1 naming another company", "[mds2.answers]\n", "[mds2.answers]\n\"DOC-1\" = \"Norrland Devices AB\"\n",
			`mds2.answers.DOC-1: "Norrland Devices AB" does not name the manufacturer`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := fixtureCheck(t, "transferred", file, func(s string) string {
				if !strings.Contains(s, c.old) {
					t.Fatalf("fixture lacks %q", c.old)
				}
				return strings.Replace(s, c.old, c.new, 1)
			})
			if !strings.Contains(got, c.want) {
				t.Errorf("want a diagnostic containing %q; got:\n%s", c.want, got)
			}
		})
	}
	// A hand DOC-1 naming the former maker is no former company name.
	got := fixtureCheck(t, "transferred", file, func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"DOC-1\" = \"Kestrowe Medical Ltd\"\n", 1)
	})
	if strings.Contains(got, "DOC-1") && strings.Contains(got, "does not name the manufacturer") {
		t.Errorf("DOC-1 naming Kestrowe, which made the versions the form covers, was warned of:\n%s", got)
	}
}

// TestTransferredLifecycleJSONNamesEachVersionsMaker: lifecycle.json gave
// no version's manufacturer, so a tool read Brightwater (the product's
// manufacturer) as the maker of 5.2.0 and 5.4.0, whose labeling names
// Kestrowe. Each version now has its manufacturer, and the take-over day
// where written; a version without one leaves taken_over out.
func TestTransferredLifecycleJSONNamesEachVersionsMaker(t *testing.T) {
	type version struct {
		Version      string  `json:"version"`
		Manufacturer string  `json:"manufacturer"`
		TakenOver    *string `json:"taken_over"`
	}
	parse := func(t *testing.T, data string) map[string]version {
		t.Helper()
		var doc struct {
			Versions []version `json:"versions"`
		}
		if err := json.Unmarshal([]byte(data), &doc); err != nil {
			t.Fatal(err)
		}
		out := map[string]version{}
		for _, v := range doc.Versions {
			out[v.Version] = v
		}
		return out
	}
	str := func(s *string) string {
		if s == nil {
			return "(absent)"
		}
		return *s
	}
	got := parse(t, buildFixture(t, "transferred")("orvia-pm/lifecycle.json"))
	want := map[string][2]string{
		"5.2.0": {"Kestrowe Medical Ltd", "2024-07-01"},
		"5.4.0": {"Kestrowe Medical Ltd", "2024-07-01"},
		"6.0.0": {"Brightwater Clinical Systems B.V.", "(absent)"},
	}
	for v, w := range want {
		if g := got[v]; g.Manufacturer != w[0] || str(g.TakenOver) != w[1] {
			t.Errorf("version %s: manufacturer %q, taken_over %s; want %q, %s", v, g.Manufacturer, str(g.TakenOver), w[0], w[1])
		}
	}
	// Without its take-over day, 5.2.0 still names Kestrowe and states no day.
	files, _ := buildFixtureEdited(t, "transferred", "orvia-pm.toml", func(s string) string {
		return strings.Replace(s, "taken_over = 2024-07-01\n", "", 1)
	})
	if g := parse(t, files["orvia-pm/lifecycle.json"])["5.2.0"]; g.Manufacturer != "Kestrowe Medical Ltd" || g.TakenOver != nil {
		t.Errorf("5.2.0 without taken_over: manufacturer %q, taken_over %s; want Kestrowe, absent", g.Manufacturer, str(g.TakenOver))
	}
}

// TestTransferredPlanNamesTheFormerMaker: the security plan listed 5.2.0
// and 5.4.0 among its lifecycle milestones without a word that Kestrowe
// made them; section 11.1 now says so and since when Brightwater supports
// them. A line all of whose versions the site's manufacturer made says
// nothing of the kind.
func TestTransferredPlanNamesTheFormerMaker(t *testing.T) {
	plan := buildFixture(t, "transferred")("orvia-pm/security-plan.md")
	i := strings.Index(plan, "### 11.1 Lifecycle milestones")
	j := strings.Index(plan, "### 11.2")
	if i < 0 || j < i {
		t.Fatalf("no section 11.1 in the plan")
	}
	kindtest.SaysAll(t, "security-plan.md 11.1", plan[i:j],
		"Kestrowe Medical Ltd made software `5.2.0` and `5.4.0` and is the manufacturer their labeling names; Brightwater Clinical Systems B.V. has supported them in Kestrowe Medical Ltd's place since 1 July 2024")
	files, _ := buildFixtureEdited(t, "transferred", "orvia-pm.toml", func(s string) string {
		return strings.ReplaceAll(s, "manufacturer = \"Kestrowe Medical Ltd\"\ntaken_over = 2024-07-01\n", "")
	})
	kindtest.SaysNone(t, "security-plan.md, every version Brightwater's", files["orvia-pm/security-plan.md"], "Kestrowe Medical Ltd made", "labeling names")
}

// TestTransferredEndOfSupportStageNoUpgrade: the lifecycle page's stage
// table told every customer at End of Support to "upgrade, replace or
// isolate the device", though from 6.0.0, the last version, whose notice
// writes upgrade_paths = [], there is nothing to upgrade to. The row now
// says so; when the notice names a path (a replacement product), it does
// not.
func TestTransferredEndOfSupportStageNoUpgrade(t *testing.T) {
	const row = "| End of Support | End of support | No further updates or support. After end of support the hospital carries the security risk of keeping Orvia in use. The customer should move to a supported version, or replace or isolate the device"
	lc := buildFixture(t, "transferred")("orvia-pm/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		row+" (no upgrade is offered from version `6.0.0`, the last version: replace or isolate the device). |")
	files, _ := buildFixtureEdited(t, "transferred", "orvia-pm.toml", func(s string) string {
		return strings.Replace(s, "upgrade_paths = []\n", "upgrade_paths = [{ kind = \"full_replacement\", target = \"Another vendor's monitoring system\", description = \"A new central station and monitors.\" }]\n", 1)
	})
	lc = files["orvia-pm/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md, a replacement offered", lc, row+". |")
	kindtest.SaysNone(t, "lifecycle.md, a replacement offered", lc, "no upgrade is offered")
}

// TestTransferredPlanFixAvailableBeforeDiscovery: CVE-2026-31877, found on
// 2025-11-03 in 5.2.0 and 5.4.0, is fixed in 6.0.0, generally available
// since 2025-02-01. The plan's "Fix released" column printed 2025-02-01
// beside the later discovery, as if the fix preceded the finding; it now
// says the version that has it was available before the discovery. A
// discovery before that date gives the date and the version the fix came
// out in, as for any fix in another version than the row's.
func TestTransferredPlanFixAvailableBeforeDiscovery(t *testing.T) {
	plan := buildFixture(t, "transferred")("orvia-pm/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| CVE-2026-31877 | 5.2.0 | orvia-bm-firmware 5.2.0 | Affected | 8.8 High (v3.1) | Proof of concept published | Uncontrolled | 2025-11-03 | 2025-02-01 (version 6.0.0, available before the discovery) |")
	files, _ := buildFixtureEdited(t, "transferred", "orvia-pm.toml", kindtest.Replace("discovered = 2025-11-03", "discovered = 2025-01-10"))
	plan = files["orvia-pm/security-plan.md"]
	kindtest.SaysAll(t, "discovered earlier: security-plan.md", plan, "| Uncontrolled | 2025-01-10 | 2025-02-01 (in version 6.0.0) |")
	kindtest.SaysNone(t, "discovered earlier: security-plan.md", plan, "available before the discovery")
}

// TestTransferredNoticeSaysMilestonesNotAnnounced: the end-of-life notice
// listed "no end of guaranteed support set" for 5.2.0 and 5.4.0, while the
// lifecycle page's key keeps "Not set" for a milestone that will never
// have a date; the data say only that none is announced, as the plan and
// the CSD print it.
func TestTransferredNoticeSaysMilestonesNotAnnounced(t *testing.T) {
	notice := buildFixture(t, "transferred")("orvia-pm/notices/eol-5.md")
	kindtest.SaysAll(t, "eol-5.md", notice, "- Software `5.2.0`: end of life 30 June 2025, no end of guaranteed support announced, end of support 31 March 2027;")
	kindtest.SaysNone(t, "eol-5.md", notice, "support set", "life set")
}

// TestTransferredStoppedVersionsContingency: the 5.x CSDs gave their
// components needing attention "The general contingency below" (replaced
// in a 6.0 maintenance release) with no word that 5.x's security updates
// had stopped: no release of 5.x will replace them. The 6.0.0 CSD, whose
// updates continue, keeps the contingency alone.
func TestTransferredStoppedVersionsContingency(t *testing.T) {
	read := buildFixture(t, "transferred")
	kindtest.SaysAll(t, "5.2.0/csd.md", read("orvia-pm/5.2.0/csd.md"),
		"are replaced in a 6.0 maintenance release or covered by compensating controls. Security updates for version `5.2.0` stopped on 30 June 2025 (notice BCS-OR-EOL-001): no release of version `5.2.0` replaces these components.")
	kindtest.SaysNone(t, "csd.md", read("orvia-pm/csd.md"), "no release of version")
}
