package content

import (
	"strings"
	"testing"
)

// TestHostedPatchingSentToUpdatesSection: a part the manufacturer hosts
// whose patching is not written is sent, like the other parts, to the
// CSD's software updates section where [updates] obtain or
// postmarket.patching.deployment says how updates come (REPORT-fhirapi 2,
// REPORT-insulinpump 3): check then does not say the CSD calls who
// patches it "Not stated", and warns of its monitoring alone when that is
// not written.
func TestHostedPatchingSentToUpdatesSection(t *testing.T) {
	cloud := strings.Replace(samdParts, "runs = \"customer_hosted\"\n", "runs = \"manufacturer_hosted\"\n", 1)
	deployed := cloud + "\n[postmarket.patching]\ndeployment = \"The operations team deploys each release to the service.\"\n"
	const patching = `warning: parts[0].patching: not stated: who patches "Gateway VM"`
	warnCases(t, patching, []warnCase{
		{"deployment not written", cloud, false}, // the manufacturer's, which hosts it
		{"deployment written", deployed, false},
	})
	const monitoring = `warning: parts[0].monitoring: not stated: who monitors "Gateway VM", which the manufacturer hosts, for security events`
	warnCases(t, monitoring, []warnCase{
		{"deployment written, monitoring not", deployed, true},
		{"deployment and monitoring written", strings.Replace(deployed, "runs = \"manufacturer_hosted\"\n", "runs = \"manufacturer_hosted\"\nmonitoring = \"The operations team.\"\n", 1), false},
	})
	p := &Product{Parts: []Part{{ID: "svc", Name: "Service", Runs: "manufacturer_hosted"}}}
	if got := p.CSDPatchedBy(p.Parts[0]); got != hostedPatchWords {
		t.Errorf("no updates text: CSDPatchedBy = %q, want %q", got, hostedPatchWords)
	}
	p.Postmarket.Patching.Deployment = "We deploy."
	if got := p.CSDPatchedBy(p.Parts[0]); got != updatesSectionRef {
		t.Errorf("deployment written: CSDPatchedBy = %q, want %q", got, updatesSectionRef)
	}
}
