package content

import "testing"

// rmSrv is a second part on the customer's side beside remoteBase's
// device, with a USB cable to it.
const rmSrv = `
[[parts]]
id = "srv"
name = "Analyzer server"
runs = "customer_hosted"

[[interfaces]]
id = "usb"
kind = "usb"
part = "dev"
name = "USB"
purpose = "Service"
`

func rmFlow(id, from, to, iface string) string {
	return "\n[[data_flows]]\nid = \"" + id + "\"\nfrom = \"" + from + "\"\nto = \"" + to + "\"\ndata = [\"software\"]\ninterface = \"" + iface + "\"\nprotection = \"Signed.\"\n"
}

// TestNetworkUpdatesText: only a flow carrying software over a network
// interface to a part on the customer's side states updates over a
// network; a USB cable, a flow to the manufacturer's own part, or a
// version that lacks the flow decide nothing.
func TestNetworkUpdatesText(t *testing.T) {
	tests := []struct {
		name, src string
		versions  []string
		want      string
	}{
		{"software over Ethernet from the hosted part", remoteBase + rmSrv + rmFlow("F-1", "rsc", "dev", "lan"), nil,
			"Software updates reach Analyzer over a network (data flow F-1)"},
		{"two flows to two parts", remoteBase + rmSrv + rmFlow("F-1", "rsc", "dev", "lan") + rmFlow("F-2", "rsc", "srv", "gw"), nil,
			"Software updates reach Analyzer and the Analyzer server over a network (data flows F-1, F-2)"},
		{"over USB only", remoteBase + rmSrv + rmFlow("F-1", "srv", "dev", "usb"), nil, ""},
		{"to the manufacturer's own part", remoteBase + rmSrv + rmFlow("F-1", "dev", "rsc", "lan"), nil, ""},
		{"no software flow", remoteBase + rmSrv, nil, ""},
		{"a later version removes the flow", remoteBase + rmSrv + rmFlow("F-1", "rsc", "dev", "lan") + twoVersions + "[versions.changes]\ndata_flows_removed = [\"F-1\"]\n",
			[]string{"1.0", "2.0"}, ""},
		{"the version that has it", remoteBase + rmSrv + rmFlow("F-1", "rsc", "dev", "lan") + twoVersions + "[versions.changes]\ndata_flows_removed = [\"F-1\"]\n",
			[]string{"1.0"}, "Software updates reach Analyzer over a network (data flow F-1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, tc.src)
			if got := p.NetworkUpdatesText(tc.versions); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestRemoteServiceDeniedParts: the parts on the customer's side are
// named where there are two or more; the manufacturer's own part is not
// one.
func TestRemoteServiceDeniedParts(t *testing.T) {
	third := "\n[[parts]]\nid = \"app\"\nname = \"Analyzer app\"\nruns = \"customer_device\"\n"
	for _, tc := range []struct{ name, src, want string }{
		{"device and the manufacturer's part", remoteBase, ""},
		{"device and a server", remoteBase + rmSrv, "neither Analyzer nor the Analyzer server"},
		{"three parts", remoteBase + rmSrv + third, "none of Analyzer, the Analyzer server and the Analyzer app"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := loadParts(t, tc.src)
			if got := p.RemoteServiceDeniedParts(); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
