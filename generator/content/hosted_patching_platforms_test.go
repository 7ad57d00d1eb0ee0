package content

import (
	"slices"
	"strings"
	"testing"
)

// TestManufacturerHostedPatchingNotStated: a part the manufacturer hosts
// whose patching is not written is the manufacturer's to patch (the CSD
// says "The manufacturer, which hosts it", REPORT-dtxinsomnia 1), so
// check no longer asks who patches it; monitoring not written, the CSD's
// responsibility table says "Not stated" for it and check says so,
// naming the key (REPORT-cloudsamd 4, REPORT-wearable 2).
func TestManufacturerHostedPatchingNotStated(t *testing.T) {
	const warning = `warning: parts[0].patching: not stated: who patches "Gateway VM", which the manufacturer hosts`
	cloud := strings.Replace(samdParts, "runs = \"customer_hosted\"\n", "runs = \"manufacturer_hosted\"\n", 1)
	warnCases(t, warning, []warnCase{
		{"not written", cloud, false},
	})
	const monitoring = `warning: parts[0].monitoring: not stated: who monitors "Gateway VM", which the manufacturer hosts, for security events`
	warnCases(t, monitoring, []warnCase{
		{"monitoring not written", cloud, true},
		{"written", strings.Replace(cloud, "runs = \"manufacturer_hosted\"\n", "runs = \"manufacturer_hosted\"\nmonitoring = \"The operations team.\"\n", 1), false},
		{"only the MDS2 form built", cloud + "\n[documents]\nbuild = [\"mds2\"]\n", false},
	})
}

// TestLabelingItem4NamesPlatforms: an app on the customer's phones that
// no [[platforms]] entry names makes the CSD say its platform versions
// are not stated; the item-4 remedy names [[platforms]] (REPORT-wearable
// 4), but only where the item is incomplete anyway.
func TestLabelingItem4NamesPlatforms(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 4 })]
	app := Part{ID: "app", Name: "GlucoWear app", Runs: "customer_device"}
	sensor := Part{ID: "sensor", Name: "Sensor", Runs: "device"}
	const want = "[[platforms]] (the platforms GlucoWear app runs on, with their vendors' end of support)"
	for _, tc := range []struct {
		name string
		p    Product
		want bool
	}{
		{"app without platforms", Product{Parts: []Part{sensor, app}}, true},
		{"app with platforms", Product{Parts: []Part{sensor, app}, Platforms: []Platform{{Name: "iOS", Parts: []string{"app"}}}}, false},
		{"device part only", Product{Parts: []Part{sensor}}, false},
		{"item otherwise complete", Product{Parts: []Part{sensor, app}, Infrastructure: []InfrastructureRequirement{{}},
			Deployment: Deployment{Steps: []string{"Pair."}, IncidentSteps: []string{"Call."}}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := item.Missing(&tc.p)
			if slices.Contains(got, want) != tc.want {
				t.Errorf("missing = %q, want %q there: %v", got, want, tc.want)
			}
		})
	}
}
