package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Derivation rules of sections CONN (connectivity), NAUT (node
// authentication), TXCF and TXIG (transmission confidentiality and
// integrity): interface kinds and ports.

// partFlowPII is the first flow of PHI or PII between two parts of the
// product that names no interface: what it crosses (a network, a cable,
// nothing but the host it runs on, a user's browser) is not stated, so
// it decides no question about networks or cables.
func (f *mds2Facts) partFlowPII() (int, bool) {
	for i, d := range f.p.DataFlows {
		// a flow between two outside systems is none of the product's
		if d.Interface == "" && carriesPII(d.Data) && !f.p.FlowOutsideProduct(d) {
			return i, true
		}
	}
	return 0, false
}

func kinds(ks ...content.InterfaceKind) func(content.Interface) bool {
	return func(i content.Interface) bool { return slices.Contains(ks, i.Kind) }
}

// ifaceOfKind answers a hardware question (CONN-1.x): Yes with the first
// matching interface of the device's own hardware, No when the product
// lists no matching interface at all; what is "a Wi-Fi" (article and
// adjective). A virtual interface (a VM's network adapter, a web user
// interface, an API) is no hardware: a software-only product with only
// those has no RJ45 port, whatever its host has. A matching hardware
// interface of a part that runs elsewhere (an app's Bluetooth link on the
// patient's phone, a server's Ethernet adapter) decides nothing: the
// product uses that link through its host's hardware, and whether the
// form counts the host's radio as the device's is the manufacturer's to
// say; No would deny an interface the product lists (and the CSD prints,
// and MPII-3.6 or TXCF-1 may be derived from).
func ifaceOfKind(what string, match func(content.Interface) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		// An interface on none of the models the form covers is not in
		// the facts (newMDS2Facts); one on some of them makes the Yes
		// theirs alone (ofModels).
		// A link internal to the product (the meter's dock connector) is
		// the device's hardware too, but the Yes cites one that is not
		// where there is one, and says so where there is none
		// (internalLinkNote adds the note).
		internal := -1
		for i, it := range f.p.Interfaces {
			if match(it) && it.Kind.Hardware() && f.p.PartOfInterface(it).Runs.IsDevice() {
				if !it.Internal {
					return f.yes(f.ifacePath(i), fmt.Sprintf("is %s interface", what)), true
				}
				if internal < 0 {
					internal = i
				}
			}
		}
		if internal >= 0 {
			return f.yes(f.ifacePath(internal), fmt.Sprintf("is %s interface internal to the product", what)), true
		}
		if slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool { return match(it) && it.Kind.Hardware() }) {
			return fact{}, false // only on a part that runs on another host
		}
		if !f.p.HasDevice() && f.p.SuppliesHosts() {
			return fact{}, false // phones the manufacturer supplies (parts.maker_supplied): their hardware is not stated
		}
		if !f.p.HasDevice() {
			// No hardware, not no interface: CONN-2, CONN-5 or CONN-7
			// may still be Yes for the interfaces its software uses.
			why := fmt.Sprintf("lists no part that runs on the device: the product has no hardware of its own, so no %s hardware", strings.SplitN(what, " ", 2)[1])
			if len(f.p.Interfaces) > 0 {
				why += " (the interfaces it lists are those its software uses on the hosts it runs on)"
			}
			return f.no("parts", why), true
		}
		// Asked of the product on every model: one model's view has no
		// interface of a part whose interfaces are on the others.
		whole := f.whole
		if whole == nil {
			whole = f.p.Product
		}
		if whole.DeviceInterfacesUnlisted() {
			return fact{}, false // the list names only some of the device's interfaces: one it leaves out is not stated, not absent
		}
		if slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool { return !it.KindStated() }) {
			return fact{}, false // an interface whose kind is not stated may be one: only its kind would say No
		}
		return f.no("interfaces", fmt.Sprintf("lists no %s interface", strings.SplitN(what, " ", 2)[1])), true
	}
}

// unlessOtherKind is rule, except that an interface of kind "other" (a
// proprietary connector, a Zigbee radio: the product does not say which),
// or one whose kind is not stated, on the device or on a host another
// part runs on, leaves the "other ..." questions undecided instead of No.
func unlessOtherKind(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return unlessKind(rule, "other", "")
}

