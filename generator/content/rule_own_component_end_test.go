package content

import (
	"strings"
	"testing"
)

// TestRuleOwnComponentEnd: the manufacturer's own component of a version
// whose end of support is not written, stating an end of support, is
// warned about where that end is stated (euonly: rhenfluss-pumpd 3.0 until
// 2032-12-31 beside 3.0's "Not announced"); a supplier's component, a
// version with an end of support, and a taken-over version whose maker
// is another company are not.
func TestRuleOwnComponentEnd(t *testing.T) {
	d := NewDate
	p := &Product{Versions: []Version{
		{Version: "2.0", EndOfSupport: d(2027, 6, 30)},
		{Version: "3.0"},
		{Version: "1.0", Manufacturer: "Old Pumps AG"},
	}}
	own := OwnComponentEnd{Of: "3.0", Name: "rhenfluss-pumpd", Version: "3.0", Supplier: "Rhenfluss Medizintechnik GmbH",
		EndOfSupport: d(2032, 12, 31), File: "p.toml", Line: 7, Path: "sbom.files[0]"}
	want := "p.toml:7: warning: sbom.files[0]: component rhenfluss-pumpd 3.0 of version 3.0 is the manufacturer's own software (its supplier is Rhenfluss Medizintechnik GmbH) and states an end of support on 2032-12-31, but version 3.0's end_of_support (versions[1]) is not written"
	with := func(f func(*OwnComponentEnd)) OwnComponentEnd { c := own; f(&c); return c }
	tests := []struct {
		name string
		c    OwnComponentEnd
		want string
	}{
		{"own component, version end not written", own, want},
		{"supplier written in another case", with(func(c *OwnComponentEnd) { c.Supplier = " rhenfluss medizintechnik gmbh" }), want},
		{"a supplier's component", with(func(c *OwnComponentEnd) { c.Supplier = "OpenSSL Software Foundation" }), ""},
		{"no supplier", with(func(c *OwnComponentEnd) { c.Supplier = "" }), ""},
		{"no end of support", with(func(c *OwnComponentEnd) { c.EndOfSupport = Date{} }), ""},
		{"version end written", with(func(c *OwnComponentEnd) { c.Of = "2.0" }), ""},
		{"version made by another company", with(func(c *OwnComponentEnd) { c.Of = "1.0" }), ""},
		{"former maker's own component", with(func(c *OwnComponentEnd) { c.Of = "1.0"; c.Supplier = "Old Pumps AG" }), "component rhenfluss-pumpd 3.0 of version 1.0 is the manufacturer's own software (its supplier is Old Pumps AG)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := RuleOwnComponentEnd(p, "Rhenfluss Medizintechnik GmbH", []OwnComponentEnd{tc.c, tc.c})
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", diagText(got))
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0].String(), tc.want) || got[0].Severity != Warning {
				t.Errorf("got %v; want one warning with %q", diagText(got), tc.want)
			}
		})
	}
}
