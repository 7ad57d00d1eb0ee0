package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Answers decided for a device that joins no network
// (content.Product.NoNetwork: ports written empty, no network interface,
// every part on the device), such as a handheld scanner whose only data
// path is a USB service port. The questions below are about networks
// (network access control, certificates for network connections, network
// ports and shares, scans on the customer's network, directory services,
// syslog to a SIEM, the Internet): the device has none, so they are N/A,
// or No where the question asks whether it can do something only a
// network allows.
//
// Questions about any other system the device exchanges data with (CONN-3,
// CONN-5, NAUT-1, TXCF-4) are not decided by that alone: a USB, serial,
// NFC or infrared link may still reach a computer, carry an API or
// authenticate its peer, and the data does not say (check's error for a
// missing answer says so, noNetworkOpen). A device with no such link
// answers them (rules_nolinks.go). An interface of kind other (a
// Zigbee radio, a proprietary bus: the product does not say which) may
// be a network of its own, so it leaves every one of these open.
//
// These answers yield to the manufacturer's (fact.Yields): a No written
// where N/A is derived (as NEMA's own example answers a question that
// does not apply) stands silently; one the facts contradict (Denies)
// stands with a warning.

// offNetwork reports a device that joins no network: content's
// NoNetwork, which an interface whose kind does not say whether it is one
// (other) already rules out, as it does the customer's own infrastructure
// carrying the device's data.
func (f *mds2Facts) offNetwork() bool { return f.p.NoNetwork() }

// noNetwork answers a with the facts that the device joins no network,
// "so" what follows for the question; denies is the explicit answer
// those facts contradict.
func (f *mds2Facts) noNetwork(a, denies mds2.Answer, so string) (fact, bool) {
	if !f.offNetwork() {
		return fact{}, false
	}
	says := "is written empty and interfaces lists no network interface"
	if f.leftOut() {
		says = "lists no port and interfaces no network interface"
	}
	if f.p.StatesNoNetwork() {
		says = "is written empty and no_network states that the device has no network interface of any kind"
	}
	d := f.answer(a, "ports", says+"; the device joins no network, so "+so)
	d.Yields, d.Denies = true, denies
	return d, true
}

// noNetworkNA is a derive function: N/A for a device that joins no
// network, because so; denies as noNetwork.
func noNetworkNA(denies mds2.Answer, so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) { return f.noNetwork(mds2.NA, denies, so) }
}

// noNetworkNo is a derive function: No for a device that joins no
// network, because so; a Yes contradicts it.
func noNetworkNo(so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) { return f.noNetwork(mds2.No, mds2.Yes, so) }
}

// externalSignInOr (PAUT-2, AUTH-1.1): Yes for an account that signs in
// through the customer's directory or identity provider, which is
// authentication through an external service whose credentials the
// customer manages; else No for a device that joins no network, because
// so. Accounts that all sign in locally decide nothing here: the list of
// accounts may leave some out (consistency_auth.go holds a Yes against
// them).
func externalSignInOr(so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if y, ok := f.externalSignIn(); ok {
			return y, true
		}
		return f.noNetwork(mds2.No, mds2.Yes, so)
	}
}

// noNetworkPII (MPII-3.7, after its Yes): No for a device that joins no
// network and lists no cloud service. A cloud service listed beside it is
// reached some other way (through a computer on the USB port, say), which
// the data does not describe: it decides nothing.
func (f *mds2Facts) noNetworkPII() (fact, bool) {
	if len(f.p.Cloud.Services) > 0 {
		return fact{}, false
	}
	return f.noNetwork(mds2.No, mds2.Yes, "it sends no PII over a network outside the customer's, and cloud.services lists no service")
}

// noNetworkLinks are the interfaces of a device that joins no network
// which may still link it to another system (USB, serial, NFC,
// infrared): the reason a question about such systems is left to the
// manufacturer. Empty when the device joins a network, or when it has no
// such link.
func (f *mds2Facts) noNetworkLinks() []content.Interface {
	if !f.offNetwork() {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(f.p.Interfaces), func(it content.Interface) bool {
		return it.Internal || it.Kind == "display" || it.RemovableMedia()
	})
}

// noNetworkOpen says, for a question the data leaves open, why jspgen
// does not answer it for a device that joins no network: what its links
// may still do. "" when the question is not one of them or the device
// joins a network.
func (f *mds2Facts) noNetworkOpen(id string) string {
	may, ok := map[string]string{
		"CONN-3":     "link it to another system, such as a computer",
		"CONN-5":     "carry an API",
		"NAUT-1":     "link it to another system, which it may or may not authenticate",
		"TXCF-4":     "link it to another system, which it may or may not authenticate",
		"AUTH-4":     "carry an API",
		"AUDT-2.8.2": "carry an API",
	}[id]
	links := f.noNetworkLinks()
	if !ok || len(links) == 0 {
		return ""
	}
	names := make([]string, len(links))
	for i, it := range links {
		names[i] = fmt.Sprintf("%s (%s)", it.ID, it.KindWords())
	}
	which := "its interface " + names[0]
	if len(names) > 1 {
		which = "its interfaces " + content.AndList(names)
	}
	// a USB port that in truth takes only media can say so, and then
	// decides the answer
	usb := ""
	if slices.ContainsFunc(links, func(it content.Interface) bool { return it.Kind == "usb" }) {
		usb = " (or, for a USB port that takes only removable storage such as USB drives or a service key and is never cabled to a computer, write media_only = true on it)"
	}
	return fmt.Sprintf("the device joins no network, but %s may still %s: the data does not say, so jspgen leaves the answer to you%s", which, may, usb)
}
