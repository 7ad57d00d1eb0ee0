package inventory_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// TestExtendedSecurityUpdatesAttention: a component whose supplier
// support has ended but whose extended security updates continue (Windows
// 10: Microsoft's support ended 2025-10-14, Extended Security Updates to
// 2026-10-13) is not unsupported: it needs attention only when those
// updates end before the version's end of support; once they have ended
// it needs attention whatever the version's end. The documents give both
// dates, and check's passed-end warning waits for the extended end. All
// this only for updates every customer receives (extended_for =
// every_customer): those only the customers who pay for them receive, or
// whose reach is not stated, leave every other customer's component
// unsupported from the supplier's end, and the documents say whom they
// reach (before, they said "still receives security fixes" of ESU a
// manufacturer bought only for the customers in its paid programme).
func TestExtendedSecurityUpdatesAttention(t *testing.T) {
	d := content.NewDate
	none := content.Date{}
	eos, ext := d(2025, 10, 14), d(2026, 10, 13)
	compFor := func(level content.SupportLevel, ext content.Date, extFor string) inventory.Component {
		var c inventory.Component
		c.Name, c.Version = "Windows 10 Pro", "22H2"
		c.Support, c.EndOfSupport, c.ExtendedUntil, c.ExtendedFor = level, eos, ext, extFor
		return c
	}
	comp := func(level content.SupportLevel, ext content.Date) inventory.Component {
		return compFor(level, ext, content.ExtendedForEveryCustomer)
	}
	for _, tc := range []struct {
		name      string
		c         inventory.Component
		on        content.Date
		version   content.Date // the version's end of support
		ended     bool         // SupportEnded
		attention bool
		passed    bool // PassedEnds warns
		support   string
		extended  string
		before    string
	}{
		{"before the supplier's end", comp("limited", ext), d(2025, 6, 30), none, false, false, false,
			"Limited support", "; extended security updates until 2026-10-13", "Not stated"},
		{"before the supplier's end, updates end before the version's", comp("limited", ext), d(2025, 6, 30), d(2027, 6, 30), false, true, false,
			"Limited support", "; extended security updates until 2026-10-13", "Yes"},
		{"inside the extended period, version's end not set", comp("limited", ext), d(2026, 3, 1), none, false, false, false,
			"Limited support (as stated); supplier support ended on 2025-10-14", "; extended security updates until 2026-10-13", "Not stated"},
		{"inside the extended period, updates end after the version's", comp("limited", ext), d(2026, 3, 1), d(2026, 6, 30), false, false, false,
			"Limited support (as stated); supplier support ended on 2025-10-14", "; extended security updates until 2026-10-13", "No"},
		{"inside the extended period, updates end before the version's", comp("limited", ext), d(2026, 3, 1), d(2027, 6, 30), false, true, false,
			"Limited support (as stated); supplier support ended on 2025-10-14", "; extended security updates until 2026-10-13", "Yes"},
		{"inside the extended period, level ended", comp("no_longer_maintained", ext), d(2026, 3, 1), none, false, false, false,
			"No longer maintained", "; extended security updates until 2026-10-13", "Not stated"},
		{"on the extended end", comp("limited", ext), ext, none, true, true, true,
			"Limited support (as stated); supplier support ended on 2025-10-14; extended security updates ended on 2026-10-13", "; extended security updates ended on 2026-10-13", "Yes (its support has ended)"},
		{"after the extended end, level ended", comp("no_longer_maintained", ext), d(2026, 12, 3), d(2027, 6, 30), true, true, false,
			"No longer maintained", "; extended security updates ended on 2026-10-13", "Yes (its support has ended)"},
		{"after the extended end, version's end passed too", comp("no_longer_maintained", ext), d(2026, 12, 3), d(2026, 9, 1), true, true, false,
			"No longer maintained", "; extended security updates ended on 2026-10-13", "No"},
		// Updates only the customers who pay for them receive, or whose
		// reach is not stated: the supplier's end decides, and the text
		// says whom they reach; where the updates give a customer who
		// receives them another answer, both are given.
		{"inside the extended period, customers who buy them", compFor("limited", ext, "customers_who_buy"), d(2026, 3, 1), d(2026, 6, 30), true, true, true,
			"Limited support (as stated); supplier support ended on 2025-10-14; extended security updates until 2026-10-13, only for the customers who pay for them",
			"; extended security updates until 2026-10-13, only for the customers who pay for them",
			"Yes (its support has ended) for a customer who does not pay for its extended security updates, no for one who does"},
		{"inside the extended period, reach not stated", compFor("no_longer_maintained", ext, ""), d(2026, 3, 1), none, true, true, false,
			"No longer maintained", "; extended security updates until 2026-10-13 (which customers receive them is not stated)",
			"Yes (its support has ended) for a customer who does not receive its extended security updates, not stated for one who does"},
		{"before the supplier's end, customers who buy them, version's end later", compFor("limited", ext, "customers_who_buy"), d(2025, 6, 30), d(2026, 6, 30), false, true, false,
			"Limited support", "; extended security updates until 2026-10-13, only for the customers who pay for them",
			"Yes for a customer who does not pay for its extended security updates, no for one who does"},
		// Without extended updates the supplier's end decides, as before.
		{"no extended updates, after the supplier's end", comp("limited", none), d(2026, 3, 1), d(2026, 6, 30), true, true, true,
			"Limited support (as stated); supplier support ended on 2025-10-14", "", "Yes (its support has ended)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			if got := c.SupportEnded(tc.on); got != tc.ended {
				t.Errorf("SupportEnded = %v, want %v", got, tc.ended)
			}
			if got := c.NeedsAttention(tc.version, tc.on); got != tc.attention {
				t.Errorf("NeedsAttention = %v, want %v", got, tc.attention)
			}
			p := &content.Product{}
			if got := len(inventory.PassedEnds(p, []inventory.Component{c}, tc.on)) == 1; got != tc.passed {
				t.Errorf("PassedEnds warns = %v, want %v", got, tc.passed)
			}
			if got := c.SupportOn(tc.on, "Not stated"); got != tc.support {
				t.Errorf("SupportOn = %q, want %q", got, tc.support)
			}
			if got := c.Extended(tc.on); got != tc.extended {
				t.Errorf("Extended = %q, want %q", got, tc.extended)
			}
			if got := c.BeforeEnd(tc.version, tc.on); got != tc.before {
				t.Errorf("BeforeEnd = %q, want %q", got, tc.before)
			}
		})
	}
}

