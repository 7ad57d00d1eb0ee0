package generator

import (
	"strings"
	"testing"
)

// TestMRIGatewayFlowWithoutPort: the console's DICOM ports to the PACS
// were taken to carry the gateway's remote service and updates into it
// (DF-04, no port), so the CSD's final deny cut DF-04 off with no caveat
// and the key facts and the plan said no port listens.
func TestMRIGatewayFlowWithoutPort(t *testing.T) {
	file := buildFixture(t, "mrigateway")
	csd, plan := file("aurion-mr3t/csd.md"), file("aurion-mr3t/security-plan.md")
	const gap = "The product data state no port for data flow DF-04, from the Veltra Remote Service Gateway to the Operator console"
	for _, want := range []string{
		"| Ports listening on the hospital network as shipped | Not stated | " + gap + ". ",
		gap + ": check which connection it needs before applying rule 4, and allow it.",
	} {
		if !strings.Contains(csd, want) {
			t.Errorf("csd.md lacks %q", want)
		}
	}
	// the parts' incomplete interface lists are named between the two
	for _, want := range []string{"listen on no port listed below; ", "; the product data state no port for data flow DF-04, from the Veltra Remote Service Gateway to the Operator console."} {
		if !strings.Contains(plan, want) {
			t.Errorf("security-plan.md lacks %q", want)
		}
	}
	if strings.Contains(csd, "| Ports listening on the hospital network as shipped | None |") {
		t.Error("csd.md still says no port listens")
	}
}
