package content

import (
	"fmt"
	"slices"
	"strings"
)

// RemoteServiceDeniedParts names, for "offers no remote service
// connection to the <product> (…)", the parts on the customer's side that
// remote_service.offered = false covers, where there are two or more:
// "the device" beside a server the customer hosts reads as the device
// alone and leaves the server in doubt. "neither the A nor the B", "none
// of the A, the B and the C"; "" for a product with one such part, which
// "the device" or "the product" names whole.
func (p *Product) RemoteServiceDeniedParts() string {
	var names []string
	for _, pt := range p.AllParts() {
		if remoteCustomerSide(pt) {
			names = append(names, pt.TheName())
		}
	}
	switch len(names) {
	case 0, 1:
		return ""
	case 2:
		return "neither " + names[0] + " nor " + names[1]
	}
	return "none of " + AndList(names)
}

// NetworkUpdatesText says which parts the data flows state software
// reaches over a network, in every one of the versions (all of them, for
// a product without versions): a flow carrying software to a part on the
// customer's side over an interface of a network kind that is not
// internal to the product. It is what the data decide of "software
// updates over a network" where remote_service.other_functions is not
// written: not who sends them, nor that the manufacturer pushes them
// (the flow may come from the product's own app), and a path stated only
// in words (parts.patching, postmarket.patching.deployment) decides
// nothing. "Software updates reach the A over a network (data flow
// DF-02)"; "" when no flow states one.
func (p *Product) NetworkUpdatesText(versions []string) string {
	views := []*Product{p}
	if len(versions) > 0 {
		views = views[:0]
		for _, v := range versions {
			views = append(views, p.At(v))
		}
	}
	type hop struct{ flow, part string }
	var common []hop
	for i, q := range views {
		var hops []hop
		for _, f := range q.DataFlows {
			if !f.Data.Has("software") {
				continue
			}
			to := q.Part(f.To)
			if to.ID == "" || to.ID != f.To || !remoteCustomerSide(to) {
				continue
			}
			it := q.Interface(f.Interface)
			if it == nil || it.Internal || !it.Kind.Network() {
				continue
			}
			hops = append(hops, hop{f.ID, to.ID})
		}
		if i == 0 {
			common = hops
			continue
		}
		// a version that lacks the flow leaves it unstated for the run
		common = slices.DeleteFunc(common, func(h hop) bool { return !slices.Contains(hops, h) })
	}
	if len(common) == 0 {
		return ""
	}
	var parts []Part
	var flows []string
	for _, h := range common {
		if !slices.ContainsFunc(parts, func(pt Part) bool { return pt.ID == h.part }) {
			parts = append(parts, views[0].Part(h.part))
		}
		if !slices.Contains(flows, h.flow) {
			flows = append(flows, h.flow)
		}
	}
	noun := "data flow"
	if len(flows) > 1 {
		noun = "data flows"
	}
	return fmt.Sprintf("Software updates reach %s over a network (%s %s)", views[0].PartTheNames(parts), noun, strings.Join(flows, ", "))
}
