package content

import (
	"strings"
	"testing"
)

// TestFlowEndpointZones: a flow endpoint whose zone contradicts the runs
// of the related system it names, or of the one whose name it has, is
// warned about; one that agrees, names none of the same name, means a
// part, or is a physical item is not.
func TestFlowEndpointZones(t *testing.T) {
	pms := RelatedSystem{ID: "pms", Name: "Practice-management software", Runs: "customer_device"}
	viaPart := RelatedSystem{ID: "gw", Name: "Gateway", Part: "gw"}
	tests := []struct {
		name string
		fe   FlowEndpoint
		want string // "" for no warning
	}{
		{"same name, third party against the customer's device", FlowEndpoint{Name: "practice-management software ", Zone: "third_party"},
			`is "third_party", but "practice-management software " has the name of the related system "pms", which runs = "customer_device"`},
		{"names it, another zone", FlowEndpoint{Name: "PMS", Zone: "customer_hosted", RelatedSystem: "pms"},
			`"PMS" names the related system "pms", which runs = "customer_device": the documents say both of one system`},
		{"names it, the same zone", FlowEndpoint{Name: "PMS", Zone: "customer_device", RelatedSystem: "pms"}, ""},
		{"same name, the same zone", FlowEndpoint{Name: "Practice-management software", Zone: "customer_device"}, ""},
		{"another name", FlowEndpoint{Name: "Lab system", Zone: "third_party"}, ""},
		{"same name, naming another related system", FlowEndpoint{Name: "Practice-management software", Zone: "customer_hosted", RelatedSystem: "gw"}, ""},
		{"a physical item", FlowEndpoint{Name: "Practice-management software", Zone: "physical"}, ""},
		{"a part", FlowEndpoint{Name: "Practice-management software", Part: "app"}, ""},
		{"runs from the related system's part", FlowEndpoint{Name: "Gateway", Zone: "third_party"},
			`has the name of the related system "gw", which runs = "customer_hosted"`},
	}
	for _, tc := range tests {
		p := &Product{
			Parts:          []Part{{ID: "app", Runs: "customer_device"}, {ID: "gw", Runs: "customer_hosted"}},
			RelatedSystems: []RelatedSystem{pms, viaPart},
			FlowEndpoints:  []FlowEndpoint{tc.fe},
		}
		v := &productValidator{p: p}
		v.flowEndpointZones()
		if tc.want == "" {
			if len(v.diags) > 0 {
				t.Errorf("%s: %v; want nothing", tc.name, v.diags)
			}
			continue
		}
		if len(v.diags) != 1 || v.diags[0].Severity != Warning || v.diags[0].Path != "flow_endpoints[0].zone" || !strings.Contains(v.diags[0].Message, tc.want) {
			t.Errorf("%s: %v; want a warning at flow_endpoints[0].zone with %q", tc.name, v.diags, tc.want)
		}
	}
}
