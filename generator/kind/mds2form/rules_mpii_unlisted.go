package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// unlessUnlistedPII is an MPII rule whose No rests on the interface list
// ("no listed interface carries PHI or PII"), except that the No yields
// (decides nothing) beside a part whose list may leave interfaces out
// (content.Product.InterfacesUnlisted: interfaces_complete = false, or
// no interface named while ports or flows use the part) and that holds
// or receives PHI or PII: an interface the list leaves out may carry
// them, so the manufacturer says. A part with no PHI or PII at all sends
// none over an interface the list leaves out, so the No stands beside it
// (a location system's radio gateways). As CONN-1.x (ifaceOfKind), the
// list is judged on the product on every model.
func unlessUnlistedPII(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if ok && d.Answer == mds2.No && f.unlistedPIIPart() {
			return fact{}, false
		}
		return d, ok
	}
}

// unlistedPIIPart reports a part of the product's own (not the customer's
// infrastructure) whose interfaces the data may not all list and that
// has a data store holding PHI or PII, is an end of a data flow carrying
// them, or has a listed interface carrying them or not saying what it
// carries (a headset's Bluetooth link with carries not written: what the
// part holds is then not stated, so an interface the list leaves out,
// such as its USB-C port, may carry PHI or PII).
func (f *mds2Facts) unlistedPIIPart() bool {
	whole := f.whole
	if whole == nil {
		whole = f.p.Product
	}
	// Data stores not written say nothing of what a part keeps: the part
	// may hold PHI or PII, so it is not read as holding none.
	storesUnstated := len(f.p.DataStores) == 0 && !f.p.States("data_stores")
	holdsPII := func(pt content.Part) bool {
		return storesUnstated || slices.ContainsFunc(f.p.DataStores, func(d content.DataStore) bool {
			return f.p.PartOfStore(d).ID == pt.ID && carriesPII(d.Data)
		}) || slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool {
			return carriesPII(d.Data) && (f.flowPart(d.From).ID == pt.ID || f.flowPart(d.To).ID == pt.ID)
		}) || slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool {
			return f.p.PartOfInterface(it).ID == pt.ID && carriesPII(it.Carries)
		}) || f.unstatedCarriesOn(pt)
	}
	return slices.ContainsFunc(whole.PartsInterfacesUnlisted(), func(pt content.Part) bool {
		return !pt.Runs.IsCustomerInfrastructure() && holdsPII(pt)
	})
}

// unstatedCarriesOn reports a listed interface of part pt that does not
// say what it carries (carries not written): whether the part holds PHI
// or PII is then not stated.
func (f *mds2Facts) unstatedCarriesOn(pt content.Part) bool {
	for i, it := range f.p.Interfaces {
		if f.p.PartOfInterface(it).ID == pt.ID && !f.carriesStated(i) {
			return true
		}
	}
	return false
}
