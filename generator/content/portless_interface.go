package content

import (
	"fmt"
	"slices"
)

// A network interface of a device part on the customer's network that no
// port lists and no data flow names (a telemetry system's receivers on
// their own VLAN) carries connections the data do not describe: the
// CSD's final deny may cut them off, so the firewall section says so
// before it, as for a flow with no port (FlowsWithoutPort).

// PortlessNetworkInterfaces returns, where the firewall rules end with
// the final deny (FinalDenyRule, so some port is written), the
// interfaces that join the customer's network (onNetworkLink: not internal
// to the product, not cellular, not a point-to-point link), of device
// parts on the customer's side, that no port lists and no data flow
// names. nil otherwise.
func (p *Product) PortlessNetworkInterfaces() []Interface {
	if !p.FinalDenyRule() {
		return nil
	}
	var out []Interface
	for _, it := range p.Interfaces {
		// one whose kind is not stated may join the network too
		if !onNetworkLink(it) && (it.Kind.Stated() || it.Internal) {
			continue
		}
		part := p.PartOfInterface(it)
		if part.ID == "" || !part.Runs.IsDevice() || !p.PartOnCustomerSide(part) {
			continue
		}
		if slices.ContainsFunc(p.Ports, func(pt Port) bool { return pt.Interface == it.ID }) ||
			slices.ContainsFunc(p.DataFlows, func(f DataFlow) bool { return f.Interface == it.ID }) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// PortlessInterfacesFinalDenyText is the CSD's caveat before the final
// deny for PortlessNetworkInterfaces, a sentence; "" where there are
// none.
func (p *Product) PortlessInterfacesFinalDenyText() string {
	its := p.PortlessNetworkInterfaces()
	if len(its) == 0 {
		return ""
	}
	var names []string
	for _, it := range its {
		names = append(names, fmt.Sprintf("the interface %s of %s", it.Name, p.PartOfInterface(it).TheName()))
	}
	it := "it carries"
	if len(its) > 1 {
		it = "they carry"
	}
	return fmt.Sprintf("The product data list no port or data flow for %s, so which connections %s is not stated: check which connections the product needs there before applying rule %d, the final deny, and allow them.",
		AndList(names), it, len(p.FirewallRules())+1)
}

// SourceUnstatedRules are the numbers, from 1 in FirewallRules' order, of
// the inbound allow rules whose port lists no approved endpoint: the
// "From" cell says "Not stated", which is not "any source" (an SMB share
// on an old Windows PC open to the whole network). The CSD then says to
// allow only the systems that use the port.
func (p *Product) SourceUnstatedRules() []string {
	var out []string
	for i, r := range p.FirewallRules() {
		if r.Direction == "in" && len(r.Peers) == 0 {
			out = append(out, fmt.Sprintf("%d", i+1))
		}
	}
	return out
}

// portlessInterfaceListed warns where PortlessNetworkInterfaces names an
// interface, in each version's view, once per interface.
func (v *productValidator) portlessInterfaceListed() {
	views := v.p.distinctViews()
	seen := map[string]bool{}
	for _, vv := range views {
		for _, it := range vv.q.PortlessNetworkInterfaces() {
			path := it.At
			if path == "" {
				path = fmt.Sprintf("interfaces[%d]", slices.IndexFunc(vv.q.Interfaces, func(i Interface) bool { return i.ID == it.ID }))
			}
			if seen[path] {
				continue
			}
			seen[path] = true
			v.warnf(path, "%s%s %q of %s lists no port and no data flow names it: the CSD's firewall rules are derived from the ports and deny the rest, so they may cut off whatever it carries, and the CSD asks the customer to check which connections it needs before the final deny; list its ports, or the data flows over it", inVersion(views, vv), kindWord(it.Kind), it.ID, vv.q.PartOfInterface(it).TheName())
		}
	}
}

// kindWord names an interface by its kind in a check message: "ethernet
// interface", or "interface (kind not stated)".
func kindWord(k InterfaceKind) string {
	if !k.Stated() {
		return "interface (kind not stated)"
	}
	return string(k) + " interface"
}
