package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// csdNoticesEdit adds to the monitoring fixture (CSDs of 3.4 and 4.0
// released on 2026-01-19, advisory VMS-SA-2026-01 of 2026-01-12 about
// both) an end-of-support notice about 3.4 issued before the CSDs, a
// component end-of-support notice about 3.4 (Windows 10 LTSC 1809), one
// naming no version whose component (Rocky Linux 9.3) only 4.0 has, and
// an end-of-support notice about 3.4 issued after the CSDs (2026-01-25).
func csdNoticesEdit(build string) func(string) string {
	notice := func(id, kind, issued, versions, doc, purl string) string {
		s := `[[notices]]
id = "` + id + `"
kind = "` + kind + `"
issued = ` + issued + `
summary = "Support of Sentinel 3.4 changes."
` + versions + `operating_systems = ["Windows 10 Enterprise LTSC 2019 on the central station"]
maintenance = "Technical support only, until 30 June 2027."
stops = [{ what = "technical_support", date = 2027-06-30 }]
compensating_controls = ["Keep every part on the monitoring VLAN."]
upgrade_paths = [{ kind = "software_only", to_version = "4.0", description = "Install 4.0 on the same hardware." }]
`
		s += `[[notices.components]]
purl = "` + purl + `"
concern = "Its supplier's support ends."
`
		return s + `[notices.customer_actions]
network_isolation = "Keep every part on the monitoring VLAN."
[notices.document]
id = "` + doc + `"
revision = "A"
release_date = ` + issued + `
owner = "Sentinel product security lead"
approvals = [{ role = "Product security lead", name = "R. Okonkwo", date = ` + issued + ` }]
history = [{ revision = "A", date = ` + issued + `, summary = "First issue." }]

`
	}
	const qt, win10, rocky = "pkg:generic/qt/qt@5.15.2", "pkg:generic/microsoft/windows-10-enterprise-ltsc@1809", "pkg:generic/rocky/rocky-linux@9.3"
	notices := notice("eos-3-4", "end_of_support", "2024-03-01", "versions = [\"3.4\"]\n", "VMS-EOS-3-4", qt) +
		notice("ceos-win10", "component_end_of_support", "2025-05-05", "versions = [\"3.4\"]\n", "VMS-CEOS-W10", win10) +
		notice("ceos-rocky", "component_end_of_support", "2025-06-06", "", "VMS-CEOS-R94", rocky) +
		notice("eos-3-4-later", "end_of_support", "2026-01-25", "versions = [\"3.4\"]\n", "VMS-EOS-3-4-B", qt)
	return func(s string) string {
		s = kindtest.Replace("[[notices]]\nid = \"sa-2026-01\"", notices+"[[notices]]\nid = \"sa-2026-01\"")(s)
		return kindtest.Replace(`build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"]`, build)(s)
	}
}

// TestCSDCitesTheNoticesAboutItsVersion: a hospital reading a version's
// CSD was not told that an end-of-support notice, a component
// end-of-support notice or a security advisory about that version had
// been issued. The CSD lists, in section 13, the notices issued by its
// date that concern its version, linked to their pages; not a notice
// issued after its date, nor one about another version or about a
// component the version does not have.
func TestCSDCitesTheNoticesAboutItsVersion(t *testing.T) {
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml",
		csdNoticesEdit(`build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report", "estar"]`))
	old, ok := files["sentinel-pm/3.4/csd.md"]
	if !ok {
		t.Fatal("no CSD of version 3.4 was built")
	}
	kindtest.SaysAll(t, "3.4/csd.md", old,
		"**Notices about version `3.4`.** Vantor Medical Systems, Inc. had issued these notices about version `3.4` by 19 January 2026:",
		"| 2024-03-01 | [End-of-Support Notice: software 3.4](../notices/eos-3-4.html) | End of support | VMS-EOS-3-4 revision A |",
		"| 2025-05-05 | [Component End-of-Support Notice: pkg:generic/microsoft/windows-10-enterprise-ltsc@1809](../notices/ceos-win10.html) | Component end of support | VMS-CEOS-W10 revision A |",
		// the advisory is about model SPM-CS only (notices.models)
		"(../notices/sa-2026-01.html) (for model SPM-CS) | Security advisory | VMS-SA-2026-01 revision A |")
	kindtest.SaysNoneBecause(t, "3.4/csd.md", old, "a notice issued after the CSD's date (2026-01-25)", "eos-3-4-later", "VMS-EOS-3-4-B")
	kindtest.SaysNoneBecause(t, "3.4/csd.md", old, "a notice about a component 3.4 does not have", "ceos-rocky", "VMS-CEOS-R94")
	if i, j := strings.Index(old, "eos-3-4.html"), strings.Index(old, "sa-2026-01.html"); i < 0 || j < i {
		t.Errorf("3.4/csd.md: the notices are not oldest first")
	}
	cur := files["sentinel-pm/csd.md"]
	kindtest.SaysAll(t, "csd.md", cur,
		"**Notices about version `4.0`.** Vantor Medical Systems, Inc. had issued these notices about version `4.0` by 19 January 2026:",
		"](notices/ceos-rocky.html) | Component end of support | VMS-CEOS-R94 revision A |",
		"(notices/sa-2026-01.html) (for model SPM-CS) | Security advisory | VMS-SA-2026-01 revision A |")
	// The table of notices about 4.0 names none about 3.4; the notices
	// about other versions follow it, apart and labelled so, for a
	// customer still running 3.4.
	about, others, _ := strings.Cut(cur, "**Notices about other versions.**")
	kindtest.SaysNoneBecause(t, "csd.md", about, "notices about 3.4", "eos-3-4", "VMS-EOS-3-4", "ceos-win10", "VMS-CEOS-W10")
	kindtest.SaysAll(t, "csd.md", others, "(notices/eos-3-4.html) (End of support, VMS-EOS-3-4 revision A)")
}

// TestCSDCitesNoNoticeWhenNotBuilt: a product that does not build its
// notices with jspgen gets no list of them in its CSD, neither linked
// nor named (a document names no document the build does not make).
func TestCSDCitesNoNoticeWhenNotBuilt(t *testing.T) {
	files, _ := buildFixtureEdited(t, "monitoring", "sentinel-pm.toml",
		csdNoticesEdit(`build = ["security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar"]`))
	for _, rel := range []string{"sentinel-pm/3.4/csd.md", "sentinel-pm/csd.md"} {
		kindtest.SaysNoneBecause(t, rel, files[rel], "notices not built", "**Notices about version", "notices/", "End-of-Support Notice", "Security Advisory:")
	}
}
