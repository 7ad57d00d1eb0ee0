package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// What a model lacks, where the interfaces list scopes what each model
// has (interfaces.models): a single-use patch whose only interface is a
// Bluetooth link to the product's own gateway, beside a gateway model
// with a touchscreen and Wi-Fi. Asked of the patch model alone
// (mds2Facts.forModel), a Yes the gateway's display or port gives the
// form holds for the gateway only, and the data give the patch No rather
// than leave it undecided (models.go). These answers too are read from
// what is absent, so they yield to the manufacturer's (fact.Yields).

// displayPIIOrNoneHere (MPII-3.1): the rule of displayPII, else No where
// the facts' models have no display while the product lists one on other
// models only: the author listed displays, and scoped each to its models.
// What else may show PII (a web user interface, a part off the device)
// still leaves the question open, as in displayPII.
func (f *mds2Facts) displayPIIOrNoneHere() (fact, bool) {
	if d, ok := f.displayPII(); ok {
		return d, true
	}
	if slices.ContainsFunc(f.p.Interfaces, kinds("display")) || f.offDeviceMayShowPII() {
		return fact{}, false
	}
	i := slices.IndexFunc(f.whole.Interfaces, kinds("display"))
	if i < 0 {
		return fact{}, false
	}
	for j, it := range f.p.Interfaces {
		if it.Kind == "web_ui" && (carriesPII(it.Carries) || !f.carriesStated(j)) {
			return fact{}, false
		}
	}
	d := f.no(fmt.Sprintf("interfaces[%d]", i), fmt.Sprintf("is a display on %s (interfaces.models), and the interfaces list none on the models this answer is about, so they have no screen to show PII on", content.OnlyOn(f.whole.Interfaces[i].Models)))
	d.Yields, d.Denies = true, mds2.Yes
	return d, true
}

// insideNetworkOrOwnLinks (CONN-3): the rule of insideNetworkOrNone, else
// No where the only links are between the product's own parts on the
// device (ownLinksOnly).
func (f *mds2Facts) insideNetworkOrOwnLinks() (fact, bool) {
	if d, ok := f.insideNetworkOrNone(); ok {
		return d, true
	}
	if !f.ownLinksOnly() {
		return fact{}, false
	}
	d := f.no("data_flows", "run only between the product's own parts on the device, over interfaces other than Ethernet, Wi-Fi or cellular with no network port on them, so it communicates with no other system")
	d.Yields, d.Denies = true, mds2.Yes
	return d, true
}

// ownLinksOnly reports facts whose every interface is a display,
// removable media (carried, not connected), internal to the product, or a
// link that joins no IP network of the customer's (not Ethernet, Wi-Fi or
// cellular, nor a virtual interface or one of kind other) over which at
// least one data flow runs and every data flow runs between two of the
// product's parts on the device; with the ports stated and none in the
// facts, every data flow between such parts, and at least one such link.
// The flows say what it exchanges data with: a patch's Bluetooth radio
// whose only flow goes to the product's gateway.
func (f *mds2Facts) ownLinksOnly() bool {
	if len(f.p.Ports) > 0 || !f.whole.States("ports") && len(f.whole.Ports) == 0 {
		return false
	}
	own := func(name string) bool {
		pt := f.flowPart(name)
		return pt.ID != "" && pt.Runs.IsDevice() && !f.p.IsRelatedPart(pt.ID)
	}
	for _, d := range f.p.DataFlows {
		if !own(d.From) || !own(d.To) {
			return false
		}
	}
	links := 0
	for _, it := range f.p.Interfaces {
		if it.Kind == "display" || it.Kind == "removable_media" || it.Internal {
			continue
		}
		if it.Kind.JoinsHospitalNetwork() || it.Kind.Virtual() || it.Kind.Unsaid() {
			return false
		}
		if !slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool { return d.Interface == it.ID }) {
			return false
		}
		links++
	}
	return links > 0
}
