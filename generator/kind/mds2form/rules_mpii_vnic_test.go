package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestWirelessVirtualNICUndecided (virtualLinkPII): smartbed's only
// interface carrying PHI is the BedView gateway's VM network adapter
// (customer_hosted, beside the bed on the device). MPII-3.5 left it
// "Not stated" (whether the host's links are cables the data do not
// say), while MPII-3.6 derived No on the same fact. Both now leave it to
// the manufacturer; an adapter of a part the manufacturer hosts (a
// remote-service centre's gateway VM) is the manufacturer's own network,
// and the No stands; a VM adapter carrying no PHI or PII decides nothing
// either way.
func TestWirelessVirtualNICUndecided(t *testing.T) {
	bed := func(runs string, carries ...string) func(*world) {
		return func(w *world) {
			w.p.Parts = []content.Part{
				{ID: "bed", Name: "Bed controller", Runs: "device", InterfacesComplete: content.True},
				{ID: "gateway", Name: "Gateway", Runs: content.PartRuns(runs), InterfacesComplete: content.True},
			}
			nic := partIface("gw-nic", "virtual_nic", "gateway")
			nic.Carries = dataKinds(carries)
			w.p.Interfaces = []content.Interface{nic}
		}
	}
	const no = "lists no wireless interface that carries PHI or PII"
	checkCableRuleCases(t, []ruleCase{
		{"MPII-3.6", "a customer-hosted gateway VM's adapter carries PHI", bed("customer_hosted", "alarms", "phi", "pii"), decidesNothing},
		{"MPII-3.5", "a customer-hosted gateway VM's adapter carries PHI", bed("customer_hosted", "alarms", "phi", "pii"), decidesNothing},
		{"MPII-3.6", "a manufacturer-hosted gateway VM's adapter carries PHI", bed("manufacturer_hosted", "phi"), noBy("interfaces", no)},
		{"MPII-3.6", "the adapter carries no PHI or PII", bed("customer_hosted", "alarms"), noBy("interfaces", no)},
		{"MPII-3.6", "a data flow of PHI over the adapter", func(w *world) {
			bed("customer_hosted", "alarms")(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "gateway", To: "bed", Data: dataKinds([]string{"phi"}), Interface: "gw-nic"}}
		}, decidesNothing},
	})
}
