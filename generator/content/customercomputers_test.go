package content

import (
	"slices"
	"testing"
)

func idsOfParts(parts []Part) []string {
	var out []string
	for _, pt := range parts {
		out = append(out, pt.ID)
	}
	return out
}

// OwnDeviceParts: the parts of the ports given that run on the customer's
// own computers on its network, whose other traffic the ports do not
// cover; not the device, a server the customer hosts, the manufacturer's
// service, nor an app on patients' phones at home (not on the customer's
// network at all).
func TestOwnDeviceParts(t *testing.T) {
	parts := []Part{
		{ID: "sensor", Runs: "device"},
		{ID: "pc", Runs: "customer_device"},
		{ID: "server", Runs: "customer_hosted"},
		{ID: "cloud", Runs: "manufacturer_hosted"},
	}
	pcPort := Port{Number: 1433, Part: "pc"}
	serverPort := Port{Number: 1433, Part: "server"}
	cloudPort := Port{Number: 443, Part: "cloud"}
	for _, c := range []struct {
		name  string
		home  Tri
		ports []Port
		want  []string
	}{
		{"a port of software on the customer's PC", False, []Port{pcPort, serverPort}, []string{"pc"}},
		{"home use not stated counts as the customer's network", Unstated, []Port{pcPort}, []string{"pc"}},
		{"only the server's and the cloud's ports", False, []Port{serverPort, cloudPort}, nil},
		{"an app on patients' phones at home", True, []Port{pcPort}, nil},
		{"no ports", False, nil, nil},
	} {
		p := &Product{HomeUse: c.home, Parts: parts}
		if got := idsOfParts(p.OwnDeviceParts(c.ports)); !slices.Equal(got, c.want) {
			t.Errorf("%s: OwnDeviceParts = %v, want %v", c.name, got, c.want)
		}
	}
}

// SoftwareOnCustomerComputers: the product's own software on a server the
// customer hosts or on the customer's own computers, not a related
// system's part (a separate product) nor the device or a service the
// manufacturer hosts.
func TestSoftwareOnCustomerComputers(t *testing.T) {
	for _, c := range []struct {
		name    string
		parts   []Part
		related []RelatedSystem
		want    []string
	}{
		{"imaging software on the practice's PCs and server", []Part{{ID: "sensor", Runs: "device"}, {ID: "pc", Runs: "customer_device"}, {ID: "server", Runs: "customer_hosted"}}, nil, []string{"pc", "server"}},
		{"a device and the maker's remote-service centre", []Part{{ID: "analyzer", Runs: "device"}, {ID: "rsc", Runs: "manufacturer_hosted"}}, nil, nil},
		{"a server that is a related system", []Part{{ID: "pump", Runs: "device"}, {ID: "connect", Runs: "customer_hosted"}}, []RelatedSystem{{ID: "connect", Part: "connect"}}, nil},
		{"no parts: the device alone", nil, nil, nil},
	} {
		p := &Product{Parts: c.parts, RelatedSystems: c.related}
		if got := idsOfParts(p.SoftwareOnCustomerComputers()); !slices.Equal(got, c.want) {
			t.Errorf("%s: SoftwareOnCustomerComputers = %v, want %v", c.name, got, c.want)
		}
	}
}
