package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Derivation rules of section MPII (management of personally
// identifiable information): where PHI or PII is stored and sent.

func carriesPII(data content.DataKinds) bool { return data.Personal() }

// ifaceCarriesPII: Yes with the first matching interface carrying PHI or
// PII, No when none does (match nil and what "" = any interface). A link
// internal to the product carrying PHI or PII (a scanner's detector link
// to its reconstruction computer) moves it between the product's own
// parts, not in or out of the device, which is what MPII-3 and its
// sub-questions ask: it gives no Yes, and leaves No undecided, as
// wiredNetworkPII does for MPII-3.5.
func ifaceCarriesPII(what string, match func(content.Interface) bool) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		unstated := false
		for i, it := range f.p.Interfaces {
			if match != nil && !it.KindStated() {
				// whether it is of the kinds asked about only its kind
				// would say: PHI or PII over it, or carries not stated,
				// leaves No undecided
				unstated = unstated || carriesPII(it.Carries) || !f.carriesStated(i)
				continue
			}
			if match != nil && !match(it) {
				continue
			}
			if it.Internal {
				unstated = unstated || carriesPII(it.Carries) || !f.carriesStated(i)
				continue
			}
			if carriesPII(it.Carries) {
				return f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
			}
			unstated = unstated || !f.carriesStated(i)
		}
		if unstated {
			return fact{}, false // an interface that does not say what it carries, or an internal link carrying PHI or PII
		}
		return f.no("interfaces", strings.Join(strings.Fields("lists no "+what+" interface that carries PHI or PII"), " ")), true
	}
}

// wirelessPII is ifaceCarriesPII for MPII-3.6's wireless links, except
// that a network API, web user interface or virtual adapter of a part on
// the customer's own device (an app on the patient's phone) that carries
// PHI or PII, or does not say what it carries, leaves No undecided: that
// device reaches the network over whatever connection it has, Wi-Fi or
// mobile data on a phone, so the product's data may well go over a radio
// that is the phone's, not an interface of the product's own. The
// manufacturer says (a hand answer), as for the hardware questions of
// CONN-1.x (ifaceOfKind); so does an interface of kind other that may
// carry PHI or PII (otherKindMayCarryPII).
func (f *mds2Facts) wirelessPII() (fact, bool) {
	d, ok := ifaceCarriesPII("wireless", content.Interface.IsWireless)(f)
	if !ok || d.Answer != mds2.No {
		return d, ok
	}
	if f.otherKindMayCarryPII() || f.unnamedLinkPII() {
		return fact{}, false
	}
	for i, it := range f.p.Interfaces {
		if it.Kind.Virtual() && f.p.PartOfInterface(it).Runs.IsCustomerDevice() && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return fact{}, false
		}
	}
	if f.virtualLinkPII() {
		return fact{}, false
	}
	return d, ok
}

// virtualLinkPII (MPII-3.6) reports a virtual network adapter of the
// product (virtual_nic: a virtual machine's, such as a bed gateway's VM
// on the hospital's hypervisor; not a web user interface or API, whose
// network the wireless rule judges by its part) that carries PHI or PII, by its carries or a
// data flow over it, or does not say what it carries: whether its host
// reaches the network over a cable or over Wi-Fi the data do not
// describe, so it leaves a wireless No undecided, as it leaves MPII-3.5's
// wired No (wiredNetworkPII, unlessVirtualFlowPII). Software on a host
// the customer supplies, in a product with no part on the device, is
// left to unlessHostLinks, whose N/A covers its host's links; a part on
// the customer's own device is wirelessPII's own case; one the
// manufacturer hosts (a remote-service centre's gateway VM) is on the
// manufacturer's own network, not the device's, as its cloud API is.
func (f *mds2Facts) virtualLinkPII() bool {
	hostsLinks := func(it content.Interface) bool {
		pt := f.p.PartOfInterface(it)
		return !f.p.HasDevice() && suppliedHost(pt) || pt.Runs.IsManufacturerHosted()
	}
	for i, it := range f.p.Interfaces {
		if it.Kind == "virtual_nic" && !hostsLinks(it) && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return true
		}
	}
	return slices.ContainsFunc(f.p.DataFlows, func(fl content.DataFlow) bool {
		it, found := f.iface(fl.Interface)
		return found && carriesPII(fl.Data) && !it.Internal && it.Kind == "virtual_nic" && f.ownInterface(it) && !hostsLinks(it)
	})
}

