package generator

import (
	"strings"
	"testing"
)

// buildCloudSaMD builds testdata/cloudsamd: a cloud-only Software as a
// Medical Device unlike the examples (an AI triage service for chest CT
// the manufacturer hosts entirely in its own tenancy; hospitals reach it
// through a browser and an HTTPS API their PACS calls, and sign in through
// their own identity provider; nothing of the product on the hospital
// network). It returns the Markdown of the document at rel (e.g.
// "lumentriage/csd.md").
func buildCloudSaMD(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "cloudsamd")
}

// TestCloudSaMDMDS2StoredCredentialsNotDerivedNo: the sign-in assertions
// of the hospital's identity provider reach the service (a data flow of
// credentials) although no store or interface lists credentials: whether
// the device stores or manages credentials (PAUT-14) is then the
// product's answer, never a derived No. The rule's both directions are
// table tests in generator/kind/mds2form.
func TestCloudSaMDMDS2StoredCredentialsNotDerivedNo(t *testing.T) {
	mds2 := buildCloudSaMD(t)("lumentriage/mds2.md")
	if !strings.Contains(mds2, "| PAUT-14 | Does the device store or manage authentication credentials? | Yes |") {
		t.Errorf("mds2.md lacks the product's own PAUT-14 answer")
	}
	if strings.Contains(mds2, "and interfaces list no credentials") {
		t.Errorf("mds2.md derives PAUT-14 = No although a data flow carries credentials")
	}
}
