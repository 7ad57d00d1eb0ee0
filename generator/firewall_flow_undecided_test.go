package generator

import (
	"strings"
	"testing"
)

// TestRTLSFirmwarePushBeforeFinalDeny: rtls's CSD ended its rules with
// "Deny, log | Any | Any | Any | Everything else | Always" and its
// end-of-support notice said to block every other port, while the
// location server's firmware push to the gateways (DF-05) has no port in
// the data: the only connection between the two is the gateways' own.
// Both now say so before the final deny.
func TestRTLSFirmwarePushBeforeFinalDeny(t *testing.T) {
	file := buildFixture(t, "rtls")
	const gap = "The product data state no port for data flow DF-05, from the Wayfind location server to the Wayfind gateways: the connection listed between the two, on TCP 8883, is opened by the Wayfind gateways, and whether the flow uses it or a connection of its own is not stated."
	if want := gap + " Find out which connection that flow uses before applying rule 5, and allow it."; !strings.Contains(file("wayfind/csd.md"), want) {
		t.Errorf("csd.md lacks %q", want)
	}
	if want := gap + " Find out which connection that flow uses before blocking every other port, and allow it."; !strings.Contains(file("wayfind/notices/eos-3.6.md"), want) {
		t.Errorf("notices/eos-3.6.md lacks %q", want)
	}
}

// TestMRIGatewayRemoteServiceListener: the CSD and the plan said that
// nothing on the hospital's side listens for Veltra's outbound remote
// service, while the gateway's hop to the console it reaches (DF-04) has
// no port, so the console may listen for it.
func TestMRIGatewayRemoteServiceListener(t *testing.T) {
	file := buildFixture(t, "mrigateway")
	csd, plan := file("aurion-mr3t/csd.md"), file("aurion-mr3t/security-plan.md")
	for doc, text := range map[string]string{"csd.md": csd, "security-plan.md": plan} {
		if strings.Contains(text, "listens for Veltra Imaging AG") {
			t.Errorf("%s still says nothing listens for Veltra Imaging AG", doc)
		}
	}
	const gap = "the product data state no port for data flow DF-04, from the Veltra Remote Service Gateway to the Operator console, so whether anything on the "
	if want := "| How the connection is opened | Opened from the hospital's side, outward; " + gap + "hospital's side listens for the service's sessions is not stated; Veltra Imaging AG's staff then work on the Operator console through that connection |"; !strings.Contains(csd, want) {
		t.Errorf("csd.md lacks %q", want)
	}
	if want := "| How the connection is opened | Outbound: opened from the customer's side; " + gap + "customer's side listens for the service's sessions is not stated |"; !strings.Contains(plan, want) {
		t.Errorf("security-plan.md lacks %q", want)
	}
}

// TestTeleICUDirectorySignInBeforeFinalDeny: teleicu's clinicians sign in
// through the health system's Active Directory on the Command Centre
// application (accounts.parts = ["console"], the customer's own PCs), and
// the CSD said nothing about it before "Deny, log | Any | Any | Any",
// taking that sign-in for the PCs' own; but the application talks to the
// Vigilon server, which the final deny isolates and which may check the
// sign-in itself. The CSD and the notice now ask for its connections.
func TestTeleICUDirectorySignInBeforeFinalDeny(t *testing.T) {
	file := buildFixture(t, "teleicu")
	const say = ` the sign-in through the %s's directory that the "Command-centre clinician" account uses: allow the connections that sign-in needs`
	if want := strings.Replace(say, "%s", "hospital", 1); !strings.Contains(file("vigilon/csd.md"), want) {
		t.Errorf("csd.md lacks %q", want)
	}
	if want := strings.Replace(say, "%s", "customer", 1); !strings.Contains(file("vigilon/notices/eos-5.4.md"), want) {
		t.Errorf("notices/eos-5.4.md lacks %q", want)
	}
}
