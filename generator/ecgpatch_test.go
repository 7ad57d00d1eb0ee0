package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/ecgpatch is a single-use 14-day ECG patch with no radio and no
// network, mailed back to the maker's read-out lab; the maker's analysis
// service writes the report and clinicians sign it in the maker's portal
// (its product file's header says what it holds and what the model
// cannot state).

// TestECGPatchNothingOfItOnTheCustomersNetwork: the clinic's IT lead must
// read that nothing of the product listens on, or is to be isolated on,
// its network; that the only firewall rule lets its browsers reach the
// portal (never the lab's upload endpoint, Cardiolane's own traffic); and
// that the patch is never patched in the field.
func TestECGPatchNothingOfItOnTheCustomersNetwork(t *testing.T) {
	read := buildFixture(t, "ecgpatch")
	for _, rel := range []string{"holterpatch/csd.md", "holterpatch/1.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"No port in [3.2 Network ports](#3-2-network-ports) listens on the customer's network.",
			"| 1 | Allow | Clinician's web browser | portal.traceweek.example | 443/TCP | HTTPS (TraceWeek portal) | As shipped |",
			"| TraceWeek patch | On the device | Not patched: a patch runs the firmware it was made with for its single wear; a fixed firmware reaches patients only in patches made after the fix. | Not stated | Not stated |",
			"| Read-out lab workstation | Hosted by the manufacturer | The manufacturer, which hosts it |")
		kindtest.SaysNoneBecause(t, rel, csd, "the lab's upload is Cardiolane's own traffic, at Cardiolane's site",
			"| Allow | Customer network | lab.traceweek.example", "Customer network | lab.traceweek.example")
	}
	notice := read("holterpatch/notices/eos-1.0.md")
	kindtest.SaysAll(t, "eos-1.0.md", notice,
		"No part of the Cardiolane TraceWeek Ambulatory ECG Patch Service is on the customer's network: the TraceWeek patch joins no network of the customer's; the Read-out lab workstation is hosted by the manufacturer; the TraceWeek analysis service and portal is hosted by the manufacturer. There is nothing of the product to isolate there.",
		"| Clinician's web browser | portal.traceweek.example | 443/TCP | HTTPS (TraceWeek portal) | As shipped |")
}

// TestECGPatchHostedOutboundPortEndpoints: the lab workstation's upload
// port is one it opens (Out) to lab.traceweek.example; the CSD and the
// notice said of every port of a manufacturer-hosted part that its
// endpoints are the host names at which the part is reached, which made
// lab.traceweek.example the lab workstation's own address. They now say
// that a port such a part opens lists the hosts it connects to.
func TestECGPatchHostedOutboundPortEndpoints(t *testing.T) {
	read := buildFixture(t, "ecgpatch")
	kindtest.SaysAll(t, "csd.md", read("holterpatch/csd.md"),
		"its approved endpoints are the host names at which it is reached, except for a port it opens (\"Out\"), whose approved endpoints are the hosts it connects to.",
		"| 443/TCP | HTTPS (Ethernet) | Read-out lab workstation (hosted by the manufacturer) | Out | On | Encrypted and authenticated | lab.traceweek.example |")
	kindtest.SaysAll(t, "eos-1.0.md", read("holterpatch/notices/eos-1.0.md"),
		"they are reached at the endpoints below, except that the endpoints of a port a service opens (Outbound) are the hosts it connects to.")
}

// TestECGPatchMDS2WiredNetwork: the only Ethernet carrying PHI is the
// read-out lab workstation's, on Cardiolane's own lab network. MPII-3.5
// derived Yes from it ("the device transfers PII over a wired network"),
// while CONN-1.2.1 already left a part that runs elsewhere to the
// manufacturer; now MPII-3.5 is the manufacturer's answer (its note), and
// nothing says the patch joins a wired network.
func TestECGPatchMDS2WiredNetwork(t *testing.T) {
	mds2 := buildFixture(t, "ecgpatch")("holterpatch/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| MPII-3.5 | Can the device transfer PII over a wired network connection, such as Ethernet? | See Note | Note\u00a05 |",
		"| MPII-3.4 | Can the device transfer PII over a dedicated cable connection, such as a serial or direct point-to-point link? | [Yes]",
		"| CONN-1.1 | Does the device have any wireless connectivity? | [No]",
		"**Note 5.** The patch joins no network.")
	kindtest.SaysNoneBecause(t, "mds2.md", mds2, "the lab's Ethernet is Cardiolane's, not the device's",
		"| MPII-3.5 | Can the device transfer PII over a wired network connection, such as Ethernet? | [Yes]")
}
