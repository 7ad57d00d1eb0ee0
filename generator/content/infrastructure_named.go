package content

import (
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"unicode"
)

// The CSD's 4.1 names what the product data show the product uses of
// the customer's infrastructure before saying that anything else is not
// stated: a part on it, a host the customer provides, a system a port
// names, the directory or identity provider accounts sign in through.

// InfrastructureNamedText names, for the CSD's 4.1, what the product
// data show the product uses of the customer's infrastructure where no
// [[infrastructure]] entry lists it: the parts that are the customer's
// own infrastructure (runs customer_infrastructure), the host the
// customer provides for each part it hosts (customerHostsText), the
// customer's systems its outbound ports name as endpoints
// (customerSystemEndpoints), and the customer's directory service
// (with the endpoints of the ports that reach it) and identity provider
// where an account signs in through them (sign_in directory,
// federated), with the accounts; "can sign in" where that is one of the
// account's ways. "" where there is none. Plain text, with the data's
// names and roles.
func (p *Product) InfrastructureNamedText() string {
	var what []string
	if parts := p.CustomerInfrastructureParts(); len(parts) > 0 {
		what = append(what, p.PartTheNames(parts))
	}
	what = append(what, p.customerHostsText()...)
	endpoints, dirEndpoints := p.customerSystemEndpoints()
	if len(endpoints) > 0 {
		named := make([]string, len(endpoints))
		for i, e := range endpoints {
			named[i] = withThe(e)
		}
		what = append(what, AndList(named)+", which the product connects to")
	}
	// a part may itself be the directory ("Health system Active
	// Directory"): the sign-in's is named for what it does, not as
	// another system
	lead := "for signing in, "
	who := p.InHouseWords("the customer")
	for _, w := range []struct {
		way  SignIn
		what string
	}{{"directory", "directory service"}, {"federated", "identity provider"}} {
		roles := p.rolesSigningIn(w.way)
		if len(roles) == 0 {
			continue
		}
		// every such account signs in this way alone: it does; else it can
		only := true
		for _, a := range p.Accounts {
			if slices.Contains(a.SignIn, w.way) && len(a.SignIn) > 1 {
				only = false
			}
		}
		verb := Plural(len(roles), "signs in", "sign in")
		if !only {
			verb = "can sign in"
		}
		named := ""
		if w.way == "directory" && len(dirEndpoints) > 0 {
			named = ", " + AndList(dirEndpoints) + ","
		}
		what = append(what, fmt.Sprintf("%s%s's %s%s through which %s %s", lead, who, w.what, cmpOrComma(named), p.AccountsOfRoles(roles), verb))
		lead = ""
	}
	if len(what) == 0 {
		return ""
	}
	if len(what) == 1 {
		return what[0]
	}
	return joinSemicolonAnd(what)
}

// joinSemicolonAnd joins phrases that may hold commas: "A; B; and C".
func joinSemicolonAnd(what []string) string {
	s := ""
	for i, w := range what {
		switch {
		case i == 0:
		case i == len(what)-1:
			s += "; and "
		default:
			s += "; "
		}
		s += w
	}
	return s
}

// cmpOrComma is named (", X,") or the lone comma before "through which".
func cmpOrComma(named string) string {
	if named == "" {
		return ","
	}
	return named
}

// customerHostsText names, for InfrastructureNamedText, what the customer
// provides to run each part it hosts (runs customer_hosted), as the
// part's hosting says: a server or virtual machine of its own
// (premises), its container platform (container_platform), its cloud
// tenancy (cloud_tenancy), or, hosting not written, the server the
// documents say it runs on. Parts hosted alike are named together.
func (p *Product) customerHostsText() []string {
	order := []string{"premises", "container_platform", "cloud_tenancy", ""}
	byHosting := map[string][]Part{}
	for _, pt := range p.AllParts() {
		if pt.Runs.IsCustomerHosted() {
			byHosting[pt.Hosting] = append(byHosting[pt.Hosting], pt)
		}
	}
	var out []string
	for _, h := range order {
		parts := byHosting[h]
		if len(parts) == 0 {
			continue
		}
		names := p.PartTheNames(parts)
		switch h {
		case "premises":
			out = append(out, Plural(len(parts), "a server or virtual machine", "servers or virtual machines")+" to host "+names)
		case "container_platform":
			out = append(out, "a container platform to run "+names)
		case "cloud_tenancy":
			out = append(out, "a cloud tenancy to run "+names)
		default:
			out = append(out, Plural(len(parts), "a server", "servers")+" to host "+names)
		}
	}
	return out
}

