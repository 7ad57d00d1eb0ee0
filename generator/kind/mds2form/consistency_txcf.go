package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// The transmission answers the ports can contradict: TXCF-2 (PII is
// encrypted before it is sent) and TXCF-4 (data is exchanged only with
// authenticated systems). A data flow names its interface, not its port,
// so a flow's encryption is known only where every port it can use on
// that interface says the same: a flow of PHI over the Ethernet beside
// an unencrypted NTP port and an encrypted HL7 port decides nothing.

// flowPorts are the ports by which data flow d can cross its interface:
// those on it, less those whose peer_part names a part at neither end of
// the flow (another connection). ok is false where the data does not
// name them: d names no interface, or one on which data need not travel
// in IP packets at all (Bluetooth, USB, cellular messages: no port would
// say anything), or no port is listed on it.
func (f *mds2Facts) flowPorts(d content.DataFlow) ([]int, bool) {
	it, ok := f.iface(d.Interface)
	if !ok || !lanKind(it) {
		return nil, false
	}
	from, _ := f.p.ResolveFlowEnd(d.From)
	to, _ := f.p.ResolveFlowEnd(d.To)
	var out []int
	for i, pt := range f.p.Ports {
		if pt.Interface == d.Interface && (pt.PeerPart == "" || pt.PeerPart == from.Part || pt.PeerPart == to.Part) {
			out = append(out, i)
		}
	}
	return out, len(out) > 0
}

// piiTransfer reports a data flow that sends PHI or PII to or from the
// product over a network or media, or over what the data does not name:
// not one between the customer's own systems, nor one on a link internal
// to the product, a serial cable or a display (TXCF-1 and MPII-3 ask
// about those).
func (f *mds2Facts) piiTransfer(d content.DataFlow) bool {
	if !carriesPII(d.Data) || !f.touchesProduct(d) {
		return false
	}
	if d.Interface == "" {
		return true
	}
	it, ok := f.iface(d.Interface)
	return !ok || transfersOver(it)
}

// transfersOver reports an interface over which TXCF-2's transfers go: not
// a link internal to the product, a serial cable or a display.
func transfersOver(it content.Interface) bool {
	return !it.Internal && it.Kind != "serial" && it.Kind != "display"
}

// touchesProduct reports a flow with an end that is a part of the
// product, other than the customer's own infrastructure.
func (f *mds2Facts) touchesProduct(d content.DataFlow) bool {
	for _, name := range []string{d.From, d.To} {
		if e, _ := f.p.ResolveFlowEnd(name); e.IsPart() && !f.p.Part(e.Part).Runs.IsCustomerInfrastructure() {
			return true
		}
	}
	return false
}

// lanKind reports an interface the customer's IP network reaches the
// device over, as the TXCF checks read it: Ethernet, Wi-Fi, or a virtual
// network adapter, web user interface or API.
func lanKind(it content.Interface) bool {
	return it.Kind == "ethernet" || it.Kind == "wifi" || it.Kind.Virtual()
}

// portIndexesOn are the indexes of the ports on interface iface, in file
// order (content.Product.PortsOn, by index for portNames and the paths).
func (f *mds2Facts) portIndexesOn(iface string) []int {
	var idx []int
	for j, pt := range f.p.Ports {
		if pt.Interface == iface {
			idx = append(idx, j)
		}
	}
	return idx
}

// portNames names ports: "2575/tcp (MLLP) and 8443/tcp (HTTPS)".
func (f *mds2Facts) portNames(idx []int) string {
	names := make([]string, len(idx))
	seen := map[string]int{}
	for i, j := range idx {
		pt := f.p.Ports[j]
		names[i] = fmt.Sprintf("%d/%s (%s)", pt.Number, pt.Transport, pt.Service)
		seen[names[i]]++
	}
	for i, j := range idx { // one port on two interfaces reads as one listed twice without its interface
		if seen[names[i]] > 1 {
			names[i] += " on interface " + f.p.Ports[j].Interface
		}
	}
	return content.AndList(names)
}

// unencryptedPIIFlow (against TXCF-2 Yes) is the first flow of PHI or
// PII whose ports on its interface all state encrypted = false, else
// (unencryptedPIIInterface) the first network interface that carries PHI
// or PII with only such ports.
func (f *mds2Facts) unencryptedPIIFlow() (fact, bool) {
	if i, idx, ok := f.piiFlowEveryPort(func(pt content.Port) bool { return pt.Encrypted.IsFalse() }); ok {
		d := f.p.DataFlows[i]
		return f.no(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over interface %s, where every port it can use states encrypted = false: %s",
			d.ID, d.Interface, f.portNames(idx))), true
	}
	return f.unencryptedPIIInterface()
}

