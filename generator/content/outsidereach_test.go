package content

import (
	"slices"
	"testing"
)

// TestOutsideReach: a port out to a host under the manufacturer's own
// domain, remote service offered and telemetry sent each say the product
// reaches outside the customer's network; a host the data do not place
// outside (the hospital's PACS, another company's name), a port to a part
// the manufacturer hosts (named with the hosted parts) or to a cloud
// service's host, however its endpoint is written (named with the
// services), remote service
// not offered or not stated and no website say nothing.
func TestOutsideReach(t *testing.T) {
	site := Manufacturer{Website: "https://www.meridian-infusion.example"}
	device := Part{ID: "dev", Name: "Workstation", Runs: "device"}
	out := func(e string, on Tri) Port {
		return Port{Number: 443, Transport: "tcp", Service: "HTTPS (remote service)", Direction: "out", Interface: "lan", Part: "dev", Endpoints: []string{e}, DefaultEnabled: on}
	}
	for _, tc := range []struct {
		name string
		p    Product
		m    Manufacturer
		want []string
	}{
		{"port to the manufacturer's domain, on as shipped", Product{Parts: []Part{device}, Ports: []Port{out("remote.meridian-infusion.example", True)}}, site,
			[]string{"as shipped it connects to remote.meridian-infusion.example (443/TCP, HTTPS (remote service))"}},
		{"port to the manufacturer's domain, off as shipped", Product{Parts: []Part{device}, Ports: []Port{out("https://remote.meridian-infusion.example:443/x", False)}}, site,
			[]string{"once enabled it connects to https://remote.meridian-infusion.example:443/x (443/TCP, HTTPS (remote service))"}},
		{"port to a hospital system", Product{Parts: []Part{device}, Ports: []Port{out("Hospital PACS", True)}}, site, nil},
		{"port to a look-alike domain", Product{Parts: []Part{device}, Ports: []Port{out("remote.notmeridian-infusion.example", True)}}, site, nil},
		{"no website", Product{Parts: []Part{device}, Ports: []Port{out("remote.meridian-infusion.example", True)}}, Manufacturer{}, nil},
		{"port to a part the manufacturer hosts", Product{
			Parts: []Part{device, {ID: "rsc", Name: "Service centre", Runs: "manufacturer_hosted"}},
			Ports: []Port{out("rsc.meridian-infusion.example", True), {Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "wan", Part: "rsc", Endpoints: []string{"rsc.meridian-infusion.example"}}},
		}, site, nil},
		// The service's endpoint is written with words after its host: the
		// port reaches that service, named with the cloud services.
		{"port to a cloud service's host", Product{Parts: []Part{device}, Ports: []Port{out("fleet.meridian-infusion.example", False)},
			Cloud: Cloud{Services: []CloudService{{Name: "Fleet reporting", Endpoints: []string{"fleet.meridian-infusion.example (HTTPS, TCP 443)"}, Required: False}}}}, site, nil},
		{"port beside a cloud service on another host", Product{Parts: []Part{device}, Ports: []Port{out("remote.meridian-infusion.example", True)},
			Cloud: Cloud{Services: []CloudService{{Name: "Fleet reporting", Endpoints: []string{"fleet.meridian-infusion.example (HTTPS, TCP 443)"}, Required: False}}}}, site,
			[]string{"as shipped it connects to remote.meridian-infusion.example (443/TCP, HTTPS (remote service))"}},
		{"remote service offered, outbound, off as shipped", Product{Parts: []Part{device}, RemoteService: RemoteService{Offered: True, Connection: "outbound", EnabledAsShipped: False}}, site,
			[]string{"it connects out for the manufacturer's remote service (off as shipped)"}},
		{"telemetry sent as shipped", Product{Parts: []Part{device}, RemoteService: RemoteService{Telemetry: True, TelemetryAsShipped: True}}, site,
			[]string{"it sends the manufacturer telemetry (on as shipped)"}},
		{"remote service not offered, no telemetry", Product{Parts: []Part{device}, RemoteService: RemoteService{Offered: False, Telemetry: False}}, site, nil},
		{"remote service not stated", Product{Parts: []Part{device}}, site, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fillParts(&tc.p, tc.p.Interfaces, tc.p.Ports, tc.p.DataStores)
			if got := tc.p.OutsideReach(tc.m); !slices.Equal(got, tc.want) {
				t.Errorf("OutsideReach = %q, want %q", got, tc.want)
			}
		})
	}
}