// unnamedLinkPII reports a data flow of PHI or PII that names no
// interface, with one end a part the product runs at the customer's side
// (the device, an app on the customer's own phone or computer, software
// the customer hosts) and the other off the device (an outside system,
// the customer's own infrastructure, a part that runs elsewhere), where
// no such end lists an interface onto an IP network (Ethernet, Wi-Fi,
// cellular, a virtual adapter, web user interface or API; not internal)
// that carries PHI or PII or does not say what it carries (a Bluetooth
// link to a sensor is no way to the cloud): the data then leave over a
// network the data do not name, wired or wireless, so neither MPII-3.5
// nor MPII-3.6 is No beside it (a sensor cabled to an app that uploads to
// the manufacturer's cloud would else reach the internet over neither).
// A flow between two parts on the device moves nothing in or out of it;
// one between the manufacturer's own parts, or from one to an outside
// system, is on the manufacturer's network, as its cloud API is
// (wirelessPII); one from a part whose Ethernet or virtual adapter
// carries PHI goes over that link, which the rules judge already.
func (f *mds2Facts) unnamedLinkPII() bool {
	atCustomer := func(pt content.Part) bool {
		return pt.Runs.IsDevice() || pt.Runs.IsCustomerDevice() || pt.Runs.IsCustomerHosted()
	}
	listsNetwork := func(pt content.Part) bool {
		for i, it := range f.p.Interfaces {
			if it.Part == pt.ID && it.Kind.JoinsHospitalNetwork() && !it.Internal && (carriesPII(it.Carries) || !f.carriesStated(i)) {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool {
		if d.Interface != "" || !carriesPII(d.Data) {
			return false
		}
		from, to := f.flowPart(d.From), f.flowPart(d.To)
		leaves := atCustomer(from) && !to.Runs.IsDevice() || atCustomer(to) && !from.Runs.IsDevice()
		named := atCustomer(from) && listsNetwork(from) || atCustomer(to) && listsNetwork(to)
		return leaves && !named
	})
}

// cablePII is ifaceCarriesPII for MPII-3.4's dedicated cable links: a
// serial interface carrying PHI or PII is one; a USB interface carrying
// them may be a cable to another system or a socket for USB drives (which
// MPII-3.3 asks about), so it decides nothing; No when every USB and
// serial interface says it carries none and no interface of kind other
// may carry them (otherKindMayCarryPII). A USB port that takes only media
// (media_only), or a removable_media interface that names USB
// (usbSocket), is no cable link: MPII-3.3 counts what it carries, and
// the No says it is left out. A cable internal to the product carrying
// PHI or PII (internalCablePII: an IP camera on its own Ethernet link to
// the workstation) is such a link too, whatever its kind.
func (f *mds2Facts) cablePII() (fact, bool) {
	if yes, ok := ifaceCarriesPII("serial", kinds("serial"))(f); ok && yes.Answer == mds2.Yes {
		return yes, true
	}
	if yes, open := f.internalCablePII(); open {
		return yes, yes.Answer == mds2.Yes
	}
	if yes, open := f.internalOtherPII(); open {
		return yes, yes.Answer == mds2.Yes
	}
	cable := func(it content.Interface) bool { return it.Kind == "serial" || it.Kind == "usb" && !it.MediaOnly }
	for _, it := range f.p.Interfaces {
		if it.Kind == "usb" && !it.MediaOnly && carriesPII(it.Carries) {
			return fact{}, false
		}
	}
	if f.otherKindMayCarryPII() {
		return fact{}, false
	}
	d, ok := ifaceCarriesPII("USB or serial", cable)(f)
	if ok && d.Answer == mds2.No && slices.ContainsFunc(f.p.Interfaces, usbSocket) {
		d = f.no("interfaces", "lists no serial interface, and no USB interface other than USB sockets that take only media (removable media, MPII-3.3, not a cable link), that carries PHI or PII")
	}
	return d, ok
}

// internalCablePII (MPII-3.4): a wired interface marked internal
// (Ethernet, serial, or USB not media_only) carrying PHI or PII is a
// cable dedicated to the product's own parts, joined to no network of the
// customer's: the form's "dedicated cable connection", which the kind of
// a private Ethernet link does not change. Yes where exactly one other
// part has an internal interface of the same kind (the link's other end:
// the camera beside the workstation); one with no such end elsewhere may
// be a bus between two processors of one part, no connection of the
// device's, and one with such ends on several parts may be a network of
// the product's own (a surgical system's isolated network joining
// console, cart, tower and gateway), which is no cable to one other part
// (TXCF-1 calls Ethernet no dedicated point-to-point cable): either only
// leaves No undecided (open, with the zero fact). ifaceCarriesPII
// gives internal links no Yes: for MPII-3 and the other ways, PII between
// the product's own parts does not enter or leave it, but a cable
// carrying it is this question's subject. Whether the form's cable
// connections include one inside the product is still a reading (a
// manufacturer may count only those to other systems, as an OCT's maker
// answers No beside its head's USB cable): the Yes yields to an explicit
// answer.
func (f *mds2Facts) internalCablePII() (yes fact, open bool) {
	wired := func(it content.Interface) bool {
		return it.Internal && (it.Kind == "ethernet" || it.Kind == "serial" || it.Kind == "usb" && !it.MediaOnly)
	}
	for i, it := range f.p.Interfaces {
		if !wired(it) || !carriesPII(it.Carries) {
			continue
		}
		open = true
		own := f.p.PartOfInterface(it)
		var peers []string // the parts the link's other end may be on
		for _, o := range f.p.Interfaces {
			if pt := f.p.PartOfInterface(o); wired(o) && o.Kind == it.Kind && pt.ID != own.ID && !slices.Contains(peers, pt.TheName()) {
				peers = append(peers, pt.TheName())
			}
		}
		if len(peers) != 1 {
			continue // no other end listed, or a link that may join several parts: a network of the product's own, no cable to one part
		}
		link := map[content.InterfaceKind]string{"ethernet": "an Ethernet", "serial": "a serial", "usb": "a USB"}[it.Kind]
		d := f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s of %s: %s link marked internal, a cable to %s, another of the product's own parts, joined to no network of the customer's)",
			it.ID, own.TheName(), link, peers[0]))
		d.Yields, d.Denies = true, mds2.Unanswered
		return d, true
	}
	return fact{}, open
}

