package content

import (
	"fmt"
	"slices"
	"strings"
)

// A web user interface is served: the part that has it listens on some
// port for the browsers that use it (an intranet web server that serves
// the product's pages). Where the ports are written but list no listening
// port of that part, the ports list is not the whole of what listens on
// the customer's network: the documents say that part's ports are not
// stated, never that nothing listens there, and check warns. The rule is
// kept narrow: only web_ui (an api interface may be one the part calls as
// a client), only on the device or on software the customer hosts (a
// server), not on the customer's own computers and phones, where a web
// user interface may be the browser's side.

// serves reports an interface kind that implies a listener on its part.
func serves(k InterfaceKind) bool { return k == "web_ui" }

// ServedPart is a part with web user interfaces but no listening port
// (ServedWithoutPort).
type ServedPart struct {
	Part       Part
	Interfaces []Interface
}

// ServedWithoutPort returns, in part order, the parts on the customer's
// network that run on the device or are hosted by the customer, with an
// interface of kind web_ui not internal to the product, and no
// port that listens (direction in or both) not internal either; nil when
// the ports are not written, as the documents then say they are not
// stated anyway.
func (p *Product) ServedWithoutPort() []ServedPart {
	if !p.States("ports") {
		return nil
	}
	var out []ServedPart
	for _, part := range p.AllParts() {
		if !(part.Runs.IsDevice() || part.Runs.IsCustomerHosted()) || !p.PartOnCustomerSide(part) {
			continue
		}
		if slices.ContainsFunc(p.Ports, func(pt Port) bool {
			return pt.Part == part.ID && pt.Direction != "out" && !p.InternalPort(pt)
		}) {
			continue
		}
		var its []Interface
		for _, it := range p.Interfaces {
			if it.Part == part.ID && serves(it.Kind) && !it.IsInternal() {
				its = append(its, it)
			}
		}
		if len(its) > 0 {
			out = append(out, ServedPart{Part: part, Interfaces: its})
		}
	}
	return out
}

// ServedWithoutPortText says of ServedWithoutPort that those parts serve
// on ports not stated, as a clause without its full stop: "the Intranet
// copy serves Calculator web pages, a web user interface, on ports that
// are not stated"; "" when there is none.
func (p *Product) ServedWithoutPortText() string {
	served := p.ServedWithoutPort()
	clauses := make([]string, len(served))
	for i, s := range served {
		what := make([]string, len(s.Interfaces))
		for j, it := range s.Interfaces {
			what[j] = fmt.Sprintf("%s, %s", it.Name, aKind(it.Kind))
		}
		// each item has a comma of its own: the last joins with ", and"
		list := what[0]
		if n := len(what); n > 1 {
			list = strings.Join(what[:n-1], ", ") + ", and " + what[n-1]
		}
		clauses[i] = s.Part.TheName() + " serves " + list + ", on ports that are not stated"
	}
	return strings.Join(clauses, "; ")
}

// ServedWithoutPortSentence is ServedWithoutPortText as a sentence.
func (p *Product) ServedWithoutPortSentence() string {
	t := p.ServedWithoutPortText()
	if t == "" {
		return ""
	}
	return strings.ToUpper(t[:1]) + t[1:] + "."
}

// aKind words a serving interface kind after an article: "a web user
// interface".
func aKind(k InterfaceKind) string {
	l := k.Label()
	return "a " + strings.ToLower(l[:1]) + l[1:]
}

// servedPortListed warns where ServedWithoutPort names a part: its
// documents say its ports are not stated, as the ports list no listener
// of a part that serves a web user interface.
func (v *productValidator) servedPortListed() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		for _, s := range vv.q.ServedWithoutPort() {
			for j, it := range vv.q.Interfaces {
				path := AtOr(it.At, fmt.Sprintf("interfaces[%d]", j))
				if !slices.ContainsFunc(s.Interfaces, func(o Interface) bool { return o.ID == it.ID }) || seen[path] {
					continue
				}
				seen[path] = true
				v.warnf(path, "%sinterface %q (%s) of part %q serves its users, so that part listens on the customer's network, but no port of that part listens (direction in or both): the CSD's key facts and firewall section and the security plan's ports section say its ports are not stated; list the port it listens on", inVersion(views, vv), it.Name, it.Kind, s.Part.Name)
			}
		}
	}
}