// piiFlowEveryPort is the first flow of PHI or PII (piiTransfer) whose
// ports on its interface (flowPorts) all hold, with those ports.
func (f *mds2Facts) piiFlowEveryPort(holds func(content.Port) bool) (int, []int, bool) {
	for i, d := range f.p.DataFlows {
		if !f.piiTransfer(d) {
			continue
		}
		idx, ok := f.flowPorts(d)
		if ok && !slices.ContainsFunc(idx, func(j int) bool { return !holds(f.p.Ports[j]) }) {
			return i, idx, true
		}
	}
	return 0, nil, false
}

// unencryptedPIIInterface is the first Ethernet, Wi-Fi or virtual network
// interface of a part on the customer's side that carries PHI or PII and
// whose listed ports all state encrypted = false: whatever flow the data
// does not list, the PII crosses it by one of them (anaesthesia's case
// records over HL7 on port 2575, with no data_flows). An interface with
// no port listed, or one encrypted port, decides nothing.
func (f *mds2Facts) unencryptedPIIInterface() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if it.Internal || !lanKind(it) || !carriesPII(it.Carries) || !customerSide(f.p.PartOfInterface(it)) {
			continue
		}
		idx := f.portIndexesOn(it.ID)
		if len(idx) > 0 && !slices.ContainsFunc(idx, func(j int) bool { return !f.p.Ports[j].Encrypted.IsFalse() }) {
			return f.no(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s), and every port on it states encrypted = false: %s",
				it.ID, f.portNames(idx))), true
		}
	}
	return fact{}, false
}

