package content

import "testing"

// TestPortProtection: an interface whose own security is not written
// said "Its protection is not stated" beside its own port's row saying
// encrypted and authenticated. What its ports state is said of its ports
// alone, as the ports table reads them (an HTTPS port is encrypted); with
// no port, or none stating either fact, nothing is said (the bullet
// keeps "not stated"), and a fact a port leaves unwritten is never read
// as no.
func TestPortProtection(t *testing.T) {
	port := func(number int, service string, enc, auth Tri) Port {
		return Port{Number: number, Transport: "tcp", Service: service, Interface: "api", Direction: "in", Encrypted: enc, Authenticated: auth}
	}
	for _, tc := range []struct {
		name  string
		ports []Port
		want  string
	}{
		{"no port", nil, ""},
		{"nothing stated", []Port{port(8080, "Web API", Unstated, Unstated)}, ""},
		{"one port, both", []Port{port(443, "HTTPS", True, True)},
			"Its one port, HTTPS on 443/TCP, is encrypted and authenticated."},
		{"the same port both ways counts once", []Port{port(443, "HTTPS", True, True), func() Port { pt := port(443, "HTTPS", True, True); pt.Direction = "out"; return pt }()},
			"Its one port, HTTPS on 443/TCP, is encrypted and authenticated."},
		{"encrypted, authentication unwritten", []Port{port(8080, "Web API", True, Unstated)},
			"Its one port, Web API on 8080/TCP, is encrypted (whether authenticated is not stated)."},
		{"HTTPS, encryption unwritten", []Port{port(443, "HTTPS", Unstated, Unstated)},
			"Its one port, HTTPS on 443/TCP, is encrypted (whether authenticated is not stated)."},
		{"HTTPS stated unencrypted", []Port{port(443, "HTTPS", False, Unstated)},
			"Its one port, HTTPS on 443/TCP, is not encrypted (whether authenticated is not stated)."},
		{"neither", []Port{port(2575, "HL7 v2", False, False)},
			"Its one port, HL7 v2 on 2575/TCP, is neither encrypted nor authenticated."},
		{"several", []Port{
			port(443, "HTTPS", True, True),
			port(8443, "HTTPS", True, True),
			port(2575, "HL7 v2", False, False),
			{Number: 123, Transport: "udp", Service: "NTP", Interface: "api"},
			{Number: 22, Transport: "tcp", Service: "SSH", Interface: "other", Encrypted: True, Authenticated: True},
		}, "Of its ports, HTTPS on 443/TCP and HTTPS on 8443/TCP are encrypted and authenticated; HL7 v2 on 2575/TCP is neither encrypted nor authenticated; whether NTP on 123/UDP is encrypted or authenticated is not stated."},
	} {
		p := &Product{Ports: tc.ports}
		if got := p.PortProtection("api"); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
