package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestEveryCSDDueRevisionNamed: bloodbank builds a CSD for 9.2 and one
// for 8.4 (documents.versions = supported), both released on 2026-11-02
// and both saying that Windows 11 Enterprise 23H2's support ends on
// 2026-11-10, still to come. Built as of 2026-11-16, each is due a new
// revision, and check names each under its own number; the warning named
// only the 9.2 CSD (REPORT-bloodbank 9).
func TestEveryCSDDueRevisionNamed(t *testing.T) {
	_, res := buildFixtureEdited(t, "bloodbank", "sanguis-tms.toml", kindtest.Replace("# testdata/bloodbank:", "# testdata/bloodbank (copy):"))
	var got []string
	for _, d := range res.Warnings {
		got = append(got, d.Path+": "+d.Message)
	}
	all := strings.Join(got, "\n")
	for _, doc := range []string{
		"the CSD (CV-STMS-CSD revision A)",
		"the CSD of version 8.4 (CV-STMS-CSD-8.4 revision A)",
	} {
		kindtest.SaysAll(t, "warnings", all, "documents.csd.release_date: "+doc+" speaks as of its release on 2026-11-02; on 2026-11-16, Windows 11 Enterprise 23H2 is past its vendor's end of support (2026-11-10), which the document gives as still to come")
	}
}
