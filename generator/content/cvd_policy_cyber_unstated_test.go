package content

import (
	"strings"
	"testing"
)

// TestCVDPolicyCyberUnstated: a US product whose 524B determination is
// not stated, with a connectivity interface, is told that it may be a
// cyber device and that no disclosure policy is stated; one stated not
// to be (or to be, which ruleCyberDeviceCVD tells), one with no way to
// connect, one not marketed in the United States, health IT, or a site
// stating the policy is not. The product is validated whole, so that the
// rule is seen to run.
func TestCVDPolicyCyberUnstated(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\nname = \"P\"\nmarkets = [\"us\"]\n[documents]\nbuild = [\"csd\"]\n" +
		"[[interfaces]]\nid = \"eth\"\nkind = \"ethernet\"\nname = \"Ethernet\"\npurpose = \"Results.\"\n"
	const says = "it may be a cyber device, whose plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1)), and the site file states no manufacturer.cvd_policy_url"
	tests := []struct {
		name   string
		modify func(p *Product, s *Site)
		want   string
	}{
		{"unstated with Ethernet warns", nil,
			"p.toml:1: warning: cyber_device.applies: not stated, and the device has 1 connectivity interface (Ethernet): " + says},
		{"markets not written warns", func(p *Product, _ *Site) { p.Markets = nil }, says},
		{"stated not a cyber device passes", func(p *Product, _ *Site) { p.CyberDevice.Applies = False }, ""},
		{"stated a cyber device: the other rule", func(p *Product, _ *Site) { p.CyberDevice.Applies = True }, ""},
		{"policy stated passes", func(_ *Product, s *Site) { s.Manufacturer.CVDPolicyURL = "https://m.example/cvd" }, ""},
		{"no connectivity passes", func(p *Product, _ *Site) { p.Interfaces[0].Kind = "display" }, ""},
		{"not marketed in the US passes", func(p *Product, _ *Site) { p.Markets = []string{"eu"} }, ""},
		{"health IT passes", func(p *Product, _ *Site) { p.MedicalDevice = False }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, s := ruleProduct(t, src), &Site{Manufacturer: Manufacturer{Name: "Maker"}}
			if tt.modify != nil {
				tt.modify(p, s)
			}
			var got Diagnostics
			for _, d := range (&Content{Site: s}).validateProduct(p) {
				if strings.Contains(d.Message, "it may be a cyber device") {
					got = append(got, d)
				}
			}
			wantOneDiagnostic(t, got, tt.want)
		})
	}
}
