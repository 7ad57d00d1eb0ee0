package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildPartialSet builds testdata/partialset: a networked medication
// dispensing cabinet (a Windows touchscreen PC with badge and fingerprint
// readers) and the server the hospital hosts on its own virtual machines,
// with four versions (1.8 past its end of support, 2.0 past its end of
// life, 2.1 supported, 3.0 released after the CSD), documents.build of
// the CSD, the MDS2 form and the notices only, and an MDS2 form answered
// entirely by hand. It returns the file at rel (e.g. "medvault/csd.md").
func buildPartialSet(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "partialset")
}

// TestPartialSetCheckIsClean: the fixture has no error, and only the
// warnings its header explains; the hand answers the data contradicts
// are among them.
func TestPartialSetCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "partialset", "", nil)
	for _, want := range []string{
		"mds2.answers.PAUT-2: answer No, but accounts[0].sign_in",
		"mds2.answers.STCF-1.1: MDS2 form of version 2.0: answer Yes, but data_stores[1].encrypted",
		"mds2.answers.CONN-1.1.4: answer No (explained in note 1) overrides the answer Yes the product data gives",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check does not report a hand answer the data contradicts: %s\n%s", want, got)
		}
	}
	repeats := regexp.MustCompile(`^mds2\.answers\.[A-Z]+-[0-9.]+: (MDS2 form of version 2\.[01]: )?answer (Yes|No) repeats what the product data decides`)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "", repeats.MatchString(line):
		case strings.HasPrefix(line, "mds2.answers.PAUT-2: "),
			strings.HasPrefix(line, "mds2.answers.STCF-1.1: "),
			strings.HasPrefix(line, "mds2.answers.CONN-1.1.4: "),
			strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "logging: CSD: FDA labeling item 12"),
			strings.HasPrefix(line, "hardening: CSD: FDA labeling item 11"),
			strings.HasPrefix(line, "notices[1].components: no software component named"),
			strings.HasPrefix(line, "documents.csd.release_date: the CSD (APX-MV-CSD-001 revision A, released 2025-09-15) describes version 2.1; version 3.0 has been generally available since 2026-05-04"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}
