package content

import (
	"slices"
	"testing"
)

// TestLabelingSIEMNoNetwork: item 12 asked a device that joins no network
// to "say whether and how a SIEM can consume the logs", while the CSD's
// 12.1 already says it forwards nothing to one (ophlaser). Only the logs
// it keeps are then missing; a device on a network, or one whose ports
// are not written, is still asked for [logging.siem].
func TestLabelingSIEMNoNetwork(t *testing.T) {
	const usb = "[[interfaces]]\nid = \"usb\"\nkind = \"usb\"\nname = \"USB\"\npurpose = \"Service.\"\n"
	const wifi = "[[interfaces]]\nid = \"wifi\"\nkind = \"wifi\"\nname = \"Wi-Fi\"\npurpose = \"Upload.\"\n"
	const siem = "[logging.siem] (say whether and how a SIEM can consume the logs)"
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 12 })]
	for _, tc := range []struct {
		name, src string
		missing   []string
		empty     bool
	}{
		{"no network", "ports = []\n" + usb, []string{"[[logging.logs]]"}, false},
		{"a Wi-Fi interface", "ports = []\n" + usb + wifi, []string{"[[logging.logs]]", siem}, true},
		{"ports not written", usb, []string{"[[logging.logs]]", siem}, true},
	} {
		p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
		if got := item.Missing(p); !slices.Equal(got, tc.missing) {
			t.Errorf("%s: missing = %q, want %q", tc.name, got, tc.missing)
		}
		if got := item.Empty(p); got != tc.empty {
			t.Errorf("%s: empty = %v, want %v", tc.name, got, tc.empty)
		}
	}
}
