package generator

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMaldiFinalDenyNamesRemoteSupport: maldi's firewall rules ended in
// "Deny everything else" with a caveat for DHCP, DNS and NTP only, while
// Spectrid's remote support, offered and opened from the hospital's side
// through TeamViewer (cloud.services), had no port: the one outbound
// port, HTTPS to the Spectrid portal, is for the library and licence. A
// hospital applying the rules literally would cut remote support off.
// The caveat before the final deny now names it and sends the hospital
// to Spectrid. Domain join is stated only in hardening.summary's prose
// (every account signs in locally), so no rule or caveat is derived from
// it.
func TestMaldiFinalDenyNamesRemoteSupport(t *testing.T) {
	dir := filepath.Join("testdata", "maldi")
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["spectrid-id-ms/csd.md"])
	kindtest.SaysAll(t, "maldi csd.md", csd,
		// rule 2: port 2575's direction is not stated, so it gives no rule (task portdir)
		"| 2 | Deny, log | Any | Any | Any | Everything else | Always |",
		" Spectrid Diagnostics S.A.'s remote service reaches the product (which of its parts it reaches is not stated) by a connection opened from the hospital's side, and the product data state no port for it: ask Spectrid Diagnostics S.A. which connection it needs, and allow it before applying rule 2, the final deny.")

	// TXCF-2: the unencrypted HL7 flows to and from the LIS, on their own
	// port 2575/tcp (encrypted = false), derive No (task mds2r3; the rule
	// once derived only Yes or N/A, and the warning asked for a hand
	// answer), whatever the encrypted HTTPS port to the Spectrid portal.
	for _, w := range res.Warnings {
		if w.Path == "mds2.answers.TXCF-2" {
			t.Errorf("TXCF-2 is derived now; warning %q", w.Message)
		}
	}
	mds2md := string(readTree(t, out)["spectrid-id-ms/mds2.md"])
	kindtest.SaysAll(t, "maldi mds2.md", mds2md,
		"| TXCF-2 | No | Derived from the product data: data\\_flows\\[0\\] (DF-01) carries PHI or PII over interface lab-lan by 2575/tcp (HL7 v2), which states encrypted = false. |")
}
