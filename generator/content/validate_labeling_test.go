package content

import "testing"

// labelingProduct has threat T-1 relying on customer control RC-1.
func labelingProduct(priority string) *Product {
	p := riskProduct()
	p.Threats[0].Labeling = []string{"RC-1"}
	p.RecommendedControls = []RecommendedControl{{ID: "RC-1", Title: "Segment the network", Priority: priority}}
	return p
}

func TestRuleLabelingReliesOnOptionalControl(t *testing.T) {
	twoVersions := func(first, second string) func(p *Product) {
		return func(p *Product) {
			p.RecommendedControls[0].Priority = first
			changed := p.RecommendedControls[0]
			changed.Priority = second
			p.Versions = []Version{{Version: "1.0"}, {Version: "2.0", Changes: VersionChanges{RecommendedControlsChanged: []RecommendedControl{changed}}}}
		}
	}
	tests := []struct {
		name   string
		modify func(p *Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"required control passes", func(p *Product) {}, ""},
		{"no labeling passes", func(p *Product) { p.Threats[0].Labeling = nil; p.RecommendedControls[0].Priority = "recommended" }, ""},
		{"unknown control is left to the reference check", func(p *Product) { p.Threats[0].Labeling = []string{"RC-9"} }, ""},
		{"recommended control warns", func(p *Product) { p.RecommendedControls[0].Priority = "recommended" },
			`threats[0].labeling[0]: T-1: the residual risk relies on the customer control RC-1 (Segment the network), which is only recommended (priority = "recommended", recommended_controls[0], line 1)`},
		{"recommended control warns once per threat", func(p *Product) {
			p.RecommendedControls[0].Priority = "recommended"
			p.Threats[0].Labeling = []string{"RC-1", "RC-1"}
		}, "make the control required, or justify or re-score the residual risk without it"},
		{"required in every version passes", twoVersions("required", "required"), ""},
		{"recommended in every version warns without naming versions", twoVersions("recommended", "recommended"),
			`which is only recommended (priority = "recommended", recommended_controls[0], line 1; versions[1].changes.recommended_controls_changed[0], line 1)`},
		{"made required later still warns for the earlier version", twoVersions("recommended", "required"),
			`which is only recommended in version 1.0 (priority = "recommended", recommended_controls[0], line 1; required in version 2.0)`},
		{"made recommended later warns for the later version", twoVersions("required", "recommended"),
			`only recommended in version 2.0 (priority = "recommended", versions[1].changes.recommended_controls_changed[0], line 1; required in version 1.0)`},
		{"removed in a later version: the earlier required one passes", func(p *Product) {
			p.Versions = []Version{{Version: "1.0"}, {Version: "2.0", Changes: VersionChanges{RecommendedControlsRemoved: []string{"RC-1"}}}}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := labelingProduct("required")
			tt.modify(p)
			v := &productValidator{p: p}
			v.resolveVersions()
			if len(v.diags) > 0 {
				t.Fatalf("test data: %v", v.diags)
			}
			wantOneDiagnostic(t, ruleLabelingReliesOnOptionalControl(p), tt.want)
		})
	}
}

// TestLabelingRuleRegistered: check runs the rule with the other review
// rules of the risk file.
func TestLabelingRuleRegistered(t *testing.T) {
	for _, priority := range []string{"required", "recommended"} {
		p := labelingProduct(priority)
		v := &productValidator{p: p}
		v.resolveVersions()
		v.risk()
		var got Diagnostics
		for _, d := range v.diags {
			if d.Path == "threats[0].labeling[0]" {
				got = append(got, d)
			}
		}
		if want := priority == "recommended"; (len(got) == 1) != want {
			t.Errorf("priority %s: got %v", priority, got)
		}
	}
}
