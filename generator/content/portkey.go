package content

import "fmt"

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
