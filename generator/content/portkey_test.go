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
// with the same service, or two listeners on one port and interface,
// stay duplicates.
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
			`ports[1].number: duplicate number "104/tcp out on lan (DICOM)" (first at ports[0], line 8)`},
		{"two listeners", head + port("in", "DICOM Storage SCP", "Modality") + port("in", "DICOM Query SCP", "Workstation"),
			`ports[1].number: duplicate number "104/tcp in on lan" (first at ports[0], line 8)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var dups []string
			for _, d := range validateInDir(t, tc.src, nil) {
				if strings.Contains(d.Message, "duplicate") {
					dups = append(dups, d.Path+": "+d.Message)
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
