package vuln_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestEntriesShareFacts: one vulnerability written as one entry per
// status (CVE-2024-1086 affected in 3.8.2 and 4.1.0, vulnerabilities[0],
// fixed in 4.2.1, vulnerabilities[1]) gave its title, description and
// dates only to the versions of the entry that stated them; 4.2.1's CSD
// row, CSAF and VEX went without. An entry now takes what it leaves
// unstated from the other entries with its ID, where they state one
// value; where they state different ones it takes none and check warns
// at it, naming them. An entry's own values are never replaced.
func TestEntriesShareFacts(t *testing.T) {
	const id = "CVE-2024-1086"
	const title = "Linux kernel nf_tables use-after-free (local privilege escalation)"
	const descPrefix = "A use-after-free in the netfilter nf_tables component"
	record := func(t *testing.T, s *vuln.Set, version string) *vuln.Vulnerability {
		t.Helper()
		for _, v := range s.For(version) {
			if v.ID == id {
				return v
			}
		}
		t.Fatalf("no record of %s in %s", id, version)
		return nil
	}
	for _, tc := range []struct {
		name string
		edit func(p *content.Product)
		// what 4.2.1's record gives
		title, desc          string
		discovered, disclose content.Date
		warn                 string // a warning at vulnerabilities[1] containing this; "" none
	}{
		{"the description of the affected entry", func(p *content.Product) {},
			title, descPrefix, content.NewDate(2024, 5, 30), content.NewDate(2024, 1, 31), ""},
		{"title and dates left unstated", func(p *content.Product) {
			p.Vulns[1].Title, p.Vulns[1].Discovered, p.Vulns[1].Disclosed = "", content.Date{}, content.Date{}
		}, title, descPrefix, content.NewDate(2024, 5, 30), content.NewDate(2024, 1, 31), ""},
		{"its own values kept", func(p *content.Product) {
			p.Vulns[1].Title, p.Vulns[1].Description = "Kernel use-after-free, fixed", "Fixed in Linux 6.6.52."
		}, "Kernel use-after-free, fixed", "Fixed in Linux 6.6.52.", content.NewDate(2024, 5, 30), content.NewDate(2024, 1, 31), ""},
		{"the others disagree", func(p *content.Product) {
			other := p.Vulns[0]
			p.Vulns[0].Versions = []string{"3.8.2"}
			other.Versions, other.Title = []string{"4.1.0"}, "nf_tables use-after-free"
			p.Vulns = append(p.Vulns, other)
			p.Vulns[1].Title = ""
		}, "", descPrefix, content.NewDate(2024, 5, 30), content.NewDate(2024, 1, 31),
			id + ": title is not stated here, and the other entries for " + id + " state different ones (vulnerabilities[0], vulnerabilities["},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, diags, p, _ := loadEdited(t, func(p *content.Product, _ int) { tc.edit(p) })
			if p.Vulns[1].ID != id || p.Vulns[1].Status != "fixed" {
				t.Fatalf("the example's vulnerabilities[1] is not %s fixed in 4.2.1", id)
			}
			v := record(t, s, "4.2.1")
			if v.Title != tc.title {
				t.Errorf("title = %q, want %q", v.Title, tc.title)
			}
			if !strings.HasPrefix(v.Description, tc.desc) || (tc.desc == "") != (v.Description == "") {
				t.Errorf("description = %q, want %q…", v.Description, tc.desc)
			}
			if v.Discovered != tc.discovered || v.Disclosed != tc.disclose {
				t.Errorf("discovered, disclosed = %s, %s; want %s, %s", v.Discovered, v.Disclosed, tc.discovered, tc.disclose)
			}
			if a := record(t, s, "3.8.2"); a.Title != title {
				t.Errorf("3.8.2's own title became %q", a.Title)
			}
			var got []string
			for _, d := range diags {
				if strings.Contains(d.Message, "is not stated here, and the other entries") {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			switch {
			case tc.warn == "" && len(got) > 0:
				t.Errorf("warned %q, want nothing", got)
			case tc.warn != "" && (len(got) != 1 || !strings.HasPrefix(got[0], "vulnerabilities[1]: "+tc.warn)):
				t.Errorf("warned %q, want one at vulnerabilities[1]: %s…", got, tc.warn)
			}
		})
	}
}