// unlessKind is rule, except that an interface of one of kinds, on the
// device or on a host another part runs on, leaves the question
// undecided instead of No: the question may be about it.
func unlessKind(rule func(*mds2Facts) (fact, bool), ks ...content.InterfaceKind) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if ok && d.Answer == mds2.No && slices.ContainsFunc(f.p.Interfaces, kinds(ks...)) {
			return fact{}, false
		}
		return d, ok
	}
}

// otherWirelessNetwork (CONN-1.1.3: other wireless network technologies,
// such as LTE, Zigbee or a proprietary radio network) is Yes from a
// cellular interface of the device, the one kind jspgen names that is
// such a network (LTE); else No as ifaceOfKind gives it, except beside
// an interface of kind radio or other. Such an interface leaves the
// answer undecided, not Yes: jspgen's radio is a proprietary radio link
// that joins no network (a wireless foot pedal, a wireless sensor), which
// CONN-1.1.4's custom RF links answer Yes for, and other may be anything
// (a Zigbee radio, a proprietary connector); neither says it is a
// network technology, so Yes would claim one the data does not state.
// But the question names "a proprietary radio network", and whether the
// product's proprietary radio is one is the manufacturer's reading: No
// beside it would deny what the manufacturer may well count here.
func otherWirelessNetwork() func(*mds2Facts) (fact, bool) {
	return noneSays(unlessKind(ifaceOfKind("a cellular", kinds("cellular")), "radio", "other", ""),
		"lists no cellular interface, and no interface of kind radio or other that could be a Zigbee or proprietary radio network")
}

// noneSays is rule with the basis of its No from the interface list
// replaced by says: what decides the No where the rule also waits on
// kinds the question may cover (CONN-1.1.3's radio and other, CONN-1.1.4's
// other). "lists no cellular interface" alone would not support No to
// Zigbee or a proprietary radio (handmds2, wearable).
func noneSays(rule func(*mds2Facts) (fact, bool), says string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if ok && d.Answer == mds2.No && d.Path == "interfaces" {
			d.Says = says
		}
		return d, ok
	}
}

