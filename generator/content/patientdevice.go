package content

import (
	"fmt"
	"slices"
	"strings"
)

// A product used at home that an organisation provides to its patients
// (home_use beside a customer written: a DME supplier, a health system's
// remote monitoring programme) has an app on a customer_device part on
// the patients' own phones, not on a phone of the customer's: the CSD
// addresses the organisation, so "the customer owns" would name the
// wrong owner. Without a customer written the patients are the
// customers, and the runs' own words name the user (InHouseWords). A part the organisation runs
// on its own computers (owned_by = "customer": a clinic's fitting
// software on its PCs) is the customer's, at its site.

// PatientsDevices reports whether the customer_device parts run on the
// patients' (or caregivers') own devices rather than the customer's,
// unless a part says it is the customer's own (OnPatientsDevice).
func (p *Product) PatientsDevices() bool {
	return p.HomeUse.IsTrue() && len(p.Customer) > 0
}

// OnPatientsDevice reports whether pt runs on the patients' (or
// caregivers') own devices: a customer_device part of a product whose
// customer provides it to patients at home (PatientsDevices), unless it
// is the customer's own (Part.OwnedBy customer).
func (p *Product) OnPatientsDevice(pt Part) bool {
	return pt.Runs.IsCustomerDevice() && p.PatientsDevices() && pt.OwnedBy != "customer"
}

// CustomerOwnedAtHome returns the customer_device parts of a product
// used at home that the customer runs on its own devices (Part.OwnedBy
// customer beside PatientsDevices), in part order.
func (p *Product) CustomerOwnedAtHome() []Part {
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool {
		return !pt.Runs.IsCustomerDevice() || !p.PatientsDevices() || p.OnPatientsDevice(pt)
	})
}

// UsedAtHome returns the parts patients use at home beside those the
// customer runs on its own devices (CustomerOwnedAtHome): the device
// parts that go home with them (DeviceAtHome: not a clinician programmer
// that stays with the customer, Part.AtHome false, nor one the data do
// not place at home) and the parts on their own devices
// (OnPatientsDevice), in part order.
func (p *Product) UsedAtHome() []Part {
	home, _, _ := p.DeviceAtHome()
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool {
		if pt.Runs.IsDevice() {
			return !slices.ContainsFunc(home, func(h Part) bool { return h.ID == pt.ID })
		}
		return !p.OnPatientsDevice(pt)
	})
}

// DeviceAtHome sorts the device parts of a product used at home by
// Part.AtHome: home, those that go home with the patients (true, or the
// only device part where none is written false); kept, those that stay
// with the customer (false); open, those the data do not place (more
// than one device part and the key not written on it). Each in part
// order.
func (p *Product) DeviceAtHome() (home, kept, open []Part) {
	var dev []Part
	for _, pt := range p.AllParts() {
		if pt.Runs.IsDevice() {
			dev = append(dev, pt)
		}
	}
	for _, pt := range dev {
		switch {
		case pt.AtHome.IsTrue(), !pt.AtHome.Known() && len(dev) == 1:
			home = append(home, pt)
		case pt.AtHome.IsFalse():
			kept = append(kept, pt)
		default:
			open = append(open, pt)
		}
	}
	return home, kept, open
}

// A hospital may let its clinicians run the product's app on their own
// phones (bring your own device) as well as, or instead of, on phones it
// owns and manages: Part.OwnedBy says which, and "the customer owns"
// would name the wrong owner of a clinician's phone.

// ownerWords are, per Part.OwnedBy other than the customer, the runs
// label, the where phrase and the default patching of a customer_device
// part.
// The where phrase's %s is the part's HostNoun.
var ownerWords = map[string][3]string{
	"users": {"On its user's own device", "on a %s its user owns, not the customer",
		"The device's owner, its user, keeps its operating system up to date; " + appUpdatesUnsaid},
	"customer_or_users": {"On the customer's or its user's own device", "on a %s that the customer or its user owns",
		"The device's owner, the customer or its user, keeps its operating system up to date; " + appUpdatesUnsaid},
}

// userOwned returns the words for a customer_device part that its users
// may own (Part.OwnedBy users or customer_or_users), and whether it is one.
func (p *Product) userOwned(pt Part) ([3]string, bool) {
	// a lone user at home is the customer (loneUser): "its user owns,
	// not the customer" would name the same person twice
	if !pt.Runs.IsCustomerDevice() || p.OnPatientsDevice(pt) || p.loneUser() {
		return [3]string{}, false
	}
	w, ok := ownerWords[pt.OwnedBy]
	if pt.OwnedBy == "users" && p.Customer.Has("individual") {
		// a clinician who buys the product for their own use is both
		// its user and the customer: "not the customer" would be false
		// for them
		w[1] = strings.TrimSuffix(w[1], ", not the customer")
	}
	w[1] = fmt.Sprintf(w[1], pt.HostNoun())
	for i := range w { // an in-house device's owner is the hospital (InHouseWords)
		w[i] = p.InHouseWords(w[i])
	}
	return w, ok
}

