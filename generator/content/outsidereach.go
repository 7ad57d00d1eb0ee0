package content

import (
	"fmt"
	"net/url"
	"strings"
)

// OutsideReach says how the product reaches systems outside the
// customer's network beside the parts the manufacturer hosts (which the
// CSD's key facts name on their own), one clause each: a port by which a
// part on the customer's side connects out to a host under the
// manufacturer's own internet domain (m's website), the manufacturer's
// remote service and telemetry. The CSD's key fact "Needs the internet or
// a cloud service" reads it where the data say the intended use needs no
// internet (MDS2 CONN-6 No, cloud.services = [] or every service
// required = false, after those services): such a product may
// still connect out (CONN-4), and a bare "No" would let a network team
// block the connection unaware. Nothing is said of what the data leave
// open: a port to a host outside the manufacturer's domain may be on the
// customer's network, and an unstated remote service is no connection;
// nor is one through the customer's own remote-access means
// (connection customer_access), which the customer runs.
func (p *Product) OutsideReach(m Manufacturer) []string {
	var out []string
	domain := manufacturerDomain(m)
	for _, pt := range p.OutboundPorts() {
		from := p.PartOfPort(pt)
		if from.Runs.IsManufacturerHosted() || from.Runs.IsCustomerInfrastructure() || pt.PeerPart != "" {
			continue
		}
		for _, e := range pt.Endpoints {
			// An endpoint where a part the manufacturer hosts listens is
			// that part's, named with the hosted parts; one of a cloud
			// service is named with the services, matched by its host
			// ("fleet.x.example" is "fleet.x.example (HTTPS, TCP 443)").
			if p.outsideEndpoint(e) != "" || p.cloudServiceHost(e) || !underDomain(e, domain) {
				continue
			}
			what := fmt.Sprintf("%s (%d/%s, %s)", e, pt.Number, strings.ToUpper(pt.Transport), pt.Service)
			switch {
			case pt.DefaultEnabled.IsTrue():
				out = append(out, "as shipped it connects to "+what)
			case pt.DefaultEnabled.IsFalse():
				out = append(out, "once enabled it connects to "+what)
			default:
				out = append(out, "it connects to "+what)
			}
		}
	}
	// The manufacturer's hosted parts, where the product has some, are
	// where remote service and telemetry go: they are named already.
	if p.HasManufacturerHostedPart() {
		return out
	}
	rs := p.RemoteService
	// through the customer's own remote-access means the customer, not
	// the product, makes whatever connection the service needs: no
	// outside connection of the product's own
	if rs.Offered.IsTrue() && !rs.ThroughCustomerAccess() {
		s := "the manufacturer services it remotely"
		switch rs.Connection {
		case "outbound":
			s = "it connects out for the manufacturer's remote service"
		case "inbound":
			s = "the manufacturer connects in to it for remote service"
		case "both":
			s = "it and the manufacturer connect to each other for remote service"
		}
		out = append(out, s+asShipped(rs.EnabledAsShipped))
	}
	if rs.Telemetry.IsTrue() {
		out = append(out, "it sends the manufacturer telemetry"+asShipped(rs.TelemetryAsShipped))
	}
	return out
}

// asShipped is " (on as shipped)", " (off as shipped)" or "" when not
// stated.
func asShipped(t Tri) string {
	return t.SayOr(" (on as shipped)", " (off as shipped)", "")
}

// manufacturerDomain is the internet domain of the manufacturer's
// website ("meridian-infusion.example" for https://www.meridian-infusion.example),
// "" when no website is given.
func manufacturerDomain(m Manufacturer) string {
	u, err := url.Parse(strings.TrimSpace(m.Website))
	if err != nil {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if !strings.Contains(host, ".") {
		return "" // no domain to speak of (localhost, a bare name)
	}
	return host
}

// underDomain reports an endpoint whose host name is domain or one of its
// sub-domains ("remote.meridian-infusion.example", "*.meridian-infusion.example");
// words after the host ("fleet.x.example (HTTPS, TCP 443)") are passed over.
func underDomain(endpoint, domain string) bool {
	if domain == "" {
		return false
	}
	host := endpointHost(endpoint)
	return host == domain || strings.HasSuffix(host, "."+domain)
}

// endpointHost is the host name an endpoint is written with, in lower
// case: "fleet.x.example" for "https://fleet.x.example:443/path",
// "fleet.x.example:443" or "fleet.x.example (HTTPS, TCP 443)".
func endpointHost(endpoint string) string {
	host, _, _ := strings.Cut(strings.TrimSpace(endpoint), " ")
	if u, err := url.Parse(host); err == nil && u.Host != "" {
		host = u.Hostname()
	} else if h, _, ok := strings.Cut(host, ":"); ok {
		host = h
	}
	return strings.ToLower(strings.TrimSuffix(host, "."))
}

// cloudServiceHost reports an endpoint on the host of one of the cloud
// services' endpoints.
func (p *Product) cloudServiceHost(e string) bool {
	h := endpointHost(e)
	for _, s := range p.Cloud.Services {
		for _, se := range s.Endpoints {
			if h != "" && endpointHost(se) == h {
				return true
			}
		}
	}
	return false
}