// TestExtendedPassedEndsMessage: the warning after the extended end names
// both dates.
func TestExtendedPassedEndsMessage(t *testing.T) {
	var c inventory.Component
	c.Name, c.Version, c.Support = "Windows 10 Pro", "22H2", "limited"
	c.EndOfSupport, c.ExtendedUntil, c.ExtendedFor = content.NewDate(2025, 10, 14), content.NewDate(2026, 10, 13), content.ExtendedForEveryCustomer
	diags := inventory.PassedEnds(&content.Product{}, []inventory.Component{c}, content.NewDate(2026, 12, 3))
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "its supplier support ended on 2025-10-14 and its extended security updates on 2026-10-13, on or before the as-of date 2026-12-03") {
		t.Errorf("got %v", diags)
	}
}

// TestExtendedSBOMRoundTrip: the annotated CycloneDX SBOM carries a
// component's extended security updates in jspgen:support:extendedUntil
// beside cdx:lifecycle:milestone:endOfSupport, and an SBOM with these
// properties states them when read back; an extendedUntil before the
// end of support, or without one, is an error and is dropped.
func TestExtendedSBOMRoundTrip(t *testing.T) {
	p := withSBOMs(t, [][2]string{{"a.cdx.json", cdxJSON(zlibJSON)}})
	p.SupportRules, p.SiteSupportRules = nil, nil
	p.Components = []content.Component{{Name: "zlib", Version: "1.3.1", Support: "limited",
		EndOfSupport: content.NewDate(2025, 10, 14), ExtendedUntil: content.NewDate(2026, 10, 13), ExtendedFor: "customers_who_buy"}}
	inv, diags := inventory.Load(filepath.Dir(p.Source.File), p)
	if diags.Err() != nil || len(inv.SBOMs) != 1 {
		t.Fatalf("load: %v", diags)
	}
	if got := inv.List[0].ExtendedUntil.String(); got != "2026-10-13" {
		t.Fatalf("annotation: ExtendedUntil = %q", got)
	}
	out, err := inv.Annotated(inv.SBOMs[0], "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"name": "jspgen:support:extendedUntil",`+"\n"+`          "value": "2026-10-13"`) {
		t.Fatalf("annotated SBOM lacks the extendedUntil property:\n%s", out)
	}
	if !strings.Contains(string(out), `"name": "jspgen:support:extendedFor",`+"\n"+`          "value": "customers_who_buy"`) {
		t.Fatalf("annotated SBOM lacks the extendedFor property:\n%s", out)
	}

	// Read back: the annotated file as the product's SBOM, no annotation.
	q := withSBOMs(t, [][2]string{{"b.cdx.json", string(out)}})
	q.SupportRules, q.SiteSupportRules, q.Components = nil, nil, nil
	inv2, diags := inventory.Load(filepath.Dir(q.Source.File), q)
	if diags.Err() != nil || len(inv2.List) != 1 {
		t.Fatalf("read back: %v", diags)
	}
	c := inv2.List[0]
	if c.Origin.Kind != inventory.OriginSBOM || c.EndOfSupport.String() != "2025-10-14" || c.ExtendedUntil.String() != "2026-10-13" || c.ExtendedFor != "customers_who_buy" {
		t.Errorf("read back: origin %q eos %q extended %q for %q", c.Origin.Kind, c.EndOfSupport, c.ExtendedUntil, c.ExtendedFor)
	}

	for _, tc := range []struct{ name, props, want string }{
		{"before the end of support", `{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2025-10-14"}, {"name": "jspgen:support:extendedUntil", "value": "2025-01-01"}`,
			"property jspgen:support:extendedUntil: jspgen:support:extendedUntil (2025-01-01) is before cdx:lifecycle:milestone:endOfSupport (2025-10-14)"},
		{"without an end of support", `{"name": "jspgen:support:extendedUntil", "value": "2026-10-13"}`,
			"property jspgen:support:extendedUntil: jspgen:support:extendedUntil (2026-10-13) without cdx:lifecycle:milestone:endOfSupport"},
		{"who receives them unknown", `{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2025-10-14"}, {"name": "jspgen:support:extendedUntil", "value": "2026-10-13"}, {"name": "jspgen:support:extendedFor", "value": "everyone"}`,
			`property jspgen:support:extendedFor: want every_customer or customers_who_buy; got "everyone"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := withSBOMs(t, [][2]string{{"c.cdx.json", cdxJSON(`{"type": "library", "name": "zlib", "version": "1.3.1",
				"properties": [{"name": "jspgen:support:level", "value": "limited"}, ` + tc.props + `]}`)}})
			r.SupportRules, r.SiteSupportRules, r.Components = nil, nil, nil
			inv, diags := inventory.Load(filepath.Dir(r.Source.File), r)
			found := false
			for _, d := range diags {
				found = found || d.Severity == content.Error && strings.Contains(d.Message, tc.want)
			}
			if !found {
				t.Errorf("want an error containing %q; got %v", tc.want, diags)
			}
			if len(inv.List) == 1 && !inv.List[0].ExtendedUntil.IsZero() && inv.List[0].ExtendedFor == "everyone" {
				t.Errorf("a bad extendedFor is kept")
			} else if len(inv.List) == 1 && !inv.List[0].ExtendedUntil.IsZero() && tc.name != "who receives them unknown" {
				t.Errorf("a bad extendedUntil is kept: %s", inv.List[0].ExtendedUntil)
			}
		})
	}
}

// TestInHouseBoughtExtendedUpdates: an in-house device's institution is
// its only user, so extended security updates "for the customers who buy
// them" describe no one: check reports an error at the place that states
// them. Updates it obtains for every installation, a component without
// extended updates, and a marketed product's customers_who_buy are fine.
func TestInHouseBoughtExtendedUpdates(t *testing.T) {
	d := content.NewDate
	comp := func(ext content.Date, extFor string) inventory.Component {
		var c inventory.Component
		c.Name, c.Version, c.Support = "Windows 10 Enterprise", "22H2", "limited"
		c.EndOfSupport, c.ExtendedUntil, c.ExtendedFor = d(2025, 10, 14), ext, extFor
		c.Origin = inventory.Origin{Kind: inventory.OriginSiteRule, Rule: "win10-esu", File: "jspgen.toml", Path: "support_rules[2]", Line: 40}
		return c
	}
	inHouse := &content.Product{InHouse: true, Markets: []string{"eu"}}
	marketed := &content.Product{Markets: []string{"eu"}}
	for _, tc := range []struct {
		name string
		p    *content.Product
		c    inventory.Component
		err  bool
	}{
		{"in-house, customers who buy them", inHouse, comp(d(2026, 10, 13), "customers_who_buy"), true},
		{"in-house, every installation", inHouse, comp(d(2026, 10, 13), content.ExtendedForEveryCustomer), false},
		{"in-house, reach not stated", inHouse, comp(d(2026, 10, 13), ""), false},
		{"in-house, no extended updates", inHouse, comp(content.Date{}, ""), false},
		{"marketed, customers who buy them", marketed, comp(d(2026, 10, 13), "customers_who_buy"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			diags := inventory.InHouseBought(tc.p, []inventory.Component{tc.c})
			if !tc.err {
				if len(diags) != 0 {
					t.Errorf("got %v, want none", diags)
				}
				return
			}
			if len(diags) != 1 {
				t.Fatalf("got %v, want one error", diags)
			}
			g := diags[0]
			if g.Severity != content.Error || g.File != "jspgen.toml" || g.Line != 40 || g.Path != "support_rules[2]" {
				t.Errorf("got severity %v at %s:%d %s, want an error at jspgen.toml:40 support_rules[2]", g.Severity, g.File, g.Line, g.Path)
			}
			for _, want := range []string{`component Windows 10 Enterprise 22H2: extended_for = "customers_who_buy"`, "until 2026-10-13", "in_house is true: the hospital makes and uses the device", `state extended_for = "every_customer"`} {
				if !strings.Contains(g.Message, want) {
					t.Errorf("message lacks %q: %s", want, g.Message)
				}
			}
		})
	}
}