// UsersOwn reports whether any of the parts runs on a phone, tablet or
// computer its user may own rather than the customer (Part.OwnedBy): the
// other software on it is then its owner's, not the customer's.
func (p *Product) UsersOwn(parts []Part) bool {
	return slices.ContainsFunc(parts, func(pt Part) bool { _, ok := p.userOwned(pt); return ok })
}

// RunsLabel is runs' label as this product's documents print it for
// every part that runs there (a diagram's zone): "On a patient's or caregiver's own
// device" for a customer_device part of a product whose customer
// provides it to patients at home (PatientsDevices), and the label of
// the customer_device parts' owner (Part.OwnedBy) when they all state
// the same one, naming their kind of device when they all write the same
// (Part.HostKinds). An in-house device's zones name the hospital that makes
// and runs it ("Hospital infrastructure", InHouseWords): the diagrams,
// their alt text and the threat paths all take their zone names here.
func (p *Product) RunsLabel(r PartRuns) string {
	if r.IsCustomerDevice() {
		return p.DevicesLabel(slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool { return !pt.Runs.IsCustomerDevice() }))
	}
	return p.InHouseWords(r.Label())
}

// DevicesLabel is RunsLabel of customer_device for the given
// customer_device parts alone: a diagram that frames each owner's parts
// apart (their owners differ, so a trust boundary lies between them)
// labels each frame by its own parts.
func (p *Product) DevicesLabel(parts []Part) string {
	// Parts of one owner on different kinds of device (Part.HostKinds)
	// share the owner's label with "device"; parts of different owners,
	// the label that names both.
	label, owner := "", ""
	for i, pt := range parts {
		l, o := p.PartRunsLabel(pt), p.partOwnerLabel(pt)
		if i > 0 && o != owner && p.PatientsDevices() {
			// the customer's own computers beside patients' phones
			return "On the customer's or patients' own devices"
		}
		if i > 0 && o != owner {
			return p.InHouseWords("On the customer's or its users' own devices")
		}
		if i > 0 && l != label {
			l = o
		}
		label, owner = l, o
	}
	if label != "" {
		return label
	}
	if p.PatientsDevices() {
		return "On a patient's or caregiver's own device"
	}
	return p.InHouseWords(PartRuns("customer_device").Label())
}

// PartRunsLabel is RunsLabel for one part: a customer_device part its
// user may own says so (Part.OwnedBy), and one that writes the kinds of
// device it runs on names them (Part.HostKinds: "On the customer's own
// computer").
func (p *Product) PartRunsLabel(pt Part) string { return hostKindWords(pt, p.partOwnerLabel(pt)) }

// partOwnerLabel is PartRunsLabel with "device" for whatever kinds of
// device the part runs on.
func (p *Product) partOwnerLabel(pt Part) string {
	if w, ok := p.userOwned(pt); ok {
		return w[0]
	}
	if w, ok := hostWords(pt); ok {
		return w[0]
	}
	if p.OnPatientsDevice(pt) {
		return "On a patient's or caregiver's own device" + p.makerSuppliedToo(pt, " or one the manufacturer supplies")
	}
	if p.InMakersDevices(pt) {
		return makerDevicesLabel
	}
	return p.InHouseWords(pt.Runs.Label())
}

// PartWhere is Part.Where as this product's documents say it: "on a
// patient's or caregiver's own phone, tablet or computer" for a
// customer_device part of a product whose customer provides it to
// patients at home (PatientsDevices), and whose device it is where its
// user may own it (Part.OwnedBy).
func (p *Product) PartWhere(pt Part) string {
	if p.OnPatientsDevice(pt) {
		return "on a patient's or caregiver's own " + pt.HostNoun() + p.makerSuppliedToo(pt, " or on a "+pt.HostNoun()+" the manufacturer supplies")
	}
	if w, ok := p.userOwned(pt); ok {
		return w[1]
	}
	if w, ok := hostWords(pt); ok {
		return w[1]
	}
	if p.InMakersDevices(pt) {
		return makerDevicesWhere
	}
	return p.InHouseWords(pt.Where())
}

// PartRunsWhere is PartWhere as the rest of a sentence after the part's
// name (PartRuns.RunsWhere): "runs on a patient's or caregiver's own
// phone, tablet or computer", "is hosted by the manufacturer".
func (p *Product) PartRunsWhere(pt Part) string { return runsWhere(pt.Runs, p.PartWhere(pt)) }

