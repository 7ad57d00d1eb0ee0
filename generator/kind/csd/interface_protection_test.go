package csd

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDInterfaceProtectionFromFlowsAndPorts: an interface whose own
// security is not written said "Its protection is not stated" in the
// CSD's list beside its ports' rows saying encrypted and authenticated
// and the data flows over it stating their protection. The CSD now uses
// the plan's shared interface-protection partial: what the flows and the
// ports state, its own protection not stated; an interface nothing says
// anything of keeps "Its protection is not stated."
func TestCSDInterfaceProtectionFromFlowsAndPorts(t *testing.T) {
	c, p := csdLoadExample(t)
	for i := range p.Interfaces {
		switch p.Interfaces[i].ID {
		case "connect-nic", "nfc", "display":
			p.Interfaces[i].Security = ""
		}
	}
	md := renderExample(t, c, p)
	kindtest.SaysAll(t, "csd", md,
		"Its own protection is not stated. Of its ports, HTTPS (mutual TLS) on 443/TCP, HTTPS (Connect web console) on 8443/TCP, HTTPS (fleet reporting) on 443/TCP and Syslog over TLS on 6514/TCP are encrypted and authenticated; HL7 v2 over MLLP on 2575/TCP is neither encrypted nor authenticated.",
		"Its own protection is not stated. Data flow DF-06 over it: DESFire EV2/EV3 mutual authentication",
		"- **7-inch colour touchscreen:** Protection: not stated.")
}