func (f *mds2Facts) portList() (fact, bool) {
	if len(f.p.Ports) > 0 {
		// CONN-2 asks for the ports the device uses. A port of a part
		// the manufacturer hosts beside the device (a remote-service
		// centre's gateway, a cloud's API) is that service's, reached by
		// the device, not opened by it: it is neither counted as the
		// device's nor enough alone for Yes. Ports are counted as the
		// CSD's port table lists them (content.Product.PortRows): one
		// port used the same way on Wi-Fi and Ethernet is one port of
		// the list the answer points to, not two.
		var own, theirs []string // part names, one a port, in the data's order
		for _, pt := range f.p.Ports {
			if f.hostedBeside(pt) {
				theirs = append(theirs, f.p.PartOfPort(pt).Name)
			} else {
				own = append(own, f.p.PartOfPort(pt).Name)
			}
		}
		if len(own) == 0 {
			return fact{}, false // only the manufacturer's services' ports: the device's are not stated
		}
		// A port listed in several rows for the same service (TCP 8250,
		// a server's in and a client's out) is one port and protocol, and
		// the rows are entries: both counts are given where they differ.
		type portKey struct {
			number             int
			transport, service string
		}
		rowsOwn, rowsTheirs := 0, 0 // rows of the CSD's port table
		keysOwn, keysTheirs := map[portKey]bool{}, map[portKey]bool{}
		for _, row := range f.p.PortRows() {
			k := portKey{row.Number, row.Transport, row.Service}
			if f.hostedBeside(row.Port) {
				rowsTheirs++
				keysTheirs[k] = true
			} else {
				rowsOwn++
				keysOwn[k] = true
			}
		}
		entries := func(rows int, keys map[portKey]bool) string {
			if rows == len(keys) {
				return ""
			}
			return fmt.Sprintf(" in %d entries", rows)
		}
		says := "lists " + content.Count(len(keysOwn), "port and its protocol", "ports and protocols")
		if len(theirs) > 0 {
			says += fmt.Sprintf(" of %s%s (and %d of %s%s, which the manufacturer hosts)", content.AndList(distinct(own)), entries(rowsOwn, keysOwn),
				len(keysTheirs), content.AndList(distinct(theirs)), entries(rowsTheirs, keysTheirs))
		} else {
			says += entries(rowsOwn, keysOwn)
		}
		// The list is provided only where a built document publishes it.
		return f.yes("ports", says+f.inCSD()), f.csdPublishes()
	}
	if !f.states("ports", len(f.p.Ports)) {
		return fact{}, false // no ports written: whether a list exists elsewhere is not stated
	}
	// A device that joins no network has no port to list: No would read
	// as a list withheld.
	so := "it uses no network port and there is no port list to provide"
	if f.p.Builds("csd") && len(f.whole.Ports) == 0 {
		// No model has a port, so no CSD lists one. (With ports on
		// models the form does not cover, a CSD about a version they
		// run lists them; one about a version of the covered models
		// alone lists none, content.Product.ForModels, but this says
		// nothing of it.)
		so += " (the customer security documentation says it uses none)"
	}
	if d, ok := f.noNetwork(mds2.NA, mds2.Unanswered, so); ok {
		return d, true
	}
	// Ports written beside a link that carries none (a patch's Bluetooth
	// to the product's own gateway, an interface of kind other), or none
	// on the models the form covers: the device uses no network port.
	// Where the CSD publishes the port list, it says so; No would read
	// as a list withheld.
	if f.csdPublishes() {
		says, it := "is written empty: it uses no network port, so there is no port list to provide", "it uses"
		if f.leftOut() {
			says, it = "lists no port on the models the form covers: they use no network port, so there is no port list to provide", "they use"
		}
		if len(f.whole.Ports) == 0 {
			says += " (the customer security documentation says " + it + " none)"
		}
		d := f.answer(mds2.NA, "ports", says)
		d.Yields, d.Denies = true, mds2.Unanswered
		return d, true
	}
	return f.no("ports", "lists no network port, so the documents publish no port list"), true
}

func (f *mds2Facts) portOn(match func(content.Interface) bool) (int, bool) {
	for i, pt := range f.p.Ports {
		if it, ok := f.iface(pt.Interface); ok && match(it) {
			return i, true
		}
	}
	return 0, false
}

// insideNetwork (CONN-3): a port on an interface that joins the
// customer's network says Yes. A port on an interface internal to the
// product (the private cable between a scanner's own computers) joins no
// network of the customer's: it is communication between the product's
// own parts, not with other systems, and says nothing. The product's
// software on the customer's own computers is on the customer's network
// as the CSD places it (content.Product.PartOnCustomerSide: a hospital's
// PCs, not a patient's phone at home), but such a computer reaches the
// internet as well (an update check): its port says Yes only where its
// peer_part is on the customer's network too (the hospital's interface
// engine).
func (f *mds2Facts) insideNetwork() (fact, bool) {
	for i, pt := range f.p.Ports {
		it, ok := f.iface(pt.Interface)
		if !ok || f.p.InternalPort(pt) || !slices.Contains([]content.InterfaceKind{"wifi", "ethernet", "virtual_nic", "web_ui", "api"}, it.Kind) || f.toManufacturerService(pt) || f.toCloudServices(pt) {
			continue
		}
		part, peer := f.p.PartOfPort(pt), f.p.Part(pt.PeerPart)
		if part.Runs.OnCustomerNetwork() {
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s) on the %s interface, which joins the customer's network%s", pt.Number, pt.Transport, pt.Service, pt.Interface, conn3OffAsShipped(it, pt))), true
		}
		if f.p.PartOnCustomerSide(part) && pt.PeerPart != "" && (peer.Runs.OnCustomerNetwork() || f.p.PartOnCustomerSide(peer)) {
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), by which %s, which %s, exchanges data with %s (peer_part) on the customer's network",
				pt.Number, pt.Transport, pt.Service, part.TheName(), f.p.PartRunsWhere(part), peer.TheName())), true
		}
	}
	// No network port is not "talks to nothing": a serial or USB cable to
	// a PC, or a radio link, is communication inside the customer's
	// environment too. No only when the device has no interface but
	// displays and links internal to the product.
	external := func(it content.Interface) bool { return it.Kind != "display" && !it.Internal }
	if !slices.ContainsFunc(f.p.Ports, func(pt content.Port) bool { return !f.p.InternalPort(pt) }) && !slices.ContainsFunc(f.p.Interfaces, external) {
		if slices.ContainsFunc(f.p.Interfaces, content.Interface.IsInternal) {
			return f.no("interfaces", "lists no interface besides displays and links internal to the product"), true
		}
		return f.no("interfaces", "lists no interface besides displays"), true
	}
	return fact{}, false
}

