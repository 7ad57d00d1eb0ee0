package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestThreatPathAtReceiver: a flow right after its receiver continues the
// route and is reached at its receiver (the attacker is where the flow
// arrives: a taken-over account, a compromised client); right after its
// sender it is reached at its sender; after a part that is neither of
// its ends it starts another route, attacked on the way. The attacker
// stays at the receiver, so the next flow that receiver sends is reached
// at its sender. A flow that only arrives at the receiver does not put
// the attacker there.
func TestThreatPathAtReceiver(t *testing.T) {
	p := &Product{
		Parts: []Part{
			{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "hub", Name: "Hub", Runs: "customer_device"},
			{ID: "pump", Name: "Pump", Runs: "device"},
		},
		DataFlows: []DataFlow{
			{ID: "F-5", From: "cloud", To: "Browser"}, // the portal page
			{ID: "F-6", From: "Browser", To: "cloud"}, // a setting the clinician saves
			{ID: "F-7", From: "hub", To: "Browser"},
			{ID: "F-8", From: "pump", To: "hub"},
		},
		FlowEndpoints: []FlowEndpoint{{Name: "Browser", Zone: "third_party"}},
	}
	for _, tc := range []struct {
		path []string
		want string // routes split by " | "; each flow marked S (at sender), R (at receiver) or W (on the way)
	}{
		{[]string{"Browser", "F-5"}, "Browser F-5:R"},
		{[]string{"cloud", "F-5"}, "cloud F-5:S"},
		{[]string{"pump", "F-5"}, "pump | F-5:W"},
		{[]string{"F-5"}, "F-5:W"},
		// The attacker stays at the browser: what it sends next goes out
		// from there, and another flow into it is read there too.
		{[]string{"Browser", "F-5", "F-6"}, "Browser F-5:R F-6:S"},
		{[]string{"Browser", "F-5", "F-7"}, "Browser F-5:R F-7:R"},
		{[]string{"Browser", "F-5", "Browser"}, "Browser F-5:R Browser"},
		// A flow arriving at the browser carries data there; it does not
		// put the attacker there to read another flow into it.
		{[]string{"hub", "F-7", "F-5"}, "hub F-7:S | F-5:W"},
		{[]string{"pump", "F-8", "F-7"}, "pump F-8:S F-7:S"},
	} {
		t.Run(strings.Join(tc.path, ","), func(t *testing.T) {
			steps := p.ThreatPath(Threat{Path: tc.path})
			var routes []string
			for _, r := range Routes(steps) {
				var names []string
				for _, s := range r {
					if s.Flow == nil {
						names = append(names, s.Name)
						continue
					}
					if s.AtSource && s.AtReceiver {
						t.Fatalf("%s reached at both ends", s.Name)
					}
					mark := "W"
					if s.AtSource {
						mark = "S"
					} else if s.AtReceiver {
						mark = "R"
					}
					names = append(names, fmt.Sprintf("%s:%s", s.Name, mark))
				}
				routes = append(routes, strings.Join(names, " "))
			}
			if got := strings.Join(routes, " | "); got != tc.want {
				t.Fatalf("routes %q, want %q", got, tc.want)
			}
		})
	}
}
