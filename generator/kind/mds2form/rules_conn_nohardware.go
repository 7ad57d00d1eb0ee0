package mds2form

import (
	"github.com/jspgen/jspgen/generator/mds2"
)

// The sub-questions of CONN-1 (CONN-1.1 to CONN-1.2.4: does the device
// have wireless, Wi-Fi, Bluetooth, Ethernet, USB ... connectivity) for a
// product none of whose parts runs on the device: software on the
// patient's phone, on a customer's server or on another maker's device,
// or a service the manufacturer hosts. The product has no hardware of its
// own, so CONN-1 is No (ifaceOfKind), and the sub-questions, which
// presuppose a Yes to it (the catalog's implied gating rule), do not
// apply: N/A. No would read as a denial the data does not make: an app
// that syncs over the phone's Wi-Fi, or a server reached over its host's
// Ethernet, does use that link, only not through hardware of its own;
// whether the phone has Bluetooth is its maker's to say, not this form's.
// A manufacturer who writes No (as NEMA's example answers a sub-question
// of a No) keeps it silently (fact.Yields); Yes, which would claim the
// host's hardware as the product's, stands with a warning (Denies).

// underNoHardware is rule (a CONN-1 sub-question's), except that its No
// for a product without a part on the device becomes the N/A SAHD-11,
// SAHD-12 and SAHD-15 give such a product (noHardwareNA). A No of such a
// product can come only from ifaceOfKind's branch for a product with no
// hardware of its own; where rule decides nothing (an app's Bluetooth
// link on the phone, an interface of kind other) it still decides
// nothing.
func underNoHardware(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	na := noHardwareNA(func(hosts, _ string) string { return "the connections of the " + hosts + " it runs on are that host's" })
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if !ok || d.Answer != mds2.No {
			return d, ok
		}
		if n, isNA := na(f); isNA { // no part on the device (noHardwareNA)
			return n, true
		}
		return d, ok
	}
}