// otherPII is ifaceCarriesPII for MPII-3.10, "any other way" of moving
// PII, except that an interface of kind other carrying PHI or PII decides
// nothing: its kind says only that it is none of the kinds jspgen names,
// not that it is none of the ways the form lists above (a telemetry
// transmitter's proprietary radio is a wireless link, MPII-3.6, with a
// proprietary protocol, MPII-3.9). The manufacturer says; No stands when
// every such interface states it carries none.
func (f *mds2Facts) otherPII() (fact, bool) {
	d, ok := ifaceCarriesPII("other-kind", kinds("other", ""))(f)
	if ok && d.Answer == mds2.Yes {
		return fact{}, false
	}
	return d, ok
}

// otherKindMayCarryPII reports an interface of kind other, not internal
// to the product, that carries PHI or PII or does not say what it
// carries. Its kind does not say what it is: a proprietary radio (a
// telemetry transmitter's WMTS link, an implant's MICS link) or a cable
// of its own. So it leaves No undecided where the form asks about PII
// over a wireless link (MPII-3.6) or a dedicated cable (MPII-3.4): the
// manufacturer says, by a hand answer. An interface whose kind is not
// stated is such a link too.
func (f *mds2Facts) otherKindMayCarryPII() bool {
	for i, it := range f.p.Interfaces {
		if it.Kind.Unsaid() && !it.Internal && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return true
		}
	}
	return false
}

func (f *mds2Facts) handlesPII() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if carriesPII(it.Carries) {
			return f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
		}
	}
	for i, d := range f.p.DataStores {
		if f.ownStore(d) && carriesPII(d.Data) {
			return f.yes(f.storePath(i)+".data", fmt.Sprintf("lists PHI or PII (%s)", d.ID)), true
		}
	}
	for i, d := range f.p.DataFlows {
		if carriesPII(d.Data) {
			return f.yes(f.flowPath(i)+".data", fmt.Sprintf("lists PHI or PII (%s)", d.ID)), true
		}
	}
	if !f.states("data_stores", len(f.p.DataStores)) || !f.allCarriesStated() {
		return fact{}, false // where data rests, or what an interface carries, is not stated
	}
	return f.no("interfaces", f.noPIILists()), true
}

