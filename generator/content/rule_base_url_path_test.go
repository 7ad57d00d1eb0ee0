package content

import (
	"strings"
	"testing"
)

// TestRuleBaseURLPath: a base_url with a path is told that .well-known/
// belongs at the domain's root; one without a path, or none, is not.
func TestRuleBaseURLPath(t *testing.T) {
	tests := []struct{ base, want string }{
		{"https://example.com/psirt/", "has the path /psirt/: the site's .well-known/ folder"},
		{"https://example.com/products", "only at https://example.com/.well-known/"},
		{"https://example.com/", ""},
		{"https://example.com", ""},
		{"", ""},
	}
	for _, tc := range tests {
		got := ruleBaseURLPath(Source{File: "jspgen.toml"}, &Site{BaseURL: tc.base})
		if tc.want == "" {
			if len(got) > 0 {
				t.Errorf("%q: %v; want nothing", tc.base, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Severity != Warning || !strings.Contains(got[0].Message, tc.want) {
			t.Errorf("%q: %v; want a warning with %q", tc.base, got, tc.want)
		}
	}
}
