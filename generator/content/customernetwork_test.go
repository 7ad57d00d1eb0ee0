package content

import (
	"slices"
	"strings"
	"testing"
)

// TestCustomerNetworkDecidedByParts: an app on the patients' own phones
// beside a service the manufacturer hosts puts nothing on the customer's
// network; a device whose interface list may be incomplete decides
// nothing, and ListedOffCustomerNetwork names it; a Bluetooth-only hand
// with apps and no port gets no firewall rule (PortlessAppsOnNetwork).
func TestCustomerNetworkDecidedByParts(t *testing.T) {
	src := SourceOfText("p.toml", []byte("ports = []\n[[interfaces]]\nid = \"x\"\n"))
	unwritten := SourceOfText("p.toml", []byte("[[interfaces]]\nid = \"x\"\n"))
	phoneApp := Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}, InterfacesComplete: True}
	cloud := Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted", InterfacesComplete: True}
	unit := Part{ID: "unit", Name: "Unit", Runs: "device", InterfacesComplete: True}
	lte := Interface{ID: "lte", Kind: "cellular", Name: "LTE", Part: "unit"}

	dtx := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{phoneApp, cloud},
		Interfaces: []Interface{{ID: "app-net", Kind: "api", Part: "app"}, {ID: "api", Kind: "api", Part: "cloud"}}, Source: unwritten}
	if !dtx.NoPartOnCustomerNetwork() {
		t.Error("app on patients' own phones and a hosted cloud: NoPartOnCustomerNetwork = false")
	}
	clinicApp := phoneApp
	clinicApp.OwnedBy = "customer"
	if (&Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{clinicApp, cloud}, Interfaces: dtx.Interfaces, Source: unwritten}).NoPartOnCustomerNetwork() {
		t.Error("app on the customer's own phones: NoPartOnCustomerNetwork = true")
	}

	partial := unit
	partial.InterfacesComplete = False
	oxy := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{partial, cloud}, Interfaces: []Interface{lte}, Source: unwritten}
	if oxy.NoPartOnCustomerNetwork() {
		t.Error("interfaces_complete = false: NoPartOnCustomerNetwork = true")
	}
	if got := oxy.ListedOffCustomerNetwork(); len(got) != 1 || got[0].ID != "unit" {
		t.Errorf("ListedOffCustomerNetwork = %v, want the unit", got)
	}
	whole := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{unit, cloud}, Interfaces: []Interface{lte}, Source: unwritten}
	if !whole.NoPartOnCustomerNetwork() || whole.ListedOffCustomerNetwork() != nil {
		t.Error("whole interface list: want NoPartOnCustomerNetwork and no ListedOffCustomerNetwork")
	}

	hand := Part{ID: "hand", Name: "Kestrel Hand", Runs: "device", InterfacesComplete: True}
	fit := Part{ID: "fit", Name: "Kestrel Fit", Runs: "customer_device", HostKinds: []string{"tablet"}, OwnedBy: "customer", InterfacesComplete: True}
	goApp := Part{ID: "go", Name: "Kestrel Go", Runs: "customer_device", HostKinds: []string{"phone"}}
	ble := []Interface{{ID: "hand-ble", Kind: "bluetooth", Part: "hand", Internal: true}, {ID: "fit-ble", Kind: "bluetooth", Part: "fit", Internal: true}}
	kestrel := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{hand, fit, goApp}, Interfaces: ble, Ports: []Port{}, Source: src}
	if !kestrel.PortlessAppsOnNetwork() {
		t.Fatal("Bluetooth-only hand with apps, ports = []: PortlessAppsOnNetwork = false")
	}
	want := "No firewall rule is given: Kestrel Hand has no network interface (Bluetooth only), and Kestrel Fit and Kestrel Go open no network port and connect to none."
	if got := kestrel.PortlessAppsOnNetworkText(); got != want {
		t.Errorf("PortlessAppsOnNetworkText = %q, want %q", got, want)
	}
	wifi := append(slices.Clone(ble), Interface{ID: "hand-wifi", Kind: "wifi", Part: "hand"})
	if (&Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: kestrel.Parts, Interfaces: wifi, Ports: []Port{}, Source: src}).PortlessAppsOnNetwork() {
		t.Error("hand on Wi-Fi: PortlessAppsOnNetwork = true")
	}
	if (&Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: kestrel.Parts, Interfaces: ble, Source: unwritten}).PortlessAppsOnNetwork() {
		t.Error("ports not written: PortlessAppsOnNetwork = true")
	}

	// labeling item 3 names the network interfaces of a product with no
	// device part, not "the device has a network interface"
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 3 })]
	got := strings.Join(item.Missing(&Product{Parts: dtx.Parts, Interfaces: dtx.Interfaces}), "; ")
	if !strings.Contains(got, "interfaces app-net of part app and api of part cloud are network interfaces") {
		t.Errorf("item 3 = %q, want the parts' network interfaces named", got)
	}
}