// PartPatchedBy is Part.PatchedBy, whose default for a customer_device
// part names the customer as the keeper of the phone's operating system:
// the patient keeps it where the customer provides the product to
// patients at home (PatientsDevices), the device's owner where its user
// may own it (Part.OwnedBy); "the device's" names the kinds of device it
// runs on where the part writes them (Part.HostKinds).
func (p *Product) PartPatchedBy(pt Part) string {
	if pt.Patching == "" && p.makerSupplied(pt) {
		// the manufacturer's device management may keep its own devices
		// up to date: who does is not stated
		return "On a patient's or caregiver's own " + pt.HostNoun() + ", the patient or caregiver keeps its operating system up to date; who does so on a " +
			pt.HostNoun() + " the manufacturer supplies is not stated; " + appUpdatesUnsaid
	}
	if pt.Patching == "" && p.OnPatientsDevice(pt) {
		return "The patient or caregiver keeps the " + pt.HostOwner() + " operating system up to date; " + appUpdatesUnsaid
	}
	if w, ok := p.userOwned(pt); ok && pt.Patching == "" {
		return hostKindWords(pt, w[2])
	}
	if w, ok := hostWords(pt); ok && pt.Patching == "" {
		return w[2]
	}
	if pt.Patching == "" && p.InMakersDevices(pt) {
		return makerDevicesPatch
	}
	if pt.Patching == "" {
		return hostKindWords(pt, p.InHouseWords(pt.PatchedBy()))
	}
	return pt.PatchedBy()
}

// PartBackedUpBy is Part.BackedUpBy, whose default for an in-house
// device names the hospital, not a customer (InHouseWords).
func (p *Product) PartBackedUpBy(pt Part) string {
	if pt.Backup == "" && p.hostKeepsNoData(pt) {
		// only without [backup] (the CSD names the host's backer beside
		// one itself): who backs up a host of the customer's is not stated
		clause := pt.HostBackupClause()
		switch clause {
		case hostBackupClause:
			clause = hostBackupUnsaidOnly
		case platformBackupClause:
			clause = "Who backs up the container platform is not stated"
		}
		return p.InHouseWords(clause + "; " + hostNothingKept)
	}
	if pt.Backup == "" {
		return p.InHouseWords(pt.BackedUpBy())
	}
	return pt.BackedUpBy()
}

// PartMonitoredBy: see PartBackedUpBy.
func (p *Product) PartMonitoredBy(pt Part) string {
	if pt.Monitoring == "" {
		return p.InHouseWords(pt.MonitoredBy())
	}
	return pt.MonitoredBy()
}

// A sponsor of a clinical trial may give some participants a phone the
// manufacturer provisions and locks with its device management (MDM)
// instead of their own: Part.MakerSupplied says so, and "a patient's own
// phone", "the patient keeps its operating system up to date" and "the
// manufacturer neither supplies nor updates" its platforms would then be
// false for those phones.

// makerSupplied reports a part on the patients' own devices of which the
// manufacturer supplies and manages some too (Part.MakerSupplied).
func (p *Product) makerSupplied(pt Part) bool {
	return pt.MakerSupplied.IsTrue() && p.OnPatientsDevice(pt)
}

// makerSuppliedToo is s for such a part (makerSupplied), "" for any other.
func (p *Product) makerSuppliedToo(pt Part, s string) string {
	if p.makerSupplied(pt) {
		return s
	}
	return ""
}

// MakerSuppliedHosts names, in the plural, the kinds of device the
// manufacturer supplies for those of parts that run on some it supplies
// (Part.MakerSupplied: "phones"); "" where none does. The platforms'
// sentence then says the platforms run on the manufacturer's devices too
// rather than that it neither supplies nor updates them.
func (p *Product) MakerSuppliedHosts(parts []Part) string {
	sup := slices.DeleteFunc(slices.Clone(parts), func(pt Part) bool { return !p.makerSupplied(pt) })
	if len(sup) == 0 {
		return ""
	}
	return p.HostNouns(sup)
}

// PlatformsMakerSupplies is MakerSuppliedHosts for the parts that run on
// the platforms.
func (p *Product) PlatformsMakerSupplies(pls []Platform) string {
	return p.MakerSuppliedHosts(p.PlatformParts(pls))
}

// SuppliesHosts reports whether the manufacturer supplies some of the
// devices a part of the product runs on (Part.MakerSupplied): the MDS2
// form then derives nothing from the product having no hardware of its
// own.
func (p *Product) SuppliesHosts() bool { return p.MakerSuppliedHosts(p.AllParts()) != "" }
