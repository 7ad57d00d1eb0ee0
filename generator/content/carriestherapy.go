package content

import "slices"

// CarriesTherapy reports whether a data flow or an interface of the
// product carries therapy data: only then does "start or stop its
// therapy" fit it (a pump, a ventilator), not a prosthetic hand or a
// monitor.
func (p *Product) CarriesTherapy() bool {
	return slices.ContainsFunc(p.DataFlows, func(f DataFlow) bool { return f.Data.Has("therapy") }) ||
		slices.ContainsFunc(p.Interfaces, func(it Interface) bool { return it.Carries.Has("therapy") })
}
