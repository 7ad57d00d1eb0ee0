package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// displayPII (MPII-3.1: can the device show PII on a screen?) is Yes from
// a display that carries PHI or PII. No only where the displays are all
// the product has to show anything on: at least one display is listed,
// each states what it carries and none carries PHI or PII, no web user
// interface carries PHI or PII or leaves carries unstated, and no part
// off the device handles PHI or PII (offDeviceMayShowPII). A product that
// lists no display (software shown on the customer's screens, a screen
// left out of the list), or whose web pages, portal, app or server
// handle PHI, would otherwise read "shows no PHI" on a form whose users
// see PHI every day, beside its own AUDT-2.5 that records PHI viewed on
// screen. A web user interface carrying PHI gives no Yes either: whether
// the form's "device" takes in the pages its users' browsers show (the
// manufacturer's portal beside a device, a server's console) is the
// manufacturer's reading.
func (f *mds2Facts) displayPII() (fact, bool) {
	d, ok := ifaceCarriesPII("display", kinds("display"))(f)
	if ok && d.Answer == mds2.Yes {
		return d, true
	}
	if !ok || !slices.ContainsFunc(f.p.Interfaces, kinds("display")) || f.offDeviceMayShowPII() {
		return fact{}, false
	}
	for i, it := range f.p.Interfaces {
		if it.Kind == "web_ui" && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return fact{}, false
		}
	}
	return d, true
}

// offDeviceMayShowPII reports a part of the product off the device that
// handles PHI or PII, or may: an interface of it carries them or does
// not say what it carries, a store of it holds them, or a data flow of
// them starts or ends at it. Its screens are no display the interfaces
// list: an app shows the readings it fetches on the phone, a server's
// clients and a portal's web pages show what they serve. The customer's
// own infrastructure (its EHR) is not the product.
func (f *mds2Facts) offDeviceMayShowPII() bool {
	off := func(pt content.Part) bool {
		return pt.ID != "" && !pt.Runs.IsDevice() && !pt.Runs.IsCustomerInfrastructure()
	}
	for i, it := range f.p.Interfaces {
		if off(f.p.PartOfInterface(it)) && (carriesPII(it.Carries) || !f.carriesStated(i)) {
			return true
		}
	}
	for _, d := range f.p.DataStores {
		if off(f.p.PartOfStore(d)) && carriesPII(d.Data) {
			return true
		}
	}
	for _, d := range f.p.DataFlows {
		if carriesPII(d.Data) && (off(f.flowPart(d.From)) || off(f.flowPart(d.To))) {
			return true
		}
	}
	return false
}
