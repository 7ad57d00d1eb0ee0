package content

import (
	"testing"
)

// TestNoNetwork: a device joins no network only when its file says so
// (ports written empty, interfaces listed with no network interface);
// software on a computer the customer provides is on whatever network
// that computer is on, so it never does.
func TestNoNetwork(t *testing.T) {
	const usb = "[[interfaces]]\nid = \"usb\"\nkind = \"usb\"\nname = \"USB\"\npurpose = \"Service.\"\n"
	const wifi = "[[interfaces]]\nid = \"wifi\"\nkind = \"wifi\"\nname = \"Wi-Fi\"\npurpose = \"Upload.\"\n"
	const app = "[[parts]]\nid = \"app\"\nname = \"Viewer\"\nruns = \"customer_hosted\"\n"
	tests := []struct {
		name, src string
		want      bool
	}{
		{"ports = [] and a USB port", "ports = []\n" + usb, true},
		{"ports not written", usb, false},
		{"interfaces not written", "ports = []\n", false},
		{"a Wi-Fi interface", "ports = []\n" + usb + wifi, false},
		{"software on the customer's computer", "ports = []\n" + app + usb, false},
	}
	for _, tc := range tests {
		src := "schema_version = 2\nid = \"p\"\n" + tc.src
		p := ruleProduct(t, src)
		if got := p.NoNetwork(); got != tc.want {
			t.Errorf("%s: NoNetwork() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
