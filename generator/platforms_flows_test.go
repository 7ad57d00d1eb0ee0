package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestBloodbankSQLServerPlatform: the hospital supplies the SQL Server
// that holds Sanguis TMS's database (a part of its own infrastructure);
// [[platforms]] refused it, so no document said which SQL Server versions
// the product supports. The CSD (4.1, both versions), the plan (5.4), the
// lifecycle page and lifecycle.json now list it, on that part.
func TestBloodbankSQLServerPlatform(t *testing.T) {
	read := buildFixture(t, "bloodbank")
	for _, doc := range []string{"sanguis-tms/csd.md", "sanguis-tms/8.4/csd.md"} {
		kindtest.SaysAll(t, doc, read(doc),
			"| SQL Server (Microsoft) | 2019 | Hospital SQL Server | 8 January 2030 |",
			"| SQL Server (Microsoft) | 2022 | Hospital SQL Server | 11 January 2033 |",
			"Windows 11 Enterprise 24H2, SQL Server 2019, SQL Server 2022 |")
	}
	for _, doc := range []string{"sanguis-tms/security-plan.md", "sanguis-tms/lifecycle.md"} {
		kindtest.SaysAll(t, doc, read(doc),
			"| SQL Server (Microsoft) | 2019 | Hospital SQL Server | 2030-01-08 |",
			"| SQL Server (Microsoft) | 2022 | Hospital SQL Server | 2033-01-11 |")
	}
	kindtest.SaysAll(t, "lifecycle.json", strings.Join(strings.Fields(read("sanguis-tms/lifecycle.json")), " "),
		`"name": "SQL Server", "vendor": "Microsoft", "parts": [ "db" ]`)
}

// TestPlatformEndedAfterRelease: the bloodbank documents, released on
// 2026-11-02, say that Windows 11 Enterprise 23H2's support ends within
// twelve months (on 2026-11-10); the site is built as of 2026-11-16, when
// it has ended. Each document that lists platforms is due a new revision,
// and check says so; what each says as of its release is unchanged.
func TestPlatformEndedAfterRelease(t *testing.T) {
	// an edit of a comment only: the fixture as it is, with its warnings
	files, res := buildFixtureEdited(t, "bloodbank", "sanguis-tms.toml", kindtest.Replace("# testdata/bloodbank:", "# testdata/bloodbank (copy):"))
	var got []string
	for _, d := range res.Warnings {
		got = append(got, d.Path+": "+d.Message)
	}
	all := strings.Join(got, "\n")
	for _, doc := range []string{
		"documents.csd.release_date: the CSD (CV-STMS-CSD revision A)",
		"documents.security_plan.release_date: the product security plan (CV-STMS-SEC revision A)",
		"documents.lifecycle.release_date: the lifecycle page (CV-STMS-LC revision A)",
	} {
		kindtest.SaysAll(t, "warnings", all, doc+" speaks as of its release on 2026-11-02; on 2026-11-16, Windows 11 Enterprise 23H2 is past its vendor's end of support (2026-11-10), which the document gives as still to come: release a new revision")
	}
	kindtest.SaysNone(t, "warnings", all, "documents.mds2.release_date")
	kindtest.SaysAll(t, "lifecycle.md", files["sanguis-tms/lifecycle.md"], "| Windows 11 Enterprise (Microsoft) | 23H2 | Sanguis TMS client | 2026-11-10 (within twelve months) |")
}

// TestGenomicsSequencerUpload: the laboratory's sequencers upload to its
// own S3 bucket (a part of its own infrastructure), a flow no interface of
// the product carries; check demanded one. It loads, and the data-flow
// tables say it runs outside the product.
func TestGenomicsSequencerUpload(t *testing.T) {
	read := buildFixture(t, "genomicscloud")
	for _, doc := range []string{"helixa/csd.md", "helixa/security-plan.md", "helixa/risk-report.md"} {
		kindtest.SaysAll(t, doc, read(doc),
			"| F-01 | Laboratory sequencers | Laboratory S3 bucket | PHI | Outside the product | Not stated: the laboratory sets up its sequencers' upload to its own bucket. |")
	}
}

// TestPlatformsNotStated: VitaTap is an app on the hospital's phones
// and lists no [[platforms]]; its CSD said nothing of which iOS versions
// it needs. It now says that is not stated; a product whose every part on
// the customer's devices or hosts has its platforms says nothing of it.
func TestPlatformsNotStated(t *testing.T) {
	kindtest.SaysAll(t, "mdmvitals csd.md", buildFixture(t, "mdmvitals")("vitatap/csd.md"),
		"For the VitaTap app, when the vendors of the platforms it runs on (an operating system, say) end their support is not stated: no such platform is listed with its vendor's end of support.")
	kindtest.SaysNone(t, "bloodbank csd.md", buildFixture(t, "bloodbank")("sanguis-tms/csd.md"), "when the vendors of the platforms")
}
