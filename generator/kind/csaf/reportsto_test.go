package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestReportsGoToTheSecurityContact: every CSAF document's issuing
// authority (and the provider metadata's, which is the same publisher)
// sends vulnerability reports where the CSD's "Report a suspected
// vulnerability" row does, the security contact with its key, never to
// the PSIRT, which stays the publisher's contact; a security contact
// reachable by phone or web page alone is named by them.
func TestReportsGoToTheSecurityContact(t *testing.T) {
	psirt := content.PSIRT{Name: "M PSIRT", Email: "psirt@m.example"}
	for _, c := range []struct {
		name    string
		contact content.Contact
		psirt   content.PSIRT
		says    string // "" when the authority names no address
	}{
		{"e-mail and key, with a PSIRT", content.Contact{Email: "security@m.example", PGPKeyURL: "https://m.example/key.asc"}, psirt,
			"reported to security@m.example (encryption key: https://m.example/key.asc) under"},
		{"e-mail, without a PSIRT", content.Contact{Name: "Security", Email: "security@m.example"}, content.PSIRT{},
			"reported to security@m.example under"},
		{"phone and web page alone", content.Contact{Phone: "+1 612 555 0147", URL: "https://m.example/report"}, psirt,
			"reported to +1 612 555 0147 or https://m.example/report under"},
		{"no way to reach it", content.Contact{Name: "Security"}, psirt, ""},
	} {
		m := content.Manufacturer{Name: "M", SecurityContact: c.contact, PSIRT: c.psirt, CVDPolicyURL: "https://m.example/cvd"}
		env := &kind.Env{Content: &content.Content{Site: &content.Site{Manufacturer: m}}, AsOf: content.NewDate(2026, 1, 1)}
		pub := publisher(env)
		if c.says == "" {
			if strings.Contains(pub.IssuingAuthority, "reported to") || !strings.Contains(pub.IssuingAuthority, "handled under the coordinated vulnerability disclosure policy") {
				t.Errorf("%s: authority %q", c.name, pub.IssuingAuthority)
			}
		} else if !strings.Contains(pub.IssuingAuthority, c.says) {
			t.Errorf("%s: authority %q, want %q", c.name, pub.IssuingAuthority, c.says)
		}
		if strings.Contains(pub.IssuingAuthority, "psirt@") {
			t.Errorf("%s: reports sent to the PSIRT: %q", c.name, pub.IssuingAuthority)
		}
		if c.psirt.Email != "" && pub.ContactDetails != "M PSIRT, psirt@m.example" {
			t.Errorf("%s: contact %q, want the PSIRT", c.name, pub.ContactDetails)
		}
		if got := providerPublisher(env, nil).IssuingAuthority; got != pub.IssuingAuthority {
			t.Errorf("%s: provider metadata says %q, the documents %q", c.name, got, pub.IssuingAuthority)
		}
	}
}
