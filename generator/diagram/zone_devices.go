package diagram

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// customerDevicesLabel is the label of the customer_device zone, or of
// one owner's frame of it (its parts), plural ("On the user's own
// devices") where its parts may run on different devices: two parts of
// which one writes kinds of device (host_kinds) the other does not
// match, or does not write. One frame then holds a watch app and a phone
// app, and a singular label would say they share one device. A label
// already plural or naming one kind of device is returned as it is.
func customerDevicesLabel(parts []content.Part, label string) string {
	if !strings.HasSuffix(label, " device") {
		return label
	}
	var kinds [][]string
	for _, pt := range parts {
		if pt.Runs.IsCustomerDevice() {
			k := slices.Clone(pt.HostKinds)
			slices.Sort(k)
			kinds = append(kinds, k)
		}
	}
	for _, k := range kinds[min(1, len(kinds)):] {
		if !slices.Equal(k, kinds[0]) || len(k) == 0 {
			return label + "s"
		}
	}
	return label
}
