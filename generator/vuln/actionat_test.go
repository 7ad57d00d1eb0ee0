package vuln

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestActionAtSaysWhereTheFixIsReleased: the action a document prints
// for an affected version (the CSD's §5.5) says where the version to
// install is released when a market does not have it yet on the
// document's date, as the VEX files and the notices do; with the fix out
// everywhere, no date, one market, or an entry that is not affected, it
// is Action, unchanged. FixWhereAt is that sentence alone, which the
// CSD's uncontrolled-risk paragraph puts before its "Until software …".
func TestActionAtSaysWhereTheFixIsReleased(t *testing.T) {
	split := &content.Product{ID: "p", Name: "P", Markets: []string{"us", "eu"}, Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: day("2024-01-01")},
		{Version: "2.0", GeneralAvailability: day("2025-11-03"), MarketReleases: []content.MarketRelease{{Market: "eu", GeneralAvailability: day("2026-06-01")}}},
	}}
	same := &content.Product{ID: "p", Name: "P", Markets: []string{"us", "eu"}, Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: day("2024-01-01")}, {Version: "2.0", GeneralAvailability: day("2025-11-03")},
	}}
	const where = "P 2.0 is available in the United States; in the European Union from 1 June 2026."
	affected := Vulnerability{ID: "CVE-2026-1", Version: "1.0", Status: "affected", FixedIn: "2.0", Remediation: "Install 2.0."}
	controlled := affected
	controlled.CompensatingControls = []string{"Block port 80."}
	notAffected := Vulnerability{ID: "CVE-2026-2", Version: "1.0", Status: "not_affected", Impact: "Not reachable.", FixedIn: "2.0"}
	for _, tc := range []struct {
		name      string
		v         Vulnerability
		p         *content.Product
		on        string
		want, whr string
	}{
		{"EU later than the date", affected, split, "2026-03-02", "Install 2.0. " + where, where},
		{"controls follow the market sentence", controlled, split, "2026-03-02", "Install 2.0. " + where + " Until version 2.0, which fixes it, is installed: Block port 80.", where},
		{"EU out by the date", affected, split, "2026-07-01", "Install 2.0.", ""},
		{"no date", affected, split, "", "Install 2.0.", ""},
		{"released everywhere at once", affected, same, "2026-03-02", "Install 2.0.", ""},
		{"not affected", notAffected, split, "2026-03-02", "Not reachable.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var on content.Date
			if tc.on != "" {
				on = day(tc.on)
			}
			v := tc.v
			if got := v.ActionAt(tc.p, on); got != tc.want {
				t.Errorf("ActionAt = %q, want %q", got, tc.want)
			}
			if got := v.FixWhereAt(tc.p, on); got != tc.whr {
				t.Errorf("FixWhereAt = %q, want %q", got, tc.whr)
			}
			if tc.whr == "" && v.ActionAt(tc.p, on) != v.Action() {
				t.Errorf("ActionAt %q differs from Action %q with nothing to say of markets", v.ActionAt(tc.p, on), v.Action())
			}
		})
	}
}
