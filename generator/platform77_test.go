package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/endowasher: the product's version 6.0 is the reprocessor's
// firmware, while the optional Aquaclean Trace software (3.1, its own
// parts[].version) is what runs on the hospital's Windows Server. The
// documents said "Version 6.0 runs on the platform versions below" above
// Windows Server 2019/2022, and printed "Not stated" for a disclosure
// policy the site file states is not published (cvd_policy).
func TestEndowasherPlatformPartVersion(t *testing.T) {
	read := buildFixture(t, "endowasher")
	csd := read("aer2/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Aquaclean Trace (version 3.1) and the Trace SQL Server database run on the platform versions below, which the hospital supplies:",
		"| Windows Server (Microsoft) | 2019 | Aquaclean Trace (version 3.1) | Not stated |")
	kindtest.SaysNone(t, "csd.md", csd, "Version `6.0` runs on the platform versions below")
	lc := read("aer2/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"In version `6.0` of the product, Aquaclean Trace (version 3.1) and the Trace SQL Server database run on the platform versions below")
	kindtest.SaysNone(t, "lifecycle.md", lc, "Version `6.0` runs on the platform versions below")
}

func TestEndowasherCVDPolicyNonePublished(t *testing.T) {
	read := buildFixture(t, "endowasher")
	for _, rel := range []string{"aer2/csd.md", "aer2/lifecycle.md"} {
		md := read(rel)
		kindtest.SaysAll(t, rel, md, "| Coordinated vulnerability disclosure policy | Aquaclean Medical Inc. | None published |")
		kindtest.SaysNone(t, rel, md, "| Coordinated vulnerability disclosure policy | Aquaclean Medical Inc. | Not stated |")
	}
}
