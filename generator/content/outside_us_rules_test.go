package content

import (
	"strings"
	"testing"
)

// TestCVDPolicyOutsideUS: a product sold only outside the United States
// whose plan or CSD prints the disclosure policy as not stated is warned
// about, without section 524B; a stated policy, a US product (the
// cyber-device rule's), markets not written, or neither document built
// is not.
func TestCVDPolicyOutsideUS(t *testing.T) {
	src := "schema_version = 2\nmarkets = [\"jp\", \"ca\"]\n[documents]\nbuild = [\"security_plan\", \"csd\"]\n[postmarket.cvd]\nacknowledge_days = 5\nassess_days = 30\n"
	tests := []struct {
		name   string
		modify func(p *Product, s *Site)
		want   string
	}{
		{"not stated warns", nil,
			"p.toml:5: warning: postmarket.cvd: the security plan and the CSD say it is not stated whether Maker publishes a coordinated vulnerability disclosure policy: the site file states no manufacturer.cvd_policy_url"},
		{"CSD alone", func(p *Product, _ *Site) { p.Documents.Build = []string{"csd"} },
			"postmarket.cvd: the CSD says it is not stated whether Maker"},
		{"policy stated passes", func(_ *Product, s *Site) { s.Manufacturer.CVDPolicyURL = "https://m.example/cvd" }, ""},
		{"marketed in the US passes", func(p *Product, _ *Site) { p.Markets = []string{"jp", "us"} }, ""},
		{"markets not written passes", func(p *Product, _ *Site) { p.Markets = nil }, ""},
		{"neither plan nor CSD passes", func(p *Product, _ *Site) { p.Documents.Build = []string{"mds2"} }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, s := ruleProduct(t, src), &Site{Manufacturer: Manufacturer{Name: "Maker"}}
			if tt.modify != nil {
				tt.modify(p, s)
			}
			got := ruleCVDPolicyOutsideUS(s, p)
			wantOneDiagnostic(t, got, tt.want)
			if len(got) == 1 && strings.Contains(got[0].Message, "524B") {
				t.Errorf("the warning cites section 524B for a product not marketed in the United States: %s", got[0])
			}
		})
	}
}

// TestPaperOutsideUS: a site file without paper whose products are none
// of them marketed in the United States, and some where A4 is the paper,
// is told once that its PDFs are US Letter; a site with paper written, a
// product marketed in the US or of unstated markets, or markets that
// print on Letter (Canada) is not.
func TestPaperOutsideUS(t *testing.T) {
	site := Source{File: "jspgen.toml"}
	jp := KnownProduct{ID: "a", Markets: []string{"jp", "ca", "au"}}
	tests := []struct {
		name  string
		paper string
		all   []KnownProduct
		want  string
	}{
		{"letter by default warns", "", []KnownProduct{jp},
			"jspgen.toml:1: warning: paper: not written, so the PDFs are US Letter (the default), but no product of the site is marketed in the United States, and A4 is the paper in Japan and Australia, among their markets: write paper = \"a4\""},
		{"paper written passes", "letter", []KnownProduct{jp}, ""},
		{"a4 passes", "a4", []KnownProduct{jp}, ""},
		{"another product in the US passes", "", []KnownProduct{jp, {ID: "b", Markets: []string{"us"}}}, ""},
		{"another product of unstated markets passes", "", []KnownProduct{jp, {ID: "b"}}, ""},
		{"Canada alone passes", "", []KnownProduct{{ID: "b", Markets: []string{"ca"}}}, ""},
		{"no product passes", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOneDiagnostic(t, rulePaperOutsideUS(&Site{Paper: tt.paper}, site, tt.all), tt.want)
		})
	}
}
