package generator

import (
	"path/filepath"
	"strings"
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
		"| 4 | Deny, log | Any | Any | Any | Everything else | Always |",
		" Spectrid Diagnostics S.A.'s remote service reaches the Mass spectrometer instrument and the Acquisition PC through TeamViewer by a connection opened from the hospital's side, and the product data state no port for it: ask Spectrid Diagnostics S.A. which connection it needs, and allow it before applying rule 4, the final deny.")

	// TXCF-2: its rule derives only Yes or N/A, and the unencrypted HL7
	// flows rule out both: stating interfaces[].carries cannot answer it.
	var txcf string
	for _, w := range res.Warnings {
		if w.Path == "mds2.answers.TXCF-2" {
			txcf = w.Message
		}
	}
	if txcf == "" {
		t.Fatalf("no warning at mds2.answers.TXCF-2; warnings: %v", res.Warnings)
	}
	if strings.Contains(txcf, "or state the facts") || !strings.Contains(txcf, "the form derives it only as Yes or N/A, and the product data rule out both") || !strings.Contains(txcf, "answer it by hand in [mds2.answers]") {
		t.Errorf("TXCF-2 warning %q: want it to say the data rule out every derived answer and to ask for the answer by hand", txcf)
	}
}
