package content

import "testing"

// TestNoNetworkBesideInfrastructureOrOtherKind: a device with no port and
// no network interface still reaches a network when a part is the
// customer's own infrastructure (its serial cable goes to the hospital's
// terminal server), and may when an interface is of kind other (a kind
// the product does not say, which the MDS2 form leaves open too): neither
// joins no network, and only the first has its data reach the customer's
// network through that part.
func TestNoNetworkBesideInfrastructureOrOtherKind(t *testing.T) {
	const device = "[[parts]]\nid = \"analyzer\"\nname = \"Analyzer\"\nruns = \"device\"\n"
	const infra = "[[parts]]\nid = \"ts\"\nname = \"Terminal server\"\nruns = \"customer_infrastructure\"\n"
	const serial = "[[interfaces]]\nid = \"rs232\"\nkind = \"serial\"\npart = \"analyzer\"\nname = \"RS-232\"\npurpose = \"Results to the LIS.\"\n"
	const other = "[[interfaces]]\nid = \"scan\"\nkind = \"other\"\npart = \"analyzer\"\nname = \"Barcode scanner\"\npurpose = \"Sample IDs.\"\n"
	const otherInternal = "[[interfaces]]\nid = \"bus\"\nkind = \"other\"\npart = \"analyzer\"\nname = \"Module bus\"\npurpose = \"Between modules.\"\ninternal = true\n"
	tests := []struct {
		name, src                            string
		noNetwork, noInterface, throughInfra bool
	}{
		{"serial only, no infrastructure part", "ports = []\n" + device + serial, true, true, false},
		{"serial only, an internal link of kind other", "ports = []\n" + device + serial + otherInternal, true, true, false},
		{"serial to the customer's terminal server", "ports = []\n" + device + infra + serial, false, true, true},
		{"an interface of kind other", "ports = []\n" + device + serial + other, false, false, false},
		{"both", "ports = []\n" + device + infra + serial + other, false, false, true},
		{"ports not written", device + infra + serial, false, false, false},
	}
	for _, tc := range tests {
		p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
		if got := p.NoNetwork(); got != tc.noNetwork {
			t.Errorf("%s: NoNetwork() = %v, want %v", tc.name, got, tc.noNetwork)
		}
		if got := p.NoNetworkInterface(); got != tc.noInterface {
			t.Errorf("%s: NoNetworkInterface() = %v, want %v", tc.name, got, tc.noInterface)
		}
		if got := p.NetworkThroughInfrastructure(); got != tc.throughInfra {
			t.Errorf("%s: NetworkThroughInfrastructure() = %v, want %v", tc.name, got, tc.throughInfra)
		}
	}
}