func (f *mds2Facts) outsideNetwork() (fact, bool) {
	if i, ok := f.portOn(kinds("cellular")); ok {
		pt := f.p.Ports[i]
		return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s) on a cellular interface", pt.Number, pt.Transport, pt.Service)), true
	}
	hostedPort := func() (fact, bool) {
		i, ok := f.manufacturerPort()
		if !ok {
			return fact{}, false
		}
		pt := f.p.Ports[i]
		return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s) of %s, which is hosted by the manufacturer, outside the customer's network", pt.Number, pt.Transport, pt.Service, f.p.PartOfPort(pt).Name)), true
	}
	// A product that runs only at the manufacturer is itself the system
	// outside the customer's network: its own port says so, not a cloud
	// service it would "need".
	if f.p.HostedOnly() {
		if d, ok := hostedPort(); ok {
			return d, true
		}
	}
	what := "device"
	if f.p.SoftwareOnly() {
		what = "product"
	}
	for i, s := range f.p.Cloud.Services {
		if s.Required.IsTrue() {
			return f.yes(f.servicePath(i), fmt.Sprintf("(%s) is a service outside the customer's network that the %s needs", s.Name, what)), true
		}
	}
	// Beside the device, a part the manufacturer hosts is what the
	// device reaches: the device's connection to it says Yes, not the
	// service's listener, which is no port of the device's.
	if d, ok := f.connectsOut(); ok {
		return d, true
	}
	// A data flow to a cloud service, whoever runs it, or to a system the
	// manufacturer hosts leaves the network; one that hands the device's
	// data to a system another organisation runs (a partner's app and
	// cloud: inrhome) may, and neither services = [] (the product's own
	// services) nor the lack of a network port says it does not
	// (rules_conn_handoff.go).
	if d, ok := f.flowToOutsideService(); ok {
		return d, true
	}
	if len(f.handoffFlows()) > 0 {
		return fact{}, false
	}
	// services = [] says the product uses none; the statement alone is
	// prose ("the device reaches the vendor's portal" reads no different),
	// and services not written are not stated. A port that connects out
	// to a part the manufacturer hosts (an app's upload to the product's
	// cloud, which lists no port of its own) leaves the network whatever
	// cloud.services says: No then would deny it; so would No beside a
	// port of a part the manufacturer hosts that no port says who reaches.
	if _, hosted := f.manufacturerPort(); strings.TrimSpace(f.p.Cloud.Statement) != "" && len(f.p.Cloud.Services) == 0 && f.p.States("cloud.services") &&
		!hosted && !slices.ContainsFunc(f.p.Ports, f.toManufacturerService) {
		return f.no("cloud", "lists no cloud or internet service"), true
	}
	if d, ok := f.offline(); ok {
		return d, true
	}
	return fact{}, false
}

// toManufacturerService reports a port by which a part on the customer's
// network connects out to a part of the product the manufacturer hosts
// (peer_part, or every endpoint one at which such a part listens): that
// connection leaves the customer's network, so it is no communication
// inside it (an app's upload to the manufacturer's cloud).
func (f *mds2Facts) toManufacturerService(pt content.Port) bool {
	if pt.Direction != "out" {
		return false
	}
	if pt.PeerPart != "" {
		return f.p.Part(pt.PeerPart).Runs.IsManufacturerHosted()
	}
	if len(pt.Endpoints) == 0 {
		return false
	}
	for _, e := range pt.Endpoints {
		if !slices.ContainsFunc(f.p.Ports, func(l content.Port) bool {
			return l.Direction != "out" && l.DirectionStated() && f.p.PartOfPort(l).Runs.IsManufacturerHosted() && slices.Contains(l.Endpoints, e)
		}) {
			return false
		}
	}
	return true
}

