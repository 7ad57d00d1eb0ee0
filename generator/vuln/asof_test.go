package vuln_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestKnownBy: what a document released on 2025-06-01 may state of each
// vulnerability, both ways of every rule.
func TestKnownBy(t *testing.T) {
	d := content.NewDate
	on := d(2025, 6, 1)
	fixed := func(v *vuln.Vulnerability) *vuln.Vulnerability {
		v.FixedIn, v.Fixed, v.Remediation, v.FixDelayReason = "4.2.1", d(2025, 7, 1), "Update to 4.2.1.", "Validation took long."
		return v
	}
	comm := func(dates ...content.Date) []content.VulnerabilityMilestone {
		var out []content.VulnerabilityMilestone
		for _, x := range dates {
			out = append(out, content.VulnerabilityMilestone{Date: x, Audience: "customers", Summary: "Told."})
		}
		return out
	}
	tests := []struct {
		name string
		v    vuln.Vulnerability
		want *vuln.Vulnerability // nil: left out
		same bool                // the very entry, unchanged
	}{
		{"no dates: nothing places it after", vuln.Vulnerability{Status: "affected"}, nil, true},
		{"discovered before", vuln.Vulnerability{Status: "affected", Discovered: d(2025, 5, 31)}, nil, true},
		{"discovered on the day", vuln.Vulnerability{Status: "affected", Discovered: on}, nil, true},
		{"discovered after", vuln.Vulnerability{Status: "affected", Discovered: d(2025, 6, 2)}, nil, false},
		{"disclosed before, learnt of after: the manufacturer's date counts", vuln.Vulnerability{Status: "affected", Discovered: d(2025, 7, 1), Disclosed: d(2025, 5, 1)}, nil, false},
		// Under coordinated disclosure: a document, published, that
		// named it would disclose it first (it was kept).
		{"disclosed after, learnt of before: left out", vuln.Vulnerability{Status: "affected", Discovered: d(2025, 5, 1), Disclosed: d(2025, 7, 1)}, nil, false},
		{"disclosed on the day, learnt of before", vuln.Vulnerability{Status: "affected", Discovered: d(2025, 5, 1), Disclosed: on}, nil, true},
		{"no discovery date: disclosed before", vuln.Vulnerability{Status: "affected", Disclosed: d(2025, 5, 1)}, nil, true},
		{"no discovery date: disclosed after", vuln.Vulnerability{Status: "affected", Disclosed: d(2025, 6, 2)}, nil, false},
		{"only a communication, before", vuln.Vulnerability{Status: "affected", Communications: comm(d(2025, 5, 1))}, nil, true},
		{"only a communication, after", vuln.Vulnerability{Status: "affected", Communications: comm(d(2025, 6, 2))}, nil, false},
		{"fix after: the affected entry loses it", *fixed(&vuln.Vulnerability{Status: "affected", Discovered: d(2025, 1, 1), CompensatingControls: []string{"Block 443."}}),
			&vuln.Vulnerability{Status: "affected", Discovered: d(2025, 1, 1), CompensatingControls: []string{"Block 443."}}, false},
		// Known then, its fix not out: the version was affected (a
		// premarket CSD said "no known vulnerability" of a version
		// fixed before its release).
		{"fix after: the fixed entry was affected", *fixed(&vuln.Vulnerability{Version: "4.2.0", Status: "fixed", Discovered: d(2025, 1, 1)}),
			&vuln.Vulnerability{Version: "4.2.0", Status: "affected", Discovered: d(2025, 1, 1), Remediation: vuln.NoRemediationYet("4.2.0")}, false},
		{"assessed after: under investigation then", vuln.Vulnerability{Status: "not_affected", Justification: "component_not_present", Impact: "Not used.", Discovered: d(2025, 1, 1), Assessed: d(2025, 7, 1)},
			&vuln.Vulnerability{Status: "under_investigation", Discovered: d(2025, 1, 1), Assessed: d(2025, 7, 1)}, false},
		{"assessed before: kept whole", vuln.Vulnerability{Status: "not_affected", Justification: "component_not_present", Discovered: d(2025, 1, 1), Assessed: d(2025, 5, 1)}, nil, true},
		{"under investigation, assessed after: kept whole", vuln.Vulnerability{Status: "under_investigation", Discovered: d(2025, 1, 1), Assessed: d(2025, 7, 1)}, nil, true},
		{"fix after, learnt of after: left out", *fixed(&vuln.Vulnerability{Status: "fixed", Discovered: d(2025, 6, 2)}), nil, false},
		{"fix on the day: kept whole", func() vuln.Vulnerability {
			v := fixed(&vuln.Vulnerability{Status: "fixed", Discovered: d(2025, 1, 1)})
			v.Fixed = on
			return *v
		}(), nil, true},
		{"fix before: kept whole", func() vuln.Vulnerability {
			v := fixed(&vuln.Vulnerability{Status: "affected", Discovered: d(2025, 1, 1)})
			v.Fixed = d(2025, 3, 1)
			return *v
		}(), nil, true},
		{"a fix without a date: kept whole", vuln.Vulnerability{Status: "affected", Discovered: d(2025, 1, 1), FixedIn: "4.2.1", Remediation: "Update."}, nil, true},
		{"later communications left out", vuln.Vulnerability{Status: "affected", Communications: comm(d(2025, 5, 1), d(2025, 6, 1), d(2025, 6, 2))},
			&vuln.Vulnerability{Status: "affected", Communications: comm(d(2025, 5, 1), d(2025, 6, 1))}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.v
			s := &vuln.Set{List: []*vuln.Vulnerability{&v}}
			got := s.KnownBy(on)
			switch {
			case tc.same:
				if got != s {
					t.Errorf("KnownBy changed the set; want it unchanged: %+v", got.List)
				}
			case tc.want == nil:
				if len(got.List) != 0 {
					t.Errorf("kept %+v; want it left out", got.List[0])
				}
			default:
				if len(got.List) != 1 {
					t.Fatalf("left out; want %+v", tc.want)
				}
				if diff := cmp.Diff(tc.want, got.List[0], cmp.AllowUnexported(content.Date{})); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
				if got.List[0] == &v {
					t.Error("the set's own entry was edited; want a copy")
				}
			}
		})
	}
	if s := (*vuln.Set)(nil); s.KnownBy(on) != nil {
		t.Error("a nil set is not nil as known")
	}
	s := &vuln.Set{List: []*vuln.Vulnerability{{Discovered: d(2026, 1, 1)}}}
	if s.KnownBy(content.Date{}) != s {
		t.Error("a zero date changed the set")
	}
}

