package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// MPII-3.5 (PII over a wired network) and MPII-3.6 (over a wireless
// connection) for a product with no part on the device, one of whose
// parts may send PHI or PII over the network from a host the customer
// supplies: software on the customer's own computers or phones
// (customer_device), or on a server, container platform or cloud
// tenancy it hosts (customer_hosted). Such a part reaches the network
// over that host's connections, and whether the data go over a cable or
// over Wi-Fi there is the host's: an Ethernet or Wi-Fi entry the product
// lists for "the hospital PC's network connection" says what that host
// uses, not that the product sends nothing over the other. CONN-1.x
// answer such a product's host connections N/A (rules_conn_nohardware.go),
// so a No from the interface list would contradict them and deny what
// the data do not decide: the derived No gives way to that same N/A,
// and so does an answer the interfaces leave open because the network
// under a web user interface, API or virtual adapter is not stated (it
// is the host's), though not one an interface of kind other leaves
// open. The N/A yields to any explicit answer and denies none: an app
// maker may well answer Yes for the phone's Wi-Fi. Nor is it N/A where
// the form counts such a host's connection for the other of the two
// questions (hostLinkCounted: the hospital PC's Ethernet carrying PHI
// makes MPII-3.5 Yes, the phone's Wi-Fi MPII-3.6): the host's
// connections are then the product's ways on the form, and whether the
// data also go the other way is left to the manufacturer, never N/A or
// No. A product with a part
// on the device keeps its derived answers: CONN-1.x are then about the
// device's own hardware, and so is the form.
//
// The same holds for a product that runs only where the manufacturer
// hosts it (content.Product.HostedOnly: a cloud service), one of whose
// hosted parts may send PHI or PII over the network: CONN-1.x are N/A
// for it too, "the connections of the server or cloud machine it runs
// on are that host's", and a No to PII over a cable (MPII-3.4), a wired
// network (MPII-3.5) or a wireless one (MPII-3.6) from its interface
// list would say of that host's connections what the data do not
// (cloudsamd: MPII-3.4 and MPII-3.6 No beside CONN-1.x N/A).

// unlessHostLinks is rule (MPII-3.5's or MPII-3.6's) with its No
// replaced as above.
func unlessHostLinks(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return hostLinksNA(rule, true)
}

// unlessHostedOnlyLinks is rule (MPII-3.4's) with its No replaced as
// above for a product that runs only where the manufacturer hosts it;
// software on a host the customer supplies keeps its answer.
func unlessHostedOnlyLinks(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return hostLinksNA(rule, false)
}

// hostLinksNA replaces rule's No, or its undecided answer, with the N/A
// of a product whose parts reach the network over a host that is not
// its own: one the manufacturer hosts it on, when every part runs there,
// and, with customerHosts, one the customer supplies.
func hostLinksNA(rule func(*mds2Facts) (fact, bool), customerHosts bool) func(*mds2Facts) (fact, bool) {
	na := noHardwareNA(func(hosts, _ string) string { return "the connections of the " + hosts + " it runs on are that host's" })
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if ok && d.Answer != mds2.No || f.p.HasDevice() {
			return d, ok
		}
		hostedOnly := f.p.HostedOnly()
		onHost := slices.ContainsFunc(f.p.AllParts(), func(pt content.Part) bool {
			return (customerHosts && suppliedHost(pt) || hostedOnly && pt.Runs.IsManufacturerHosted()) && f.partLinksPII(pt)
		})
		// An interface of kind other that leaves the rule open may be a
		// link of the product's own (a proprietary radio) whatever it
		// runs on: still the maker's to answer.
		if !onHost || !ok && f.otherKindMayCarryPII() {
			return d, ok
		}
		// The form counts a host's connection as the product's own
		// where the other of MPII-3.5 and MPII-3.6 is Yes from it (the
		// hospital PC's Ethernet, the phone's Wi-Fi): "that host's" is
		// then no reason for N/A here, and whether the same host also
		// sends the data the other way the data do not say.
		if f.hostLinkCounted() {
			return fact{}, false
		}
		n, isNA := na(f) // no part on the device: N/A unless the manufacturer supplies the hosts
		if !isNA {
			return d, ok
		}
		n.Denies = mds2.Unanswered
		return n, true
	}
}

// hostLinkCounted reports an Ethernet or wireless interface (Wi-Fi,
// Bluetooth, cellular, NFC, infrared, radio) of a part on a host the
// customer supplies, not internal to the product, that carries PHI or
// PII by its carries or by a data flow of them over it: the form's
// MPII-3.5 or MPII-3.6 is Yes from it (wiredNetworkPII, wirelessPII,
// orFlowPII), counting that host's connection as a way the product moves
// PII, so the other of the two cannot be the host-link N/A
// (bloodbank: MPII-3.5 Yes from the ward PCs' Ethernet beside MPII-3.6
// N/A, though whether those PCs use Wi-Fi is not stated). A virtual
// adapter, web user interface or API gives neither question a Yes on
// such a host, so it keeps both N/As alike.
func (f *mds2Facts) hostLinkCounted() bool {
	counted := func(it content.Interface) bool {
		return !it.Internal && it.KindStated() && (it.Kind == "ethernet" || it.IsWireless()) && suppliedHost(f.p.PartOfInterface(it))
	}
	if slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool { return counted(it) && carriesPII(it.Carries) }) {
		return true
	}
	return slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool {
		it, ok := f.iface(d.Interface)
		return ok && carriesPII(d.Data) && counted(it) && f.ownInterface(it)
	})
}

// suppliedHost reports a part that runs on a host the customer supplies:
// its own computer or phone, or a server, platform or tenancy it hosts.
func suppliedHost(pt content.Part) bool {
	return pt.Runs.IsCustomerDevice() || pt.Runs.IsCustomerHosted()
}

// partLinksPII reports a part that may send or receive PHI or PII
// over its host's network connections: an interface onto an IP network
// (Ethernet, Wi-Fi, cellular, a virtual adapter, web user interface or
// API; not internal) carrying them or not saying what it carries, or a
// data flow of them that names no interface. PHI it only stores, or
// takes in over a cable (a sensor's USB link to the app), crosses no
// such connection.
func (f *mds2Facts) partLinksPII(pt content.Part) bool {
	if slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool {
		return d.Interface == "" && carriesPII(d.Data) && (f.flowPart(d.From).ID == pt.ID || f.flowPart(d.To).ID == pt.ID)
	}) {
		return true
	}
	for i, it := range f.p.Interfaces {
		if f.p.PartOfInterface(it).ID == pt.ID && it.Kind.JoinsHospitalNetwork() && !it.Internal && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return true
		}
	}
	return false
}
