package csd

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// builtCSD renders the CSD of product id of fixture, after edit, with the
// documents the fixture builds (the MDS2 form among them) as built.
func builtCSD(t *testing.T, fixture, id string, edit func(p *kind.Product)) string {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", fixture)
	c, _ := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	kp, _ := kindtest.Product(t, c, id)
	edit(&kp)
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	return kindtest.RenderBuilt(t, env, kp, prep.Documents[0], kindtest.Built(kp))
}

// TestCSDTransitProtectionSaysWhatIsStated: holter's one network port
// (HL7 over MLLP, outbound) states neither encryption nor authentication,
// its data flows are not written, and its MDS2 form answers NAUT-1,
// TXCF-4 and TXIG-1 No by hand. Section 3.2 said "Not stated" with no
// word of the form published beside it; 2.1 said a bare "Not stated."
// though four interfaces are listed as carrying PHI; and 3.3 spoke of
// whether "the port is open by default" for a connection the product
// opens. onpremsamd's listening row said "listens on as shipped" beside
// "whether each is open as shipped is not stated".
func TestCSDTransitProtectionSaysWhatIsStated(t *testing.T) {
	const formSays = "Where the table does not state a port's encryption or authentication, how that port's traffic is protected is not stated beyond the MDS2 form's answers about the device, which speak of all its connections rather than port by port: it and the systems it exchanges data with do not authenticate each other (NAUT-1); it does not exchange data only with systems it has authenticated (TXCF-4); it does not protect data in transit against undetected change (TXIG-1); the form refers to its note 4 for TXCF-2."
	t.Run("holter as written", func(t *testing.T) {
		md := builtCSD(t, "holter", "rhythmtrace", func(*kind.Product) {})
		kindtest.SaysAll(t, "rhythmtrace/csd.md", md,
			"| 2575/TCP | HL7 v2 over MLLP (Network connection of the PC) | RhythmTrace Analyst (on the customer's own computer) | Out | Not stated | Not stated |",
			formSays,
			"No data flows are listed, so the protection of data in transit is not given flow by flow. Interfaces listed as carrying PHI or PII: microSD card slot, USB-C port, USB port of the PC (dock) and Network connection of the PC. The ports of Network connection of the PC are in [3.2 Network ports](#3-2-network-ports), with whether each is encrypted and authenticated where that is stated. Their protection is not stated.",
			`Where "Needed" says "Not stated", the product data do not state whether the connection is used by default; the rule is needed wherever its connection is in use.`)
		kindtest.SaysNone(t, "rhythmtrace/csd.md", md, "whether the port is open by default",
			"encrypts PII", "(for an inbound rule)")
	})
	t.Run("holter, its port's protection stated", func(t *testing.T) {
		md := builtCSD(t, "holter", "rhythmtrace", func(p *kind.Product) {
			p.Ports[0].Encrypted, p.Ports[0].Authenticated = content.False, content.False
		})
		kindtest.SaysNone(t, "rhythmtrace/csd.md", md, "Where the table does not state a port's encryption", "(NAUT-1)")
		kindtest.SaysAll(t, "rhythmtrace/csd.md", md, "Interfaces listed as carrying PHI or PII: microSD card slot",
			"Protection is not stated for microSD card slot, USB-C port and USB port of the PC (dock).")
	})
	t.Run("onpremsamd: every listening port's state unstated", func(t *testing.T) {
		md := builtCSD(t, "onpremsamd", "mammocad", func(*kind.Product) {})
		kindtest.SaysAll(t, "mammocad/csd.md", md,
			"| Ports the product listens on | TCP 443, TCP 11112; whether each is open as shipped is not stated |",
			"it and the systems it exchanges data with authenticate each other (NAUT-1); it exchanges data only with systems it has authenticated (TXCF-4); it protects data in transit against undetected change (TXIG-1).")
		kindtest.SaysNone(t, "mammocad/csd.md", md, "| Ports the product listens on as shipped |", "(TXCF-2)")
	})
	t.Run("onpremsamd: its ports on as shipped", func(t *testing.T) {
		md := builtCSD(t, "onpremsamd", "mammocad", func(p *kind.Product) {
			for i := range p.Ports {
				p.Ports[i].DefaultEnabled = content.True
			}
		})
		kindtest.SaysAll(t, "mammocad/csd.md", md, "| Ports the product listens on as shipped | TCP 443, TCP 11112 |")
	})
}

// TestNeededUnstatedWhatByDirection: 3.3's note on "Needed: Not stated"
// speaks of an inbound rule's port and an outbound rule's connection.
func TestNeededUnstatedWhatByDirection(t *testing.T) {
	p := &content.Product{}
	in := content.FirewallRule{Direction: "in"}
	out := content.FirewallRule{Direction: "out"}
	known := content.FirewallRule{Direction: "in", Enabled: content.True}
	for _, tc := range []struct {
		name  string
		rules []content.FirewallRule
		want  string
	}{
		{"none", nil, ""},
		{"stated only", []content.FirewallRule{known}, ""},
		{"inbound", []content.FirewallRule{in, known}, "whether the port is open by default"},
		{"outbound", []content.FirewallRule{out}, "whether the connection is used by default"},
		{"both", []content.FirewallRule{out, in}, "whether the port is open by default (for an inbound rule) or whether the connection is used by default (for an outbound rule)"},
	} {
		if got := (CSDData{}).NeededUnstatedWhat(p, tc.rules); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
