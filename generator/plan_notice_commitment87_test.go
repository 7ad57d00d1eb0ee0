package generator

import (
	"strings"
	"testing"
)

// TestPlanNoticeCommitmentSaysOnlyWhatIsDecided: the plan's list of what
// an end-of-life or end-of-support notice is to state (11.2) says, for a
// home product whose app runs on a phone the customer owns (withdrawn:
// the SonaBeat app), only that no part listens on the customer's network
// and that the app connects from whatever network the phone is on, not
// that nothing of it is on that network to isolate; and, for a device
// whose MDS2 form answers that it runs no operating system that needs
// patches and whose data reach the hospital's network through the
// hospital's own terminal server (serialonly), it asks for any operating
// systems and for the interfaces to disable, if any.
func TestPlanNoticeCommitmentSaysOnlyWhatIsDecided(t *testing.T) {
	cases := []struct {
		fixture, plan string
		want, not     []string
	}{
		{
			fixture: "withdrawn", plan: "sonabeat/security-plan.md",
			want: []string{"the interfaces to disable (no part of the device listens on the customer's network: the SonaBeat app runs on a device the customer owns and connects from whatever network that device is on), backup"},
			not:  []string{"nothing of it to isolate there"},
		},
		{
			fixture: "serialonly", plan: "gx7/security-plan.md",
			want: []string{
				"is to state the affected models, any operating systems, software versions and software components",
				"the interfaces to disable, if any (the device uses no network port of its own), how to isolate",
				"through which the device's data reach the hospital's network, backup",
			},
			not: []string{"affected models, operating systems,", "(the device uses no network port)"},
		},
	}
	for _, c := range cases {
		plan := buildFixture(t, c.fixture)(c.plan)
		for _, w := range c.want {
			if !strings.Contains(plan, w) {
				t.Errorf("%s %s: want %q", c.fixture, c.plan, w)
			}
		}
		for _, n := range c.not {
			if strings.Contains(plan, n) {
				t.Errorf("%s %s: still says %q", c.fixture, c.plan, n)
			}
		}
	}
}