// TestSetDate: a version's VEX files speak as of the newest date its
// vulnerabilities state — discovered, disclosed or fixed — else its
// general availability; a communication, which the files do not carry,
// does not date them.
func TestSetDate(t *testing.T) {
	d := content.NewDate
	p := &content.Product{Versions: []content.Version{{Version: "1.0", GeneralAvailability: d(2024, 1, 1)}}}
	tests := []struct {
		name string
		list []*vuln.Vulnerability
		want content.Date
	}{
		{"none: general availability", nil, d(2024, 1, 1)},
		{"discovered", []*vuln.Vulnerability{{Version: "1.0", Discovered: d(2024, 3, 1)}}, d(2024, 3, 1)},
		{"disclosed later", []*vuln.Vulnerability{{Version: "1.0", Discovered: d(2024, 3, 1), Disclosed: d(2024, 4, 1)}}, d(2024, 4, 1)},
		{"fixed later", []*vuln.Vulnerability{{Version: "1.0", Discovered: d(2024, 3, 1), Fixed: d(2024, 5, 1)}}, d(2024, 5, 1)},
		{"communicated later: not a date of the files", []*vuln.Vulnerability{{Version: "1.0", Discovered: d(2024, 3, 1),
			Communications: []content.VulnerabilityMilestone{{Date: d(2024, 6, 1), Audience: "fda", Summary: "Told."}}}}, d(2024, 3, 1)},
		{"another version's", []*vuln.Vulnerability{{Version: "2.0", Discovered: d(2024, 7, 1)}}, d(2024, 1, 1)},
		{"status assessed later", []*vuln.Vulnerability{{Version: "1.0", Discovered: d(2024, 3, 1), Assessed: d(2024, 8, 1)}}, d(2024, 8, 1)},
	}
	for _, tc := range tests {
		s := &vuln.Set{List: tc.list}
		if got := s.Date(p, "1.0"); got != tc.want {
			t.Errorf("%s: Date = %s; want %s", tc.name, got, tc.want)
		}
	}
}

// TestWithheld: a set as of a date says which versions had a
// vulnerability known then but not yet disclosed, which it leaves out —
// their CSD cannot say that no vulnerability, or every listed one, is
// known — and not those of one unknown then; PublicBy, the site's files
// as of a date, leaves out the same.
func TestWithheld(t *testing.T) {
	d := content.NewDate
	on := d(2025, 6, 1)
	s := &vuln.Set{List: []*vuln.Vulnerability{
		{ID: "CVE-2025-0001", Version: "1.0", Discovered: d(2025, 5, 1), Disclosed: d(2025, 7, 1)}, // embargoed on the day
		{ID: "CVE-2025-0002", Version: "2.0", Discovered: d(2025, 6, 2), Disclosed: d(2025, 7, 1)}, // not known yet
		{ID: "CVE-2025-0003", Version: "2.0", Discovered: d(2025, 5, 1), Disclosed: d(2025, 5, 2)}, // public
		{ID: "CVE-2025-0004", Version: "3.0", Discovered: d(2025, 5, 1)},                           // no disclosure stated: public from discovery
	}}
	for name, got := range map[string]*vuln.Set{"KnownBy": s.KnownBy(on), "PublicBy": s.PublicBy(on)} {
		var ids []string
		for _, v := range got.List {
			ids = append(ids, v.ID)
		}
		if want := []string{"CVE-2025-0003", "CVE-2025-0004"}; !slices.Equal(ids, want) {
			t.Errorf("%s lists %v; want %v", name, ids, want)
		}
		if !slices.Equal(got.Withheld, []string{"1.0"}) {
			t.Errorf("%s withholds %v; want [1.0]", name, got.Withheld)
		}
		for v, want := range map[string]bool{"1.0": true, "2.0": false, "3.0": false, "": true} {
			if got.WithholdsFor(v) != want {
				t.Errorf("%s: WithholdsFor(%q) = %v; want %v", name, v, !want, want)
			}
		}
	}
	if s.Withheld != nil || s.WithholdsFor("") {
		t.Error("the set as it stands withholds something; want nothing")
	}
	if later := s.PublicBy(d(2025, 7, 1)); later != s {
		t.Errorf("PublicBy on the disclosure left out %v; want the set itself", later.List)
	}
	// A build with no as-of date holds nothing back: every entry dated
	// after a zero date would otherwise be left out.
	if got := s.PublicBy(content.Date{}); got != s {
		t.Errorf("PublicBy with no date lists %d of %d; want the set itself", len(got.List), len(s.List))
	}
	if (*vuln.Set)(nil).PublicBy(on) != nil {
		t.Error("a nil set is not nil as public")
	}
}