// toCloudServices reports an outbound port whose every endpoint is one
// that cloud.services names: each such service is, by what that list
// holds, outside the customer's network (another company's video or
// messaging cloud the manufacturer contracts, say), so the connection
// crosses the customer's network without talking to a system on it. A
// port with no endpoint, or with one the list does not name (a PACS, a
// time server), may reach a system inside and still says Yes.
func (f *mds2Facts) toCloudServices(pt content.Port) bool {
	if pt.Direction != "out" || pt.PeerPart != "" || len(pt.Endpoints) == 0 {
		return false
	}
	for _, e := range pt.Endpoints {
		if !slices.ContainsFunc(f.p.Cloud.Services, func(s content.CloudService) bool { return slices.Contains(s.Endpoints, e) }) {
			return false
		}
	}
	return true
}

// optionalService reports a cloud service the product states its intended
// use does not depend on (required = false) that is reached at one of the
// port's endpoints: the manufacturer's service behind that port is then
// stated optional, and its port decides no Yes for CONN-6.
func (f *mds2Facts) optionalService(pt content.Port) bool {
	return slices.ContainsFunc(f.p.Cloud.Services, func(s content.CloudService) bool {
		return s.Required.IsFalse() && slices.ContainsFunc(s.Endpoints, func(e string) bool { return slices.Contains(pt.Endpoints, e) })
	})
}

// hostedBeside reports a port of a part the manufacturer hosts, in a
// product that also runs elsewhere (on the device, at the customer): the
// port is the manufacturer's service's, which the device reaches, not one
// the device opens. In a product that runs only at the manufacturer
// (HostedOnly) the service is the product, and its ports are its own.
func (f *mds2Facts) hostedBeside(pt content.Port) bool { return f.partHostedBeside(f.p.PartOfPort(pt)) }

// partHostedBeside reports a part the manufacturer hosts in a product
// that also runs elsewhere (hostedBeside): its ports and interfaces are
// not the device's.
func (f *mds2Facts) partHostedBeside(part content.Part) bool {
	return part.Runs.IsManufacturerHosted() && !f.p.HostedOnly()
}

// distinct is names without repeats, in their first order.
func distinct(names []string) []string {
	var out []string
	for _, n := range names {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// connectsOut (CONN-4) is the fact that a part of the product the
// manufacturer does not host (the device, customer-hosted software, an
// app) talks to one it hosts, outside the customer's network: first a
// port by which that part connects out to it (toManufacturerService),
// cited as the device's connection; else a listener of the manufacturer's
// part that names such a part as its peer (peer_part), cited as the
// service's port the device reaches; else a data flow between the two.
// A manufacturer's listener naming no peer, with no port or flow to it (a
// portal the customer's browsers open), says nothing of what the device
// talks to. Ports and flows on links internal to the product are passed
// over.
func (f *mds2Facts) connectsOut() (fact, bool) {
	for i, pt := range f.p.Ports {
		from := f.p.PartOfPort(pt)
		if from.Runs.IsManufacturerHosted() || from.Runs.IsCustomerInfrastructure() || f.p.InternalPort(pt) || !f.toManufacturerService(pt) {
			continue
		}
		return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), by which %s connects out to %s, which the manufacturer hosts outside the customer's network",
			pt.Number, pt.Transport, pt.Service, from.Name, f.serviceReached(pt))), true
	}
	for i, pt := range f.p.Ports {
		if pt.Direction == "out" || !pt.DirectionStated() || pt.PeerPart == "" || !f.p.PartOfPort(pt).Runs.IsManufacturerHosted() || f.p.InternalPort(pt) {
			continue
		}
		peer := f.p.Part(pt.PeerPart)
		if peer.Runs.IsManufacturerHosted() || peer.Runs.IsCustomerInfrastructure() {
			continue
		}
		return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s) of %s, which the manufacturer hosts outside the customer's network; %s connects to it (peer_part)",
			pt.Number, pt.Transport, pt.Service, f.p.PartOfPort(pt).TheName(), peer.TheName())), true
	}
	for i, d := range f.p.DataFlows {
		from, to := f.flowPart(d.From), f.flowPart(d.To)
		hosted, local := to, from
		if from.Runs.IsManufacturerHosted() {
			hosted, local = from, to
		}
		if !hosted.Runs.IsManufacturerHosted() || local.ID == "" || local.Runs.IsManufacturerHosted() || local.Runs.IsCustomerInfrastructure() || f.p.InternalInterface(d.Interface) {
			continue
		}
		return f.yes(f.flowPath(i), fmt.Sprintf("(%s) goes from %s to %s, and %s is hosted by the manufacturer outside the customer's network", d.ID, from.Name, to.Name, hosted.Name)), true
	}
	return fact{}, false
}

