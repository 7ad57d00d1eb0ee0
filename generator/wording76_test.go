package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWording76 checks five wording defects the sparse products showed,
// each on the fixture that showed it:
//   - mobilexray's sbom.on_request "Available to customers on request."
//     was printed after the sentence saying just that (CSD 5, lifecycle
//     page, MDS2 note): it is no longer repeated;
//   - the CSD 5.4 list of origins lacked "is" before a product or site
//     rule's assessment;
//   - with no support statement at all, CSD 5 listed four zeros
//     (tpsplanning, tmsairgap), and "It comes from annotations (2)" did
//     not agree with two statements (mobilexray);
//   - a name already ending with its version read it twice: platform
//     "Windows 11" 11 (tpsplanning CSD, notice, CSAF note), component
//     "Windows 10 IoT Enterprise LTSC 2021" LTSC 2021 (mobilexray MDS2
//     reasons, check warning);
//   - the directory sign-in caveat named plain LDAP where the accounts
//     sign in over LDAPS (tpsplanning).
func TestWording76(t *testing.T) {
	checkWording76(t, buildFixture(t, "mobilexray"), buildFixture(t, "tpsplanning"), buildFixture(t, "tmsairgap"))

	dir := filepath.Join("testdata", "mobilexray")
	res, err := Check(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "LTSC 2021 LTSC 2021") {
			t.Errorf("check names the component with its version twice: %s: %s", w.Path, w.Message)
		}
		found = found || strings.Contains(w.Message, "(Windows 10 IoT Enterprise LTSC 2021 and OpenSSL 3.0)")
	}
	if !found {
		t.Errorf("no warning names Windows 10 IoT Enterprise LTSC 2021 and OpenSSL 3.0; warnings: %v", res.Warnings)
	}
}

// checkWording76 checks the built sites of the three fixtures.
func checkWording76(t *testing.T, mx, tps, tms func(string) string) {
	t.Helper()
	twice := "available to customers on request. Available to customers on request."
	csd := mx("mobile-dr2/csd.md")
	kindtest.SaysNone(t, "mobilexray csd.md", csd, twice, "It comes from annotations (2)",
		"own assessment of that component, a product or site rule")
	kindtest.SaysAll(t, "mobilexray csd.md", csd,
		"No machine-readable SBOM file is published with this document. The SBOM is available to customers on request. Without",
		"They come from annotations (2): see",
		"own assessment of that component, and a product or site rule is Lumora Imaging GmbH's assessment of a group of components")
	kindtest.SaysNone(t, "mobilexray lifecycle.md", mx("mobile-dr2/lifecycle.md"), twice)
	mds2 := mx("mobile-dr2/mds2.md")
	kindtest.SaysNone(t, "mobilexray mds2.md", mds2, twice, "LTSC 2021 LTSC 2021")
	kindtest.SaysAll(t, "mobilexray mds2.md", mds2,
		"The SBOM is not published; it is available to customers on request.\n",
		"components lists Windows 10 IoT Enterprise LTSC 2021, of type operating-system")

	csd = tps("isodose-plan/csd.md")
	kindtest.SaysNone(t, "tpsplanning csd.md", csd, "Windows 11 11", "Of them, 0 have a support statement", "Kerberos and LDAP ")
	kindtest.SaysAll(t, "tpsplanning csd.md", csd,
		"| Windows Server 2022, Windows 11 (versions not stated) |", // versions no longer invented (smallkeys_test.go)
		"The product data lists 1 component from 1 supplier. It has no support statement.",
		"(with Active Directory, for example, Kerberos and LDAPS to the domain controllers)")
	notice := tps("isodose-plan/notices/eos-11.2.md")
	kindtest.SaysNone(t, "tpsplanning notice", notice, "Windows 11 11", "Kerberos and LDAP ")
	kindtest.SaysAll(t, "tpsplanning notice", notice, "- Windows 11 (Microsoft; versions not stated), for Isodose Plan planning client",
		"Kerberos and LDAPS to the domain controllers")
	csaf := tps(".well-known/csaf/white/2026/isodose-plan-eos-11_2.json")
	kindtest.SaysNone(t, "tpsplanning CSAF", csaf, "Windows 11 11", "Kerberos and LDAP ")
	kindtest.SaysAll(t, "tpsplanning CSAF", csaf, "Windows 11 (Microsoft; versions not stated)", "Kerberos and LDAPS to the domain controllers")

	csd = tms("tms300/csd.md")
	kindtest.SaysNone(t, "tmsairgap csd.md", csd, "Of them, 0 have a support statement")
	kindtest.SaysAll(t, "tmsairgap csd.md", csd, "The product data lists 2 components from 1 supplier. None has a support statement.")
}
