package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestContactWithoutPSIRT: a site whose products build only MDS2 forms may
// leave out the PSIRT and the CVD policy; security.txt and the CSAF
// publisher then say only what the site states (no "mailto:" without an
// address, no policy link without a URL), and with them they name both.
func TestContactWithoutPSIRT(t *testing.T) {
	env := func(m content.Manufacturer) *kind.Env {
		return &kind.Env{Content: &content.Content{Site: &content.Site{Manufacturer: m}}, AsOf: content.NewDate(2026, 1, 1)}
	}
	bare := content.Manufacturer{Name: "M", SecurityContact: content.Contact{Name: "Security", Email: "sec@m.example"}}
	full := bare
	full.PSIRT = content.PSIRT{Name: "M PSIRT", Email: "psirt@m.example"}
	full.CVDPolicyURL = "https://m.example/cvd"

	txt := string(securityTxt(env(bare), true))
	kindtest.SaysNone(t, "security.txt without PSIRT or policy", txt, "mailto:\n", "Policy:")
	if !strings.Contains(txt, "Contact: mailto:sec@m.example\n") {
		t.Errorf("security.txt lacks the security contact:\n%s", txt)
	}
	txt = string(securityTxt(env(full), true))
	kindtest.SaysAll(t, "security.txt", txt, "Contact: mailto:psirt@m.example\n", "Policy: https://m.example/cvd\n")

	pub := publisher(env(bare))
	if pub.ContactDetails != "Security, sec@m.example" || strings.Contains(pub.IssuingAuthority, "policy") {
		t.Errorf("publisher without PSIRT or policy: %+v", pub)
	}
	for _, r := range references(env(bare)) {
		if r.URL == "" {
			t.Errorf("reference without URL: %+v", r)
		}
	}
	pub = publisher(env(full))
	if pub.ContactDetails != "M PSIRT, psirt@m.example" || !strings.Contains(pub.IssuingAuthority, "reported to sec@m.example under the coordinated vulnerability disclosure policy https://m.example/cvd.") {
		t.Errorf("publisher with PSIRT and policy: %+v", pub)
	}
}

// TestTelURI: a security contact's phone in international format is an
// RFC 3966 tel URI in security.txt (a phone-only contact is then still
// reachable there); a local number or one with letters is left out.
func TestTelURI(t *testing.T) {
	for _, c := range []struct {
		phone, want string
		ok          bool
	}{
		{"+1 612 555 0147", "tel:+1-612-555-0147", true},
		{" +49 (0)30 1234-567 ", "tel:+49-(0)30-1234-567", true},
		{"+44.20.7946.0000", "tel:+44.20.7946.0000", true},
		{"612 555 0147", "", false},
		{"+1 800 FLOWERS", "", false},
		{"+1 612 555 0147 ext. 12", "", false},
		{"+", "", false},
		{"", "", false},
	} {
		got, ok := telURI(c.phone)
		if got != c.want || ok != c.ok {
			t.Errorf("telURI(%q) = %q, %v; want %q, %v", c.phone, got, ok, c.want, c.ok)
		}
	}
	m := content.Manufacturer{Name: "M", SecurityContact: content.Contact{Name: "Security", Phone: "+1 612 555 0147"}}
	env := &kind.Env{Content: &content.Content{Site: &content.Site{Manufacturer: m}}, AsOf: content.NewDate(2026, 1, 1)}
	if txt := string(securityTxt(env, false)); !strings.Contains(txt, "Contact: tel:+1-612-555-0147\n") {
		t.Errorf("security.txt of a phone-only contact names no tel URI:\n%s", txt)
	}
}
