package content

import (
	"fmt"
	"slices"
)

// The manufacturer's statement that the device has no network interface
// of any kind (Product.NoNetworkAtAll, no_network = true), which says
// nothing of whether [[interfaces]] lists every interface: an interface
// of kind other or of a kind not written is then no network, and the
// device opens and uses no network port. Interfaces of other kinds stay
// what they are: a USB or serial link may still reach a computer.

// StatesNoNetwork reports a product whose manufacturer states that the
// device has no network interface of any kind (no_network = true).
func (p *Product) StatesNoNetwork() bool { return p.NoNetworkAtAll }

// LinksToNothing reports a product whose every interface (internal ones
// too: a link between its own boards may carry an API) is a display or
// removable media, with interfaces written, no port and every part on the
// device: no cable, radio or network reaches another system. The MDS2
// form answers RMOT-1, CONN-3 and the questions a link would leave open
// from it, and the CSD's key fact on remote access says No only then.
func (p *Product) LinksToNothing() bool {
	if !p.States("interfaces") || len(p.Ports) > 0 || !p.AllOnDevice() {
		return false
	}
	return !slices.ContainsFunc(p.Interfaces, func(it Interface) bool { return it.Kind != "display" && !it.RemovableMedia() })
}

// noNetworkStatement checks no_network = true against the facts of the
// product and of every version: an interface of a network kind, a port,
// or a part that is software on a computer contradicts it, and it needs
// ports = [] beside it.
func (v *productValidator) noNetworkStatement() {
	p := v.p
	if !p.StatesNoNetwork() {
		return
	}
	seen := map[string]bool{}
	add := func(path, format string, args ...any) {
		if !seen[path] {
			seen[path] = true
			v.errorf(path, format, args...)
		}
	}
	for _, q := range slices.Compact(p.versionViews()) {
		for i, it := range q.Interfaces {
			if it.Kind.Network() {
				add(AtOr(it.At, fmt.Sprintf("interfaces[%d]", i))+".kind", "interface %q is of kind %s, a network interface, but no_network = true states that the device has no network interface of any kind: correct the kind, or remove no_network", it.ID, it.Kind)
			}
		}
		for i, pt := range q.Ports {
			add(AtOr(pt.At, fmt.Sprintf("ports[%d]", i)), "port %d/%s is a network port, but no_network = true states that the device has no network interface of any kind: remove the port, or remove no_network", pt.Number, pt.Transport)
		}
	}
	// A device with no network has no network port, but the templates
	// that say whether the ports are stated read the ports key itself:
	// without ports = [] they would call the ports not stated beside a
	// statement that there are none.
	if !p.States("ports") {
		v.errorf("no_network", "no_network = true states that the device has no network interface, so it has no network port: write ports = [] beside it, so that every document says it listens on no port")
	}
	for i, pt := range p.Parts {
		if !pt.Runs.IsDevice() && !pt.Runs.IsCustomerInfrastructure() {
			add(fmt.Sprintf("parts[%d].runs", i), "part %q does not run on the device, and software on a computer, phone or server is on whatever network that host is on: no_network = true is about a device whose every part runs on it; remove no_network", pt.ID)
		}
	}
}
