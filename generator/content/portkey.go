package content

import (
	"fmt"
	"strings"
)

// portKey identifies a [[ports]] entry among the product's: number,
// transport, direction and interface, and for a connection out the
// service too. A part connects out on one port number to several
// services (DICOM storage to the PACS and the worklist query to the RIS,
// both TCP 104), each with its own purpose and endpoints, and the ports
// table and the firewall rules keep them apart (samePortBut); one
// listener per port and interface, though, takes what arrives there.
// versions.changes.ports_removed names numbers only, and removes every
// entry with the number, so two such entries need no key of their own.
func portKey(pt Port) string {
	k := fmt.Sprintf("%d/%s %s on %s", pt.Number, pt.Transport, pt.Direction, pt.Interface)
	if pt.Direction == "out" {
		k += fmt.Sprintf(" (%s)", pt.Service)
	}
	return k
}

// uniquePorts reports each [[ports]] entry whose portKey repeats an
// earlier one's. A port has no ID, so the error names what the two
// entries share and where the first is, not an ID (unique's wording).
// Services are compared without case: "DICOM" and "Dicom" are one.
func (v *productValidator) uniquePorts(ports []Port) {
	seen := map[string]int{}
	for i, pt := range ports {
		k := strings.ToLower(portKey(pt))
		j, ok := seen[k]
		if !ok {
			seen[k] = i
			continue
		}
		first := ports[j]
		at := fmt.Sprintf("ports[%d] (line %d)", j, v.p.Source.Line(fmt.Sprintf("ports[%d]", j)))
		same := fmt.Sprintf("%s %d, direction %s, on interface %q", strings.ToUpper(pt.Transport), pt.Number, pt.Direction, pt.Interface)
		if pt.Direction == "out" {
			service := fmt.Sprintf("%q", pt.Service)
			if pt.Service != first.Service {
				service = fmt.Sprintf("%q (%q there: services that differ only in case are one)", pt.Service, first.Service)
			}
			v.errorf(fmt.Sprintf("ports[%d]", i), "duplicate port: %s to service %s, as %s: connections out on one port and interface are told apart by their service; merge the two entries, or name each one's service", same, service, at)
			continue
		}
		v.errorf(fmt.Sprintf("ports[%d]", i), "duplicate port: %s, as %s: one listener per port number, transport and interface takes what arrives there; merge the two entries", same, at)
	}
}
