package content

import (
	"fmt"
	"strings"
	"testing"
)

// designModels is a product of two models: the network model B has
// Ethernet and a port and a flow over it, which transport model T
// lacks; both have USB. Version 1.0 runs on both, 2.0 on T alone, 3.0
// on B alone; no version changes a fact.
const designModels = `schema_version = 2
id = "p"

[[models]]
id = "B"
name = "Bedside"

[[models]]
id = "T"
name = "Transport"

[[parts]]
id = "dev"
name = "Device"
runs = "device"
patching = "Field service."

[[interfaces]]
id = "eth"
kind = "ethernet"
part = "dev"
name = "Ethernet"
purpose = "Central station."
models = ["B"]

[[interfaces]]
id = "usb"
kind = "usb"
part = "dev"
name = "USB"
purpose = "Export."

[[ports]]
number = 7400
transport = "tcp"
service = "Central station"
direction = "out"
interface = "eth"
purpose = "Vital signs."

[[data_flows]]
id = "cs"
from = "dev"
to = "Central station"
data = ["phi"]
interface = "eth"
protection = "TLS."

[[data_flows]]
id = "export"
from = "dev"
to = "USB stick"
data = ["phi"]
interface = "usb"
protection = "None."

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
models = ["T"]

[[versions]]
version = "3.0"
general_availability = 2025-06-01
models = ["B"]
`

// TestDesignDiffersFromOnItsModels: a version is compared on the models
// it runs on. Version 2.0 runs only on the model without Ethernet, so
// it lacks the Ethernet interface, its port and its flow, though no
// version changes a fact (the plan once said such a version differed
// "in its network ports" alone, or not at all); 1.0 on both models has
// what 3.0 on the Ethernet model has.
func TestDesignDiffersFromOnItsModels(t *testing.T) {
	p, diags := loadParts(t, designModels)
	for _, d := range diags {
		if d.Severity == Error && (strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "models") || strings.HasPrefix(d.Path, "interfaces") || strings.HasPrefix(d.Path, "ports") || strings.HasPrefix(d.Path, "data_")) {
			t.Fatalf("valid product reported: %v", d)
		}
	}
	show := func(ds []DesignDifference) string {
		var out []string
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%s: %s", d.Version, d.AspectsText()))
		}
		return strings.Join(out, "; ")
	}
	for _, tc := range []struct{ ver, want string }{
		{"3.0", "2.0: interfaces, network ports and data flows"},
		{"1.0", "2.0: interfaces, network ports and data flows"},
		{"2.0", "1.0: interfaces, network ports and data flows; 3.0: interfaces, network ports and data flows"},
	} {
		if got := show(p.DesignDiffersFrom(tc.ver)); got != tc.want {
			t.Errorf("DesignDiffersFrom(%s) = %q; want %q", tc.ver, got, tc.want)
		}
	}
}
