package content

import (
	"strings"
	"testing"
)

// TestFlowPortEndpointWorded: pacsviewer's one port, LDAPS to "Hospital
// Active Directory domain controllers", and surgmicroscope's C-STORE port
// to "The hospital's PACS" named no flow end exactly, so each counted as
// reaching every outside system and carried the images from the "Hospital
// PACS" or the worklist: no caveat before the final deny, "listens on no
// port", no warning. An endpoint worded like another flow end now stands
// for that one only; one worded like the flow's own end, or like none,
// may still carry it.
func TestFlowPortEndpointWorded(t *testing.T) {
	lis := flowPortBase + `
[[data_flows]]
id = "DF-2"
from = "Hospital LIS"
to = "srv"
data = ["phi"]
interface = "srv-nic2"
protection = "P."

[[ports]]
number = 22
transport = "tcp"
service = "S"
purpose = "P"
direction = "in"
interface = "dev-eth"
peer_part = "srv"
`
	withPort := func(endpoint string) string {
		return lis + "\n[[ports]]\nnumber = 2576\ntransport = \"tcp\"\nservice = \"S\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"srv-nic\"\nendpoints = [\"" + endpoint + "\"]\n"
	}
	// the caveat for a flow no port could carry (the one for a flow that
	// may ride the server's own connection to the LIS goes on differently)
	const gap = "The product data state no port for data flow DF-2, from Hospital LIS to the Acme server: check which"
	for _, tc := range []struct {
		name, src string
		gap       bool
	}{
		{"an endpoint worded like another flow end", withPort("Hospital EHR servers"), true},
		{"another flow end with an article and a possessive", withPort("The hospital's EHR"), true},
		{"an endpoint worded like the flow's end", withPort("The hospital's LIS"), false},
		{"an alias of the flow's end", strings.Replace(withPort("Laboratory information system servers"), "name = \"Hospital LIS\"", "name = \"Hospital LIS\"\naliases = [\"Laboratory information system\"]", 1), false},
		{"an endpoint worded like no flow end", withPort("Any host on the laboratory network"), false},
		{"the flow end's own name", withPort("hospital lis"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, tc.src)
			got := p.FlowsWithoutPortFinalDenyText(true)
			if strings.Contains(got, gap) != tc.gap {
				t.Errorf("FlowsWithoutPortFinalDenyText = %q; want the DF-2 caveat: %v", got, tc.gap)
			}
			var warned bool
			for _, d := range diags {
				warned = warned || strings.Contains(d.Message, "data flow DF-2 goes from Hospital LIS") && strings.Contains(d.Message, "no port could carry it")
			}
			if warned != tc.gap {
				t.Errorf("check warns about DF-2: %v; want %v", warned, tc.gap)
			}
		})
	}
}
