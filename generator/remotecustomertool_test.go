package generator

import (
	"strings"
	"testing"
)

// TestRemoteCustomerTool: a remote service that reaches the product only
// through the hospital's own remote-access means, in sessions the
// hospital starts (pacsviewer: connection customer_access, started_by
// customer), is no bare "Yes" nor a standing "services … remotely".
func TestRemoteCustomerTool(t *testing.T) {
	read := buildFixture(t, "pacsviewer")
	csd, plan := read("claroview/csd.md"), read("claroview/security-plan.md")
	for _, c := range []struct{ doc, text, want string }{
		{"csd", csd, "| Remote access by the manufacturer | Yes, only through the hospital's own remote-access means, in sessions a user at the hospital starts |"},
		{"plan", plan, "Ostrand Imaging Software Oy offers remote service of the ClaroView Dx 8, only through the hospital's own remote-access means, in sessions a user at the hospital starts."},
		{"csd", csd, "Ostrand Imaging Software Oy's staff reach the product through it"},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s lacks %q", c.doc, c.want)
		}
	}
	for _, bad := range []string{"| Remote access by the manufacturer | Yes |", "services the ClaroView Dx 8 remotely", "work on the product through it"} {
		if strings.Contains(csd+plan, bad) {
			t.Errorf("documents still say %q", bad)
		}
	}
}

// TestRemoteRelayReverseFlow: the router the sessions go through is the
// way in, never "not reached", though the data flows run from the panel
// (which has no link outside of its own) to the router (dialysiswater).
func TestRemoteRelayReverseFlow(t *testing.T) {
	read := buildFixture(t, "dialysiswater")
	csd, plan, mds2 := read("puraro/csd.md"), read("puraro/security-plan.md"), read("puraro/mds2.md")
	if want := "Reaches the PuraRO 900 touch panel only (through the PuraWatch cellular router), not the PuraRO 900 controller (PLC)."; !strings.Contains(csd, want) {
		t.Errorf("csd lacks %q", want)
	}
	for _, bad := range []string{"(PLC) or the PuraWatch cellular router.", "(PLC) and the PuraWatch cellular router"} {
		if strings.Contains(csd+plan+mds2, bad) {
			t.Errorf("documents still leave the router out: %q", bad)
		}
	}
}
