package content

import "fmt"

// portsReason is why labeling item 3 asks for [[ports]]: "" when no
// interface joins a network; "the device has a network interface" when
// one is the device's (or the product is software only, or not called a
// device); else the interfaces and their parts, since a device whose only
// network interface is its app's (an app's crash report on the patient's
// phone) has none of its own.
func portsReason(p *Product) string {
	var others []string
	for _, i := range p.Interfaces {
		if !i.Kind.JoinsHospitalNetwork() {
			continue
		}
		pt := p.PartOfInterface(i)
		if pt.ID == "" || pt.Runs.IsDevice() || !p.HasDevice() || p.Noun() != "device" {
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
