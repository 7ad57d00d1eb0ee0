package content

import "fmt"

// portsReason is why labeling item 3 asks for [[ports]]: "" when no
// interface joins a network; "the device has a network interface" when
// one is the device's (or the product is one part of software, or not
// called a device); else the interfaces and their parts, since a device
// whose only network interface is its app's (an app's crash report on the
// patient's phone), or a product of parts none of which is a device (an
// app and its cloud), has none of its own.
func portsReason(p *Product) string {
	var others []string
	for _, i := range p.Interfaces {
		if !i.Kind.JoinsHospitalNetwork() {
			continue
		}
		pt := p.PartOfInterface(i)
		if pt.ID == "" || pt.Runs.IsDevice() || !p.HasDevice() && !p.MultiPart() || p.Noun() != "device" {
			return "the " + p.Noun() + " has a network interface"
		}
		others = append(others, fmt.Sprintf("%s of part %s", i.ID, pt.ID))
	}
	switch len(others) {
	case 0:
		return ""
	case 1:
		return "interface " + others[0] + " is a network interface"
	}
	return "interfaces " + AndList(others) + " are network interfaces"
}

// unlistedInterfacesNeeds are what item 3 lacks for the parts whose
// interfaces the CSD says are not stated (InterfacesUnlisted): the
// section then does not list every interface, so the item is incomplete.
// A part whose interfaces_complete is not written, unless no interface
// names it while a port or data flow uses it, lacks no interface the data
// say it has, only the key: ruleInterfacesCompleteUnstated asks for it,
// once, with what follows.
func unlistedInterfacesNeeds(p *Product) []string {
	var out []string
	for _, pt := range p.PartsInterfacesUnlisted() {
		if pt.InterfacesComplete.IsFalse() && pt.Implicit() { // a product without [[parts]]
			out = append(out, "every interface of the device in [[interfaces]] (interfaces_complete = false)")
			continue
		}
		if pt.InterfacesComplete.IsFalse() {
			out = append(out, fmt.Sprintf("every interface of part %s in [[interfaces]] (parts[%s].interfaces_complete = false)", pt.ID, pt.ID))
			continue
		}
		if !p.usedUnnamed(pt) {
			continue
		}
		out = append(out, fmt.Sprintf("[[interfaces]] of part %s (a port or data flow uses it and no interface names it)", pt.ID))
	}
	return out
}
