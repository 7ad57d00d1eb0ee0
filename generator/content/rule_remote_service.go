package content

import (
	"fmt"
	"strings"
)

// ManufacturerInPort returns the first port of the product by which a
// part the manufacturer hosts opens a connection in to a part on the
// customer's side: one the customer-side part listens on (direction in or
// both) naming the hosted part as its peer_part, or one the hosted part
// connects out on (out or both) naming the customer-side part. ok is
// false when no port shows such a connection. A connection the
// customer's side opens to the manufacturer (an outbound VPN) is not one.
func (p *Product) ManufacturerInPort() (pt Port, path string, ok bool) {
	for i, pt := range p.Ports {
		if pt.PeerPart == "" || p.InternalPort(pt) {
			continue
		}
		own, peer := p.PartOfPort(pt), p.Part(pt.PeerPart)
		if peer.ID == "" {
			continue
		}
		if own.Runs.IsManufacturerHosted() && pt.Direction != "in" && remoteCustomerSide(peer) ||
			remoteCustomerSide(own) && pt.Direction != "out" && peer.Runs.IsManufacturerHosted() {
			return pt, AtOr(pt.At, fmt.Sprintf("ports[%d]", i)), true
		}
	}
	return Port{}, "", false
}

// remoteCustomerSide reports a part on the customer's side that the
// manufacturer could reach for remote service: the device, software the
// customer hosts or runs on its own devices; not the manufacturer's own
// parts, nor the customer's infrastructure.
func remoteCustomerSide(pt Part) bool {
	return pt.ID != "" && !pt.Runs.IsManufacturerHosted() && !pt.Runs.IsCustomerInfrastructure()
}

// remoteServiceFacts warns where [remote_service] contradicts the
// product's other facts, in each version's view (ports change by
// version): a service stated not offered whose other keys describe one;
// one stated not offered, or connecting outbound only, beside a port by
// which a part the manufacturer hosts connects in to a part on the
// customer's side; one stated offered on a product that joins no network.
func (v *productValidator) remoteServiceFacts() {
	r := v.p.RemoteService
	if !r.Stated() {
		return
	}
	if r.Offered.IsFalse() {
		for _, k := range []struct {
			key    string
			stated bool
		}{{"enabled_as_shipped", r.EnabledAsShipped.Known()}, {"customer_controls", r.CustomerControls.Known()},
			{"started_by", r.StartedBy != ""}, {"session_approval", r.SessionApproval.Known()}, {"connection", r.Connection != ""}} {
			if k.stated {
				v.warnf("remote_service."+k.key, "remote_service.offered = false says the manufacturer has no remote service, but remote_service.%s describes one: remove the key, or set offered = true", k.key)
			}
		}
	}
	views := []*Product{v.p}
	names := []string{""}
	for _, ver := range v.p.Versions {
		views = append(views, v.p.At(ver.Version))
		names = append(names, ver.Version)
	}
	seen := map[string]bool{}
	for i, q := range views {
		pt, path, ok := q.ManufacturerInPort()
		if !ok || seen[path] {
			continue
		}
		seen[path] = true
		in := ""
		if names[i] != "" && i > 0 && len(views) > 2 {
			in = "in version " + names[i] + ", "
		}
		own, peer := q.PartOfPort(pt), q.Part(pt.PeerPart)
		how := fmt.Sprintf("on which %s accepts connections from %s, which the manufacturer hosts", own.Name, peer.Name)
		if own.Runs.IsManufacturerHosted() {
			how = fmt.Sprintf("by which %s, which the manufacturer hosts, connects to %s", own.Name, peer.Name)
		}
		port := fmt.Sprintf("%s%s (%s:%d) is %d/%s (%s), %s", in, path, v.p.Source.File, v.p.Source.Line(path), pt.Number, pt.Transport, pt.Service, how)
		switch {
		case r.Offered.IsFalse():
			v.warnf("remote_service.offered", "remote_service.offered = false, but %s: a remote connection from the manufacturer; correct one of them", port)
		case r.Connection == "outbound":
			v.warnf("remote_service.connection", "remote_service.connection = \"outbound\" says nothing listens for the manufacturer, but %s; write connection = \"both\" (or \"inbound\"), or correct the port", port)
		}
	}
	if r.Offered.IsTrue() && v.p.NoNetwork() {
		v.warnf("remote_service.offered", "remote_service.offered = true, but the product joins no network (ports written empty, no network interface): no remote connection can reach it; correct one of them")
	}
}

// HostedConnectsIn says, for the CSD's firewall section, which part the
// manufacturer hosts connects in to which part on the customer's side and
// on which port ("Service centre connects in to Analyzer on 3389/TCP"),
// as ManufacturerInPort finds it; "" when no port shows one.
func (p *Product) HostedConnectsIn() string {
	pt, _, ok := p.ManufacturerInPort()
	if !ok {
		return ""
	}
	hosted, local := p.Part(pt.PeerPart), p.PartOfPort(pt)
	if local.Runs.IsManufacturerHosted() {
		hosted, local = local, hosted
	}
	return fmt.Sprintf("%s connects in to %s on %d/%s", hosted.Name, local.Name, pt.Number, strings.ToUpper(pt.Transport))
}