// serviceReached names the manufacturer-hosted part a port out to it
// reaches (toManufacturerService): its peer_part, else the part
// listening at its first endpoint.
func (f *mds2Facts) serviceReached(pt content.Port) string {
	if pt.PeerPart != "" {
		return f.p.Part(pt.PeerPart).Name
	}
	for _, l := range f.p.Ports {
		if l.Direction != "out" && l.DirectionStated() && f.p.PartOfPort(l).Runs.IsManufacturerHosted() && slices.Contains(l.Endpoints, pt.Endpoints[0]) {
			return f.p.PartOfPort(l).Name + " at " + pt.Endpoints[0]
		}
	}
	return pt.Endpoints[0]
}

// manufacturerPort is the first port on which a manufacturer-hosted part
// listens: the product reaches outside the customer's network. A port on
// a link internal to the product (a cloud service's own database) is
// reached by no one outside it and is passed over.
func (f *mds2Facts) manufacturerPort() (int, bool) {
	for i, pt := range f.p.Ports {
		if pt.Direction != "out" && pt.DirectionStated() && f.p.PartOfPort(pt).Runs.IsManufacturerHosted() && !f.p.InternalPort(pt) {
			return i, true
		}
	}
	return 0, false
}

// offline: no port and no network or radio interface, where the product
// says there is no port: ports written empty, or interfaces listed of
// which none can carry one (serial, removable media, NFC, infrared,
// displays; a port on them is refused). A port list that is silent about
// a cellular, Wi-Fi, Ethernet or Bluetooth interface does not show that
// the device talks to nothing; nor does a ports list the product never
// writes beside a USB interface (USB networking) or no interfaces at all.
// It returns the fact that says No, or false.
func (f *mds2Facts) offline() (fact, bool) {
	if len(f.p.Ports) > 0 || slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool { return it.Kind.Network() }) {
		return fact{}, false
	}
	if f.p.UsesNoNetworkPort() {
		return f.no("ports", f.offlineSays()), true
	}
	if len(f.p.Interfaces) > 0 && !slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool { return it.Kind.CarriesIP() }) {
		return f.no("interfaces", "lists no interface that can carry a network port (ports are not written)"), true
	}
	return fact{}, false
}

func (f *mds2Facts) internetRequired() (fact, bool) {
	for i, s := range f.p.Cloud.Services {
		if s.Required.IsTrue() {
			return f.yes(f.servicePath(i)+".required", fmt.Sprintf("is true for %s", s.Name)), true
		}
	}
	for i, pt := range f.p.Ports {
		// A port on a link internal to the product is reached over no
		// internet (a cloud service's own database).
		if pt.Direction != "out" && pt.DirectionStated() && f.p.PartOfPort(pt).Runs.IsManufacturerHosted() && !f.p.InternalPort(pt) && !f.optionalService(pt) {
			if !f.p.HostedOnly() {
				// A cloud part beside the device (a home monitor's
				// portal): whether the intended use needs it is the
				// product's to say (cloud.services.required).
				return fact{}, false
			}
			says := fmt.Sprintf("belongs to %s, a part of the product that is hosted by the manufacturer and reached over the internet; no part of the product runs on the device or at the customer", f.p.PartOfPort(pt).TheName())
			// Only where the data list the customer's own infrastructure
			// (an identity provider) does the sentence set it apart.
			infra := slices.DeleteFunc(slices.Clone(f.p.AllParts()), func(pt content.Part) bool { return !pt.Runs.IsCustomerInfrastructure() })
			if len(infra) > 0 {
				says += fmt.Sprintf(" (%s, the customer's own infrastructure, %s not part of it)", f.p.PartTheNames(infra), content.Plural(len(infra), "is", "are"))
			}
			return f.yes(f.portPath(i), says), true
		}
	}
	for _, s := range f.p.Cloud.Services {
		if !s.Required.Known() {
			return fact{}, false // a service that may be required: decides nothing
		}
	}
	// A statement with no services listed is prose that may say the
	// internet is needed; services not written are not stated.
	if strings.TrimSpace(f.p.Cloud.Statement) != "" && (len(f.p.Cloud.Services) > 0 || f.p.States("cloud.services")) {
		return f.no("cloud", "lists no cloud or internet service the intended use depends on"), true
	}
	if d, ok := f.offline(); ok {
		return d, true
	}
	return fact{}, false
}

