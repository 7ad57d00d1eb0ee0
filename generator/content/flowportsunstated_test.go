package content

import (
	"strings"
	"testing"
)

// TestFlowPortOnInterfaceToOthers: mrigateway's console listed only its
// DICOM ports to the PACS on the interface that its gateway's remote
// service and updates reach it over (DF-04, no port): that port was taken
// to carry DF-04, so the CSD's final deny cut it off with no caveat, and
// the key facts and the plan said no port listens. A port on the flow's
// interface to another system carries nothing between the flow's ends.
func TestFlowPortOnInterfaceToOthers(t *testing.T) {
	src := strings.Replace(flowPortBase, "data = [\"software\"]", "data = [\"software\"]\ninterface = \"dev-eth\"", 1) +
		"\n[[ports]]\nnumber = 104\ntransport = \"tcp\"\nservice = \"DICOM\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"dev-eth\"\nendpoints = [\"Hospital EHR\"]\n"
	p, diags := loadParts(t, src)
	wantDiagnostics(t, diags, func(d Diagnostic) bool {
		return strings.Contains(d.Message, "but no port could carry it")
	}, []string{`warning: data_flows[0]: data flow DF-1 goes from Acme server to Acme gateway, both on the customer's network, but no port could carry it (none links its two ends in either direction; other ports on its interface, to other systems, do not)`})
	if got, want := p.FlowsWithoutPortFinalDenyText(true), "The product data state no port for data flow DF-1, from the Acme server to the Acme gateway: check which connection it needs before applying rule 3, the final deny, and allow it."; got != want {
		t.Errorf("FlowsWithoutPortFinalDenyText = %q; want %q", got, want)
	}
	if got, want := p.FlowPortsUnstatedSentence(), "The product data state no port for data flow DF-1, from the Acme server to the Acme gateway."; got != want {
		t.Errorf("FlowPortsUnstatedSentence = %q; want %q", got, want)
	}
	// a port between the ends carries it: nothing to say
	p, _ = loadParts(t, src+"\n[[ports]]\nnumber = 22\ntransport = \"tcp\"\nservice = \"S\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"dev-eth\"\npeer_part = \"srv\"\n")
	if got := p.FlowPortsUnstatedText(); got != "" {
		t.Errorf("FlowPortsUnstatedText = %q; want none", got)
	}
}
