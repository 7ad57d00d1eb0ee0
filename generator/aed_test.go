package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/aed is a public-access defibrillator kept by schools, offices
// and airports (its product file's header says what it holds).

// TestAEDCSDAddressesTheCustomer: the LifeGuard's customers are schools
// and offices, not hospitals; both versions' CSDs addressed "the
// hospital's network, security and biomedical engineering teams", had
// key facts "for the network and biomedical engineering teams", named
// the firewall rules' end "Hospital network" and the facility manager's
// account "managed by: Hospital". customer = "organisation" makes them
// speak of the customer and its network.
func TestAEDCSDAddressesTheCustomer(t *testing.T) {
	read := buildFixture(t, "aed")
	for _, rel := range []string{"lifeguard/csd.md", "lifeguard/2.1/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"This document gives whoever looks after the customer's computers and network (its own staff or an outside IT provider) and the people responsible for the device what Brightwell Rescue Ltd states",
			"## Key facts\n",
			// RescueView lists no interface while data flows use it
			// (InterfacesUnlisted): its ports are not stated either.
			"| Ports listening on the customer's network as shipped | None listed; no interface of RescueView is listed, though a data flow reaches it |",
			"| Allow | Customer network | readynet.brightwell-rescue.example | 443/TCP |",
			"Invited by the customer's administrator in ReadyNet. | Customer |")
		kindtest.SaysNone(t, rel, csd, "Hospital network", "hospital network", "the hospital's", "| Hospital |",
			"biomedical engineering teams", "Key facts for", "PACS")
	}
	// Its rules' ends are host names: no described endpoint to replace,
	// and no time server the data do not name.
	kindtest.SaysNone(t, "lifeguard/csd.md", read("lifeguard/csd.md"), "described rather than named", "time server, say")
	kindtest.SaysAll(t, "lifeguard/csd.html", read("lifeguard/csd.html"),
		`<meta name="description" content="Customer security documentation: interfaces and ports, firewall rules, data protection, updates, logging, backup, secure configuration, SBOM, end of support and decommissioning, for whoever looks after the customer&#39;s computers and network (its own staff or an outside IT provider) and the people responsible for the device">`)
}

// TestAEDDescriptionPerVersion: the description said the readiness
// module reports "(and, from 3.0, over the customer's Wi-Fi)", in 2.1's
// MDS2 form too, whose CONN-1.1.1 says 2.1 has no Wi-Fi. 3.0 now writes
// its own description.
func TestAEDDescriptionPerVersion(t *testing.T) {
	read := buildFixture(t, "aed")
	old := read("lifeguard/2.1/mds2.md")
	kindtest.SaysAll(t, "2.1/mds2.md", old, "its pads' expiry date to Brightwell's ReadyNet portal over LTE-M, where the owner's facility manager reads them")
	kindtest.SaysNoneBecause(t, "2.1/mds2.md", old, "2.1 has no Wi-Fi", "from 3.0", "over the customer's Wi-Fi")
	kindtest.SaysAll(t, "mds2.md", read("lifeguard/mds2.md"), "to Brightwell's ReadyNet portal over LTE-M or the customer's Wi-Fi, where")
}
