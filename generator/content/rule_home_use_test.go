package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// TestRuleHomeUseUnstated: a product that builds a CSD without home_use
// or customer is told the CSD is written for a hospital; either written,
// or no CSD built, says nothing, and so does a customer beside home_use =
// true (the organisation that provides the product to its patients at
// home: a health system's remote monitoring kit).
func TestRuleHomeUseUnstated(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"unstated, CSD built by default", "",
			"p.toml:1: warning: home_use: not stated; the CSD is written for a hospital's"},
		{"unstated, CSD named", "[documents]\nbuild = [\"csd\"]\n",
			"p.toml:1: warning: home_use: not stated; the CSD is written for a hospital's"},
		{"unstated, no CSD", "[documents]\nbuild = [\"security_plan\", \"mds2\"]\n", ""},
		{"false", "home_use = false\n", ""},
		{"true", "home_use = true\n", ""},
		{"customer hospital", "customer = \"hospital\"\n", ""},
		{"customer organisation", "customer = \"organisation\"\n", ""},
		{"organisation, not at home", "home_use = false\ncustomer = \"organisation\"\n", ""},
		{"organisation at home", "home_use = true\ncustomer = \"organisation\"\n", ""},
		{"hospital at home", "customer = \"hospital\"\nhome_use = true\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src
			p := &Product{}
			if _, diags, ok := DecodeTOML("p.toml", []byte(src), p); !ok {
				t.Fatal(diags)
			}
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			got := ruleHomeUseUnstated(p)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) || got[0].Severity == Error {
				t.Errorf("got %v; want one starting %q", got, tc.want)
			}
		})
	}
}