func (f *mds2Facts) nodeAuth() (fact, bool) {
	// No only when every port states that it does not authenticate its
	// peer: one port that does, or that does not say, decides nothing.
	// So does a network or radio interface without ports (Bluetooth
	// pairing may authenticate the peer; no port says). A port or
	// interface internal to the product links its own parts, which are
	// not the systems it exchanges data with: it counts neither way.
	// Nor does a port or interface of a part the manufacturer hosts
	// beside the device (hostedBeside): whether a remote-service centre's
	// gateway or a cloud portal authenticates its clients says nothing of
	// the device, whose own ports say whether it authenticates them.
	var theirs []string // the manufacturer's parts whose ports are passed over
	internal := false   // a port on a link internal to the product is passed over
	ports := slices.DeleteFunc(slices.Clone(f.p.Ports), func(pt content.Port) bool {
		if f.p.InternalPort(pt) {
			internal = true
			return true
		}
		if f.hostedBeside(pt) {
			theirs = append(theirs, f.p.PartOfPort(pt).Name)
			return true
		}
		return false
	})
	if len(ports) == 0 || slices.ContainsFunc(ports, func(pt content.Port) bool { return !pt.Authenticated.IsFalse() }) {
		return fact{}, false
	}
	if slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool {
		return !it.Internal && !f.partHostedBeside(f.p.PartOfInterface(it)) && (it.Kind.Network() || it.Kind.Wireless() || !it.KindStated()) && len(f.p.PortsOn(it.ID)) == 0
	}) {
		return fact{}, false
	}
	// The sentence says which ports were passed over: the list it cites
	// may hold one on which the peer is authenticated.
	says := "lists no port on which the peer is authenticated"
	var apart []string
	if len(theirs) > 0 {
		own := make([]string, len(ports))
		for i, pt := range ports {
			own[i] = f.p.PartOfPort(pt).Name
		}
		says = fmt.Sprintf("lists no port of %s on which the peer is authenticated", content.AndList(distinct(own)))
		apart = append(apart, fmt.Sprintf("those of %s, which the manufacturer hosts, are not the device's", content.AndList(distinct(theirs))))
	}
	if internal {
		apart = append(apart, "those on links internal to the product, between its own parts, are not counted")
	}
	if len(apart) > 0 {
		says += " (" + strings.Join(apart, "; ") + ")"
	}
	return f.no("ports", says), true
}

// cableOnly (TXCF-1): No when PHI or PII goes over a network or radio
// interface of the device. A link internal to the product is left out:
// whether the private cable between its own parts is point-to-point the
// data does not say, so it decides nothing. So is an interface of a part
// the manufacturer hosts beside the device (partHostedBeside, as CONN-2
// and NAUT-1 leave out its ports): a cloud portal's web pages showing PII
// to the customer's staff are the service's, not a way the device sends
// PII, and count neither way; the device's own interfaces decide. In a
// product that runs only at the manufacturer the service is the product,
// and its interfaces are its own.
func (f *mds2Facts) cableOnly() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if it.Internal || !carriesPII(it.Carries) || !(it.Kind.Network() || it.IsWireless()) || f.partHostedBeside(f.p.PartOfInterface(it)) || f.inHostAPI(it) {
			continue
		}
		// the basis names the kind: carrying PHI or PII alone does not
		// show that the link is no cable (wearable)
		return f.no(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII, and interface %s is of kind %s, which is no dedicated point-to-point cable", it.ID, it.Kind.Label())), true
	}
	return fact{}, false
}

