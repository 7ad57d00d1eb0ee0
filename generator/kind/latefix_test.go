package kind

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestLateFixesWithAndWithoutReason: LateFixes returns a late fix
// whether or not its data say why (ReasonStated), so that the documents
// can say that the reason is not stated; rows of one vulnerability are
// one only with the same reason; a fix on time, no fix planned, a row
// that is not affected, or one released on a date not stated, is none.
func TestLateFixesWithAndWithoutReason(t *testing.T) {
	p := &content.Product{}
	p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalDays = 180, 30
	on := content.NewDate(2025, 8, 1)
	found, fixed := content.NewDate(2024, 7, 1), content.NewDate(2025, 1, 20) // 203 days
	row := func(version string, edit func(v *vuln.Vulnerability)) *vuln.Vulnerability {
		v := &vuln.Vulnerability{ID: "CVE-1", Version: version, Status: "affected", Risk: "controlled", FixedIn: "3.1.0", Discovered: found, Fixed: fixed}
		if edit != nil {
			edit(v)
		}
		return v
	}
	reason := func(r string) func(v *vuln.Vulnerability) {
		return func(v *vuln.Vulnerability) { v.FixDelayReason = r }
	}
	for _, tc := range []struct {
		name string
		rows []*vuln.Vulnerability
		want string // each late fix: versions/reason stated/days beyond; "" for none
	}{
		{"late, no reason", []*vuln.Vulnerability{row("3.0.0", nil)}, "[3.0.0]/false/23"},
		{"late, a blank reason is none", []*vuln.Vulnerability{row("3.0.0", reason("  "))}, "[3.0.0]/false/23"},
		{"late, with a reason", []*vuln.Vulnerability{row("3.0.0", reason("Validation."))}, "[3.0.0]/true/23"},
		{"late, same reason grouped", []*vuln.Vulnerability{row("2.0", nil), row("3.0.0", nil)}, "[2.0 3.0.0]/false/23"},
		{"late, with and without a reason apart", []*vuln.Vulnerability{row("2.0", reason("Validation.")), row("3.0.0", nil)}, "[2.0]/true/23 [3.0.0]/false/23"},
		{"uncontrolled against critical_days", []*vuln.Vulnerability{row("3.0.0", func(v *vuln.Vulnerability) { v.Risk = "uncontrolled" })}, "[3.0.0]/false/173"},
		{"open, no reason", []*vuln.Vulnerability{row("3.0.0", func(v *vuln.Vulnerability) { v.Fixed, v.FixedIn = content.Date{}, "" })}, "[3.0.0]/false/216"},
		{"on time", []*vuln.Vulnerability{row("3.0.0", func(v *vuln.Vulnerability) { v.Fixed = content.NewDate(2024, 12, 1) })}, ""},
		{"no fix planned", []*vuln.Vulnerability{row("3.0.0", func(v *vuln.Vulnerability) { v.Fix = "none_planned" })}, ""},
		{"not affected", []*vuln.Vulnerability{row("3.0.0", func(v *vuln.Vulnerability) { v.Status = "fixed" })}, ""},
		{"released on a date not stated", []*vuln.Vulnerability{row("3.0.0", func(v *vuln.Vulnerability) { v.Fixed, v.Fix = content.Date{}, "released" })}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range LateFixes(p, nil, tc.rows, on) {
				got = append(got, fmt.Sprintf("%v/%v/%d", f.Versions, f.ReasonStated(), f.DaysBeyond()))
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("got %q, want %q", s, tc.want)
			}
		})
	}
}