// storesPII (MPII-2, PII the device keeps, on its own hardware or in its
// software on the customer's computers or phones): Yes from a store of
// the product holding PHI or PII. Beside a part that runs on the device,
// a store of a part the manufacturer hosts (its cloud database) is not
// on the device: it gives no Yes, and since MPII-1 is then Yes, no No
// either, so the manufacturer says. A product with no part on the device
// (a hosted service) is that service: its own cloud store answers Yes.
func (f *mds2Facts) storesPII() (fact, bool) {
	hasDevice := f.p.HasDevice()
	for i, d := range f.p.DataStores {
		if hasDevice && f.p.PartOfStore(d).Runs.IsManufacturerHosted() {
			continue
		}
		if f.ownStore(d) && carriesPII(d.Data) {
			return f.yes(f.storePath(i)+".data", fmt.Sprintf("lists PHI or PII (%s)%s", d.ID, f.storeOffHardware(d))), true
		}
	}
	if !f.states("data_stores", len(f.p.DataStores)) {
		return fact{}, false // no data_stores written: where data rests is not stated
	}
	if h, ok := f.handlesPII(); !ok || h.Answer != mds2.No {
		// PHI or PII passes through the device, or may: it is held at
		// least in working memory, which the form counts as kept
		// (MPII-2.1, until power-off), and whether the manufacturer's
		// form does is its reading, not the data's. A No here would
		// also sit above MPII-2.6's Yes for the same flows.
		return fact{}, false
	}
	return f.no("data_stores", "lists no store holding PHI or PII, and no interface or data flow carries any"), true
}

// storeOffHardware is what MPII-2's Yes adds for a store d of a part
// that is not the device's own hardware beside one that is (a server the
// hospital runs beside radar sensors): which part keeps it and where, so
// that the Yes agrees with the note saying the
// hardware keeps none (piiWhereNote). Empty otherwise.
func (f *mds2Facts) storeOffHardware(d content.DataStore) string {
	pt := f.p.PartOfStore(d)
	if !f.p.HasDevice() || pt.ID == "" || pt.Runs.IsDevice() {
		return ""
	}
	return fmt.Sprintf(", a store of %s%s, a part of the product that is not the device's own hardware", pt.TheName(), f.p.PartPlaced(pt))
}

func (f *mds2Facts) iface(id string) (content.Interface, bool) {
	for _, it := range f.p.Interfaces {
		if it.ID == id {
			return it, true
		}
	}
	return content.Interface{}, false
}

// exchangesPII (MPII-2.6, PII imported from or exported to other
// systems): Yes from a flow of PHI or PII over a network, cable or media
// interface, one with an end outside the product (the EHR, a PACS, a
// patient's disc) named first, as the question asks about other systems;
// a flow between two of the product's own parts (a telemetry receiver to
// the product's server) is the reason only when no flow of PHI or PII
// leaves the product (leavesUnjudged); one that leaves over a link of
// another kind leaves the answer to the manufacturer. Among the flows
// that leave it, one with an end on the device itself (the monitor to the
// crew's tablet) comes first: the form is about the device, and a flow
// from the manufacturer's relay service to a hospital's station says less
// of what the device exchanges. No needs more than flows that list none:
// no link that may carry PHI or PII beside them (linkMayCarryPII), and
// none that MPII-3.7 finds leaving the customer's network, so that the
// form's MPII-3.5 to 3.7 Yes never sits beside a derived No here.
func (f *mds2Facts) exchangesPII() (fact, bool) {
	outside, passes := f.flowPasses()
	for pass, want := range passes {
		if pass == len(passes)-1 && f.leavesUnjudged(outside, exchangeKind) {
			return fact{}, false
		}
		for i, d := range f.p.DataFlows {
			if !want(d) {
				continue
			}
			if it, ok := f.iface(d.Interface); ok && carriesPII(d.Data) && f.exchangeLink(it) {
				return f.flowYes(i, it, ""), true
			}
		}
	}
	if _, ok := f.partFlowPII(); ok {
		return fact{}, false // PHI or PII between parts over what the data does not say
	}
	if !f.states("data_flows", len(f.p.DataFlows)) {
		return fact{}, false // no data_flows written: what moves where is not stated
	}
	if f.linkMayCarryPII() {
		return fact{}, false
	}
	if yes, ok := f.externalPII(); ok && yes.Answer == mds2.Yes {
		return fact{}, false // PHI or PII over a cellular link, to a cloud service or a part the manufacturer hosts
	}
	return f.no("data_flows", "lists no flow of PHI or PII over a network, cable or media interface"), true
}

