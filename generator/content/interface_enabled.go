package content

import "slices"

// InterfaceEnabled is whether interface it is on as shipped, for the
// interfaces tables and the CSD's key facts: its own default_enabled where
// written; else on (True) where a port on it is open as shipped (a port
// with default_enabled = true on every model the interface is on), as a
// port cannot be open on an interface that is off; else not stated. A port
// stated closed as shipped decides nothing about its interface, nor does
// one open only on some of the interface's models.
func (p *Product) InterfaceEnabled(it Interface) Tri {
	if it.DefaultEnabled.Known() {
		return it.DefaultEnabled
	}
	for _, pt := range p.Ports {
		if pt.Interface == it.ID && pt.DefaultEnabled.IsTrue() && p.portOnEveryModel(pt, it) {
			return True
		}
	}
	return Unstated
}

// portOnEveryModel reports whether port pt is used on every model its
// interface it is on (interfaces.models, else every model of the product).
func (p *Product) portOnEveryModel(pt Port, it Interface) bool {
	if len(pt.Models) == 0 {
		return true
	}
	need := it.Models
	if len(need) == 0 {
		for _, m := range p.Models {
			need = append(need, m.ID)
		}
	}
	for _, m := range need {
		if !slices.Contains(pt.Models, m) {
			return false
		}
	}
	return true
}
