package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// SAHD-11 (does the device prevent starting up from uncontrolled or
// removable media?), SAHD-12 (can unauthorised software or hardware be
// installed on the device without physical tools?) and SAHD-15 (is access
// to the BIOS or boot loader blocked during start-up?) for a product none
// of whose parts runs on the device: software on the patient's phone, on
// a hospital's server or virtual machine, on another maker's device, or a
// service in a cloud tenancy. Such a product has no start-up, boot
// media, BIOS, boot loader or hardware of its own: the machine it runs on
// has them, and that machine's owner (the hospital, the phone's owner,
// the cloud provider) controls them. The questions ask about the device,
// so for this product they do not apply: N/A, as CONN-1's sub-questions
// are N/A for it (rules_conn_nohardware.go). "See Note" would say the
// question applies and needs explaining; it does not apply.
//
// The N/A yields to an explicit answer (fact.Yields): a manufacturer's
// See Note with a note saying more (a hypervisor setting the product
// requires) stands, and so does a No, which for SAHD-11 and SAHD-15
// claims nothing for the host and for SAHD-12 may be the maker's word
// about a tenancy only it deploys to. A Yes stands with a warning
// (Denies): it would claim the host's start-up protection (SAHD-11,
// SAHD-15), or the host's openness to whatever its owner installs
// (SAHD-12), as the product's. A product with a part on the device
// decides nothing here: its boot and its locks are the maker's to state.

// noHardwareNA is the N/A of a product with no part on the device;
// whose says, from the hosts it runs on and who controls them
// (hostsOf), what the host's owner controls, for the form's "from".
func noHardwareNA(whose func(hosts, controller string) string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if f.p.HasDevice() || f.p.SuppliesHosts() {
			// a part on phones the manufacturer supplies and manages
			// (parts.maker_supplied): their storage, boot and installs
			// may be its own, so nothing is derived
			return fact{}, false
		}
		hosts, controller := f.hostsOf()
		na := f.answer(mds2.NA, "parts", "lists no part that runs on the device: the product has no hardware of its own, so the question does not apply; "+whose(hosts, controller))
		na.Yields, na.Denies = true, mds2.Yes
		return na, true
	}
}

// noHardwareInstallNA is SAHD-12's N/A (noHardwareNA). What is installed
// on a host is decided by whoever controls the host (hostsOf), except in
// the customer's own cloud tenancy: the cloud provider runs the machines
// under it, but the customer, whose tenancy it is, decides what is
// installed in it, so naming the cloud provider there would hand the
// customer's duty to a party that does not hold it.
func noHardwareInstallNA(f *mds2Facts) (fact, bool) {
	whose := func(hosts, who string) string {
		return "what may be installed on the " + hosts + " it runs on is decided by " + who
	}
	if f.tenancyOnly() {
		whose = func(string, string) string {
			return "what may be installed in the cloud tenancy it runs in is decided by the customer, whose tenancy it is"
		}
	}
	return noHardwareNA(whose)(f)
}

// tenancyOnly reports whether the product's parts run in the customer's
// own cloud tenancy, beside the customer's own infrastructure only.
func (f *mds2Facts) tenancyOnly() bool {
	tenancy := false
	for _, pt := range f.p.AllParts() {
		switch {
		case pt.InCloudTenancy():
			tenancy = true
		case !pt.Runs.IsCustomerInfrastructure():
			return false
		}
	}
	return tenancy
}

// hostsOf names the machines the product's parts run on ("phone,
// tablet, server or cloud machine"; "container platform node" for a part
// on the customer's own container platform; "cloud provider's machine"
// for one in the customer's own cloud tenancy) and who controls their
// start-up and what is installed on them: their owner, or, where a part
// runs on another manufacturer's medical device (parts.host_maker), that
// device's maker or its owner, since the maker, not the hospital that
// owns it, decides much of what it boots and installs. Where every host
// is the cloud provider's, the cloud provider is named: "that machine's
// owner" would read as the customer whose tenancy it is. A part of the
// customer's own infrastructure (its storage, its directory) is not
// where the product runs and adds no host.
func (f *mds2Facts) hostsOf() (hosts, controller string) {
	var names []string
	controller = "that machine's owner"
	add := func(ns ...string) {
		for _, n := range ns {
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	for _, pt := range f.p.AllParts() {
		switch {
		case pt.Runs.IsCustomerInfrastructure():
			// the customer's own systems, not a host of the product's
		case pt.Runs.IsManufacturerHosted() && f.p.IsRelatedPart(pt.ID):
			// a related system the product relies on (a registry, a
			// licence server), not where the product runs
		case pt.HostMaker != "":
			add(pt.HostMaker + " device")
			controller = "that machine's maker or owner"
		case pt.Runs.IsCustomerDevice() && len(pt.HostKinds) > 0:
			add(pt.HostKinds...)
		case pt.Runs.IsCustomerDevice():
			add("phone", "tablet", "computer")
		case pt.Runs.IsManufacturerHosted():
			add("server", "cloud machine")
		case pt.OnContainerPlatform():
			// a node of the customer's cluster, not a server of the part's own
			add("container platform node")
		case pt.InCloudTenancy():
			add("cloud provider's machine")
		case !pt.Runs.IsDevice():
			add("server", "virtual machine")
		}
	}
	if len(names) == 0 {
		return "phone, computer, server or cloud machine", controller
	}
	if f.tenancyOnly() {
		controller = "the cloud provider"
	}
	return content.OrList(names), controller
}
