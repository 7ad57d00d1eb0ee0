package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// ctScanner turns the workstation fixture into a two-computer device: the
// acquisition workstation and a reconstruction computer in the gantry,
// joined by a physically private cable (the probe's CT scanner). With
// internal, both ends of that cable are marked internal = true; the
// connection is written at both ends, each naming the other's part.
func ctScanner(internal bool) func(string) string {
	mark := ""
	if internal {
		mark = "internal = true\n"
	}
	return func(s string) string {
		s = kindtest.Replace("\n[[models]]\n", `
[[parts]]
id = "recon"
name = "Reconstruction computer"
runs = "device"
description = "Computer in the gantry that reconstructs images from the raw data."
patching = "Meridian field service"

[[models]]
`)(s)
		return kindtest.Replace("\n[[ports]]\nnumber = 104\n", `
[[interfaces]]
id = "sys-net"
kind = "ethernet"
part = "recon"
name = "System network (gantry)"
purpose = "Physically private link to the acquisition workstation, no connection to the hospital network."
`+mark+`default_enabled = true
can_disable = false
carries = ["phi"]

[[interfaces]]
id = "ws-sys"
kind = "ethernet"
part = "workstation"
name = "System network (workstation)"
purpose = "Physically private link to the reconstruction computer, no connection to the hospital network."
`+mark+`default_enabled = true
can_disable = false
carries = ["phi"]

[[ports]]
number = 7001
transport = "tcp"
service = "Reconstruction jobs"
purpose = "Raw data in, reconstructed images out."
direction = "in"
interface = "sys-net"
peer_part = "workstation"
default_enabled = true
encrypted = false
authenticated = false

[[ports]]
number = 7001
transport = "tcp"
service = "Reconstruction jobs"
purpose = "Raw data in, reconstructed images out."
direction = "out"
interface = "ws-sys"
peer_part = "recon"
default_enabled = true
encrypted = false
authenticated = false

[[ports]]
number = 104
`)(s)
	}
}

// TestPeerPartNamesTheOtherEndInTheCSD: the scanner's two computers
// joined by a cable that is not marked internal (so it is on the
// hospital network as far as the data says): the connection listed at
// both ends is one firewall rule, whose other end is the part its port
// names in peer_part, not "Not stated"; the ports table names that part
// too.
func TestPeerPartNamesTheOtherEndInTheCSD(t *testing.T) {
	files, _ := buildWorkstationEdited(t, ctScanner(false))
	csd := files["viewpoint-rw/csd.md"]
	saysAll(t, "csd.md", csd,
		"| 3 | Allow | Viewpoint workstation | Reconstruction computer | 7001/TCP | Reconstruction jobs (System network (workstation)) | As shipped |",
		"| 7001/TCP | Reconstruction jobs (System network (gantry)) | Reconstruction computer (on the device) | In | On | Neither | Viewpoint workstation (on the device) |",
		"| 7001/TCP | Reconstruction jobs (System network (workstation)) | Viewpoint workstation (on the device) | Out | On | Neither | Reconstruction computer (on the device) |")
	saysNone(t, "csd.md", csd, "each port names the part at its other end in peer_part",
		"| Viewpoint workstation | Not stated | 7001/TCP", "| Not stated | Reconstruction computer | 7001/TCP", "| In | On | Neither | Not stated |", "| Out | On | Neither | Not stated |")
}
