package content

import (
	"strings"
	"testing"
)

// threatPathSrc is a pump and its server: F-1 sends a drug library from
// the server into the pump (a flow that reaches many devices), F-2 sends
// logs back, F-3 brings a badge's credentials at the pump. T-1's path
// reaches F-1 at its sender.
const threatPathSrc = `schema_version = 2
[[parts]]
id = "pump"
name = "Pump"
runs = "device"

[[parts]]
id = "server"
name = "Server"
runs = "customer_hosted"

[[data_flows]]
id = "F-1"
from = "server"
to = "pump"
data = ["therapy", "configuration"]
protection = "Signed."

[[data_flows]]
id = "F-2"
from = "pump"
to = "server"
data = ["logs"]
protection = "TLS."

[[data_flows]]
id = "F-3"
from = "Badge"
to = "pump"
data = ["credentials"]
interface = "nfc"
protection = "DESFire."

[[flow_endpoints]]
name = "Badge"
zone = "physical"

[[threats]]
id = "T-1"
path = ["server", "F-1"]
`

// pathDiags are the diagnostics about threat paths and uncovered flows.
func pathDiags(src string) []string {
	var out []string
	for _, d := range decodeProduct(src) {
		if strings.Contains(d.Path, ".path[") || strings.Contains(d.Message, "no threat's path") {
			out = append(out, d.String())
		}
	}
	return out
}

