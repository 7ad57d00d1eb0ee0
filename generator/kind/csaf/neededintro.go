package csaf

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// neededIntro is the sentence before the ports an end-of-life or
// end-of-support notice's twin says the product needs, with the same
// exceptions as the notice's "What we ask you to do" (notice.md.tmpl):
// a host the customer runs for a part (CustomerHostedParts), or the
// nodes of its container platform, keeps its own upkeep's traffic
// (KeptHostsUpkeep), and the customer's own computers a part runs on
// (OwnDeviceParts) keep their other traffic, so "block every other port
// and every endpoint not listed" covers only the product's own
// connections there; where a port's approved endpoints are not stated,
// the customer is asked to allow only the systems it knows the product
// uses instead. blocked says a list of ports to block comes first:
// the sentence then says those are not among the ports the product
// needs. q is the product as the notice describes it (NoticeFacts).
func neededIntro(q *content.Product, needed []content.Port, blocked bool) string {
	var b strings.Builder
	if kept := q.CustomerHostedParts(needed); len(kept) > 0 {
		b.WriteString(q.KeptHostsUpkeep(kept, "listed next") + " Apart from that traffic, the")
	} else {
		b.WriteString("The")
	}
	// a port whose state is not stated is one the product uses, not one
	// it is stated to need (as the notice's section 9.2; its line says so)
	if slices.ContainsFunc(needed, func(pt content.Port) bool { return !pt.DefaultEnabled.Known() }) {
		b.WriteString(" product uses ")
	} else {
		b.WriteString(" product needs ")
	}
	// not "only" where the data leave a service it may need unstated
	// (neededUnstated, after the ports), nor where the remote service's
	// connection is not stated or goes through the customer's own
	// remote-access means (the maker's name does not change whether)
	if neededUnstated(q, needed) == "" && q.RemoteServiceBesidesText("", needed) == "" {
		b.WriteString("only ")
	}
	b.WriteString("these ports on the customer's network")
	if blocked {
		b.WriteString(" (not the ports to block above)")
	}
	// "every endpoint not listed" only where every port lists endpoints:
	// over a port whose endpoints are not stated it would block the
	// systems the port is for (as the notice's section 9.2).
	listed := 0
	for _, pt := range needed {
		if len(q.PortPeers(pt)) > 0 {
			listed++
		}
	}
	b.WriteString("; block every other port of the product")
	switch {
	case listed == len(needed):
		b.WriteString(" and every endpoint not listed")
	case listed > 0:
		b.WriteString(" and, on a port whose approved endpoints are listed, every endpoint not listed")
	}
	if own := q.OwnDeviceParts(needed); len(own) > 0 {
		runs := "runs"
		if len(own) > 1 {
			runs = "run"
		}
		names := q.PartTheNames(own)
		if makers := q.HostMakers(own); makers != "" {
			b.WriteString(", except the device's own traffic, such as the updates and service that " + makers + " gives the device that " + names + " " + runs +
				" on, which " + makers + "'s documentation for it describes")
		} else {
			users := q.UsersOwn(own)
			whose, uses := "customer's own ", "the customer uses"
			if users {
				whose, uses = "", "its owner uses"
			}
			b.WriteString(", except the other traffic of the " + whose + q.HostNouns(own) + " that " + names + " " + runs +
				" on: such a device runs more than the product, and its operating system's updates and the other software " + uses +
				" on it need the connections the customer's own rules allow")
		}
	}
	if listed < len(needed) {
		which := "these ports"
		if listed > 0 {
			which = "the other ports"
		}
		b.WriteString("; as the approved endpoints of " + which + " are not stated, allow on them only the systems the customer knows the product uses")
	}
	b.WriteString(":")
	return b.String()
}

// neededUnstated is the line after the ports the product needs, as the
// notice's section 9.2 says it after its list: the data's silence about
// the basic network services (address assignment, name resolution, time)
// is not a statement that the product needs none, and an account that
// signs in through the customer's directory needs it although no port
// reaches one, so "block every other port" would cut them off. "" where
// the data leave none unstated.
func neededUnstated(q *content.Product, needed []content.Port) string {
	var b strings.Builder
	services := q.BasicServicesUnstatedBesides(needed)
	if len(services) > 0 {
		it := "them"
		if len(services) == 1 {
			it = "it"
		}
		b.WriteString("The product data state no port for " + content.OrList(services) + ": check whether the product needs " + it +
			" before blocking every other port of the product, and allow " + it + " where it does.")
	}
	if roles := q.DirectorySignInUnstatedBesides(needed); len(roles) > 0 {
		if b.Len() > 0 {
			b.WriteString(" Nor do they state a port")
		} else {
			b.WriteString("The product data state no port")
		}
		uses := "uses"
		if len(roles) > 1 {
			uses = "use"
		}
		b.WriteString(" for the sign-in through the customer's directory that " + q.AccountsOfRoles(roles) + " " + uses +
			": allow the connections that sign-in needs (with Active Directory, for example, " + q.DirectorySignInProtocols() + " to the domain controllers) before blocking every other port of the product.")
	}
	// the customer's own database and identity provider no needed port reaches
	if s := q.UnreachedBesidesText(needed); s != "" {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s)
	}
	// a data flow on the customer's network no port could carry
	if s := q.FlowsWithoutPortBesidesText(needed); s != "" {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s)
	}
	return b.String()
}
