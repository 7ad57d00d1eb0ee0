package content

import (
	"slices"
	"strings"
)

// The content model reads [[interfaces]] as every interface of each part
// only where parts[].interfaces_complete = true (for a product without
// [[parts]], the product's interfaces_complete = true) says so: the MDS2 form
// then turns an interface it leaves out into No (no USB port, no
// Bluetooth) and the documents head the table "Every ... interface".
// Where the data list only some of a part's interfaces (interfaces_complete
// = false), do not say whether the list is whole (the key not written), or
// plainly list none of a part that ports or data flows use, neither holds:
// the answer is not stated.

// InterfacesUnlisted reports whether part pt may have interfaces that
// [[interfaces]] does not list: its interfaces_complete is false, or, for
// a part of the product's own (the customer's infrastructure is not),
// interfaces_complete is not written or no interface names it while a
// port or data flow does. The implicit device part of a product without
// [[parts]] takes the product's own interfaces_complete (AllParts): not
// written, its list is not called whole either. Read it on the product on
// every model: one model's view (OnModels) drops the interfaces of the
// others.
func (p *Product) InterfacesUnlisted(pt Part) bool {
	if pt.InterfacesComplete.IsFalse() {
		return true
	}
	if pt.Runs.IsCustomerInfrastructure() || pt.ID == "" {
		return false
	}
	// Not written, whether the list is whole is not stated: the key is
	// the part's (or, without [[parts]], the product's) on every model, so
	// a view of some models reads it too.
	if !pt.InterfacesComplete.Known() {
		return true
	}
	// A view of some models (ForModels) has left out the interfaces of
	// the others, so a part with none here may have them there.
	if p.leftOut {
		return false
	}
	return p.usedUnnamed(pt)
}

// usedUnnamed reports a part that no interface names while a port or
// data flow uses it: its interfaces are plainly not listed.
func (p *Product) usedUnnamed(pt Part) bool {
	if slices.ContainsFunc(p.Interfaces, func(i Interface) bool { return p.PartOfInterface(i).ID == pt.ID }) {
		return false
	}
	// A port's peer_part is reached over the network as surely as the
	// port's own part (a console on the customer's PCs that the server
	// streams to).
	return slices.ContainsFunc(p.Ports, func(po Port) bool { return p.PartOfPort(po).ID == pt.ID || po.PeerPart == pt.ID }) ||
		slices.ContainsFunc(p.DataFlows, func(f DataFlow) bool { return f.From == pt.ID || f.To == pt.ID })
}

// PartsInterfacesUnlisted are the parts InterfacesUnlisted reports, in the
// data's order.
func (p *Product) PartsInterfacesUnlisted() []Part {
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool { return !p.InterfacesUnlisted(pt) })
}

// DeviceInterfacesUnlisted reports a part on the device whose interfaces
// [[interfaces]] may not all list: an MDS2 hardware question (CONN-1.x)
// is then not answered No for an interface the list leaves out.
func (p *Product) DeviceInterfacesUnlisted() bool {
	return slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Runs.IsDevice() && p.InterfacesUnlisted(pt) })
}

// InterfacesUnlistedSentence says, after the opening sentence of the
// interfaces table, which parts' interfaces the list may leave out: those
// of a part it lists none of are not stated, and whether a part with
// interfaces_complete = false or not written has others is not stated.
// thing is what a product of one part is called ("device"). "" when every
// list is whole.
func (p *Product) InterfacesUnlistedSentence(thing string) string {
	var none, some []Part
	for _, pt := range p.PartsInterfacesUnlisted() {
		if slices.ContainsFunc(p.Interfaces, func(i Interface) bool { return p.PartOfInterface(i).ID == pt.ID }) {
			some = append(some, pt)
		} else {
			none = append(none, pt)
		}
	}
	var out []string
	if len(none) > 0 {
		what := "The interfaces of " + p.PartTheNames(none)
		if !p.MultiPart() {
			what = "The interfaces of the " + thing
		}
		out = append(out, capitaliseFirst(what)+" are not stated.")
	}
	if len(some) > 0 {
		// No verb agrees with the names: a part may be named in the
		// plural ("Wayfind gateways").
		of := p.PartTheNames(some)
		if !p.MultiPart() {
			of = "the " + thing
		}
		out = append(out, "Whether the list names every interface of "+of+" is not stated.")
	}
	return strings.Join(out, " ")
}