// linkMayCarryPII reports an interface of the product, not a display and
// not internal to it, that carries PHI or PII or does not say what it
// carries (interfaces.carries not written: not stated). data_flows need
// not list every flow such a link carries: PHI over the Wi-Fi the flows
// leave out may go to another system, as MPII-3.5 to 3.7 and TXCF-1,
// derived from the same interfaces, then say. One of a part in the
// customer's own infrastructure (the hospital's interface engine) counts
// too: those rules count it, and what it carries may be the product's.
func (f *mds2Facts) linkMayCarryPII() bool {
	for i, it := range f.p.Interfaces {
		if it.Kind == "display" || it.Internal {
			continue
		}
		if carriesPII(it.Carries) || !f.carriesStated(i) {
			return true
		}
	}
	return false
}

// leavesUnjudged reports a flow of PHI or PII that leaves the product
// over an interface whose kind this rule cannot judge (another kind of
// link, an NFC or infrared one), which may well be an exchange with
// another system: neither a flow between the product's own parts nor the
// lack of a judged one then answers for it. A display is no exchange.
func (f *mds2Facts) leavesUnjudged(outside func(content.DataFlow) bool, judged func(content.InterfaceKind) bool) bool {
	return slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool {
		it, ok := f.iface(d.Interface)
		return ok && outside(d) && carriesPII(d.Data) && !judged(it.Kind) && it.Kind != "display"
	})
}

// wiredNetworkPII (MPII-3.5): Yes when an Ethernet interface, or the
// virtual network adapter of a part on the customer's network, carries
// PHI or PII (its host's network is wired or not, but it is a network the
// customer runs); No when no interface that could use a wired network
// does. For a product with no part on the device, the virtual adapter of
// software the customer hosts is its host's link, as CONN-1.x (N/A)
// holds: it gives no Yes, and unlessHostLinks turns the No beside it
// into N/A or nothing. An Ethernet interface of a part the manufacturer hosts carrying
// PHI or PII is on the manufacturer's own network, not the device's: it
// decides nothing, and the manufacturer says. A web user interface or
// API carrying PII decides nothing alone: the network under it is not
// stated; nor does a link internal to the product carrying PII (PII
// moving between the product's own parts, not in or out of it).
func (f *mds2Facts) wiredNetworkPII() (fact, bool) {
	undecided := false
	for i, it := range f.p.Interfaces {
		if !carriesPII(it.Carries) {
			// one that could use a wired network without saying what it
			// carries decides nothing
			undecided = undecided || !f.carriesStated(i) && (it.Kind == "ethernet" || it.Kind.Virtual() || !it.KindStated())
			continue
		}
		switch {
		case !it.KindStated():
			// it may be an Ethernet link or not: only its kind would say
			undecided = true
		case it.Internal:
			undecided = undecided || it.Kind == "ethernet" || it.Kind.Virtual()
		case it.Kind == "ethernet" && f.p.PartOfInterface(it).Runs.IsManufacturerHosted():
			// the manufacturer's own wired network (a read-out lab's
			// workstation at its site): not the device's, as CONN-1.2.1
			// (ifaceOfKind) holds, so it decides nothing either way
			undecided = true
		case it.Kind == "virtual_nic" && !f.p.HasDevice() && suppliedHost(f.p.PartOfInterface(it)):
			// a virtual machine's adapter, with no device whose own
			// network the form could be about: whether the host's uplink
			// is a cable is the host's (unlessHostLinks), so it is no Yes
		case it.Kind == "ethernet":
			return f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
		case it.Kind.Virtual():
			// a virtual adapter (a VM the hospital runs, a container's
			// network) is no wired port of the device: whether what it
			// carries crosses a cable is its host's, which the data do
			// not describe, so it decides neither way
			undecided = true
		}
	}
	if undecided || f.unnamedLinkPII() {
		return fact{}, false
	}
	return f.no("interfaces", "lists no Ethernet interface that carries PHI or PII"), true
}

func (f *mds2Facts) externalPII() (fact, bool) {
	for i, it := range f.p.Interfaces {
		if it.Kind == "cellular" && carriesPII(it.Carries) {
			return f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s)", it.ID)), true
		}
	}
	for i, s := range f.p.Cloud.Services {
		if carriesPII(s.Data) {
			return f.yes(f.servicePath(i)+".data", fmt.Sprintf("lists PHI or PII (%s)", s.Name)), true
		}
	}
	if yes, ok := f.hostedFlowPII(); ok {
		return yes, true
	}
	if yes, ok := f.hostedInterfacePII(); ok {
		return yes, true
	}
	return f.noNetworkPII()
}

