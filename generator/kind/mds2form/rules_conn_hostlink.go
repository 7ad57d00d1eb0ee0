package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// For a product with no hardware of its own, underNoHardware makes the
// CONN-1 sub-questions N/A: the connections of the hosts it runs on are
// those hosts'. But an app of the product on the customer's own phone,
// tablet or computer that lists an interface onto a network naming no
// hardware (an api, web_ui or virtual_nic interface, not internal to the
// product) reaches the network over whatever connection its host has:
// Wi-Fi or mobile data, and on a computer an Ethernet port too. The data
// do not say which. Whether the form counts the host's radio or port as
// the device's is then the manufacturer's to say, as ifaceOfKind leaves
// it where an interface of that kind is listed on the host (the phone's
// Bluetooth link): hostLinkOpen leaves those questions undecided rather
// than N/A, which would tell the reader the product does not use them.

// hostLinkOpen is rule (underNoHardware's) except that its N/A for a
// product without hardware of its own is left undecided where a part on
// the customer's own device reaches the network through such an
// interface (hostLinked); computer marks the wired questions, left open
// only where such a part may run on a computer (hostMayBeComputer), as
// a phone has no Ethernet port.
func hostLinkOpen(rule func(*mds2Facts) (fact, bool), computer bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if !ok || d.Answer != mds2.NA || f.p.HasDevice() {
			return d, ok
		}
		apps := f.hostLinked()
		if len(apps) == 0 || computer && !hostMayBeComputer(apps) {
			return d, ok
		}
		return fact{}, false
	}
}

// hostLinked are the parts on the customer's own devices (runs =
// customer_device) with an interface onto a network that names no
// hardware of theirs (virtual: api, web_ui or virtual_nic), not internal
// to the product, as hostNetworked counts them for the facts' view.
func (f *mds2Facts) hostLinked() []content.Part {
	var out []content.Part
	for _, pt := range f.p.Parts {
		if !pt.Runs.IsCustomerDevice() {
			continue
		}
		if slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool {
			return f.p.PartOfInterface(it).ID == pt.ID && it.Kind.Virtual() && !it.Internal
		}) {
			out = append(out, pt)
		}
	}
	return out
}
