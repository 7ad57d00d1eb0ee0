package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// checkUnneededPorts warns where the manufacturer answers SAHD-8 (are the
// communication ports and protocols the intended use does not need
// disabled) No, without a note, while the data say the device listens on
// nothing as shipped and leaves no network interface on that it does not
// use (anaesthesia: one outbound HL7 port, the Wi-Fi module and the
// RS-232 port off as shipped, beside a CSD whose key facts say the device
// listens on no port). Only explicit keys count, and all of them must be
// written: every part runs on the device (a host's ports are the host's);
// ports is written, and each port states its direction, and listens
// (direction in or both) only where it is off as shipped (default_enabled
// = false); no port that serves an optional feature (needed_for) is on or
// of unstated state as shipped; and each interface of a network kind that
// is not internal and not off as shipped carries a port on as shipped
// (an enabled network interface the product does not use may be what the
// No is about). The No itself is the manufacturer's and stays; a note that
// names the port or protocol left enabled silences the warning.
func (r *mds2Resolver) checkUnneededPorts(final map[string]mds2.Answer, givens map[string]given) {
	g, ok := givens["SAHD-8"]
	if !ok || g.answer != mds2.No || g.entry.Note != 0 || final["SAHD-8"] != mds2.No {
		return
	}
	p := r.facts.p
	if !p.AllOnDevice() || len(p.Ports) == 0 && !p.States("ports") {
		return
	}
	out, offIn := 0, 0
	for _, pt := range p.Ports {
		switch {
		case !pt.DirectionStated():
			return
		case pt.NeededFor != "" && !pt.DefaultEnabled.IsFalse():
			return // an optional feature's port, on (or not stated) as shipped
		case pt.Direction != "out" && !pt.DefaultEnabled.IsFalse():
			return // listens as shipped, or whether it does is not stated
		case pt.Direction == "out":
			out++
		default:
			offIn++
		}
	}
	var off []string
	netOn := 0
	for _, it := range p.Interfaces {
		if it.Internal {
			continue
		}
		enabled := p.InterfaceEnabled(it)
		if enabled.IsFalse() {
			off = append(off, ifaceName(it.Name, it.ID))
			continue
		}
		if it.Kind.Network() {
			if !carriesPortOn(p.Product, it) {
				return // a network interface on (or not stated) that no port uses
			}
			netOn++
		}
	}
	var says string
	switch {
	case len(p.Ports) == 0:
		says = "lists no port"
	case offIn == 0:
		says = "lists no port the device listens on: each connects out"
	default:
		says = "lists no port the device listens on as shipped: each connects out, or is off as shipped"
	}
	switch len(off) {
	case 0:
	case 1:
		says += fmt.Sprintf("; the interface %s is off as shipped", off[0])
	default:
		says += fmt.Sprintf("; the interfaces %s are off as shipped", content.AndList(off))
	}
	if netOn > 0 {
		says += "; each network interface on as shipped carries a port the product uses"
	}
	ports, line := r.facts.at("ports")
	if line > 0 {
		ports = fmt.Sprintf("%s:%d", ports, line)
	}
	r.warnf(g.path,
		"answer No (communication ports and protocols the intended use does not need are not disabled), but ports (%s) %s: correct the answer, or say in a note which port or protocol the intended use does not need is left enabled ({ answer = %q, note = n })",
		ports, says, strings.ToLower(mds2.No.String()))
}

// carriesPortOn reports an interface that a port on as shipped uses.
func carriesPortOn(p *content.Product, it content.Interface) bool {
	return slices.ContainsFunc(p.PortsOn(it.ID), func(pt content.Port) bool { return pt.DefaultEnabled.IsTrue() })
}
