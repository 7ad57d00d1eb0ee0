package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestPortsOutPerService: a part connects out on one port number to
// several services (DICOM storage to the PACS, the worklist query to the
// RIS, both TCP 104 on one interface): two entries, each with its own
// purpose and endpoints, and a firewall rule each. Two connections out
// with the same service (in any case), or two listeners on one port and
// interface, stay duplicates, reported as ports (what the two share and
// where the first is), not as repeated IDs.
func TestPortsOutPerService(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[[interfaces]]\nid = \"lan\"\nkind = \"ethernet\"\nname = \"LAN\"\npurpose = \"P\"\n"
	port := func(dir, service, endpoint string) string {
		return fmt.Sprintf("[[ports]]\nnumber = 104\ntransport = \"tcp\"\nservice = %q\npurpose = \"P\"\ndirection = %q\ninterface = \"lan\"\nendpoints = [%q]\n", service, dir, endpoint)
	}
	for _, tc := range []struct {
		name, src, want string // want: "" for no duplicate
	}{
		{"two services out", head + port("out", "DICOM Storage", "PACS") + port("out", "DICOM Modality Worklist", "RIS"), ""},
		{"one service out twice", head + port("out", "DICOM", "PACS") + port("out", "DICOM", "RIS"),
			`ports[1]: duplicate port: TCP 104, direction out, on interface "lan" to service "DICOM", as ports[0] (line 8): connections out on one port and interface are told apart by their service; merge the two entries, or name each one's service`},
		{"one service out twice, in another case", head + port("out", "DICOM", "PACS") + port("out", "Dicom", "RIS"),
			`ports[1]: duplicate port: TCP 104, direction out, on interface "lan" to service "Dicom" ("DICOM" there: services that differ only in case are one), as ports[0] (line 8)`},
		{"two listeners", head + port("in", "DICOM Storage SCP", "Modality") + port("in", "DICOM Query SCP", "Workstation"),
			`ports[1]: duplicate port: TCP 104, direction in, on interface "lan", as ports[0] (line 8): one listener per port number, transport and interface takes what arrives there; merge the two entries`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var dups []string
			for _, d := range validateInDir(t, tc.src, nil) {
				if strings.Contains(d.Message, "duplicate") {
					dups = append(dups, d.Path+": "+d.Message)
				}
			}
			// a port has no ID: no word of IDs, file names or links
			for _, d := range dups {
				if strings.Contains(d, "IDs") || strings.Contains(d, "file names") {
					t.Errorf("the port error speaks of IDs: %s", d)
				}
			}
			switch {
			case tc.want == "" && len(dups) > 0:
				t.Errorf("unexpected: %s", strings.Join(dups, "; "))
			case tc.want != "" && (len(dups) != 1 || !strings.HasPrefix(dups[0], tc.want)):
				t.Errorf("got %q; want one starting with %q", dups, tc.want)
			}
		})
	}
	p := &Product{
		Interfaces: []Interface{{ID: "lan", Kind: "ethernet", Name: "LAN"}},
		Ports: []Port{
			{Number: 104, Transport: "tcp", Service: "DICOM Storage", Purpose: "Exams to the PACS", Direction: "out", Interface: "lan", Endpoints: []string{"PACS"}},
			{Number: 104, Transport: "tcp", Service: "DICOM Modality Worklist", Purpose: "The day's worklist", Direction: "out", Interface: "lan", Endpoints: []string{"RIS"}},
		},
	}
	var got []string
	for _, r := range p.FirewallRules() {
		got = append(got, fmt.Sprintf("%s %s/%d %s %v", r.Direction, r.Transport, r.Port, r.Service, r.Peers))
	}
	if want := "out tcp/104 DICOM Storage [PACS]|out tcp/104 DICOM Modality Worklist [RIS]"; strings.Join(got, "|") != want {
		t.Errorf("FirewallRules:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}
