package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// legacyWorkstation edits testdata/workstation into a legacy device: its
// only version is 3.2.0 (4.0.0 is removed), whose end of guaranteed
// support and, when eos is set, end of support have passed on the CSD's
// release date (2025-06-30). eos "" keeps 3.2.0's end of support
// (2027-06-30): the version is in limited support, its guaranteed
// security fixes over. extra is inserted before [updates].
func legacyWorkstation(t *testing.T, eos, extra string) func(string) string {
	return func(s string) string {
		t.Helper()
		i := strings.Index(s, "\n[[versions]]\nversion = \"4.0.0\"")
		if i < 0 {
			t.Fatal("the workstation fixture has no version 4.0.0")
		}
		j := i + 1 + strings.Index(s[i+1:], "\n[[")
		s = s[:i] + s[j:]
		pairs := []string{
			"end_of_marketing = 2025-06-30", "end_of_marketing = 2024-06-30",
			"end_of_life = 2025-06-30", "end_of_life = 2024-06-30\nend_of_guaranteed_support = 2024-12-31",
			"versions = [\"4.0.0\"]", "versions = [\"3.2.0\"]",
			"\n[updates]\n", extra + "\n[updates]\n",
		}
		if eos != "" {
			pairs = append(pairs, "end_of_support = 2027-06-30", "end_of_support = "+eos)
		}
		for k := 0; k < len(pairs); k += 2 {
			if !strings.Contains(s, pairs[k]) {
				t.Fatalf("the workstation fixture lacks %q", pairs[k])
			}
			s = strings.Replace(s, pairs[k], pairs[k+1], 1)
		}
		return s
	}
}

// TestCSDKeyFactsSayEndedSupportEnded: the key facts' version row of a
// CSD released after its version's end of support says support ended on
// that date, as the software-updates row does, not "Supported until" a
// date already past.
func TestCSDKeyFactsSayEndedSupportEnded(t *testing.T) {
	files, _ := buildWorkstationEdited(t, legacyWorkstation(t, "2025-06-01", ""))
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Software updates | None: support for version `3.2.0` ended on 2025-06-01 |",
		"| Current version and end of support | 3.2.0 | Support ended on 2025-06-01. [13. End of support and end of life]")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "3.2.0's support ended on 2025-06-01, before the CSD's release", "Supported until 2025-06-01")
}

// TestCSDPatchCommitmentsAfterGuaranteedSupport: a CSD of a version whose
// end of guaranteed support has passed (still in limited support) does
// not present the patch timelines as commitments for it: the key facts
// and section 6 say its guaranteed security fixes ended on that date and
// that the timelines are those for the versions still in guaranteed
// support. A version still in guaranteed support keeps them.
func TestCSDPatchCommitmentsAfterGuaranteedSupport(t *testing.T) {
	files, _ := buildWorkstationEdited(t, legacyWorkstation(t, "", ""))
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Software updates | Guaranteed security fixes for version `3.2.0` ended on 2024-12-31 | For versions still in guaranteed support: Monthly. Microsoft's monthly security updates are validated by Meridian and released to customers within 30 days of Patch Tuesday. Fixes for uncontrolled risks released within 30 days. [6. Software updates](#6-software-updates) |",
		"| Current version and end of support | 3.2.0 | Supported until 2027-06-30; in limited support since its end of life on 2024-06-30. Guaranteed security fixes ended on 2024-12-31. [13.",
		"**Update timelines.** Guaranteed security fixes for version `3.2.0` ended on 31 December 2024; these are the commitments for the versions still in guaranteed support, not for version `3.2.0`.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "3.2.0's guaranteed security fixes ended on 2024-12-31, before the CSD's release",
		"| Software updates | Monthly |", "**Update timelines.**\n")

	csd = buildFixture(t, "workstation")("viewpoint-rw/csd.md") // 4.0.0: no end of guaranteed support
	kindtest.SaysAll(t, "csd.md", csd, "| Software updates | Monthly | Microsoft's monthly security updates", "**Update timelines.**\n")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "4.0.0 states no end of guaranteed support", "Guaranteed security fixes", "still in guaranteed support")
}

// sqlcipher is a component its supplier no longer maintains, with no end
// of support date (the legacy-device probe's).
const sqlcipher = `
[[components]]
name = "SQLCipher"
version = "4.5.6"
supplier = "Zetetic"
support = "no_longer_maintained"
notes = "Replaced in the next version."
`

// TestCSDEndedComponentIsNotNo: in 5.2 a component whose supplier no
// longer maintains it, with no end-of-support date, is not "No" under
// "Before the device's": while the device is supported its support has
// ended before the device's; once the device's support has ended too, no
// date says which ended first.
func TestCSDEndedComponentIsNotNo(t *testing.T) {
	files, _ := buildWorkstationEdited(t, legacyWorkstation(t, "", sqlcipher)) // 3.2.0 supported until 2027-06-30
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd, "| SQLCipher | 4.5.6 | No longer maintained | Ended; date not stated | Yes (its support has ended) | Note: Replaced in the next version. The general contingency below. |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "SQLCipher's support has ended, 3.2.0's has not", "| Not announced | No |")

	files, _ = buildWorkstationEdited(t, legacyWorkstation(t, "2025-06-01", sqlcipher)) // 3.2.0's support ended too
	csd = files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd, "| SQLCipher | 4.5.6 | No longer maintained | Ended; date not stated | Not stated | Note: Replaced in the next version. None stated for version `3.2.0`: see below. |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "no date says whether SQLCipher's support ended before 3.2.0's", "| Not announced | No |")
}