func TestThreatPathRules(t *testing.T) {
	const uncovered = `p.toml:13: warning: data_flows[0].id: flow F-1 (Server → Pump) carries configuration and therapy data across a trust boundary (hosted by the customer → on the device) into the device, but no threat's path reaches it at its sender: add a threat whose path has "server" before "F-1" (Server compromised, or its operator acting in bad faith)`
	tests := []struct {
		name string
		edit func(string) string
		want string // the one diagnostic's prefix; "" for none
	}{
		{"a path through the sender covers the flow", nil, ""},
		{"a path that reaches the sender by another flow covers it", rep(`path = ["server", "F-1"]`, `path = ["pump", "F-2", "F-1"]`), ""},
		{"a path by the sender's flow-endpoint name covers it", func(s string) string {
			return rep(`path = ["server", "F-1"]`, `path = ["Hospital server", "F-1"]`)(s) + "[[flow_endpoints]]\nname = \"Hospital server\"\npart = \"server\"\n"
		}, ""},
		{"no threat: the flow is reported at its line", rep(`path = ["server", "F-1"]`, `path = ["pump"]`), uncovered},
		{"the flow alone (spoofed on the way) does not cover it", rep(`path = ["server", "F-1"]`, `path = ["F-1"]`), uncovered},
		{"another part before the flow does not cover it", rep(`path = ["server", "F-1"]`, `path = ["pump", "F-1"]`), uncovered},
		{"logs only: not a flow that reaches devices", func(s string) string {
			return rep(`path = ["server", "F-1"]`, `path = []`)(rep(`data = ["therapy", "configuration"]`, `data = ["logs", "phi"]`)(s))
		}, ""},
		{"software counts", func(s string) string {
			return rep(`path = ["server", "F-1"]`, `path = []`)(rep(`data = ["therapy", "configuration"]`, `data = ["software"]`)(s))
		}, "p.toml:13: warning: data_flows[0].id: flow F-1 (Server → Pump) carries software across"},
		{"both ends in one zone: no boundary", func(s string) string {
			return rep(`path = ["server", "F-1"]`, `path = []`)(rep(`runs = "customer_hosted"`, `runs = "device"`)(s))
		}, ""},
		{"from physical access: one device at a time, not counted", rep(`path = ["server", "F-1"]`, `path = ["server", "F-1", "pump"]`), ""},
		{"into a server of a product with a device part: not the device", func(s string) string {
			return rep(`path = ["server", "F-1"]`, `path = ["server", "F-1"]`)(rep(`data = ["logs"]`, `data = ["configuration"]`)(s))
		}, ""},
		{"software as a medical device: its hosted parts are the device", func(s string) string {
			s = rep(`runs = "device"`, `runs = "manufacturer_hosted"`)(s)
			return rep(`data = ["logs"]`, `data = ["configuration"]`)(s)
		}, `p.toml:20: warning: data_flows[1].id: flow F-2 (Pump → Server) carries configuration across a trust boundary (hosted by the manufacturer → hosted by the customer) into the medical software,`},
		{"software as a medical device: its app on the customer's own device is the device", func(s string) string {
			s = rep(`runs = "device"`, `runs = "manufacturer_hosted"`)(s)
			s = rep(`runs = "customer_hosted"`, `runs = "customer_device"`)(s)
			return rep(`data = ["logs"]`, `data = ["configuration"]`)(s)
		}, `p.toml:20: warning: data_flows[1].id: flow F-2 (Pump → Server) carries configuration across a trust boundary (hosted by the manufacturer → on the customer's own device) into the medical software,`},
		{"health IT that is not a medical device: its server runs the product's software, not medical software", func(s string) string {
			s = rep(`runs = "device"`, `runs = "manufacturer_hosted"`)(s)
			return "medical_device = false\n" + rep(`data = ["logs"]`, `data = ["configuration"]`)(s)
		}, `p.toml:21: warning: data_flows[1].id: flow F-2 (Pump → Server) carries configuration across a trust boundary (hosted by the manufacturer → hosted by the customer) into the product's software,`},
		{"the customer's own infrastructure is never the device", func(s string) string {
			s = rep(`runs = "device"`, `runs = "manufacturer_hosted"`)(s)
			s = rep(`runs = "customer_hosted"`, `runs = "customer_infrastructure"`)(s)
			return rep(`data = ["logs"]`, `data = ["configuration"]`)(s)
		}, ""},
		{"a third party's system sends software into the device", func(s string) string {
			s = rep(`from = "server"`, `from = "Vendor cloud"`)(s)
			return rep(`path = ["server", "F-1"]`, `path = []`)(s) + "[[flow_endpoints]]\nname = \"Vendor cloud\"\nzone = \"third_party\"\n"
		}, `p.toml:13: warning: data_flows[0].id: flow F-1 (Vendor cloud → Pump) carries configuration and therapy data across a trust boundary (a third party → on the device) into the device`},
		{"unknown path step is an error at its line", rep(`path = ["server", "F-1"]`, `path = ["server", "F-1", "F-9"]`),
			`p.toml:40: threats[0].path[2]: T-1: unknown path step "F-9": want a data flow ID (F-1, F-2, F-3), a part ID (pump, server) or a [[flow_endpoints]] name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := threatPathSrc
			if tt.edit != nil {
				src = tt.edit(src)
			}
			got := pathDiags(src)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Fatalf("unexpected %q", got)
			case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.want)):
				t.Fatalf("got %q\nwant one starting %q", got, tt.want)
			}
		})
	}
}

// TestThreatPathVersions: a path may name a flow a later version adds
// (the threat model is one per product); the uncovered flow is reported
// at the newest entry that writes it.
func TestThreatPathVersions(t *testing.T) {
	versions := `[[versions]]
version = "1"

[[versions]]
version = "2"

[[versions.changes.data_flows_added]]
id = "F-4"
from = "server"
to = "pump"
data = ["software"]
protection = "Signed."
`
	for _, tc := range []struct{ name, path, want string }{
		{"a later version's flow is a known step", `path = ["server", "F-1", "server", "F-4"]`, ""},
		{"a later version's uncovered flow is reported at its entry", `path = ["server", "F-1"]`,
			`p.toml:48: warning: versions[1].changes.data_flows_added[0].id: flow F-4 (Server → Pump, version 2) carries software`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pathDiags(rep(`path = ["server", "F-1"]`, tc.path)(threatPathSrc) + versions)
			switch {
			case tc.want == "" && len(got) > 0:
				t.Fatalf("unexpected %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
				t.Fatalf("got %q\nwant one starting %q", got, tc.want)
			}
		})
	}
}

// TestThreatPathRoutes: a part or system the previous flow does not
// arrive at starts another route, right after the flow or right after
// the part the flow arrived at (threats.path's doc tag); parts in a row
// that no flow of the route arrived at stay one route.
func TestThreatPathRoutes(t *testing.T) {
	p := &Product{
		Parts:         []Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "server", Name: "Server", Runs: "customer_hosted"}},
		DataFlows:     []DataFlow{{ID: "F-1", From: "server", To: "pump"}, {ID: "F-3", From: "Badge", To: "pump"}},
		FlowEndpoints: []FlowEndpoint{{Name: "Badge", Zone: "physical"}},
	}
	steps := p.ThreatPath(Threat{Path: []string{"server", "F-1", "Badge", "F-3", "pump", "server"}})
	var routes []string
	for _, r := range Routes(steps) {
		var names []string
		for _, s := range r {
			names = append(names, s.Name)
		}
		routes = append(routes, strings.Join(names, " "))
	}
	if got, want := strings.Join(routes, " | "), "server F-1 | Badge F-3 pump | server"; got != want {
		t.Fatalf("routes %q, want %q", got, want)
	}
	if !steps[1].AtSource || !steps[3].AtSource {
		t.Fatalf("F-1 and F-3 are reached at their senders: %+v", steps)
	}
	if rs := Routes(p.ThreatPath(Threat{Path: []string{"Badge", "pump", "server", "F-1"}})); len(rs) != 1 {
		t.Fatalf("parts in a row no flow arrived at: %d routes, want 1", len(rs))
	}
	if rs := Routes(p.ThreatPath(Threat{Path: []string{"server", "F-1", "pump", "pump", "server"}})); len(rs) != 2 {
		t.Fatalf("a part after the part F-1 arrived at (named twice): %d routes, want 2", len(rs))
	}
}

func rep(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}
