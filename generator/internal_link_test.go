package generator

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// ctScanner turns the workstation fixture into a two-computer device: the
// acquisition workstation and a reconstruction computer in the gantry,
// joined by a physically private cable (the probe's CT scanner). With
// internal, both ends of that cable are marked internal = true; the
// connection is written at both ends, each naming the other's part. The
// reconstruction computer's interfaces are listed in full
// (interfaces_complete), as the fixture's own parts are.
func ctScanner(internal bool) func(string) string {
	mark := ""
	if internal {
		mark = "internal = true\n"
	}
	return func(s string) string {
		s = kindtest.Replace("\n[[models]]\n", `
[[parts]]
interfaces_complete = true
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
	kindtest.SaysAll(t, "csd.md", csd,
		"| 7 | Allow | Viewpoint workstation | Reconstruction computer | 7001/TCP | Reconstruction jobs (System network (workstation)) | As shipped |",
		"| 7001/TCP | Reconstruction jobs (System network (gantry)) | Reconstruction computer (on the device) | In | On | Neither | Viewpoint workstation (on the device) |",
		"| 7001/TCP | Reconstruction jobs (System network (workstation)) | Viewpoint workstation (on the device) | Out | On | Neither | Reconstruction computer (on the device) |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "each port names the part at its other end in peer_part",
		"| Viewpoint workstation | Not stated | 7001/TCP", "| Not stated | Reconstruction computer | 7001/TCP", "| In | On | Neither | Not stated |", "| Out | On | Neither | Not stated |")
}

// TestInternalLinkOfAMultiComputerDevice: the scanner's two computers
// joined by a physically private cable, both ends marked internal. The
// CSD's key facts, firewall rules and the ports "on the hospital network"
// leave the cable's port 7001 out, and its interfaces and ports tables
// still list it, saying it is internal to the product and needs no rule;
// the MDS2 form derives CONN-3 from the hospital-facing DICOM port, not
// from the cable; check says nothing about a link marked internal at both
// ends, and warns about one marked at one end only.
func TestInternalLinkOfAMultiComputerDevice(t *testing.T) {
	files, res := buildWorkstationEdited(t, ctScanner(true))
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Ports listening on the hospital network as shipped | TCP 104 (Viewpoint workstation) | Not counted: TCP 7001 (Reconstruction computer), which listens only on a link internal to the product. [3.2 Network ports]",
		"| Connections opened from the hospital network as shipped | UDP 53, TCP 88, TCP 389, TCP 443, TCP 445, TCP 8530 |",
		"As shipped: Viewpoint workstation: Ethernet port (on), USB ports (four on the front, four on the back) (on), Two diagnostic displays (on), System network (workstation) (on, internal); Reconstruction computer: System network (gantry) (on, internal) |",
		"| System network (gantry) | Reconstruction computer (on the device) | Ethernet, internal to the product |",
		"| 7001/TCP | Reconstruction jobs (System network (gantry); internal to the product) | Reconstruction computer (on the device) | In | On | Neither | Viewpoint workstation (on the device) |",
		"| 7001/TCP | Reconstruction jobs (System network (workstation); internal to the product) | Viewpoint workstation (on the device) | Out | On | Neither | Reconstruction computer (on the device) |",
		"| 5 | Allow | Viewpoint workstation | remote.meridian-infusion.example | 443/TCP |",
		"| 8 | Deny, log | Any | Any | Any | Everything else | Always |",
		"7001/TCP (Reconstruction computer and Viewpoint workstation) is on a link internal to the product, which joins no network of the hospital's: no rule is needed for it, and none is given.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "port 7001 is on the private cable between the scanner's own computers, not on the hospital network",
		"| TCP 104 (Viewpoint workstation), TCP 7001", "TCP 445, TCP 7001",
		"| Not stated | Reconstruction computer | 7001/TCP", "| Viewpoint workstation | Reconstruction computer | 7001/TCP", "| Viewpoint workstation | Not stated | 7001/TCP")
	mds2 := files["viewpoint-rw/mds2.md"]
	kindtest.SaysAll(t, "mds2.md", mds2, "| CONN-3 | Yes | Derived from the product data: ports\\[2\\] is 104/tcp (DICOM (C-STORE SCP)) on the lan interface, which joins the customer's network. |")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "the cable joins no network of the customer's", "sys-net interface, which joins", "ws-sys interface, which joins")
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "internal") {
			t.Errorf("warning about a link marked internal at both ends: %v", w)
		}
	}

	// Marked internal at the workstation's end only, check says so at the
	// reconstruction computer's.
	_, res = buildWorkstationEdited(t, func(s string) string {
		return strings.Replace(ctScanner(true)(s), "internal = true\n", "", 1)
	})
	want := `port 7001/tcp of "recon" is the other end of "workstation"'s port on interface "ws-sys", marked internal, but its own interface "sys-net" is not`
	if !slices.ContainsFunc(res.Warnings, func(d content.Diagnostic) bool { return strings.Contains(d.Message, want) }) {
		t.Errorf("no warning %q; warnings: %v", want, res.Warnings)
	}
}
