package content

import "slices"

// A remote-service appliance (a gateway in the customer's DMZ) holds the
// connection to the manufacturer and passes sessions and software on to
// the parts remote_service.parts names. It is not one of those parts, yet
// remote service plainly reaches it: the documents name it as the way in,
// never among the parts "not reached".

// RemoteServiceRelays are, where remote_service.parts is written, the
// parts on the customer's side it leaves out that relay the service: a
// data flow goes from the part to a part it names (or from such a part
// that exchanges no flow with the outside to the part), and the part exchanges
// a data flow with something outside the customer's side of the product
// (an outside system, or a part the manufacturer hosts). In the product's
// order; nil otherwise.
func (p *Product) RemoteServiceRelays() []Part {
	reached := p.RemoteService.Parts
	if len(reached) == 0 {
		return nil
	}
	outside := func(end string) bool {
		pt := p.Part(end)
		return pt.ID == "" || pt.ID != end || pt.Runs.IsManufacturerHosted()
	}
	// A reached part with no data flow of its own to the outside can only
	// be reached through a part of the product: there a flow from it to
	// the candidate (the panel's data going up through the router) ties
	// the two as well as one the other way (dialysiswater).
	shut := func(id string) bool {
		for _, f := range p.DataFlows {
			if f.From == id && outside(f.To) || f.To == id && outside(f.From) {
				return false
			}
		}
		return true
	}
	var out []Part
	for _, pt := range p.AllParts() {
		if !remoteCustomerSide(pt) || slices.Contains(reached, pt.ID) {
			continue
		}
		var feeds, linked bool
		for _, f := range p.DataFlows {
			switch {
			case f.From == pt.ID && slices.Contains(reached, f.To),
				f.To == pt.ID && slices.Contains(reached, f.From) && shut(f.From):
				feeds = true
			case f.From == pt.ID && outside(f.To), f.To == pt.ID && outside(f.From):
				linked = true
			}
		}
		if feeds && linked {
			out = append(out, pt)
		}
	}
	return out
}

// remoteServiceRelay says "through the A" for RemoteServiceRelays; "".
func (p *Product) remoteServiceRelay() string {
	if r := p.RemoteServiceRelays(); len(r) > 0 {
		return "through " + p.PartTheNames(r)
	}
	return ""
}
