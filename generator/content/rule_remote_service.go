package content

import (
	"fmt"
	"slices"
	"strings"
)

// ManufacturerInPort returns the first port of the product by which a
// part the manufacturer hosts opens a connection in to a part on the
// customer's side: one the customer-side part listens on (direction in or
// both) naming the hosted part as its peer_part, or one the hosted part
// connects out on (out or both) naming the customer-side part. ok is
// false when no port shows such a connection. A connection the
// customer's side opens to the manufacturer (an outbound VPN) is not one,
// nor a port whose direction is not stated.
func (p *Product) ManufacturerInPort() (pt Port, path string, ok bool) {
	for i, pt := range p.Ports {
		// a port whose direction is not stated shows no connection in:
		// the warnings and the CSD would say it does (DirectionStated)
		if pt.PeerPart == "" || !pt.DirectionStated() || p.InternalPort(pt) {
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

// remoteServiceFacts checks [remote_service] against the product's other
// facts, in each version's view (a version may restate its keys, and its
// ports change): other_functions naming "none" beside a function, and
// telemetry_purposes empty or naming a purpose twice (errors);
// telemetry_as_shipped or telemetry_purposes without telemetry = true; a
// service stated not offered whose other session keys describe
// one; one stated not offered, or connecting outbound only, beside a port
// by which a part the manufacturer hosts connects in to a part on the
// customer's side; one stated offered, telemetry sent or another remote
// function, on a product that joins no network. Each warning is given
// once, at the key written last for the view.
func (v *productValidator) remoteServiceFacts() {
	p := v.p
	v.otherFunctionsNone("remote_service.other_functions", p.RemoteService.OtherFunctions)
	v.telemetryPurposesList("remote_service.telemetry_purposes", p.RemoteService.TelemetryPurposes)
	for i, ver := range p.Versions {
		v.otherFunctionsNone(fmt.Sprintf("versions[%d].changes.remote_service.other_functions", i), ver.Changes.RemoteService.OtherFunctions)
		v.telemetryPurposesList(fmt.Sprintf("versions[%d].changes.remote_service.telemetry_purposes", i), ver.Changes.RemoteService.TelemetryPurposes)
	}
	v.remoteServiceParts()
	v.remoteServicePortListed()
	seenPort := map[string]bool{} // port path and key path: a port is told once per key that it contradicts
	warn := v.once(v.warnf)
	for i, vv := range p.distinctViews() {
		q := vv.q
		r := q.RemoteService
		if !r.Stated() {
			continue
		}
		at := func(key string) string { return q.PatchKey("remote_service", key) }
		if r.Offered.IsFalse() {
			for _, k := range []struct {
				key    string
				stated bool
			}{{"enabled_as_shipped", r.EnabledAsShipped.Known()}, {"customer_controls", r.CustomerControls.Known()},
				{"started_by", r.StartedBy != ""}, {"session_approval", r.SessionApproval.Known()},
				{"session_indicator", r.SessionIndicator.Known()}, {"sessions_recorded", r.SessionsRecorded.Known()}, {"patient_data_visible", r.PatientDataVisible.Known()},
				{"connection", r.Connection != ""}, {"parts", len(r.Parts) > 0}} {
				if k.stated {
					warn(at(k.key), "remote_service.offered = false says the manufacturer has no remote service, but remote_service.%s describes one: remove the key, or set offered = true", k.key)
				}
			}
		}
		if r.TelemetryAsShipped.Known() && !r.Telemetry.IsTrue() {
			state := "does not say the device sends any (telemetry not written)"
			if r.Telemetry.IsFalse() {
				state = "says the device sends none (telemetry = false)"
			}
			warn(at("telemetry_as_shipped"), "remote_service.telemetry_as_shipped says whether telemetry is on as shipped, but remote_service %s: write telemetry = true, or remove the key", state)
		}
		if len(r.TelemetryPurposes) > 0 && !r.Telemetry.IsTrue() {
			state := "does not say the device sends any (telemetry not written)"
			if r.Telemetry.IsFalse() {
				state = "says the device sends none (telemetry = false)"
			}
			warn(at("telemetry_purposes"), "remote_service.telemetry_purposes says what telemetry is for, but remote_service %s: write telemetry = true, or remove the key", state)
		}
		key := "connection"
		if r.Offered.IsFalse() {
			key = "offered"
		}
		if pt, path, ok := q.ManufacturerInPort(); ok && (r.Offered.IsFalse() || r.Connection == "outbound") && !seenPort[path+"\x00"+at(key)] {
			seenPort[path+"\x00"+at(key)] = true
			in := ""
			if i > 0 {
				in = "in version " + vv.version + ", "
			}
			own, peer := q.PartOfPort(pt), q.Part(pt.PeerPart)
			how := fmt.Sprintf("on which %s accepts connections from %s, which the manufacturer hosts", own.Name, peer.Name)
			if own.Runs.IsManufacturerHosted() {
				how = fmt.Sprintf("by which %s, which the manufacturer hosts, connects to %s", own.Name, peer.Name)
			}
			port := fmt.Sprintf("%s%s (%s:%d) is %d/%s (%s), %s", in, path, p.Source.File, p.Source.Line(path), pt.Number, pt.Transport, pt.Service, how)
			if r.Offered.IsFalse() {
				warn(at("offered"), "remote_service.offered = false, but %s: a remote connection from the manufacturer; correct one of them", port)
			} else {
				warn(at("connection"), "remote_service.connection = \"outbound\" says nothing listens for the manufacturer, but %s; write connection = \"both\" (or \"inbound\"), or correct the port", port)
			}
		}
		if !q.NoNetwork() {
			continue
		}
		const none = "the product joins no network (ports written empty, no network interface): no remote connection can reach it; correct one of them"
		if r.Offered.IsTrue() {
			warn(at("offered"), "remote_service.offered = true, but %s", none)
		}
		if r.Telemetry.IsTrue() {
			warn(at("telemetry"), "remote_service.telemetry = true says the device sends the manufacturer data over a network, but %s", none)
		}
		if fn := r.OtherFunctionsText(); fn != "" {
			warn(at("other_functions"), "remote_service.other_functions names what the manufacturer does with the device over a network (%s), but %s", fn, none)
		}
	}
}

// otherFunctionsNone reports other_functions, written at path, naming
// "none" beside a function.
func (v *productValidator) otherFunctionsNone(path string, fns []string) {
	if len(fns) > 1 && slices.Contains(fns, "none") {
		v.errorf(path, "expected either \"none\" alone or the remote functions, found %q: none says the manufacturer has no other remote function", fns)
	}
}

// telemetryPurposesList reports telemetry_purposes, written at path, as
// an empty list or naming a purpose twice. An empty list is refused
// rather than read as not stated: left out, telemetry keeps its own
// meaning, maintenance, which a product writing [] did not mean to say.
func (v *productValidator) telemetryPurposesList(path string, purposes []string) {
	if len(purposes) == 0 {
		if v.p.Source.Has(path) {
			v.errorf(path, "an empty list names no purpose of the telemetry: name what it is for (maintenance, product_improvement), or leave the key out")
		}
		return
	}
	for j, purpose := range purposes {
		if slices.Index(purposes, purpose) != j {
			v.errorf(fmt.Sprintf("%s[%d]", path, j), "%q is listed twice", purpose)
		}
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
