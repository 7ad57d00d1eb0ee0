package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestCustomerLinks: the systems on the customer's network that the data
// flows link to a part of the product are an outside system the flow
// endpoints place in the customer's infrastructure or on a server it
// hosts (on its own devices only when the product is not used at home)
// and a part that is the customer's own infrastructure; a flow naming no
// interface is unrouted. An end placed elsewhere, or nowhere, a flow
// between two of the customer's own systems, and a flow between two of
// the product's own parts link nothing, nor does a flow over a
// point-to-point link (a Bluetooth pairing, a USB cable), which reaches
// its peer without the customer's network; one over Wi-Fi does, and one
// over an interface of kind other (which may be a network) keeps it.
func TestCustomerLinks(t *testing.T) {
	parts := []Part{{ID: "svc", Name: "Service", Runs: "manufacturer_hosted"}, {ID: "idp", Name: "Identity provider", Runs: "customer_infrastructure"},
		{ID: "app", Name: "App", Runs: "customer_device"}}
	ends := []FlowEndpoint{{Name: "PACS", Zone: "customer_infrastructure"}, {Name: "Gateway VM", Zone: "customer_hosted"},
		{Name: "Ward tablet", Zone: "customer_device"}, {Name: "App store", Zone: "third_party"}, {Name: "Support laptop", Zone: "manufacturer_hosted"}}
	ifaces := []Interface{{ID: "bt", Kind: "bluetooth", Part: "app"}, {ID: "usb", Kind: "usb", Part: "app"},
		{ID: "wifi", Kind: "wifi", Part: "app"}, {ID: "oth", Kind: "other", Part: "app"}}
	flow := func(id, from, to, iface string) DataFlow {
		return DataFlow{ID: id, From: from, To: to, Interface: iface, Data: DataKinds{"phi"}}
	}
	for _, tc := range []struct {
		name  string
		home  Tri
		flows []DataFlow
		want  string
	}{
		{"outside system in the customer's infrastructure", Unstated, []DataFlow{flow("DF-1", "PACS", "svc", "api"), flow("DF-2", "svc", "pacs", "api")}, "PACS [DF-1 DF-2] []"},
		{"server the customer hosts", Unstated, []DataFlow{flow("DF-1", "svc", "Gateway VM", "api")}, "Gateway VM [DF-1] []"},
		{"the customer's own infrastructure, no interface", Unstated, []DataFlow{flow("DF-3", "idp", "svc", "")}, "Identity provider [DF-3] [DF-3]"},
		{"a hospital's own device", False, []DataFlow{flow("DF-1", "svc", "Ward tablet", "web")}, "Ward tablet [DF-1] []"},
		{"a home user's own device", True, []DataFlow{flow("DF-1", "svc", "Ward tablet", "web")}, ""},
		{"third party", Unstated, []DataFlow{flow("DF-1", "App store", "app", "net")}, ""},
		{"at the manufacturer", Unstated, []DataFlow{flow("DF-1", "Support laptop", "svc", "api")}, ""},
		{"place not stated", Unstated, []DataFlow{flow("DF-1", "Radiologist", "svc", "api")}, ""},
		{"between the customer's own systems", Unstated, []DataFlow{flow("DF-1", "PACS", "idp", "")}, ""},
		{"between the product's parts", Unstated, []DataFlow{flow("DF-1", "app", "svc", "net")}, ""},
		{"a customer's tablet over Bluetooth", False, []DataFlow{flow("DF-1", "app", "Ward tablet", "bt")}, ""},
		{"a customer's server over USB", Unstated, []DataFlow{flow("DF-1", "Gateway VM", "app", "usb")}, ""},
		{"a customer's tablet over Wi-Fi", False, []DataFlow{flow("DF-1", "app", "Ward tablet", "wifi")}, "Ward tablet [DF-1] []"},
		{"an interface of kind other", False, []DataFlow{flow("DF-1", "app", "Ward tablet", "oth")}, "Ward tablet [DF-1] []"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{HomeUse: tc.home, Parts: parts, FlowEndpoints: ends, DataFlows: tc.flows, Interfaces: ifaces}
			var got []string
			for _, l := range p.CustomerLinks() {
				got = append(got, fmt.Sprintf("%s %v %v", l.Name, l.Flows, l.Unrouted))
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("CustomerLinks = %q; want %q", got, tc.want)
			}
		})
	}
}
