package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/fallradar: Stillwater Insights receives de-identified fall
// event counts per unit (data = ["statistics"]), which the CSD printed as
// "None"; the radar product, which has no camera, was said to keep
// "images"; and the names and MRNs the Sentinel database keeps only with
// the optional ADT interface (personal_only_with) were listed without
// that condition, in the CSD and in the MDS2 notes.
func TestFallradarDataKinds79(t *testing.T) {
	read := buildFixture(t, "fallradar")
	csd := read("sentinel/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Stillwater Insights | Stillwater Sensing Inc. | Optional fall analytics dashboard. | Counts or statistics about groups (no data of any one patient) |",
		"| DF-06 | Sentinel Server | Stillwater Insights | Counts or statistics about groups (no data of any one patient) |",
		"| DF-03 | Hospital ADT system | Sentinel Server | PHI, PII (only when the optional ADT interface is used) |",
		"| Alarms, Patient measurements or recordings (no name or record number), PHI, PII (only when the optional ADT interface is used) |",
	)
	kindtest.SaysNone(t, "csd.md", csd, "images (no name", "| Optional fall analytics dashboard. | None |", "None of the listed data kinds")
	mds2 := read("sentinel/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"whose data store Sentinel database (PostgreSQL) keeps PHI and PII only when the optional ADT interface is used.",
		"The answer Yes to MPII-2.6 rests on data flow DF-03, which carries PHI and PII only when the optional ADT interface is used. Without that feature, it carries no PHI or PII.",
	)
	for _, id := range []string{"MPII-1", "MPII-2", "MPII-2.6"} {
		i := strings.Index(mds2, "\n| "+id+" | ")
		if i < 0 || !strings.Contains(strings.SplitN(mds2[i+1:], "\n", 2)[0], "[Yes]") {
			t.Errorf("mds2.md: %s should stay Yes", id)
		}
	}
}

// The other way: without personal_only_with the tables and notes give
// PHI and PII with no condition, as before.
func TestFallradarDataKinds79Unconditional(t *testing.T) {
	files, _ := buildFixtureEdited(t, "fallradar", "sentinel.toml", func(s string) string {
		return strings.ReplaceAll(s, "personal_only_with = \"the optional ADT interface\"\n", "")
	})
	csd, mds2 := files["sentinel/csd.md"], files["sentinel/mds2.md"]
	kindtest.SaysAll(t, "csd.md", csd, "| DF-03 | Hospital ADT system | Sentinel Server | PHI, PII |",
		"| Alarms, Patient measurements or recordings (no name or record number), PHI, PII |")
	kindtest.SaysNone(t, "csd.md", csd, "only when the optional ADT interface")
	kindtest.SaysNone(t, "mds2.md", mds2, "only when the optional ADT interface", "Without that feature")
	kindtest.SaysAll(t, "mds2.md", mds2, "whose data store Sentinel database (PostgreSQL) keeps PHI and PII. No data store")
}
