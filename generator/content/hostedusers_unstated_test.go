package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestHostedUsersUnstatedAtHome: a home CGM (cgmhome) whose cloud serves a
// clinic portal that no data flow ties to its users gave the portal's
// rule From "Customer network": for patients at home, their home
// network, which the key facts, the notice and its CSAF twin then said
// the portal's connection comes from. With the patients as customers
// and nothing of the product on their network, From is now not stated,
// and check names the port. A customer written (a hospital providing
// the product at home), a hospital product, a part on the home network
// (the network may stand for it) and a flow that places the users keep
// the rule they had.
func TestHostedUsersUnstatedAtHome(t *testing.T) {
	const base = `schema_version = 2
id = "p"
name = "P"
%s
[[parts]]
id = "sensor"
name = "Sensor"
runs = "device"

[[parts]]
id = "app"
name = "App"
runs = "customer_device"

[[parts]]
id = "cloud"
name = "Cloud"
runs = "manufacturer_hosted"

[[interfaces]]
id = "sensor-link"
kind = "%s"
part = "sensor"
name = "Sensor link"
purpose = "Readings to the app."
internal = true

[[interfaces]]
id = "app-net"
kind = "api"
part = "app"
name = "App network"
purpose = "Uploads."

[[interfaces]]
id = "cloud-api"
kind = "api"
part = "cloud"
name = "Cloud API"
purpose = "Receives the uploads."

[[interfaces]]
id = "portal"
kind = "web_ui"
part = "cloud"
name = "Clinic portal"
purpose = "Clinic staff view the readings."

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "Uploads."
direction = "out"
interface = "app-net"
endpoints = ["api.example"]

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "The API."
direction = "in"
interface = "cloud-api"
endpoints = ["api.example"]

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "The portal."
direction = "in"
interface = "portal"
endpoints = ["portal.example"]
%s
[documents]
build = ["csd"]
`
	const clinicFlow = `
[[data_flows]]
id = "DF-01"
from = "cloud"
to = "Clinic browser"
data = ["phi"]
interface = "portal"

[[flow_endpoints]]
name = "Clinic browser"
zone = "%s"
`
	const warning = `warning: ports[2]: Cloud (hosted by the manufacturer) listens on 443/tcp (HTTPS, interface "portal"), but no data flow over that interface names who reaches it`
	for _, tc := range []struct {
		name, head, link, flows string
		want                    string // the portal's rule, "" for none
		unstated, warns         bool
	}{
		{"patients at home", "home_use = true", "bluetooth", "", "out Not stated 443 [portal.example]", true, true},
		{"a hospital providing it at home", "home_use = true\ncustomer = \"hospital\"", "bluetooth", "", "out Hospital network 443 [portal.example]", false, false},
		{"an organisation providing it at home", "home_use = true\ncustomer = \"organisation\"", "bluetooth", "", "out Customer network 443 [portal.example]", false, false},
		{"a hospital product", "home_use = false", "bluetooth", "", "out Hospital network 443 [portal.example]", false, false},
		{"patients at home, the sensor on their Wi-Fi", "home_use = true", "wifi", "", "out Customer network 443 [portal.example]", false, false},
		{"patients at home, a flow places the users on the customer's side", "home_use = true", "bluetooth", fmt.Sprintf(clinicFlow, "customer_infrastructure"), "out Clinic browser 443 [portal.example]", false, false},
		{"patients at home, a flow places the users at a third party", "home_use = true", "bluetooth", fmt.Sprintf(clinicFlow, "third_party"), "", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := tc.link
			src := fmt.Sprintf(base, tc.head, link, tc.flows)
			if link == "wifi" { // the sensor's link joins the home network
				src = strings.Replace(src, "internal = true\n", "", 1)
			}
			p, diags := loadParts(t, src)
			var got string
			unstated := false
			for _, r := range p.FirewallRules() {
				if len(r.Peers) == 1 && r.Peers[0] == "portal.example" {
					got = fmt.Sprintf("%s %s %d %v", r.Direction, r.Side, r.Port, r.Peers)
					unstated = r.UsersUnstated()
				}
			}
			if got != tc.want || unstated != tc.unstated {
				t.Errorf("portal rule %q (users unstated %v); want %q (%v)", got, unstated, tc.want, tc.unstated)
			}
			if hasDiagIn(diags, warning) != tc.warns {
				t.Errorf("warning %q reported: %v, want %v\n  %s", warning, !tc.warns, tc.warns, diagText(diags))
			}
			text := p.UsersUnstatedText("customer's network")
			if wantText := "No data flow names who reaches the Clinic portal of Cloud (rule 1), nor from which network, so its From is not stated: it is not given as a connection from the customer's network"; tc.unstated && text != wantText || !tc.unstated && text != "" {
				t.Errorf("UsersUnstatedText = %q", text)
			}
		})
	}
}