// hostedFlowPII (MPII-3.7): Yes when a data flow carries PHI or PII
// between a part on the customer's network (PartOnCustomerSide: the
// device, software the customer hosts) and a part the manufacturer hosts,
// such as a remote-service centre an analyzer sends its screen to: the
// flow leaves the customer's network whatever interface it names. So does
// one between such a part and a system the data place on the customer's
// network (customerEnd: a hospital's EHR calling a hosted API). A flow
// between the manufacturer's own parts, from a patient's phone, or with
// a system placed nowhere decides nothing here.
func (f *mds2Facts) hostedFlowPII() (fact, bool) {
	for i, d := range f.p.DataFlows {
		if !carriesPII(d.Data) {
			continue
		}
		from, _ := f.p.ResolveFlowEnd(d.From)
		to, _ := f.p.ResolveFlowEnd(d.To)
		hosted, local := f.flowPart(d.To), from
		if f.flowPart(d.From).Runs.IsManufacturerHosted() {
			hosted, local = f.flowPart(d.From), to
		}
		if !hosted.Runs.IsManufacturerHosted() || !f.customerEnd(local) && !f.userDeviceEnd(local) {
			continue
		}
		if part := f.p.Part(local.Part); local.IsPart() && (f.p.PartOnCustomerSide(part) || part.Runs.IsCustomerDevice()) {
			return f.yes(f.flowPath(i)+".data", fmt.Sprintf("(%s) carries PHI or PII between %s and %s, which the manufacturer hosts outside the customer's network", d.ID, part.TheName(), hosted.TheName())), true
		}
		return f.yes(f.flowPath(i)+".data", fmt.Sprintf("(%s) carries PHI or PII between %s, which the data place on the customer's network, and %s, which the manufacturer hosts outside it", d.ID, local.Label, hosted.TheName())), true
	}
	return fact{}, false
}

// customerEnd reports a data flow's end on the customer's network: a part
// there (PartOnCustomerSide, or the customer's own infrastructure), or an
// outside system [[flow_endpoints]] places there, as the CSD names such a
// system (content.Product.CustomerLinks): in the customer's
// infrastructure, on a server it hosts, or on its own devices unless the
// product is used at home.
func (f *mds2Facts) customerEnd(e content.FlowEnd) bool {
	if e.IsPart() {
		part := f.p.Part(e.Part)
		return f.p.PartOnCustomerSide(part) || part.Runs.IsCustomerInfrastructure()
	}
	switch e.Zone {
	case "customer_infrastructure", "customer_hosted":
		return true
	case "customer_device":
		return !f.p.HomeUse.IsTrue()
	}
	return false
}

// hostedInterfacePII (MPII-3.7): Yes for a product that runs only where
// the manufacturer hosts it (HostedOnly) when an interface of its own,
// not internal to it, carries PHI or PII and a port listens on it: the
// customer reaches it from outside the manufacturer's hosting, over a
// network that is not the customer's (the fact CONN-4 reads from the
// same port).
func (f *mds2Facts) hostedInterfacePII() (fact, bool) {
	if !f.p.HostedOnly() {
		return fact{}, false
	}
	for i, it := range f.p.Interfaces {
		part := f.p.PartOfInterface(it)
		if it.Internal || !carriesPII(it.Carries) || !part.Runs.IsManufacturerHosted() {
			continue
		}
		for _, pt := range f.p.PortsOn(it.ID) {
			if pt.Direction == "out" || !pt.DirectionStated() || f.p.InternalPort(pt) {
				continue
			}
			return f.yes(f.ifacePath(i)+".carries", fmt.Sprintf("lists PHI or PII (interface %s), on which %d/%s (%s) of %s listens; the product runs only where the manufacturer hosts it, outside the customer's network", it.ID, pt.Number, pt.Transport, pt.Service, part.TheName())), true
		}
	}
	return fact{}, false
}

// flowPart is the part a data flow's end names, by ID, name or a
// flow_endpoints alias as the drawings tell it (content.ResolveFlowEnd);
// the zero Part for an outside system.
func (f *mds2Facts) flowPart(name string) content.Part {
	if e, _ := f.p.ResolveFlowEnd(name); e.IsPart() {
		return f.p.Part(e.Part)
	}
	return content.Part{}
}

// allCarriesStated reports whether every interface states what it carries.
func (f *mds2Facts) allCarriesStated() bool {
	for i := range f.p.Interfaces {
		if !f.carriesStated(i) {
			return false
		}
	}
	return true
}
