package content

import (
	"strconv"
	"strings"
)

// InterfaceListName names interface id in a list of the product's
// interfaces (the CSD's key facts): its short name (InterfaceShort) when
// every interface of the product reads as its kind's label, else its own
// name. A list that names some by name and others by kind ("USB" beside
// "Controller Bluetooth Low Energy") leaves the reader unable to tie the
// kind to a row of the interfaces table, where each has its name.
func (p *Product) InterfaceListName(id string) string {
	for _, it := range p.Interfaces {
		if p.InterfaceShort(it.ID) != it.Kind.Label() {
			for _, i := range p.Interfaces {
				if i.ID == id {
					return i.Name
				}
			}
			return id
		}
	}
	return p.InterfaceShort(id)
}

// InterfacesKeyFact lists every interface of the product for the CSD's key
// facts (InterfaceStateList).
func (p *Product) InterfacesKeyFact() string { return p.InterfaceStateList(p.Interfaces) }

// PartInterfacesKeyFact lists the interfaces of part id for the CSD's key
// facts (InterfaceStateList); "" when the part has none.
func (p *Product) PartInterfacesKeyFact(id string) string {
	var ifs []Interface
	for _, it := range p.Interfaces {
		if p.PartOfInterface(it).ID == id {
			ifs = append(ifs, it)
		}
	}
	return p.InterfaceStateList(ifs)
}

// InterfaceStateList names ifs (InterfaceListName), each with whether it is
// on (InterfaceEnabled: interfaces.default_enabled, else a port open on it
// as shipped), whether it is internal to the product and
// the models it is on. Where two or more are listed and none states whether
// it is on, that is said once after the list, with their count, instead
// of after each; where some state it, each that does not says so itself.
func (p *Product) InterfaceStateList(ifs []Interface) string {
	once := len(ifs) > 1
	for _, it := range ifs {
		if p.InterfaceEnabled(it) != Unstated {
			once = false
		}
	}
	items := make([]string, 0, len(ifs))
	for _, it := range ifs {
		var notes []string
		if !once {
			notes = append(notes, p.InterfaceEnabled(it).SayOr("on", "off", "whether it is on is not stated"))
		}
		if it.Internal {
			notes = append(notes, "internal")
		}
		if m := p.OnlyOnModels(it.Models); m != "" {
			notes = append(notes, m)
		}
		s := p.InterfaceListName(it.ID)
		if len(notes) > 0 {
			s += " (" + strings.Join(notes, ", ") + ")"
		}
		items = append(items, s)
	}
	out := strings.Join(items, ", ")
	if once {
		// Counted, so that the remark after the last item reads as
		// covering every item before it, not that item's own note.
		out += " (whether each of these " + strconv.Itoa(len(ifs)) + " is on is not stated)"
	}
	return out
}
