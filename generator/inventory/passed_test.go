package inventory_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestNeedsAttentionEndPassed: a component whose end of supplier support
// is on or before the document's date needs attention whatever level is
// stated and whatever the version's end of support; one whose end is
// still to come is flagged only as before: by its level, or by ending
// before the version's. SupportOn says the level as stated and the date
// its support ended beside such a date, the level alone otherwise.
func TestNeedsAttentionEndPassed(t *testing.T) {
	d := content.NewDate
	on := d(2025, 11, 3)
	none := content.Date{}
	comp := func(level content.SupportLevel, eos content.Date) inventory.Component {
		var c inventory.Component
		c.Support, c.EndOfSupport = level, eos
		return c
	}
	for _, tc := range []struct {
		name    string
		c       inventory.Component
		version content.Date // the version's end of support
		want    bool
		support string
	}{
		{"maintained, ended in the past, version's end not set", comp("maintained", d(2024, 9, 30)), none, true,
			"Actively maintained (as stated); supplier support ended on 2024-09-30"},
		{"maintained, ended in the past, version's end set", comp("maintained", d(2024, 9, 30)), d(2028, 12, 31), true,
			"Actively maintained (as stated); supplier support ended on 2024-09-30"},
		{"maintained, ended in the past, version's end earlier still", comp("maintained", d(2024, 9, 30)), d(2024, 1, 31), true,
			"Actively maintained (as stated); supplier support ended on 2024-09-30"},
		{"limited, ends on the document's date, version's end not set", comp("limited", on), none, true,
			"Limited support (as stated); supplier support ended on 2025-11-03"},
		{"no level, ended in the past, version's end not set", comp("", d(2025, 5, 26)), none, true,
			"Level not stated; supplier support ended on 2025-05-26"},
		{"maintained, ends the day after, version's end not set", comp("maintained", d(2025, 11, 4)), none, false, "Actively maintained"},
		{"maintained, ends in the future, version's end not set", comp("maintained", d(2026, 9, 7)), none, false, "Actively maintained"},
		{"maintained, ends in the future, after the version's", comp("maintained", d(2029, 9, 7)), d(2028, 12, 31), false, "Actively maintained"},
		{"maintained, ends in the future, before the version's", comp("maintained", d(2026, 9, 7)), d(2028, 12, 31), true, "Actively maintained"},
		{"maintained, no date", comp("maintained", none), none, false, "Actively maintained"},
		{"no level, no date", comp("", none), d(2028, 12, 31), false, "Not stated"},
		{"no longer maintained, ended in the past", comp("no_longer_maintained", d(2023, 9, 11)), none, true, "No longer maintained"},
		{"abandoned, no date", comp("abandoned", none), none, true, "Abandoned"},
	} {
		if got := tc.c.NeedsAttention(tc.version, on); got != tc.want {
			t.Errorf("%s: NeedsAttention = %v, want %v", tc.name, got, tc.want)
		}
		if got := len(inventory.Attention([]inventory.Component{tc.c}, tc.version, on)) == 1; got != tc.want {
			t.Errorf("%s: in Attention = %v, want %v", tc.name, got, tc.want)
		}
		if got := tc.c.SupportOn(on, "Not stated"); got != tc.support {
			t.Errorf("%s: SupportOn = %q, want %q", tc.name, got, tc.support)
		}
	}
}

// TestPassedEnds: check warns about a level that says the supplier still
// supports a component whose end of support has passed on the as-of
// date, at the place that states it, and about nothing else.
func TestPassedEnds(t *testing.T) {
	d := content.NewDate
	p := &content.Product{}
	comp := func(name string, level content.SupportLevel, eos content.Date) inventory.Component {
		var c inventory.Component
		c.Name, c.Version, c.Support, c.EndOfSupport = name, "1.0", level, eos
		c.Origin = inventory.Origin{Kind: inventory.OriginProductRule, Rule: "r", File: "content/p.toml", Path: "support_rules[0]", Line: 7}
		return c
	}
	list := []inventory.Component{
		comp("past", "maintained", d(2024, 9, 30)),
		comp("today", "limited", d(2025, 11, 3)),
		comp("future", "maintained", d(2025, 11, 4)),
		comp("ended", "no_longer_maintained", d(2023, 1, 1)),
		comp("undated", "maintained", content.Date{}),
		comp("last", "", d(2025, 1, 1)),
	}
	diags := inventory.PassedEnds(p, list, d(2025, 11, 3))
	if len(diags) != 3 {
		t.Fatalf("got %d warnings, want 3 (past, today, last): %v", len(diags), diags)
	}
	for i, want := range []string{"component past 1.0: its stated level is actively maintained, but its end of support, 2024-09-30, is on or before the as-of date 2025-11-03 (Product rule r)",
		"component today 1.0: its stated level is limited support, but its end of support, 2025-11-03, is on or before",
		"component last 1.0: no support level is stated, but its end of support, 2025-01-01, is on or before"} {
		g := diags[i]
		if g.Severity != content.Warning || g.File != "content/p.toml" || g.Line != 7 || g.Path != "support_rules[0]" || !strings.Contains(g.Message, want) {
			t.Errorf("warning %d: got %v (severity %v), want a warning at content/p.toml:7 support_rules[0] saying %q", i, g, g.Severity, want)
		}
	}
}