// customerSystemEndpoints names, each once and in port order, the
// approved endpoints of the ports by which a part on the customer's side
// (OnCustomerSide) connects out (direction out or both) to a system that
// is no part of the product: the customer's own systems, as the data
// write them. Left out are what the data show to be another's or no
// system: a part's name, an endpoint where a part the manufacturer hosts
// listens or of a cloud service (outsideEndpoint, cloudServiceHost, a
// cloud service's name), a [[flow_endpoints]] entry that means a part or
// sits in any zone but customer_infrastructure, a [[related_systems]]
// entry that is not the customer's own infrastructure, and an address (a
// host name, an IP address or network, a URL, a wildcard), whose owner
// the data do not state. A port that names its peer_part is the
// product's own link, or one to a part named with the parts. Those of a
// port reaching a directory service (reachesDirectory) are returned
// apart, in dir, where an account signs in through the directory: the
// sign-in names them.
func (p *Product) customerSystemEndpoints() (systems, dir []string) {
	dirSignIn := len(p.rolesSigningIn("directory")) > 0
	for _, pt := range p.Ports {
		if pt.Direction != "out" && pt.Direction != "both" || pt.PeerPart != "" || !p.OnCustomerSide(pt) {
			continue
		}
		for _, e := range pt.Endpoints {
			e = strings.TrimSpace(e)
			if e == "" || !p.customerSystemEndpoint(e) {
				continue
			}
			if dirSignIn && reachesDirectory(pt) {
				if !slices.Contains(dir, e) {
					dir = append(dir, e)
				}
				continue
			}
			if !slices.Contains(systems, e) {
				systems = append(systems, e)
			}
		}
	}
	systems = slices.DeleteFunc(systems, func(e string) bool { return slices.Contains(dir, e) })
	return systems, dir
}

// customerSystemEndpoint reports an endpoint customerSystemEndpoints
// keeps.
func (p *Product) customerSystemEndpoint(e string) bool {
	for _, pt := range p.AllParts() {
		if strings.EqualFold(e, pt.ID) || strings.EqualFold(e, strings.TrimSpace(pt.Name)) {
			return false
		}
	}
	if p.outsideEndpoint(e) != "" || p.cloudServiceHost(e) || endpointAddress(e) {
		return false
	}
	for _, s := range p.Cloud.Services {
		if strings.EqualFold(e, strings.TrimSpace(s.Name)) {
			return false
		}
	}
	for _, fe := range p.FlowEndpoints {
		if fe.Matches(e) {
			return fe.Part == "" && fe.Zone == "customer_infrastructure"
		}
	}
	for _, s := range p.RelatedSystems {
		if strings.EqualFold(e, strings.TrimSpace(s.Name)) {
			return p.RelatedHosting(s).IsCustomerInfrastructure()
		}
	}
	return true
}

// endpointAddress reports an endpoint written as an address rather than
// a system's name: one word holding no letter ("*", "10.0.0.0/8"), an IP
// address or network, a URL, or a host name with a dot or a wildcard
// ("api.x.example", "*.relay.example").
func endpointAddress(e string) bool {
	if strings.ContainsAny(e, " \t") {
		return false
	}
	if !strings.ContainsFunc(e, unicode.IsLetter) {
		return true
	}
	if _, err := netip.ParseAddr(e); err == nil {
		return true
	}
	if _, err := netip.ParsePrefix(e); err == nil {
		return true
	}
	if u, err := url.Parse(e); err == nil && u.Scheme != "" && u.Host != "" {
		return true
	}
	return strings.Contains(e, ".") || strings.Contains(e, "*")
}
