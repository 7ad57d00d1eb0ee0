package content

import (
	"strings"
	"testing"
)

// TestFlowBetweenUnplacedOutsideSystems: a flow between two names that
// are neither parts nor [[flow_endpoints]] entries (a hospital's LoRaWAN
// gateways whose owner the data leave unstated, passing readings to
// another company's network server) joins no part of the product, so
// it needs no interface, as the README promises; the views only warn
// that they draw the ends in no trust zone.
func TestFlowBetweenUnplacedOutsideSystems(t *testing.T) {
	src := samdParts + `
[[data_flows]]
id = "DF-2"
from = "LoRaWAN gateways at the hospital"
to = "LoRaWAN network server"
data = ["phi"]
protection = "LoRaWAN AES-128"
`
	p, diags := loadParts(t, src)
	if hasDiagIn(diags, "data_flows[1].interface") {
		t.Errorf("flow between two outside systems refused:\n  %s", diagText(diags))
	}
	if !p.FlowOutsideProduct(p.DataFlows[1]) {
		t.Errorf("FlowOutsideProduct(DF-2) = false; want true (both ends are outside systems)")
	}
	// one end a part of the product: the flow still names its interface
	oneEnd := strings.Replace(src, `from = "LoRaWAN gateways at the hospital"`, `from = "gateway"`, 1)
	if _, diags := loadParts(t, oneEnd); !hasDiagIn(diags, "data_flows[1].interface: missing: a flow names the interface it uses") {
		t.Errorf("flow from a part without interface not reported:\n  %s", diagText(diags))
	}
}

// TestFlowProtectionMayBeLeftOut: how a flow is protected in transit may
// be unstated; the key is then left out rather than filled with "Not
// stated." as if it were the manufacturer's text.
func TestFlowProtectionMayBeLeftOut(t *testing.T) {
	src := strings.Replace(samdParts, "protection = \"TLS 1.3\"\n", "", 1)
	if src == samdParts {
		t.Fatal("samdParts changed: no flow protection to remove")
	}
	_, diags := loadParts(t, src)
	if hasDiagIn(diags, "data_flows[0].protection") {
		t.Errorf("unwritten flow protection reported:\n  %s", diagText(diags))
	}
}

// TestInterfacesCompleteReferenceSaysNotWrittenIsNotStated: the code
// takes an unwritten interfaces_complete as not stated (InterfacesUnlisted
// reads it as false would have it), so its reference entry must say so and
// not that leaving it out means the list is complete.
func TestInterfacesCompleteReferenceSaysNotWrittenIsNotStated(t *testing.T) {
	for _, line := range strings.Split(FieldReference(), "\n") {
		if !strings.HasPrefix(line, "| `parts.interfaces_complete` |") {
			continue
		}
		if strings.Contains(line, "Not written: as true") || !strings.Contains(line, "Not written: not stated") {
			t.Errorf("parts.interfaces_complete reference contradicts the code:\n  %s", line)
		}
		return
	}
	t.Fatal("no parts.interfaces_complete row in the field reference")
}

// TestNoticeBackupErrorSaysNothingToBackUpMayBeStated: a notice's
// missing backup step error tells the author that "nothing to back up,
// and why" is an answer (a rental pump the manufacturer wipes on return),
// so no backup step need be invented.
func TestNoticeBackupErrorSaysNothingToBackUpMayBeStated(t *testing.T) {
	got := strings.Join(diagStrings(decodeProduct(lifecycleBase+strings.Replace(notice(""), "backup = \"Export\"\n", "", 1))), "\n")
	want := "notices[0].customer_actions.backup: not stated: no backup instructions here or in the product's [backup] (IMDRF N70 asks a notice for them), so the notice says what to back up is not stated; where the customer has nothing of the product to back up (the manufacturer takes every unit back and wipes it), write so here and why"
	if !strings.Contains(got, want) {
		t.Errorf("no diagnostic\n  %s\ngot:\n  %s", want, got)
	}
}

// TestAPIKindLabelFitsAnOnDeviceAPI: kind api covers an app's on-device
// platform API (a phone's health store) as well as a network one, so its
// label does not say "Network".
func TestAPIKindLabelFitsAnOnDeviceAPI(t *testing.T) {
	if got := InterfaceKind("api").Label(); got != "API" {
		t.Errorf("api label = %q; want %q", got, "API")
	}
}
