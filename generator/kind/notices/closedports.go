package notices

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// ClosedPorts are the ports on one interface the notice tells the
// customer to disable (NoticeView.Disable): disabling the interface
// closes them, so they are no port the product needs kept open. Each
// number and transport is listed once.
type ClosedPorts struct {
	Interface content.Interface
	Ports     []content.Port
}

// closedByInterface groups ports (each on an interface of disable) by
// their interface, in the order of disable.
func closedByInterface(disable []content.Interface, ports []content.Port) []ClosedPorts {
	var out []ClosedPorts
	for _, it := range disable {
		c := ClosedPorts{Interface: it}
		for _, pt := range ports {
			if pt.Interface == it.ID && !slices.ContainsFunc(c.Ports, func(x content.Port) bool {
				return x.Number == pt.Number && x.Transport == pt.Transport
			}) {
				c.Ports = append(c.Ports, pt)
			}
		}
		if len(c.Ports) > 0 {
			out = append(out, c)
		}
	}
	return out
}
