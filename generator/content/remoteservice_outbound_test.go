package content

import (
	"strings"
	"testing"
)

// TestRemoteServiceOutboundFinalDeny: maldi's CSD ended its firewall
// rules with "Deny everything else" while Spectrid's remote support,
// offered and opened from the hospital's side through TeamViewer, had no
// port: the only outbound port was HTTPS to the Spectrid portal for the
// library. An outbound remote service that no port of the parts it
// reaches could carry now gets a caveat before the final deny that sends
// the customer to the manufacturer; a port that could carry it (naming
// the tool, reaching its endpoint, or, with no tool named, any port out
// that may be the manufacturer's) says nothing.
func TestRemoteServiceOutboundFinalDeny(t *testing.T) {
	outbound := remotePortBase + "connection = \"outbound\"\n"
	portal := "\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"Library downloads.\"\ndirection = \"out\"\ninterface = \"eth\"\nendpoints = [\"Acme portal\"]\n"
	tv := "\n[[cloud.services]]\nname = \"TeamViewer\"\nprovider = \"TeamViewer\"\npurpose = \"Remote support on request.\"\n"
	tvAt := "\n[[cloud.services]]\nname = \"TeamViewer\"\nprovider = \"TeamViewer\"\npurpose = \"Remote support on request.\"\nendpoints = [\"*.teamviewer.com\"]\n"
	addPort := func(src, port string) string {
		return strings.Replace(src, "[remote_service]", port+"\n[remote_service]", 1)
	}
	const none = ""
	for _, tc := range []struct {
		name, src, want string
	}{
		{"only a port to the hospital", outbound,
			"Acme's remote service reaches Pump by a connection opened from the hospital's side, and the product data state no port for it: ask Acme which connection it needs, and allow it before applying rule 2, the final deny."},
		{"a port out that may be the manufacturer's", addPort(outbound, portal), none},
		{"through a tool no port reaches", addPort(outbound, portal) + tv,
			"Acme's remote service reaches Pump by a connection opened from the hospital's side, and the product data state no port for it: ask Acme which connection it needs, and allow it before applying rule 3, the final deny."},
		{"a port naming the tool", addPort(outbound, strings.Replace(portal, "Library downloads.", "TeamViewer sessions.", 1)) + tv, none},
		{"a port at the tool's endpoint", addPort(outbound, strings.Replace(portal, "Acme portal", "*.teamviewer.com", 1)) + tvAt, none},
		{"a port for remote support", addPort(outbound, strings.Replace(portal, "Library downloads.", "Remote support.", 1)) + tv, none},
		{"connection not stated", remotePortBase, "The product data state no port for the remote-service connection by which Acme reaches Pump: check which connection it needs before applying rule 2, the final deny, and allow it."},
		{"not offered", strings.Replace(outbound, "offered = true", "offered = false", 1), none},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, tc.src)
			if got := p.RemoteServiceFinalDenyText("Acme"); got != tc.want {
				t.Errorf("RemoteServiceFinalDenyText = %q; want %q", got, tc.want)
			}
		})
	}
}
