package content

import (
	"slices"
	"testing"
)

// undirectedProduct: one device part on the hospital network with one
// HL7 port to the LIS, its direction set by the case.
func undirectedProduct(dir string) *Product {
	return &Product{
		Parts:      []Part{{ID: "pc", Name: "Acquisition PC", Runs: "device"}, {ID: "portal", Name: "Portal", Runs: "manufacturer_hosted"}},
		Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "pc"}, {ID: "api", Kind: "api", Name: "API", Part: "portal"}},
		Ports: []Port{{Number: 2575, Transport: "tcp", Service: "HL7 v2", Direction: dir, Interface: "lan", Part: "pc",
			Endpoints: []string{"Hospital LIS"}, At: "ports[0]"}},
	}
}

// TestPortDirectionUnstated: ports.direction is optional. Stated in, out
// or both keeps the rules and key-fact rows as before; not stated, the port
// counts neither as listening nor as connecting, gives no firewall rule,
// and is named as one whose direction is not stated.
func TestPortDirectionUnstated(t *testing.T) {
	for _, tc := range []struct {
		dir         string
		rules       []string
		listen, out bool
		undirected  bool
	}{
		{"in", []string{"in"}, true, false, false},
		{"out", []string{"out"}, false, true, false},
		{"both", []string{"in", "out"}, true, true, false},
		{"", nil, false, false, true},
	} {
		t.Run("direction "+tc.dir, func(t *testing.T) {
			p := undirectedProduct(tc.dir)
			var dirs []string
			for _, r := range p.FirewallRules() {
				dirs = append(dirs, r.Direction)
			}
			if !slices.Equal(dirs, tc.rules) {
				t.Errorf("firewall rule directions %q, want %q", dirs, tc.rules)
			}
			if got := len(p.ListeningPorts()) > 0; got != tc.listen {
				t.Errorf("ListeningPorts non-empty = %v, want %v", got, tc.listen)
			}
			if got := len(p.InboundPorts()) > 0; got != tc.listen {
				t.Errorf("InboundPorts non-empty = %v, want %v", got, tc.listen)
			}
			if got := len(p.OutboundPorts()) > 0; got != tc.out {
				t.Errorf("OutboundPorts non-empty = %v, want %v", got, tc.out)
			}
			k := p.KeyFactPorts("hospital")
			if got := len(k.Listen)+len(k.ListenUnknown)+len(k.ListenOff) > 0; got != tc.listen {
				t.Errorf("key facts listening %v, want %v (%+v)", got, tc.listen, k)
			}
			if got := len(k.Out)+len(k.OutUnknown)+len(k.OutOff) > 0; got != tc.out {
				t.Errorf("key facts connections %v, want %v (%+v)", got, tc.out, k)
			}
			want := []string(nil)
			if tc.undirected {
				want = []string{"TCP 2575 (HL7 v2, Acquisition PC, to or from Hospital LIS)"}
			}
			if !slices.Equal(k.Undirected, want) {
				t.Errorf("Undirected %q, want %q", k.Undirected, want)
			}
			if got := len(p.UndirectedRulePorts()) > 0; got != tc.undirected {
				t.Errorf("UndirectedRulePorts non-empty = %v, want %v", got, tc.undirected)
			}
			warned := 0
			for _, d := range ruleDirectionUnstated(p) {
				if d.Severity == Warning && d.Path == "ports[0]" {
					warned++
				}
			}
			if want := map[bool]int{true: 1, false: 0}[tc.undirected]; warned != want {
				t.Errorf("%d warnings at ports[0], want %d", warned, want)
			}
		})
	}
}
