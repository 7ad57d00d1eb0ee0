package content

import (
	"slices"
	"testing"
)

// TestFirewallCaveats: the firewall section's sentences about "When
// enabled" rules, described endpoints and the services the final deny
// would block follow the product's own rules: a pump whose one rule
// reaches its server part has none of the first two, and its data are
// silent about DHCP, DNS and NTP; a port stated by its service's name
// (DNS over TLS) or number counts as stated, as a host name is named.
func TestFirewallCaveats(t *testing.T) {
	pump := Part{ID: "pump", Name: "Pump", Runs: "device"}
	server := Part{ID: "server", Name: "Server", Runs: "customer_hosted"}
	toServer := Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "wifi", Part: "pump", PeerPart: "server"}
	product := func(ports ...Port) *Product {
		return &Product{Parts: []Part{pump, server}, Ports: ports, Interfaces: []Interface{
			{ID: "wifi", Kind: "wifi", Name: "Wi-Fi", Part: "pump"},
			{ID: "lan", Kind: "virtual_nic", Name: "LAN", Part: "server"},
		}}
	}
	const dhcp, dns, ntp = "address assignment (DHCP, UDP 67 and 68)", "name resolution (DNS, port 53)", "time synchronisation (NTP, UDP 123)"
	for _, tc := range []struct {
		name        string
		ports       []Port
		whenEnabled bool
		described   *DescribedEnd
		unstated    []string
	}{
		{"one rule between two parts", []Port{toServer}, false, nil, []string{dhcp, dns, ntp}},
		{"DNS over TLS by name, NTP by number, to host names",
			[]Port{toServer,
				{Number: 853, Transport: "tcp", Service: "DNS over TLS", Direction: "out", Interface: "wifi", Part: "pump", Endpoints: []string{"dns.hospital.example"}},
				{Number: 123, Transport: "udp", Service: "Time", Direction: "out", Interface: "lan", Part: "server", Endpoints: []string{"10.0.0.1"}}},
			false, nil, []string{dhcp}},
		{"a syslog rule off as shipped, to collectors described",
			[]Port{toServer, {Number: 6514, Transport: "tcp", Service: "Syslog", Direction: "out", Interface: "lan", Part: "server", Endpoints: []string{"Hospital syslog collectors"}, DefaultEnabled: False}},
			true, &DescribedEnd{Rule: 2, End: "Hospital syslog collectors"}, []string{dhcp, dns, ntp}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := product(tc.ports...)
			if got := p.RulesWhenEnabled(); got != tc.whenEnabled {
				t.Errorf("RulesWhenEnabled = %v; want %v", got, tc.whenEnabled)
			}
			got := p.DescribedRuleEnd()
			if (got == nil) != (tc.described == nil) || got != nil && *got != *tc.described {
				t.Errorf("DescribedRuleEnd = %+v; want %+v", got, tc.described)
			}
			if u := p.BasicServicesUnstated(); !slices.Equal(u, tc.unstated) {
				t.Errorf("BasicServicesUnstated = %q; want %q", u, tc.unstated)
			}
		})
	}
}
