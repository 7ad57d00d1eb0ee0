package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// A device whose only interfaces are displays and removable media (a
// recorder that shows its readings and writes them to a memory card) and
// every part of which runs on the device exchanges data with no other
// system at all: no cable, radio or network reaches one. That decides
// the questions a USB or serial link leaves open (CONN-3, CONN-5,
// NAUT-1, TXCF-4, AUTH-4, AUDT-2.8.2) and those about remote use (RMOT,
// CONN-8, DTBK-4, the CSUP items' remote installation). A memory card is
// no system: it is carried, not connected. These answers too are read
// from what the device lacks, so they yield to the manufacturer's
// (fact.Yields, rules_nonet.go). A USB port that takes only media
// (interfaces.media_only: USB drives, a service key) is removable media
// too.

// linksToNothing reports such a device: interfaces written, each a display
// or removable media (internal ones too: a link between its own boards
// may carry an API), no port, every part on the device. The rule is
// content's (content.Product.LinksToNothing), which the CSD's key fact on
// remote access uses too, so that the two documents agree.
func (f *mds2Facts) linksToNothing() bool { return f.p.LinksToNothing() }

// mediaLinks says what linksToNothing found: displays and removable
// media, and, beside a USB port that takes only media, that it is one of
// them (a reader who sees a USB port would otherwise doubt the answer).
func (f *mds2Facts) mediaLinks() string {
	if slices.ContainsFunc(f.p.Interfaces, content.Interface.MediaOnlyUSB) {
		return "displays and removable media, a USB port that takes only media (media_only) among them"
	}
	return "displays and removable media"
}

// noLinks answers a for such a device, because so; denies is the
// explicit answer those facts contradict.
func noLinks(a, denies mds2.Answer, so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if !f.linksToNothing() {
			return fact{}, false
		}
		d := f.answer(a, "interfaces", "lists only "+f.mediaLinks()+"; the device connects to no other system, so "+so)
		d.Yields, d.Denies = true, denies
		return d, true
	}
}

// insideNetworkOrNone (CONN-3): the rule of insideNetwork, else No for a
// device that connects to no other system.
func (f *mds2Facts) insideNetworkOrNone() (fact, bool) {
	if d, ok := f.insideNetwork(); ok {
		return d, true
	}
	return noLinks(mds2.No, mds2.Yes, "it communicates with no system inside the customer's network")(f)
}

// nodeAuthOrNone (NAUT-1): the rule of nodeAuth, else N/A for a device
// that connects to no other system: there is no peer to authenticate.
func (f *mds2Facts) nodeAuthOrNone() (fact, bool) {
	if d, ok := f.nodeAuth(); ok {
		return d, true
	}
	return noLinks(mds2.NA, mds2.Yes, "there is no peer to authenticate")(f)
}

// unlessUSBPort is rule, except that a USB port, even one that takes only
// media, leaves it undecided: SAHD-8 asks whether unused communication
// ports are disabled, and a USB socket is a port that may be.
func unlessUSBPort(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if f.usbPort(nil) {
			return fact{}, false
		}
		return rule(f)
	}
}
