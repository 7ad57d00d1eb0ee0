package content

import (
	"fmt"
	"slices"
	"strings"
)

// An offered remote service whose connection is opened from the
// customer's side (connection outbound: a screen-sharing tool's relay,
// the manufacturer's tunnel) listens for nothing, but it still needs a
// connection out through the customer's firewall. Where no port of the
// parts it reaches could be that connection, the CSD's final deny would
// cut the service off without a word: the caveat before it says so and
// sends the customer to the manufacturer (maldi's TeamViewer support,
// with one HTTPS port listed for the library downloads only).

// remoteToolWords, in a cloud service's name or purpose, say it is the
// means of the remote service (TeamViewer, a VPN, a remote desktop).
var remoteToolWords = []string{"remote", "teamviewer", "anydesk", "vpn", "rdp", "vnc", "ssh", "tunnel", "bomgar", "beyondtrust", "splashtop"}

// RemoteServiceVia are the cloud services whose name or purpose says
// they are the means of the remote service (cloud.services: "TeamViewer",
// "Remote support on request"), in the order written.
func (p *Product) RemoteServiceVia() []CloudService {
	var out []CloudService
	for _, s := range p.Cloud.Services {
		if remoteWordIn(s.Name+" "+s.Purpose, remoteToolWords) {
			out = append(out, s)
		}
	}
	return out
}

// RemoteServiceOutboundWithoutPort returns the parts on the customer's
// side the remote service reaches where remote_service.offered = true,
// connection = "outbound", the ports are written, the product joins a
// network and no port of those parts could carry the connection they
// open: none of theirs, nor of a part that relays the service to them
// (RemoteServiceRelays), connects out (direction out or both, not
// internal) to a
// cloud service RemoteServiceVia names (at one of its endpoints, or
// naming it in its service, purpose or endpoints), nor, where no cloud
// service is named as its means, to anything the manufacturer's
// connection could be (MayCarryRemoteService, or a part the manufacturer
// hosts). nil otherwise.
func (p *Product) RemoteServiceOutboundWithoutPort() []Part {
	r := p.RemoteService
	if !r.Offered.IsTrue() || r.Connection != "outbound" || !p.States("ports") || p.NoNetwork() {
		return nil
	}
	via := p.RemoteServiceVia()
	parts, _ := p.remoteServiceReached()
	// a gateway that relays the service to them holds the connection out
	// (mrigateway): its ports count too
	for _, part := range append(slices.Clone(parts), p.RemoteServiceRelays()...) {
		for _, pt := range p.Ports {
			if pt.Part != part.ID || pt.Direction == "in" || p.InternalPort(pt) {
				continue
			}
			if len(via) > 0 {
				if slices.ContainsFunc(via, func(s CloudService) bool { return portReachesService(pt, s) }) || remoteWordIn(pt.Service+" "+pt.Purpose+" "+strings.Join(pt.Endpoints, " "), remoteServiceWords) {
					return nil
				}
				continue
			}
			if p.MayCarryRemoteService(pt) || pt.PeerPart != "" && p.Part(pt.PeerPart).Runs.IsManufacturerHosted() {
				return nil
			}
		}
	}
	return parts
}

// portReachesService reports a port that names cloud service s: one of
// its endpoints is one of s's, or its service, purpose or endpoints hold
// s's name.
func portReachesService(pt Port, s CloudService) bool {
	if slices.ContainsFunc(pt.Endpoints, func(e string) bool { return slices.Contains(s.Endpoints, e) }) {
		return true
	}
	name := strings.ToLower(strings.TrimSpace(s.Name))
	if name == "" {
		return false
	}
	return strings.Contains(strings.ToLower(pt.Service+" "+pt.Purpose+" "+strings.Join(pt.Endpoints, " ")), name)
}

// remoteServiceOutboundCaveat words the caveat for
// RemoteServiceOutboundWithoutPort before the step named by before
// ("applying rule 4, the final deny"); "" where it names no part.
func (p *Product) remoteServiceOutboundCaveat(maker, before string) string {
	if len(p.RemoteServiceOutboundWithoutPort()) == 0 {
		return ""
	}
	names, unstated := p.remoteServiceReachedNames()
	if unstated {
		names += " (which of its parts it reaches is not stated)"
	}
	// Which cloud service is the remote service's means is read from
	// names and purposes (RemoteServiceVia): good enough to look for a
	// port to it, not to state as a fact, so the sentence names none.
	subject, who := maker+"'s", maker
	if maker == "" {
		subject, who = "The manufacturer's", "the manufacturer"
	}
	return fmt.Sprintf("%s remote service reaches %s by a connection opened from the %s's side, and the product data state no port for it: ask %s which connection it needs, and allow it before %s.",
		subject, names, p.customerWord(), who, before)
}
