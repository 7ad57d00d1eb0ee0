package content

import (
	"slices"
	"testing"
)

// TestConnectivityFeaturesKeepInternalRadio: a wired link between the
// product's own parts (a robot's console-to-cart cable) is left out of
// the connectivity features the 524B determination lists, and the plan
// says so; a radio link between them (a Bluetooth foot pedal) stays, as
// anything in range can reach it: the plan had listed it as a link
// "which joins only its own parts and no network of the customer's or
// any other".
func TestConnectivityFeaturesKeepInternalRadio(t *testing.T) {
	p := &Product{
		Parts: []Part{{ID: "console", Name: "Console", Runs: "device"}},
		Interfaces: []Interface{
			{ID: "cable", Kind: "ethernet", Name: "Cart link", Part: "console", Internal: true},
			{ID: "pedal", Kind: "bluetooth", Name: "Foot pedal link", Part: "console", Internal: true},
			{ID: "usb", Kind: "usb", Name: "USB", Part: "console"},
			{ID: "screen", Kind: "display", Name: "Screen", Part: "console"},
		},
	}
	ids := func(its []Interface) []string {
		var out []string
		for _, it := range its {
			out = append(out, it.ID)
		}
		return out
	}
	if got, want := ids(p.ConnectivityFeatures()), []string{"pedal", "usb"}; !slices.Equal(got, want) {
		t.Errorf("ConnectivityFeatures = %q; want %q", got, want)
	}
	if got, want := ids(p.InternalLinks()), []string{"cable"}; !slices.Equal(got, want) {
		t.Errorf("InternalLinks = %q; want %q", got, want)
	}
}
