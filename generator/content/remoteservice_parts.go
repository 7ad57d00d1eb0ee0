package content

import (
	"fmt"
	"slices"
)

// A remote service may reach only some parts on the customer's side: the
// manufacturer's staff support a clinic server through its tunnel, never
// the dialysis machines beside it. Said of "the device", the documents
// would tell a customer that the manufacturer works on the machines.
// remote_service.parts names the parts reached; the documents name them,
// and the parts on the customer's side it leaves out as not reached.

// RemoteServiceParts are the parts remote_service.parts names, in the
// order written; nil when it is not written (the device as a whole).
func (p *Product) RemoteServiceParts() []Part {
	var out []Part
	for _, id := range p.RemoteService.Parts {
		if id == "" {
			continue // Part("") is the default part, which was not named
		}
		if pt := p.Part(id); pt.ID != "" {
			out = append(out, pt)
		}
	}
	return out
}

// RemoteServiceNotReached are, where remote_service.parts is written, the
// parts on the customer's side (those remote service could reach) that it
// leaves out, in the product's order, but for those that relay the
// service to them (RemoteServiceRelays).
func (p *Product) RemoteServiceNotReached() []Part {
	if len(p.RemoteService.Parts) == 0 {
		return nil
	}
	relays := p.RemoteServiceRelays() // the way in, reached (remoteservice_relay.go)
	var out []Part
	for _, pt := range p.AllParts() {
		if remoteCustomerSide(pt) && !slices.Contains(p.RemoteService.Parts, pt.ID) && !slices.ContainsFunc(relays, func(r Part) bool { return r.ID == pt.ID }) {
			out = append(out, pt)
		}
	}
	return out
}

// RemoteServicePartNames names the parts remote service reaches for a
// sentence ("DX-5 Clinic Server", "the A and the B"); "" when
// remote_service.parts is not written.
func (p *Product) RemoteServicePartNames() string {
	return p.PartTheNames(p.RemoteServiceParts())
}

// RemoteServiceReach says which parts remote service reaches, after
// "reaches": "DX-5 Clinic Server only, not the DX-5 dialysis machine", or
// "the A and the B" when it leaves no part on the customer's side out;
// "" when remote_service.parts is not written.
func (p *Product) RemoteServiceReach() string {
	names := p.RemoteServicePartNames()
	if names == "" {
		return ""
	}
	via := ""
	if r := p.remoteServiceRelay(); r != "" {
		via = " (" + r + ")"
	}
	if out := p.RemoteServiceNotReached(); len(out) > 0 {
		// "not the A and the B" reads as not both together
		var the []string
		for _, pt := range out {
			the = append(the, pt.TheName())
		}
		return names + " only" + via + ", not " + OrList(the)
	}
	return names + via
}

// remoteServiceParts checks remote_service.parts, in each version's view
// (a version may restate it, or remove a part it names): an empty list,
// an unknown part, and a part the manufacturer hosts or the customer's
// own infrastructure, which are not what the manufacturer's remote
// service of the device reaches, are errors, each reported once.
func (v *productValidator) remoteServiceParts() {
	errorf := v.once(v.errorf)
	warnf := v.once(v.warnf)
	for _, vv := range v.p.distinctViews() {
		q := vv.q
		at := q.PatchKey("remote_service", "parts")
		ids := q.RemoteService.Parts
		if len(ids) == 0 {
			if v.p.Source.Has(at) {
				errorf(at, "an empty list names no part that remote service reaches: name the parts it reaches, or leave the key out")
			} else if q.remoteServiceReachGuessed() {
				parts, _ := q.remoteServiceReached()
				warnf(q.PatchKey("remote_service", "offered"), "remote_service.parts is not written, and the product has %s on the customer's side: the documents say which of its parts remote service reaches is not stated, and the CSD's firewall advice cannot name them; write remote_service.parts", q.PartTheNames(parts))
			}
			continue
		}
		known := map[string]bool{}
		for _, pt := range q.AllParts() {
			known[pt.ID] = true
		}
		for j, id := range ids {
			path := fmt.Sprintf("%s[%d]", at, j)
			pt := q.Part(id)
			switch {
			case id == "" || pt.ID == "":
				errorf(path, "unknown part %q (want one of %s)", id, keysOf(known))
			case pt.Runs.IsManufacturerHosted():
				errorf(path, "part %q (%s) is hosted by the manufacturer: remote_service.parts names the parts on the customer's side that the manufacturer's staff reach remotely", id, pt.Name)
			case pt.Runs.IsCustomerInfrastructure():
				errorf(path, "part %q (%s) is the customer's own infrastructure, not the product: remote_service.parts names the parts of the product on the customer's side that the manufacturer's staff reach remotely", id, pt.Name)
			case slices.Index(ids, id) != j:
				errorf(path, "%q is listed twice", id)
			}
		}
	}
}
