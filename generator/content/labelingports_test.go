package content

import (
	"slices"
	"testing"
)

// TestLabelingPortsNamesTheNetworkPart: item 3 asked for [[ports]]
// "(the device has a network interface)" of a wheelchair controller whose
// only network interface is its app's crash report on the patient's
// phone. Where no network interface is the device's, the warning names
// the interfaces and their parts; where one is, or the product is
// software only, it still says the device has one.
func TestLabelingPortsNamesTheNetworkPart(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 3 })]
	parts := []Part{
		{ID: "controller", Name: "Controller", Runs: "device"},
		{ID: "app", Name: "App", Runs: "customer_device"},
	}
	ble := Interface{ID: "ctrl-ble", Kind: "bluetooth", Part: "controller", Internal: true}
	crash := Interface{ID: "app-crash", Kind: "api", Part: "app"}
	for _, tc := range []struct {
		name  string
		p     Product
		wants []string
	}{
		{"only the app's", Product{Parts: parts, Interfaces: []Interface{ble, crash}},
			[]string{"[[ports]] (interface app-crash of part app is a network interface)"}},
		{"two of the app's", Product{Parts: parts, Interfaces: []Interface{ble, crash, {ID: "app-web", Kind: "web_ui", Part: "app"}}},
			[]string{"[[ports]] (interfaces app-crash of part app and app-web of part app are network interfaces)"}},
		{"the device's too", Product{Parts: parts, Interfaces: []Interface{crash, {ID: "ctrl-wifi", Kind: "wifi", Part: "controller"}}},
			[]string{"[[ports]] (the device has a network interface)"}},
		{"software only", Product{Parts: []Part{{ID: "svc", Name: "Service", Runs: "manufacturer_hosted"}}, Interfaces: []Interface{{ID: "api", Kind: "api", Part: "svc"}}},
			[]string{"[[ports]] (the device has a network interface)"}},
		{"no network", Product{Parts: parts, Interfaces: []Interface{ble}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := item.Missing(&tc.p); !slices.Equal(got, tc.wants) {
				t.Errorf("missing = %q, want %q", got, tc.wants)
			}
		})
	}
}
