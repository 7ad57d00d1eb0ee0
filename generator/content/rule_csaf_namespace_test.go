package content

import (
	"strings"
	"testing"
)

// TestCSAFNamespace: the namespace is the first URL the site file states,
// in the order website, base_url, PSIRT page, disclosure policy.
func TestCSAFNamespace(t *testing.T) {
	tests := []struct {
		name string
		site Site
		want string
	}{
		{"website first", Site{BaseURL: "https://docs.example/", Manufacturer: Manufacturer{Website: "https://maker.example", CVDPolicyURL: "https://maker.example/cvd"}}, "https://maker.example"},
		{"base_url", Site{BaseURL: "https://docs.example/", Manufacturer: Manufacturer{CVDPolicyURL: "https://maker.example/cvd"}}, "https://docs.example/"},
		{"PSIRT page", Site{Manufacturer: Manufacturer{PSIRT: PSIRT{URL: "https://maker.example/psirt"}, CVDPolicyURL: "https://maker.example/cvd"}}, "https://maker.example/psirt"},
		{"policy", Site{Manufacturer: Manufacturer{CVDPolicyURL: "https://maker.example/cvd"}}, "https://maker.example/cvd"},
		{"none", Site{Manufacturer: Manufacturer{SecurityContact: Contact{Email: "security@maker.example"}}}, ""},
	}
	for _, tc := range tests {
		if got := tc.site.CSAFNamespace(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRuleCSAFNamespace: a product that would have CSAF documents is told
// none is published when the site file states no URL; one with a URL, or
// with nothing to publish as CSAF, is not.
func TestRuleCSAFNamespace(t *testing.T) {
	none := &Site{}
	url := &Site{Manufacturer: Manufacturer{Website: "https://maker.example"}}
	vulns := &Product{Vulns: []Vulnerability{{ID: "CVE-2025-0001"}}}
	notices := &Product{Notices: []Notice{{ID: "eos-1"}}}
	noticesNotBuilt := &Product{Notices: []Notice{{ID: "eos-1"}}, Documents: Documents{Build: []string{"csd"}}}
	tests := []struct {
		name string
		site *Site
		p    *Product
		path string // "" for no warning
	}{
		{"vulnerabilities, no URL", none, vulns, "vulnerabilities"},
		{"notices, no URL", none, notices, "notices"},
		{"vulnerabilities, website", url, vulns, ""},
		{"notices, website", url, notices, ""},
		{"notices not built, no URL", none, noticesNotBuilt, ""},
		{"nothing to publish, no URL", none, &Product{}, ""},
		{"no site file read", nil, vulns, ""},
	}
	for _, tc := range tests {
		got := ruleCSAFNamespace(tc.site, tc.p)
		if tc.path == "" {
			if len(got) > 0 {
				t.Errorf("%s: %v; want nothing", tc.name, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Severity != Warning || got[0].Path != tc.path || !strings.Contains(got[0].Message, "no CSAF document is published") {
			t.Errorf("%s: %v; want a warning at %s", tc.name, got, tc.path)
		}
	}
}
