package content

import (
	"slices"
	"testing"
)

// TestConnectivityFeaturesOfCustomerHostedParts: the dental imaging plan's
// 1.6 rationale says the device connects to the internet, but its table
// of the connectivity features bearing on 524B left out the network
// connection of the practice's server, the only interface with an
// internet port (cloud backup), because the server's part is hosted by
// the customer. The manufacturer's software on a server the customer
// hosts is the device's as its app on the customer's PC is: its
// interfaces are listed, unless a related system names the part. A
// service the manufacturer hosts and the customer's own infrastructure
// stay out; health IT lists every part's.
func TestConnectivityFeaturesOfCustomerHostedParts(t *testing.T) {
	product := func() *Product {
		return &Product{
			Parts: []Part{
				{ID: "sensor", Runs: "device"},
				{ID: "pc", Runs: "customer_device"},
				{ID: "server", Runs: "customer_hosted"},
				{ID: "archive", Runs: "customer_hosted"},
				{ID: "cloud", Runs: "manufacturer_hosted"},
				{ID: "ad", Runs: "customer_infrastructure"},
			},
			Interfaces: []Interface{
				{ID: "usb", Kind: "usb", Part: "sensor"},
				{ID: "pc-lan", Kind: "ethernet", Part: "pc"},
				{ID: "server-lan", Kind: "ethernet", Part: "server"},
				{ID: "archive-lan", Kind: "ethernet", Part: "archive"},
				{ID: "cloud-api", Kind: "api", Part: "cloud"},
				{ID: "ad-ldap", Kind: "ethernet", Part: "ad"},
				{ID: "server-screen", Kind: "display", Part: "server"},
			},
			RelatedSystems: []RelatedSystem{{ID: "arch", Part: "archive"}},
		}
	}
	ids := func(its []Interface) []string {
		var out []string
		for _, it := range its {
			out = append(out, it.ID)
		}
		return out
	}
	p := product()
	if got, want := ids(p.ConnectivityFeatures()), []string{"usb", "pc-lan", "server-lan"}; !slices.Equal(got, want) {
		t.Errorf("device: ConnectivityFeatures = %q; want %q", got, want)
	}
	p = product()
	p.MedicalDevice = False
	if got, want := ids(p.ConnectivityFeatures()), []string{"usb", "pc-lan", "server-lan", "archive-lan", "cloud-api", "ad-ldap"}; !slices.Equal(got, want) {
		t.Errorf("health IT: ConnectivityFeatures = %q; want %q", got, want)
	}
}
