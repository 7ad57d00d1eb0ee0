package content

import (
	"slices"
	"strings"
	"testing"
)

// TestFirewall78Table: an inbound rule with no approved endpoint is named
// for the "From" caveat; a network interface of a device part that no port
// or flow uses is named before the final deny; a remote service through the
// customer's own VPN, with remote_service.parts not written, names no part
// where the product has several device parts (a radio-only transmitter
// among them), and names the one device part where there is one.
func TestFirewall78Table(t *testing.T) {
	pc := Part{ID: "pc", Name: "PC", Runs: "device"}
	tx := Part{ID: "tx", Name: "Transmitter", Runs: "device"}
	rx := Part{ID: "rx", Name: "Receivers", Runs: "device"}
	smb := Port{Number: 445, Transport: "tcp", Service: "SMB", Direction: "in", Interface: "lan", Part: "pc"}
	dicom := Port{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "out", Interface: "lan", Part: "pc", Endpoints: []string{"PACS"}}
	for _, tc := range []struct {
		name       string
		parts      []Part
		ifaces     []Interface
		ports      []Port
		unsourced  []string
		portless   []string
		reached    []string
		unstated   bool
		remoteText bool
	}{
		{"SMB in with no source", []Part{pc}, []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "pc"}},
			[]Port{dicom, smb}, []string{"2"}, nil, []string{"pc"}, false, true},
		{"every source named", []Part{pc}, []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN", Part: "pc"}},
			[]Port{dicom}, nil, nil, []string{"pc"}, false, true},
		{"receivers' VLAN with no port, transmitter radio only", []Part{tx, rx, pc},
			[]Interface{{ID: "wmts", Kind: "radio", Name: "WMTS", Part: "tx"}, {ID: "rx-lan", Kind: "ethernet", Name: "Receiver LAN", Part: "rx"}, {ID: "lan", Kind: "ethernet", Name: "LAN", Part: "pc"}},
			[]Port{dicom}, nil, []string{"rx-lan"}, []string{"tx", "rx", "pc"}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Parts: tc.parts, Interfaces: tc.ifaces, Ports: tc.ports,
				RemoteService: RemoteService{Offered: True, Connection: "customer_access"}}
			if got := p.SourceUnstatedRules(); !slices.Equal(got, tc.unsourced) {
				t.Errorf("SourceUnstatedRules = %q; want %q", got, tc.unsourced)
			}
			var ids []string
			for _, it := range p.PortlessNetworkInterfaces() {
				ids = append(ids, it.ID)
			}
			if !slices.Equal(ids, tc.portless) {
				t.Errorf("PortlessNetworkInterfaces = %q; want %q", ids, tc.portless)
			}
			parts, unstated := p.remoteServiceReached()
			var got []string
			for _, pt := range parts {
				got = append(got, pt.ID)
			}
			if !slices.Equal(got, tc.reached) || unstated != tc.unstated {
				t.Errorf("remoteServiceReached = %q, %v; want %q, %v", got, unstated, tc.reached, tc.unstated)
			}
			if tc.unstated {
				if s := p.remoteServiceCustomerAccessText("Maker"); !strings.Contains(s, "reaches the product through") || !strings.Contains(s, "which of its parts it reaches is not stated") {
					t.Errorf("remoteServiceCustomerAccessText = %q", s)
				}
			}
		})
	}
}
