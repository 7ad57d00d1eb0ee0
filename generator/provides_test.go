package generator

import (
	"strings"
	"testing"
)

// TestProvidesOnlyWhatTheCustomerCan: the CSD says the customer provides
// only the parts it can hand over; an app on the patients' own phones is
// theirs, and a product with no device part is provided by no one.
func TestProvidesOnlyWhatTheCustomerCan(t *testing.T) {
	cases := []struct {
		fixture, file string
		want          []string
		never         []string
	}{
		{"prosthetichand", "kestrel/csd.md",
			[]string{"the customer provides Kestrel Hand to them and uses Kestrel Fit on its own tablets; Kestrel Go runs on the patients' or caregivers' own phones."},
			[]string{"the customer provides both to them"}},
		{"dtxinsomnia", "somnara/csd.md",
			[]string{"Patients of the customer use the Somnara Rx at home, on their own phones."},
			[]string{"The customer provides the Somnara Rx"}},
		{"oxygenhome", "airaflow/csd.md",
			[]string{"The customer provides the Bexley AiraFlow Home 5 to patients who use it at home."}, nil},
	}
	for _, c := range cases {
		csd := buildFixture(t, c.fixture)(c.file)
		for _, w := range c.want {
			if !strings.Contains(csd, w) {
				t.Errorf("%s: missing %q", c.fixture, w)
			}
		}
		for _, n := range c.never {
			if strings.Contains(csd, n) {
				t.Errorf("%s: still says %q", c.fixture, n)
			}
		}
	}
}

// TestRemoteTherapyOnlyWhereCarried: "start or stop its therapy" only for
// a product whose flows or interfaces carry therapy data, not a
// prosthetic hand's.
func TestRemoteTherapyOnlyWhereCarried(t *testing.T) {
	files := buildFixture(t, "prosthetichand")
	for _, f := range []string{"kestrel/csd.md", "kestrel/security-plan.md"} {
		s := files(f)
		if strings.Contains(s, "start or stop its therapy") || strings.Contains(s, "starts or stops its therapy") {
			t.Errorf("%s: speaks of therapy", f)
		}
		if !strings.Contains(s, "The device has no function by which a person away from it changes its clinical settings from another device over a network.") {
			t.Errorf("%s: the remote-control sentence is missing", f)
		}
	}
}

// TestNoticeAgreementsOnlyWhereStated: the end-of-support notice names the
// renewal of service agreements only where the data state one.
func TestNoticeAgreementsOnlyWhereStated(t *testing.T) {
	plan := buildFixture(t, "dtxinsomnia")("somnara/security-plan.md")
	if strings.Contains(plan, "renewal of service agreements") {
		t.Error("plan 11.2 names service agreements the data do not state")
	}
	if !strings.Contains(plan, "what stops (updates, service),") {
		t.Error("plan 11.2: what stops is missing")
	}
}

// TestPlanScopeNamesHostedParts: the plan's scope covers the hosted parts
// it goes on to model, not only the device's software.
func TestPlanScopeNamesHostedParts(t *testing.T) {
	plan := buildFixture(t, "oxygenhome")("airaflow/security-plan.md")
	want := "its other parts: AiraFlow Fleet, hosted by the manufacturer. This plan covers that software, with the hardware features that protect it, and those other parts, for every model listed below."
	if !strings.Contains(plan, want) {
		t.Errorf("plan 1.1: missing %q", want)
	}
}
