package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// MayCarryRemoteService reports whether listening port pt could be the
// one the manufacturer's remote service connects in on. A listener tied
// to other systems only (a stream to a teaching-room viewer, the
// product's own server, the hospital's PACS) is not: counting it said
// "listens on no port" beside "connects in to a port the device listens
// on". Where the data cannot tell, it may: a port that names no other
// end, one whose service or purpose names remote service, support, a VPN
// or remote login, one whose peer_part the manufacturer hosts, and one
// with any endpoint not plainly another system (a name the product data
// cannot tell from the manufacturer's, an address, "any host").
func (p *Product) MayCarryRemoteService(pt Port) bool {
	if remoteWordIn(pt.Service+" "+pt.Purpose, remoteServiceWords) {
		return true
	}
	if pt.PeerPart == "" && len(pt.Endpoints) == 0 {
		return true
	}
	if pt.PeerPart != "" {
		peer := p.Part(pt.PeerPart)
		if peer.ID != pt.PeerPart || peer.Runs.IsManufacturerHosted() {
			return true
		}
	}
	for _, e := range pt.Endpoints {
		if !p.otherSystemEndpoint(e) {
			return true
		}
	}
	return false
}

// otherSystemEndpoint reports an endpoint that plainly names a system
// other than the manufacturer's: a part of the product, or words for the
// customer's own systems, and no word that could mean the manufacturer
// or any host.
func (p *Product) otherSystemEndpoint(e string) bool {
	if remoteWordIn(e, remoteServiceWords) || remoteWordIn(e, remoteEndpointWords) {
		return false
	}
	if slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Name != "" && strings.EqualFold(strings.TrimSpace(e), pt.Name) }) {
		return true
	}
	return remoteWordIn(e, otherSystemWords)
}

// remoteServiceWords name remote service or the means it uses, in a
// port's service, purpose or endpoints.
var remoteServiceWords = []string{"remote", "support", "maintenance", "servicing", "vpn", "ssh", "rdp", "vnc", "telnet", "teamviewer", "manufacturer", "vendor"}

// remoteEndpointWords, in an endpoint, may take in the manufacturer's
// connection too (the manufacturer's service centre, any host, the
// hospital network a VPN lets the manufacturer into).
var remoteEndpointWords = []string{"service", "any", "all", "anywhere", "internet", "network", "networks", "subnet", "subnets", "vlan", "lan", "segment"}

// otherSystemWords name the customer's own systems and the things they
// serve, never the manufacturer.
var otherSystemWords = []string{"hospital", "clinic", "customer", "pacs", "ris", "his", "ehr", "emr", "lis", "viewer", "viewers", "workstation", "workstations", "client", "clients", "display", "displays", "printer", "printers", "monitor", "monitors", "directory", "siem", "syslog"}

// remoteWordIn reports whether s holds one of words as a whole word, in
// any case.
func remoteWordIn(s string, words []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// listenersForOthers describes the ports of parts that listen, but only
// for other systems (MayCarryRemoteService false), for check's warning:
// "TCP 322 (RTSP over TLS) is for Teaching-room viewer only".
func (p *Product) listenersForOthers(parts []Part) []string {
	var out []string
	for _, pt := range p.Ports {
		if pt.Direction == "out" || p.InternalPort(pt) || p.MayCarryRemoteService(pt) ||
			!slices.ContainsFunc(parts, func(part Part) bool { return part.ID == pt.Part }) {
			continue
		}
		ends := slices.Clone(pt.Endpoints)
		if pt.PeerPart != "" {
			ends = append(ends, p.Part(pt.PeerPart).Name)
		}
		out = append(out, fmt.Sprintf("%s %d (%s) is for %s only", strings.ToUpper(pt.Transport), pt.Number, pt.Service, AndList(ends)))
	}
	return out
}
