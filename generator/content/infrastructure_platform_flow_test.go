package content

import (
	"strings"
	"testing"
)

// TestFlowToCustomerInfrastructureNeedsNoInterface: the laboratory's
// sequencers upload to its own S3 bucket (a part of the customer's own
// infrastructure): no interface of the product carries that flow, so it
// loads without one (at the top level and in a version's changes) and
// counts as outside the product; a flow from an outside system to a part
// that runs the product's software still names its interface.
func TestFlowToCustomerInfrastructureNeedsNoInterface(t *testing.T) {
	src := samdParts + `
[[flow_endpoints]]
name = "Directory sync"
zone = "customer_infrastructure"

[[data_flows]]
id = "DF-9"
from = "Directory sync"
to = "idp"
data = ["pii"]
protection = "Not stated."

[[versions]]
version = "1.0"
general_availability = 2025-01-06

[[versions]]
version = "2.0"
general_availability = 2026-01-05

[[versions.changes.data_flows_added]]
id = "DF-10"
from = "idp"
to = "Directory sync"
data = ["pii"]
protection = "Not stated."
`
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if strings.Contains(d.Path, "data_flows") && strings.Contains(d.Path, "interface") {
			t.Errorf("flow between an outside system and the customer's own infrastructure reported: %v", d)
		}
	}
	last := p.DataFlows[len(p.DataFlows)-1]
	if last.ID != "DF-9" || !p.FlowOutsideProduct(last) {
		t.Errorf("FlowOutsideProduct(%s) = false; want DF-9 outside the product", last.ID)
	}
	toGateway := strings.Replace(src, "to = \"idp\"\ndata = [\"pii\"]", "to = \"gateway\"\ndata = [\"pii\"]", 1)
	_, diags = loadParts(t, toGateway)
	if !hasDiagIn(diags, "data_flows[1].interface: missing: a flow names the interface it uses") {
		t.Errorf("flow from an outside system to the customer-hosted gateway without interface not reported:\n  %s", diagText(diags))
	}
}

// TestPlatformOnCustomerInfrastructure: the hospital's SQL Server, on
// which the product's database lives, is the customer's: a platform may
// name it. The manufacturer's hosted service still may not.
func TestPlatformOnCustomerInfrastructure(t *testing.T) {
	base := platformBase + `
[[parts]]
id = "db"
name = "Hospital SQL Server"
runs = "customer_infrastructure"

[[parts]]
id = "cloud"
name = "Cloud service"
runs = "manufacturer_hosted"

[[platforms]]
name = "SQL Server"
vendor = "Microsoft"
parts = ["db"]
versions = [{ version = "2022", end_of_support = 2033-01-11 }]
`
	_, diags := loadParts(t, base)
	noPlatformErrors(t, diags)
	_, diags = loadParts(t, strings.Replace(base, `parts = ["db"]`, `parts = ["cloud"]`, 1))
	if !hasDiagIn(diags, `platforms[0].parts[0]: part "cloud" runs manufacturer_hosted`) {
		t.Errorf("platform on the manufacturer's hosted service not refused:\n  %s", diagText(diags))
	}
}