// inHostAPI reports an interface of kind api, with no port listed on it,
// of a part that runs on another maker's medical device (runs =
// customer_device with host_maker written: a plug-in reading exams
// through its host's plug-in platform). It is a call inside that host,
// not a transmission over a network by itself, so it decides no TXCF-1
// No; whether the data then travel anywhere is for other facts.
func (f *mds2Facts) inHostAPI(it content.Interface) bool {
	pt := f.p.PartOfInterface(it)
	return it.Kind == "api" && pt.Runs.IsCustomerDevice() && pt.HostMaker != "" && len(f.p.PortsOn(it.ID)) == 0
}

// remoteOperation (CONN-8, operated from another device): Yes when a
// remote_control entry says a person changes the device's clinical
// settings, or starts or stops its therapy, from another device over a
// network. remote_control = [] answers nothing: it speaks only of
// control from afar, and a paired app or handheld remote at the device's
// side operates it from another device too. Else the rule of a device
// that connects to nothing (noLinks).
func (f *mds2Facts) remoteOperation() (fact, bool) {
	if rc := f.p.RemoteControl; len(rc) > 0 {
		return f.yes(f.p.RemoteControlPath(0), fmt.Sprintf("lists a way a person changes the %s's settings from another device over a network: %s", f.p.Noun(), rc[0].Name)), true
	}
	return noLinks(mds2.No, mds2.Yes, "nothing can operate it from another device")(f)
}

// callsOrProvidesAPI (CONN-5): an interface of kind api says Yes: the
// product provides an application programming interface (a FHIR
// server's REST API) or calls one (an app's connection to its cloud).
// Its ports say which: one that listens provides it, ones that only
// connect out call it; without ports the sentence says either. One
// internal to the product links its own parts, and one of a part the
// manufacturer hosts beside the device (partHostedBeside) is that
// service's, which the device may or may not call: neither decides
// anything. Else No for a device that connects to no other system
// (noLinks). The basis names the part that calls or provides it where
// that part is not on the device (apiSubject): an app on the patient's
// phone calls its cloud, not the device.
func (f *mds2Facts) callsOrProvidesAPI() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if part := f.p.PartOfInterface(it); it.Kind != "api" || it.Internal || f.partHostedBeside(part) || part.Runs.IsCustomerInfrastructure() {
			continue
		}
		does := "calls or provides"
		if ports := f.p.PortsOn(it.ID); len(ports) > 0 {
			does = "calls"
			if slices.ContainsFunc(ports, func(pt content.Port) bool { return pt.Direction != "out" && pt.DirectionStated() }) {
				does = "provides"
			} else if slices.ContainsFunc(ports, func(pt content.Port) bool { return !pt.DirectionStated() }) {
				does = "calls or provides" // a port whose direction is not stated decides neither
			}
		}
		return f.yes(f.ifacePath(i), fmt.Sprintf("is the %s interface, of kind api: %s %s an application programming interface over it", it.ID, f.apiSubject(f.p.PartOfInterface(it)), does)), true
	}
	return noLinks(mds2.No, mds2.Yes, "it calls and provides no application programming interface")(f)
}

// apiSubject is who calls or provides an API over an interface of part:
// "the device" for a part on the device (or a product written without
// parts, or whose only part is the product); else the part by name and
// where it runs ("the DreamAir app, on a patient's or caregiver's own
// phone"), for in a product with a device "the device" would say the
// device's hardware does it, and in one without, which of its parts.
func (f *mds2Facts) apiSubject(part content.Part) string {
	if part.ID == "" || part.Runs.IsDevice() || !f.p.MultiPart() {
		return "the " + f.p.Noun()
	}
	if placed := f.p.PartPlaced(part); placed != "" {
		return part.TheName() + placed + ","
	}
	return part.TheName()
}
