package vuln_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestFixedInPlace: a fixed entry whose fix came after the version's
// release (fixed after its general availability) was installed under the
// same version number; when the version's SBOM holding the component the
// entry names was made before the fix, that component version is the one
// the vulnerability was in, and the VEX and CSAF files would call it
// fixed: an error. The example's OpenSSL flaw fixed in 4.2.1 on its
// release day (its SBOM made 2025-05-02) is none, nor is an affected
// entry.
func TestFixedInPlace(t *testing.T) {
	const says = "CVE-2024-6119 is fixed in version 4.2.1 on 2025-07-01, after 4.2.1 was released (2025-05-12), under the same version number, yet the component it names, pkg:github/openssl/openssl@openssl-3.0.16, is listed by sbom.cdx.json, made 2025-05-02, before the fix"
	for _, tc := range []struct {
		name  string
		edit  func(e *content.Vulnerability)
		error bool
	}{
		{"fixed on the release day", func(*content.Vulnerability) {}, false},
		{"fixed after the release", func(e *content.Vulnerability) { e.Fixed = content.NewDate(2025, 7, 1) }, true},
		{"no fix date", func(e *content.Vulnerability) { e.Fixed = content.Date{} }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, _, _ := loadEdited(t, func(p *content.Product, _ int) {
				i := slices.IndexFunc(p.Vulns, func(v content.Vulnerability) bool { return v.ID == "CVE-2024-6119" && v.Status == "fixed" })
				if i < 0 {
					t.Fatal("the example has no fixed entry for CVE-2024-6119")
				}
				tc.edit(&p.Vulns[i])
			})
			var got []string
			warned := false
			for _, x := range diags {
				if strings.Contains(x.Message, "under the same version number") {
					got = append(got, x.Message)
					warned = warned || x.Severity == content.Warning
				}
			}
			switch {
			case tc.error && (len(got) != 1 || !strings.HasPrefix(got[0], says)):
				t.Errorf("said %q; want one error: %s", got, says)
			case tc.error && warned:
				t.Errorf("said %q as a warning; want an error", got)
			case !tc.error && len(got) > 0:
				t.Errorf("said %q; want nothing", got)
			}
		})
	}
}