// piiFlowOver (against TXCF-2 N/A) is the first flow of PHI or PII to or
// from the product over a named interface that TXCF-2 is about (a
// network, USB, removable media, a radio): the question applies, whether
// the device has a network or not (a stand-alone device that writes
// reports to a memory card).
func (f *mds2Facts) piiFlowOver() (fact, bool) {
	for i, d := range f.p.DataFlows {
		if it, ok := f.iface(d.Interface); ok && f.piiTransfer(d) {
			return f.yes(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over interface %s (%s)", d.ID, d.Interface, it.KindWords())), true
		}
	}
	return fact{}, false
}

// everyPIIFlowEncrypted (against TXCF-2 No): PHI or PII leaves or
// reaches the product only encrypted. Every interface but internal,
// serial and display ones states what it carries; each data flow of PHI
// or PII to or from the product goes over ports that all state
// encrypted = true; and each interface that carries PHI or PII but no
// listed flow (data_flows not written, or not listing it) is an
// Ethernet, Wi-Fi or virtual network interface with ports listed, every
// one stating encrypted = true (endofsupport's dock: PHI on its
// Ethernet, whose HTTPS ports are all encrypted, and no data_flows). A
// flow or interface whose ports are not named (over USB, Bluetooth, no
// interface) or disagree decides nothing.
func (f *mds2Facts) everyPIIFlowEncrypted() (fact, bool) {
	var ids []string
	flowIfaces := map[string]bool{}
	for _, d := range f.p.DataFlows {
		if !f.piiTransfer(d) {
			continue
		}
		idx, ok := f.flowPorts(d)
		if !ok || slices.ContainsFunc(idx, func(j int) bool { return !f.p.Ports[j].Encrypted.IsTrue() }) {
			return fact{}, false
		}
		ids = append(ids, d.ID)
		flowIfaces[d.Interface] = true
	}
	var ifaces []string
	var ifacePorts []int
	for i, it := range f.p.Interfaces {
		if !transfersOver(it) || !f.ownInterface(it) {
			continue
		}
		if !f.carriesStated(i) {
			return fact{}, false
		}
		if !carriesPII(it.Carries) || flowIfaces[it.ID] {
			continue
		}
		idx := f.portIndexesOn(it.ID)
		if !lanKind(it) || len(idx) == 0 ||
			slices.ContainsFunc(idx, func(j int) bool { return !f.p.Ports[j].Encrypted.IsTrue() }) {
			return fact{}, false
		}
		ifaces = append(ifaces, it.ID)
		ifacePorts = append(ifacePorts, idx...)
	}
	switch {
	case len(ids) == 0 && len(ifaces) == 0:
		return fact{}, false // no PII sent: the question is about nothing the data shows
	case len(ifaces) == 0:
		return f.yes("data_flows", fmt.Sprintf("sends PHI or PII only in %s, each over ports that all state encrypted = true",
			content.AndList(ids))), true
	}
	on := fmt.Sprintf("interface %s", ifaces[0])
	if len(ifaces) > 1 {
		on = "interfaces " + content.AndList(ifaces)
	}
	if len(ids) == 0 {
		return f.yes("interfaces", fmt.Sprintf("list PHI or PII only on %s, where every port states encrypted = true: %s",
			on, f.portNames(ifacePorts))), true
	}
	return f.yes("data_flows", fmt.Sprintf("sends PHI or PII only in %s, each over ports that all state encrypted = true, and on %s, where every port states encrypted = true: %s",
		content.AndList(ids), on, f.portNames(ifacePorts))), true
}

// unauthenticatedPort (against TXCF-4 Yes) is the first port of the
// product, not on a link internal to it, that states authenticated =
// false: the device exchanges data there with a peer it has not
// authenticated (a name or time server's as much as a clinical system's).
// A port of a part the manufacturer hosts beside the device (a cloud
// portal that leaves its browsers' users to sign in) is the service's,
// not the device's (hostedBeside): it contradicts nothing the form says
// of the device.
func (f *mds2Facts) unauthenticatedPort() (fact, bool) {
	for i, pt := range f.p.Ports {
		if pt.Authenticated.IsFalse() && !f.p.InternalPort(pt) && !f.p.PartOfPort(pt).Runs.IsCustomerInfrastructure() && !f.hostedBeside(pt) {
			return f.no(f.portPath(i), fmt.Sprintf("is %d/%s (%s), on which %s exchanges data with a peer it does not authenticate (authenticated = false)",
				pt.Number, pt.Transport, pt.Service, f.p.PartOfPort(pt).Name)), true
		}
	}
	return fact{}, false
}

// portLinks are the ports the device exchanges data on with other
// systems, when the data name every such link by its ports: idx are the
// ports of the product that are not on a link internal to it, nor of the
// customer's own systems, nor of a part the manufacturer hosts beside the
// device (hostedBeside: a cloud portal's listeners are the service's);
// apart says which were passed over ("" for none). ok is false unless
// there is such a port and every interface of those parts, other than an
// internal one, is a display, removable media where media is true (a
// memory card, or a USB port that takes only media, is carried, not
// connected: no system), or an Ethernet,
// Wi-Fi or virtual network interface with ports listed (its traffic is
// IP, which its ports describe). A USB, serial, Bluetooth, cellular or
// other link may reach a computer or a phone, or carry messages no port
// lists (pairing, SMS), and the data do not say what happens there, so
// one decides nothing.
func (f *mds2Facts) portLinks(media bool) (idx []int, apart string, ok bool) {
	var theirs []string
	internal := false
	for i, pt := range f.p.Ports {
		switch part := f.p.PartOfPort(pt); {
		case f.p.InternalPort(pt):
			internal = true
		case part.Runs.IsCustomerInfrastructure():
		case f.hostedBeside(pt):
			theirs = append(theirs, part.TheName())
		default:
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil, "", false
	}
	for _, it := range f.p.Interfaces {
		part := f.p.PartOfInterface(it)
		if it.Internal || part.Runs.IsCustomerInfrastructure() || f.partHostedBeside(part) {
			continue
		}
		switch {
		case it.Kind == "display", media && it.RemovableMedia():
		case lanKind(it) &&
			slices.ContainsFunc(idx, func(j int) bool { return f.p.Ports[j].Interface == it.ID }):
		default:
			return nil, "", false
		}
	}
	var notes []string
	if len(theirs) > 0 {
		notes = append(notes, fmt.Sprintf("the ports of %s, which the manufacturer hosts, are not the device's", content.AndList(distinct(theirs))))
	}
	if internal {
		notes = append(notes, "the ports on links internal to the product, between its own parts, are not counted")
	}
	if len(notes) > 0 {
		apart = " (" + strings.Join(notes, "; ") + ")"
	}
	return idx, apart, true
}

// everyPortAuthenticated (against TXCF-4 No): every port the device
// exchanges data on states authenticated = true, and it has no other link
// to another system (portLinks; removable media is none). A port that
// does not say, or a link no port describes, decides nothing.
func (f *mds2Facts) everyPortAuthenticated() (fact, bool) {
	idx, apart, ok := f.portLinks(true)
	if !ok || slices.ContainsFunc(idx, func(j int) bool { return !f.p.Ports[j].Authenticated.IsTrue() }) {
		return fact{}, false
	}
	return f.yes("ports", fmt.Sprintf("states authenticated = true for every port on which the device exchanges data, %s, and interfaces lists no other link to another system%s",
		f.portNames(idx), apart)), true
}
