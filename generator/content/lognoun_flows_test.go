package content

import "testing"

// TestLogNounFollowsLogsOffTheDevice: a home CPAP keeps its event log in
// its own memory and sends it to the manufacturer's cloud over its modem;
// the cloud, which has no store listing logs, keeps it (and its portal's
// sign-ins). The documents called the logs the device's, placing the
// product-wide MDS2 audit answers (logins, account changes) on a device
// with no sign-in. A data flow of logs, or an interface carrying logs, that
// reaches a part off the device makes them the product's; one that stays
// on the device, or reaches only the customer's own SIEM, does not.
func TestLogNounFollowsLogsOffTheDevice(t *testing.T) {
	parts := []Part{{ID: "cpap", Name: "CPAP", Runs: "device"}, {ID: "cloud", Name: "DreamAir Cloud", Runs: "manufacturer_hosted"},
		{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "siem", Name: "Hospital SIEM", Runs: "customer_infrastructure"}}
	flash := []DataStore{{ID: "flash", Part: "cpap", Data: DataKinds{"therapy", "logs"}}}
	flow := func(from, to string, data ...DataKind) []DataFlow {
		return []DataFlow{{ID: "DF-01", From: from, To: to, Data: DataKinds(data)}}
	}
	for _, c := range []struct {
		name string
		p    Product
		want string
	}{
		{"logs kept on the device, only therapy data sent", Product{Parts: parts, DataStores: flash, DataFlows: flow("cpap", "cloud", "therapy")}, "device"},
		{"logs sent to the cloud", Product{Parts: parts, DataStores: flash, DataFlows: flow("cpap", "cloud", "therapy", "logs")}, "product"},
		{"logs sent to the cloud, named by its name", Product{Parts: parts, DataStores: flash, DataFlows: flow("cpap", "DreamAir Cloud", "logs")}, "product"},
		{"logs sent to the app", Product{Parts: parts, DataStores: flash, DataFlows: flow("cpap", "app", "logs")}, "product"},
		{"logs sent to the customer's SIEM", Product{Parts: parts, DataStores: flash, DataFlows: flow("cpap", "siem", "logs")}, "device"},
		{"logs sent to an outside system", Product{Parts: parts, DataStores: flash, DataFlows: flow("cpap", "Syslog collector", "logs")}, "device"},
		{"the cloud's interface carries logs", Product{Parts: parts, DataStores: flash,
			Interfaces: []Interface{{ID: "device-api", Part: "cloud", Carries: DataKinds{"therapy", "logs"}}}}, "product"},
		{"only the device's modem carries logs", Product{Parts: parts, DataStores: flash,
			Interfaces: []Interface{{ID: "lte", Part: "cpap", Carries: DataKinds{"therapy", "logs"}}}}, "device"},
	} {
		if got := c.p.LogNoun(); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
