package content

import (
	"strings"
	"testing"
)

// TestNotForUS: only markets written without us leave the United States
// out; unwritten markets are not stated and keep the documents' FDA
// wording.
func TestNotForUS(t *testing.T) {
	for _, tc := range []struct {
		markets []string
		want    bool
		names   string
	}{
		{nil, false, ""},
		{[]string{"us"}, false, "the United States"},
		{[]string{"eu", "us"}, false, "the European Union and the United States"},
		{[]string{"eu", "uk", "ch"}, true, "the European Union, the United Kingdom and Switzerland"},
		{[]string{"other"}, true, "other markets"},
	} {
		p := &Product{Markets: tc.markets}
		if got := p.NotForUS(); got != tc.want {
			t.Errorf("markets %v: NotForUS() = %v, want %v", tc.markets, got, tc.want)
		}
		if got := p.FDAAsksNothing(); got != tc.want {
			t.Errorf("markets %v: FDAAsksNothing() = %v, want %v", tc.markets, got, tc.want)
		}
		if got := p.MarketNames(); got != tc.names {
			t.Errorf("markets %v: MarketNames() = %q, want %q", tc.markets, got, tc.names)
		}
	}
}

// TestCyberDeviceRequiredOnlyForUS: the plan needs a 524B determination
// unless markets leaves out the United States.
func TestCyberDeviceRequiredOnlyForUS(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"security_plan\"]\n"
	for _, tc := range []struct {
		markets string
		want    bool
	}{
		{"", true},
		{"markets = [\"eu\", \"us\"]\n", true},
		{"markets = [\"eu\", \"uk\", \"ch\"]\n", false},
	} {
		_, diags, _ := DecodeTOML("p.toml", []byte(tc.markets+head), &Product{})
		got := false
		for _, d := range diags {
			if d.Path == "cyber_device" && strings.Contains(d.Message, "missing required key") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: cyber_device required = %v, want %v (%v)", tc.markets, got, tc.want, diags)
		}
	}
}
