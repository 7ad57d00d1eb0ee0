package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildWearableEdited builds a copy of testdata/wearable whose product
// file edit changes and returns the built site's files by slash path.
func buildWearableEdited(t *testing.T, edit func(string) string) map[string]string {
	t.Helper()
	files, _ := buildFixtureEdited(t, "wearable", "glucowear.toml", edit)
	return files
}

// TestCSDConnectionsOfAnAppOnAPatientsPhone: the wearable without its
// Clinic portal is a mobile app on the patient's own phone opening
// 443/tcp to the manufacturer's cloud, and no other port: no firewall
// rule is derived (the phone connects from any network), but the key
// facts do not say the product opens no connection, the ports section
// does not send the reader to firewall rules that reach the cloud, and
// the firewall section says where the app connects from. The fixture as
// shipped (the portal reached from the customer's network) keeps its
// rule and lists the app's connection beside it.
func TestCSDConnectionsOfAnAppOnAPatientsPhone(t *testing.T) {
	noPortal := func(s string) string {
		const portal = `[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "The Clinic portal."
direction = "in"
interface = "portal"
endpoints = ["clinic.glucowear.example"]
default_enabled = true
encrypted = true
authenticated = true
`
		if !strings.Contains(s, portal) {
			t.Fatal("the wearable fixture has no Clinic portal port")
		}
		return strings.Replace(s, portal, "", 1)
	}
	files := buildWearableEdited(t, noPortal)
	csd := files["glucowear/csd.md"]
	const fw = "[3.3 Firewall rules for the parts on the customer's network](#3-3-firewall-rules-for-the-parts-on-the-customer-s-network)"
	kindtest.SaysAll(t, "csd.md", csd,
		"| Connections opened from the customer's network as installed | GlucoWear app: TCP 443 | GlucoWear app runs on a phone the customer owns and connects from whatever network that device is on: no firewall rule is given for it. "+fw+" |",
		"A part hosted by the manufacturer listens at the manufacturer, not on the customer's network, and its approved endpoints are the host names at which it is reached; no firewall rule in "+fw+" reaches it.",
		"No firewall rule is given: no part of the product listens on the customer's network; the GlucoWear app runs on a phone the customer owns and connects from whatever network that device is on.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the app opens 443/tcp to the cloud, and no firewall rule is given",
		"| Connections opened from the customer's network as installed | None |", "reach it with outbound rules only")

	// A service port on the sensor (on the customer's network) gives
	// rules again, none of which reaches the cloud.
	files = buildWearableEdited(t, func(s string) string {
		return strings.Replace(noPortal(s), "\n[[data_stores]]", `
[[interfaces]]
id = "sensor-eth"
kind = "ethernet"
part = "sensor"
name = "Service Ethernet"
purpose = "Service."
default_enabled = false
can_disable = true

[[ports]]
number = 8080
transport = "tcp"
service = "HTTP"
purpose = "Service."
direction = "in"
interface = "sensor-eth"
endpoints = ["Service laptop"]
default_enabled = false
encrypted = false
authenticated = true

[[data_stores]]`, 1)
	})
	csd = files["glucowear/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| Connections opened from the customer's network as installed | GlucoWear app: TCP 443 |", // the app's, though the sensor has a port
		"no firewall rule in "+fw+" reaches it.",
		"No rule reaches a service the manufacturer hosts or lets traffic from it into the customer's network.",
		"GlucoWear app runs on a phone the customer owns and connects from whatever network that device is on: no rule is given for it.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "no rule reaches the cloud", "reach it with outbound rules only", "is reached by outbound rules to its endpoints")

	csd = buildFixture(t, "wearable")("glucowear/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Connections opened from the customer's network as installed | TCP 443 (Clinician's web browser, to GlucoWear cloud service); GlucoWear app: TCP 443 | GlucoWear app runs on a phone the customer owns and connects from whatever network that device is on: no firewall rule is given for it. [3.3",
		"the firewall rules in [3.3 Firewall rules for reaching the manufacturer's services](#3-3-firewall-rules-for-reaching-the-manufacturer-s-services) reach it with outbound rules only")
}
