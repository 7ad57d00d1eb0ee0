package inventory_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestBeforeDevice: the "Before the device's" cell of the CSD's 5.2 never says "No"
// of a component without an end-of-support date, and says "Yes (its
// support has ended)" of one whose support has ended (no longer
// maintained, abandoned, or its date passed) while the device's has not,
// or is not set, whether or not its end is dated.
func TestBeforeDevice(t *testing.T) {
	d := content.NewDate
	on := d(2026, 3, 1)
	comp := func(level content.SupportLevel, eos content.Date) inventory.Component {
		var c inventory.Component
		c.Support, c.EndOfSupport = level, eos
		return c
	}
	for _, tc := range []struct {
		name string
		c    inventory.Component
		dev  content.Date
		want string
	}{
		{"no longer maintained, no date, device supported", comp("no_longer_maintained", content.Date{}), d(2028, 12, 31), "Yes (its support has ended)"},
		{"abandoned, no date, device supported", comp("abandoned", content.Date{}), d(2028, 12, 31), "Yes (its support has ended)"},
		{"abandoned, no date, device's end not set", comp("abandoned", content.Date{}), content.Date{}, "Yes (its support has ended)"},
		{"maintained, date passed, device's end not set", comp("maintained", d(2026, 2, 28)), content.Date{}, "Yes (its support has ended)"},
		{"maintained, date on the day, device's end not set", comp("maintained", on), content.Date{}, "Yes (its support has ended)"},
		{"maintained, date to come, device's end not set", comp("maintained", d(2026, 3, 2)), content.Date{}, "Not stated"},
		{"no level, no date, device's end not set", comp("", content.Date{}), content.Date{}, "Not stated"},
		{"no longer maintained, no date, device's support ended too", comp("no_longer_maintained", content.Date{}), d(2026, 1, 31), "Not stated"},
		{"maintained, no date", comp("maintained", content.Date{}), d(2028, 12, 31), "Not stated"},
		{"ends before the device", comp("maintained", d(2027, 6, 30)), d(2028, 12, 31), "Yes"},
		{"ends after the device", comp("maintained", d(2029, 6, 30)), d(2028, 12, 31), "No"},
		{"ended, date before the device's", comp("no_longer_maintained", d(2025, 6, 30)), d(2028, 12, 31), "Yes (its support has ended)"},
		{"ended, date after the device's, which has ended", comp("no_longer_maintained", d(2026, 2, 1)), d(2026, 1, 31), "No"},
	} {
		if got := tc.c.BeforeEnd(tc.dev, on); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestEndedLevelBeforeItsDate: a level that has ended (as the data states
// it now) with an end of support after the date a document speaks as of
// had not ended then: the component's support had not ended, it is given
// from its date, and a version ending after it is not told its component
// "has ended". Without a date the level alone decides, as before.
func TestEndedLevelBeforeItsDate(t *testing.T) {
	d := content.NewDate
	dotnet := inventory.Component{Support: "no_longer_maintained", EndOfSupport: d(2024, 11, 12)}
	before, after := d(2024, 9, 2), d(2025, 1, 1)
	if dotnet.SupportEnded(before) {
		t.Error("support ended on 2024-09-02, before its end on 2024-11-12")
	}
	if !dotnet.SupportEnded(after) {
		t.Error("support not ended on 2025-01-01, after its end on 2024-11-12")
	}
	if got, want := dotnet.SupportOn(before, "Not stated"), "No longer maintained from 2024-11-12"; got != want {
		t.Errorf("level on 2024-09-02 %q; want %q", got, want)
	}
	if got, want := dotnet.SupportOn(after, "Not stated"), "No longer maintained"; got != want {
		t.Errorf("level on 2025-01-01 %q; want %q", got, want)
	}
	if got := dotnet.BeforeEnd(d(2030, 1, 1), before); got != "Yes" {
		t.Errorf("before a version ending 2030, on 2024-09-02: %q; want Yes (its end is before)", got)
	}
	if got := dotnet.BeforeEnd(d(2024, 10, 1), before); got != "No" {
		t.Errorf("before a version ending 2024-10-01, on 2024-09-02: %q; want No", got)
	}
	undated := inventory.Component{Support: "abandoned"}
	if !undated.SupportEnded(before) || undated.SupportOn(before, "Not stated") != "Abandoned" {
		t.Error("an ended level without a date no longer counts as ended")
	}
}

// TestEndedLater: a level stated ended is "later" on a date before its end
// of supplier support, and not on or after it, nor without a date; a
// level stated supported never is.
func TestEndedLater(t *testing.T) {
	d := content.NewDate
	on := d(2026, 2, 16)
	for _, tc := range []struct {
		level content.SupportLevel
		eos   content.Date
		want  bool
	}{
		{"no_longer_maintained", d(2026, 2, 17), true},
		{"abandoned", d(2027, 1, 1), true},
		{"no_longer_maintained", on, false},
		{"abandoned", d(2025, 1, 1), false},
		{"no_longer_maintained", content.Date{}, false},
		{"maintained", d(2027, 1, 1), false},
		{"limited", d(2027, 1, 1), false},
		{"", d(2027, 1, 1), false},
	} {
		c := inventory.Component{Support: tc.level, EndOfSupport: tc.eos}
		if got := c.EndedLater(on); got != tc.want {
			t.Errorf("%q ending %v, on %v: EndedLater = %v, want %v", tc.level, tc.eos, on, got, tc.want)
		}
		if tc.want && c.SupportEnded(on) {
			t.Errorf("%q ending %v: support ended on %v though its level holds only later", tc.level, tc.eos, on)
		}
	}
}
