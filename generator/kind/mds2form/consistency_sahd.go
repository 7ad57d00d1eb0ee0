package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// checkUSBInstall warns where the manufacturer answers SAHD-12 (can
// unauthorized software or hardware be installed without physical tools)
// No while the form answers CONN-1.2.3 (removable memory accepted) Yes
// and the product lists a USB interface enabled as shipped
// (content.Product.InterfaceEnabled) on a part that runs on the device,
// other than an internal link between the product's own parts (internal =
// true: a cable to the instrument head, not a socket a visitor can use):
// a USB drive or any other USB device plugs into that port by hand, so
// the No needs a reason the data do not give (the ports locked by a
// policy, an application that runs nothing from a drive). A note on
// SAHD-12 gives that reason and silences the warning; the No itself is
// the manufacturer's and stays. A software-only product (DOC-11 Yes) has
// no USB port of its own.
func (r *mds2Resolver) checkUSBInstall(final map[string]mds2.Answer, givens map[string]given) {
	g, ok := givens["SAHD-12"]
	if !ok || g.entry.Note != 0 || final["SAHD-12"] != mds2.No || final["CONN-1.2.3"] != mds2.Yes || final["DOC-11"] == mds2.Yes {
		return
	}
	p := r.facts.p
	noParts := len(p.AllParts()) == 0
	for i, it := range p.Interfaces {
		if it.Kind != "usb" || it.Internal || !p.InterfaceEnabled(it).IsTrue() {
			continue
		}
		if !noParts && !p.PartOfInterface(it).Runs.IsDevice() {
			continue // a host's port is the host's (rules_sahd_host.go)
		}
		r.warnf(g.path,
			"answer No (no unauthorized software or hardware can be installed without physical tools), but %s lists %s, a USB interface enabled as shipped, and the form answers CONN-1.2.3 (removable memory accepted) Yes: a USB drive or other USB device plugs in by hand; correct the answer, or say in a note what keeps unauthorized software and hardware off through that port ({ answer = %q, note = n }, such as the ports locked by a policy)",
			r.facts.ifacePath(i), ifaceName(it.Name, it.ID), strings.ToLower(mds2.No.String()))
		return
	}
}

// ifaceName is an interface's name as a warning quotes it.
func ifaceName(name, id string) string {
	if name == "" {
		return fmt.Sprintf("interface %s", id)
	}
	return fmt.Sprintf("%q (%s)", name, id)
}
