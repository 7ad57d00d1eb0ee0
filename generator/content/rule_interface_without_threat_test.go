package content

import (
	"strings"
	"testing"
)

// ifaceThreatSrc is a device with a USB-C service port that installs
// firmware and sets its limits, the flow over it, and one threat whose
// path names that flow; each case edits one thing.
const ifaceThreatSrc = `schema_version = 2
[[parts]]
id = "dev"
name = "Controller"
runs = "device"

[[parts]]
id = "srv"
name = "Server"
runs = "customer_hosted"

[[interfaces]]
id = "lan"
kind = "ethernet"
part = "srv"
name = "Server LAN"
purpose = "Pushes settings"
carries = ["logs"]

[[data_flows]]
id = "F-2"
from = "srv"
to = "dev"
data = ["logs"]
interface = "lan"
protection = "TLS."

[[interfaces]]
id = "usb"
kind = "usb"
part = "dev"
name = "USB-C service port"
purpose = "Service tool"
carries = ["configuration", "software"]

[[data_flows]]
id = "F-1"
from = "Service laptop"
to = "dev"
data = ["configuration"]
interface = "usb"
protection = "Signed."

[[flow_endpoints]]
name = "Service laptop"
zone = "physical"

[[threats]]
id = "T-1"
path = ["Service laptop", "F-1"]
`

// TestRuleInterfaceWithoutThreat: an interface that carries software or
// configuration and is not internal is warned about at its id when no
// threat's path names a data flow over it (wheelchair's USB-C service
// port); a path naming such a flow, in any position, covers it, and so
// does one naming its part or a flow to or from its part over another
// part's interface (the interface used at its part is not stated); one
// with a flow over it that the trust-boundary rule reports is left to
// that warning; an
// internal link, one carrying neither, and a product building no
// document that prints the threat model are not warned about.
func TestRuleInterfaceWithoutThreat(t *testing.T) {
	const withFlow = `p.toml:29: warning: interfaces[1].id: interface usb (USB-C service port) carries software and configuration and is not internal to the product, but no threat's path names a data flow that goes, or may go, over it, or the part it is on (part dev), so no threat is linked to it in the data: name its data flow F-1 in the path of the threat about it (an existing threat whose scenario concerns it, or a new one)`
	const noFlow = `p.toml:29: warning: interfaces[1].id: interface usb (USB-C service port) carries software and configuration and is not internal to the product, but no threat's path names a data flow that goes, or may go, over it, or the part it is on (part dev), so no threat is linked to it in the data: write the data flow that goes over it ([[data_flows]] with interface = "usb") and name it in the path of the threat about it`
	tests := []struct {
		name string
		edit func(string) string
		want string // the one diagnostic's prefix; "" for none
	}{
		{"a path naming the flow over it covers it", nil, ""},
		{"the flow alone in a path covers it", rep(`path = ["Service laptop", "F-1"]`, `path = ["F-1"]`), ""},
		{"a threat with no such flow: warned, naming the flow", rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`), withFlow},
		{"no flow over it: warned, asking for one", func(s string) string {
			return rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(rep(`interface = "usb"`, ``)(rep("to = \"dev\"\ndata = [\"configuration\"]", "to = \"Controller screen\"\ndata = [\"configuration\"]")(s)))
		}, noFlow},
		{"a path naming its part covers it", rep(`path = ["Service laptop", "F-1"]`, `path = ["dev"]`), ""},
		{"a path naming a flow into its part over another part's interface covers it", rep(`path = ["Service laptop", "F-1"]`, `path = ["srv", "F-2"]`), ""},
		{"a flow over it the trust-boundary rule reports: left to that warning", func(s string) string {
			return rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(rep("data = [\"configuration\"]\ninterface = \"usb\"", "data = [\"software\"]\ninterface = \"usb\"")(s))
		}, ""},
		{"configuration only", func(s string) string {
			return rep(`carries = ["configuration", "software"]`, `carries = ["configuration"]`)(rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(s))
		}, `p.toml:29: warning: interfaces[1].id: interface usb (USB-C service port) carries configuration and is not internal`},
		{"neither software nor configuration", func(s string) string {
			return rep(`carries = ["configuration", "software"]`, `carries = ["logs"]`)(rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(s))
		}, ""},
		{"carries not written", func(s string) string {
			return rep(`carries = ["configuration", "software"]`, ``)(rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(s))
		}, ""},
		{"internal link", func(s string) string {
			return rep(`carries = ["configuration", "software"]`, "carries = [\"configuration\", \"software\"]\ninternal = true")(rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(s))
		}, ""},
		{"no threat-model document built", func(s string) string {
			return rep(`path = ["Service laptop", "F-1"]`, `path = ["srv"]`)(s) + "[documents]\nbuild = [\"csd\", \"mds2\"]\n"
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := ifaceThreatSrc
			if tc.edit != nil {
				src = tc.edit(src)
			}
			var got []string
			for _, d := range decodeProduct(src) {
				if strings.Contains(d.Message, "so no threat is linked to it in the data") {
					got = append(got, d.String())
				}
			}
			if tc.want == "" {
				if len(got) != 0 {
					t.Errorf("got %q; want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Errorf("got %q;\nwant one starting %q", got, tc.want)
			}
		})
	}
}
