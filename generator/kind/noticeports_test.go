package kind

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// noticePortsProduct is a gateway on the customer's network (LAN, Wi-Fi,
// a modem and a bus internal to the product), a service the
// manufacturer hosts and the customer's own directory, at two versions:
// 1.0 alone has port 2575 on the LAN.
func noticePortsProduct() Product {
	base := content.Product{
		Versions: []content.Version{{Version: "1.0"}, {Version: "2.0"}},
		Parts: []content.Part{{ID: "gw", Name: "Gateway", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "ldap", Name: "Directory", Runs: "customer_infrastructure"}},
		Interfaces: []content.Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "gw"}, {ID: "wifi", Kind: "wifi", Name: "Wi-Fi", Part: "gw"},
			{ID: "cell", Kind: "cellular", Name: "LTE", Part: "gw"}, {ID: "bus", Kind: "ethernet", Name: "Bus", Part: "gw", Internal: true},
			{ID: "api", Kind: "api", Name: "Cloud API", Part: "cloud"}, {ID: "dir", Kind: "ethernet", Name: "Directory LAN", Part: "ldap"}},
		Ports: []content.Port{
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "wifi", Part: "gw", Endpoints: []string{"api.example"}},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "lan", Part: "gw", Endpoints: []string{"api.example"}},
			{Number: 53, Transport: "udp", Service: "DNS", Direction: "out", Interface: "wifi", Part: "gw"},
			{Number: 53, Transport: "udp", Service: "DNS", Direction: "out", Interface: "lan", Part: "gw"},
			{Number: 5000, Transport: "tcp", Service: "Bus", Direction: "in", Interface: "bus", Part: "gw"},
			{Number: 2000, Transport: "tcp", Service: "Telemetry", Direction: "out", Interface: "cell", Part: "gw"},
			{Number: 8443, Transport: "tcp", Service: "API", Direction: "in", Interface: "api", Part: "cloud", Endpoints: []string{"api.example"}},
			{Number: 389, Transport: "tcp", Service: "LDAP", Direction: "in", Interface: "dir", Part: "ldap"},
		},
		DataFlows: []content.DataFlow{{ID: "DF-1", From: "gw", To: "cloud", Interface: "lan"}},
	}
	old := base
	old.Ports = append([]content.Port{{Number: 2575, Transport: "tcp", Service: "HL7", Direction: "in", Interface: "lan", Part: "gw"}}, base.Ports...)
	p := Product{Product: &base}
	p.ByVersion = map[string]Product{"1.0": {Product: &old, VersionOf: "1.0"}, "2.0": {Product: &base, VersionOf: "2.0"}}
	return p
}

// portNames words ports as "53/udp@wifi", in order.
func portNames(ports []content.Port) string {
	var out []string
	for _, pt := range ports {
		out = append(out, fmt.Sprintf("%d/%s@%s", pt.Number, pt.Transport, pt.Interface))
	}
	return strings.Join(out, " ")
}

// TestSortNoticePorts: each port of the versions a notice concerns lands
// in the first group that holds, in order: to block (even on an
// interface to disable), internal (even if its interface is disabled),
// hosted by the manufacturer, closed with a disabled interface, needed
// on the customer's network, on the carrier's network, else its part
// named elsewhere; a port only an older version has is among them, and
// one that only the newest version lacks is not left out. The
// connection to the manufacturer's service both versions state is
// listed once.
func TestSortNoticePorts(t *testing.T) {
	n := content.Notice{ID: "n", Kind: "end_of_support", Versions: []string{"1.0", "2.0"}}
	if reach := SortNoticePorts(noticePortsProduct(), n).Reach; len(reach) != 1 || reach[0].Port != 8443 || !reach[0].Manufacturer {
		t.Errorf("reach: %+v, want the rule to the manufacturer's 8443 once", reach)
	}
	for _, tc := range []struct {
		name                                               string
		versions                                           []string
		disable                                            []string
		block                                              []int
		wantDisable, wantBlock, wantInternal, wantHosted   string
		wantClosed, wantNeeded, wantCarrier, wantElsewhere string
	}{
		{"nothing to disable or block", []string{"1.0", "2.0"}, nil, nil,
			"", "", "5000/tcp@bus", "8443/tcp@api", "", "53/udp@wifi 53/udp@lan 443/tcp@wifi 443/tcp@lan 2575/tcp@lan", "2000/tcp@cell", "ldap"},
		{"newest version only", []string{"2.0"}, nil, nil,
			"", "", "5000/tcp@bus", "8443/tcp@api", "", "53/udp@wifi 53/udp@lan 443/tcp@wifi 443/tcp@lan", "2000/tcp@cell", "ldap"},
		{"Wi-Fi and the bus disabled, 443 blocked", []string{"1.0", "2.0"}, []string{"wifi", "bus", "no-such"}, []int{443},
			"wifi bus", "443/tcp@wifi 443/tcp@lan", "5000/tcp@bus", "8443/tcp@api", "53/udp@wifi", "53/udp@lan 2575/tcp@lan", "2000/tcp@cell", "ldap"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := content.Notice{ID: "n", Kind: "end_of_support", Versions: tc.versions,
				Actions: content.CustomerActions{DisableInterfaces: tc.disable, BlockPorts: tc.block}}
			got := SortNoticePorts(noticePortsProduct(), n)
			var disable, elsewhere []string
			for _, it := range got.Disable {
				disable = append(disable, it.ID)
			}
			for _, part := range got.Elsewhere {
				elsewhere = append(elsewhere, part.ID)
			}
			for _, c := range []struct{ what, got, want string }{
				{"disable", strings.Join(disable, " "), tc.wantDisable},
				{"block", portNames(got.Block), tc.wantBlock},
				{"internal", portNames(got.Internal), tc.wantInternal},
				{"hosted", portNames(got.Hosted), tc.wantHosted},
				{"closed", portNames(got.Closed), tc.wantClosed},
				{"needed", portNames(got.Needed), tc.wantNeeded},
				{"carrier", portNames(got.Carrier), tc.wantCarrier},
				{"elsewhere", strings.Join(elsewhere, " "), tc.wantElsewhere},
			} {
				if c.got != c.want {
					t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}
