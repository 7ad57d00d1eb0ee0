package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCapsuleFinalDenyKeepsTheDirectorySignIn: the LumaCap reading
// workstation's physicians sign in through the hospital's Active
// Directory, yet its ports are SMB and DICOM alone, and none states
// DHCP, DNS or NTP. The CSD's caveat after the firewall rules named the
// basic services only, and the end-of-support notice and its CSAF twin
// said "needs only these ports; block every other port" with no caveat:
// the three now name the directory sign-in beside the basic services,
// and none says "only". With ports for all of them, none is named.
func TestCapsuleFinalDenyKeepsTheDirectorySignIn(t *testing.T) {
	const (
		csd    = "lumacap/csd.md"
		notice = "lumacap/notices/eos-1.6.md"
		twin   = ".well-known/csaf/white/2024/ne-lc-n-001.json"
		basic  = "The product data state no port for address assignment (DHCP, UDP 67 and 68), name resolution (DNS, port 53) or time synchronisation (NTP, UDP 123)"
	)
	read := buildFixture(t, "capsule")
	kindtest.SaysAll(t, csd, read(csd), basic+": check whether the parts on the hospital network need them before applying rule 3, the final deny, and allow them where they do."+
		` Nor do they state a port for the sign-in through the hospital's directory that the "Reviewing physician" account uses: allow the connections that sign-in needs (with Active Directory, for example, Kerberos and LDAP to the domain controllers) before applying rule 3.`)
	kindtest.SaysAll(t, notice, read(notice), "The device uses these ports (whether each is enabled as shipped is stated in the table, where it is known); block every other port of the device and every endpoint not listed:",
		basic+": check whether the device needs them before blocking every other port, and allow them where it does."+
			` Nor do they state a port for the sign-in through the customer's directory that the "Reviewing physician" account uses: allow the connections that sign-in needs (with Active Directory, for example, Kerberos and LDAP to the domain controllers) before blocking every other port.`)
	kindtest.SaysAll(t, twin, read(twin), "The product uses these ports on the customer's network; block every other port",
		basic+": check whether the product needs them before blocking every other port of the product, and allow them where it does."+
			` Nor do they state a port for the sign-in through the customer's directory that the \"Reviewing physician\" account uses`)
	for _, f := range []string{notice, twin} {
		kindtest.SaysNoneBecause(t, f, read(f), "the data leave services unstated", "uses only these ports")
	}

	// Ports for address assignment, name resolution and time: the
	// directory sign-in alone is named; with LDAP too, every one is
	// stated, and the device needs only its ports.
	var more string
	for _, pt := range []struct{ n, transport, service string }{{"67", "udp", "DHCP"}, {"53", "udp", "DNS"}, {"123", "udp", "NTP"}, {"389", "tcp", "LDAP"}} {
		more += "\n[[ports]]\nnumber = " + pt.n + "\ntransport = \"" + pt.transport + "\"\nservice = \"" + pt.service + "\"\npurpose = \"" + pt.service + ".\"\ndirection = \"out\"\ninterface = \"ws-lan\"\nendpoints = [\"Hospital " + pt.service + " servers\"]\n"
	}
	basicOnly, _ := buildFixtureEdited(t, "capsule", "lumacap.toml", kindtest.Replace("endpoints = [\"Hospital PACS\"]\n", "endpoints = [\"Hospital PACS\"]\n"+more[:strings.Index(more, "\n[[ports]]\nnumber = 389")]))
	kindtest.SaysAll(t, csd, basicOnly[csd], `The product data state no port for the sign-in through the hospital's directory that the "Reviewing physician" account uses: allow the connections that sign-in needs (with Active Directory, for example, Kerberos and LDAP to the domain controllers) before applying rule 6, the final deny.`)
	kindtest.SaysAll(t, notice, basicOnly[notice], "The device uses these ports (whether each is enabled as shipped is stated in the table, where it is known);", `The product data state no port for the sign-in through the customer's directory`)
	kindtest.SaysNoneBecause(t, csd, basicOnly[csd], "DHCP, DNS and NTP are stated", "The product data state no port for address", "Nor do they")

	files, _ := buildFixtureEdited(t, "capsule", "lumacap.toml", kindtest.Replace("endpoints = [\"Hospital PACS\"]\n", "endpoints = [\"Hospital PACS\"]\n"+more))
	kindtest.SaysAll(t, notice, files[notice], "The device uses only these ports (whether each is enabled as shipped is stated in the table, where it is known); block every other port")
	kindtest.SaysAll(t, twin, files[twin], "The product uses only these ports on the customer's network; block every other port")
	for _, f := range []string{csd, notice, twin} {
		kindtest.SaysNoneBecause(t, f, files[f], "every service is stated", "The product data state no port", "Nor do they state")
	}
}
