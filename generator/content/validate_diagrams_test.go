package content

import (
	"fmt"
	"strings"
	"testing"
)

func TestPortMentions(t *testing.T) {
	tests := []struct {
		text string
		want string // "tcp 443, udp 53"
	}{
		{"the server on TCP 443 with mutual TLS", "tcp 443"},
		{"DNS and DHCP on UDP 53 and 67, time servers on UDP 123 and NTS-KE TCP 4460, and optionally syslog on TCP 6514.", "udp 53, udp 67, udp 123, tcp 4460, tcp 6514"},
		{"listens on 443/tcp and 161/UDP", "tcp 443, udp 161"},
		{"TCP ports 80, 443 or 8443; nothing else", "tcp 80, tcp 443, tcp 8443"},
		{"UDP port 514", "udp 514"},
		{"HTTPS on TCP 443, 2 pumps per server", "tcp 443"},
		{"TCP 443 and 2 docking stations", "tcp 443"},
		{"Versions before 2.0 make no NTS-KE (TCP 4460) connection. The rest is on TCP 443", "tcp 443"},
		{"Telnet (TCP 23) is not offered", ""},
		{"without UDP 161", ""},
		{"port 443 and version 4.2.1 over Wi-Fi", ""},
		{"TCP 0 and TCP 70000", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range portMentions(tt.text) {
			got = append(got, fmt.Sprintf("%s %d", m.transport, m.number))
		}
		if g := strings.Join(got, ", "); g != tt.want {
			t.Errorf("portMentions(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// diagramProduct: version 1.0 has TCP 443 (the pump to its server) and
// UDP 53; 2.0 adds TCP 6514; the diagram's caption is on line 55, its alt
// on 56.
const diagramProduct = `schema_version = 2
id = "p"
[[versions]]
version = "1.0"
general_availability = 2024-01-01
[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
[[versions.changes.ports_added]]
number = 6514
transport = "tcp"
service = "Syslog"
purpose = "Logs"
direction = "out"
interface = "nic"
endpoints = ["SIEM"]
[[parts]]
id = "pump"
name = "Infusion pump"
runs = "device"
[[parts]]
id = "server"
name = "Fleet server"
runs = "customer_hosted"
[[parts]]
id = "cloud"
name = "Analytics cloud"
runs = "manufacturer_hosted"
[[interfaces]]
id = "nic"
kind = "ethernet"
name = "Ethernet"
purpose = "P"
[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "P"
direction = "out"
interface = "nic"
endpoints = ["Fleet server"]
[[ports]]
number = 53
transport = "udp"
service = "DNS"
purpose = "P"
direction = "out"
interface = "nic"
endpoints = ["DNS"]
[[diagrams]]
id = "net"
kind = "network"
file = "net.png"
caption = "Network of the pump"
alt = "The Infusion pump connects to the Fleet server on TCP 443 and to DNS on UDP 53."
`

func TestDiagramText(t *testing.T) {
	png := tinyPNG(t)
	const alt = `alt = "The Infusion pump connects to the Fleet server on TCP 443 and to DNS on UDP 53."`
	const caption = `caption = "Network of the pump"`
	withAlt := func(a string) []string { return []string{alt, `alt = "` + a + `"`} }
	tests := []struct {
		name string
		edit []string // old, new pairs replaced in diagramProduct
		want []string // the diagrams' diagnostics, "line: path: message start"
	}{
		{"ports and parts as the data has them", nil, nil},
		{"a port no version has", withAlt("The Infusion pump connects to the Fleet server on TCP 8443 and to DNS on UDP 53."), []string{
			`56: diagrams[0].alt: diagram "net" names TCP 8443, but versions 1.0, 2.0 have no port 8443/tcp (no version has port 8443)`,
		}},
		{"the right number on the wrong transport", withAlt("The Infusion pump connects to the Fleet server on TCP 443 and to DNS on TCP 53."), []string{
			`56: diagrams[0].alt: diagram "net" names TCP 53, but versions 1.0, 2.0 have no port 53/tcp (versions 1.0, 2.0 have UDP 53)`,
		}},
		{"a port only a later version has, in a diagram every version shows", withAlt("The Infusion pump connects to the Fleet server on TCP 443, and to a syslog collector on TCP 6514."), []string{
			`56: diagrams[0].alt: diagram "net" names TCP 6514, but version 1.0 has no port 6514/tcp (version 2.0 has TCP 6514), though it shows the diagram: correct the text, give it a diagram of its own (diagrams_changed), or name in the caption the versions that have the port`,
		}},
		{"the same when the caption says which versions have it", []string{alt, `alt = "The Infusion pump connects to the Fleet server on TCP 443, and to a syslog collector on TCP 6514."`, caption, `caption = "Network; version 1.0 makes no syslog connection"`}, nil},
		{"a caption naming versions does not excuse a port none has", []string{alt, `alt = "The Infusion pump connects to the Fleet server on TCP 443, and to a syslog collector on TCP 6515."`, caption, `caption = "Network; version 1.0 makes no syslog connection"`}, []string{
			`56: diagrams[0].alt: diagram "net" names TCP 6515, but no version of the product has port 6515/tcp (no version has port 6515)`,
		}},
		{"a port the text says is absent", withAlt("The Infusion pump connects to the Fleet server on TCP 443 and to DNS on UDP 53; it offers no Telnet on TCP 23."), nil},
		{"a port in the caption", []string{caption, `caption = "Network of the pump (443/tcp, 80/tcp)"`}, []string{
			`55: diagrams[0].caption: diagram "net" names 80/tcp, but versions 1.0, 2.0 have no port 80/tcp`,
		}},
		{"a version's own diagram is held to its own ports", []string{"[[parts]]\n", "[[versions.changes.diagrams_changed]]\nid = \"net\"\nkind = \"network\"\nfile = \"net.png\"\ncaption = \"C\"\nalt = \"The Infusion pump, the Fleet server on TCP 443 and a syslog collector on TCP 6514.\"\n[[parts]]\n"}, nil},
		{"a version's own diagram naming a port the version lacks", []string{"[[parts]]\n", "[[versions.changes.diagrams_changed]]\nid = \"net\"\nkind = \"network\"\nfile = \"net.png\"\ncaption = \"C\"\nalt = \"The Infusion pump, the Fleet server on TCP 443 and SNMP on UDP 161.\"\n[[parts]]\n"}, []string{
			`23: versions[1].changes.diagrams_changed[0].alt: diagram "net" names UDP 161, but version 2.0 has no port 161/udp`,
		}},
		{"the first version's diagram is held to its ports once a later version has its own", []string{"[[parts]]\n", "[[versions.changes.diagrams_changed]]\nid = \"net\"\nkind = \"network\"\nfile = \"net.png\"\ncaption = \"C\"\nalt = \"The Infusion pump, the Fleet server on TCP 443.\"\n[[parts]]\n", alt, `alt = "The Infusion pump, the Fleet server on TCP 443 and syslog on TCP 6514."`}, []string{
			`62: diagrams[0].alt: diagram "net" names TCP 6514, but version 1.0 has no port 6514/tcp (version 2.0 has TCP 6514)`,
		}},
		{"a version that changes nothing is named as itself", []string{"[versions.changes]\n", "[[versions]]\nversion = \"2.1\"\ngeneral_availability = 2025-06-01\n[[versions]]\nversion = \"2.2\"\ngeneral_availability = 2025-09-01\n[versions.changes]\n", alt, `alt = "The Infusion pump connects to the Fleet server on TCP 443, and to a syslog collector on TCP 6514."`}, []string{
			`62: diagrams[0].alt: diagram "net" names TCP 6514, but versions 1.0, 2.0, 2.1 have no port 6514/tcp (version 2.2 has TCP 6514), though they show the diagram`,
		}},
		{"a part on the customer's network the alt text never names", withAlt("The pump connects to the Fleet server on TCP 443 and to DNS on UDP 53."), []string{
			`56: diagrams[0].alt: network diagram "net" does not show part "pump": its alt text never names "Infusion pump", which runs on the device on the customer's network`,
		}},
		{"names match across case and line breaks", withAlt("The infusion  PUMP connects to the fleet server on TCP 443."), nil},
		{"a part the manufacturer hosts need not be shown", nil, nil},
		{"a data-flow diagram need not show every part", []string{`kind = "network"` + "\nfile", `kind = "data_flow"` + "\nfile", alt, `alt = "The pump on TCP 443."`}, nil},
		{"a plural names the part", withAlt("Infusion pumps connect to the Fleet server on TCP 443."), nil},
		{"a longer word does not", withAlt("The Infusion pumping unit connects to the Fleet server on TCP 443."), []string{
			`56: diagrams[0].alt: network diagram "net" does not show part "pump"`,
		}},
		{"a name inside a longer part's name is that part", []string{`name = "Fleet server"`, `name = "Infusion pump server"`, alt, `alt = "The Infusion pump connects to the cloud-hosted Infusion pump server on TCP 443."`}, []string{
			`56: diagrams[0].alt: diagram "net" says "cloud-hosted", but part "server" runs customer_hosted`,
		}},
		{"a customer-hosted part said to be in the cloud", withAlt("The Infusion pump connects to the Fleet server in the cloud on TCP 443."), []string{
			`56: diagrams[0].alt: diagram "net" says "in the cloud", but part "server" runs customer_hosted (on a server the customer hosts)`,
		}},
		{"a customer-hosted part said to be hosted by the manufacturer", withAlt("The Infusion pump connects to the Fleet server (hosted by the manufacturer) on TCP 443."), []string{
			`56: diagrams[0].alt: diagram "net" says "hosted by the manufacturer"`,
		}},
		{"a cloud-hosted part before its name", withAlt("The Infusion pump connects to the cloud-hosted Fleet server on TCP 443."), []string{
			`56: diagrams[0].alt: diagram "net" says "cloud-hosted", but part "server"`,
		}},
		{"a manufacturer-hosted part said to be on premises", withAlt("The Infusion pump and the Fleet server on TCP 443; the Analytics cloud, hosted by the hospital."), []string{
			`56: diagrams[0].alt: diagram "net" says "hosted by the hospital", but part "cloud" runs manufacturer_hosted`,
		}},
		{"where a part connects to is not where it runs", withAlt("The Infusion pump and the Fleet server on TCP 443; the Fleet server sends reports to the Analytics cloud in the cloud."), nil},
		{"the customer's own cloud is the customer's", withAlt("The Infusion pump and the Fleet server in the hospital's cloud, on TCP 443."), nil},
		{"agreeing hosting passes", withAlt("The Infusion pump and the Fleet server in the hospital data centre, on TCP 443; the Analytics cloud in the cloud."), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := diagramProduct
			for i := 0; i < len(tt.edit); i += 2 {
				if !strings.Contains(src, tt.edit[i]) {
					t.Fatalf("no %q in the product", tt.edit[i])
				}
				src = strings.Replace(src, tt.edit[i], tt.edit[i+1], 1)
			}
			var got []string
			for _, d := range validateInDir(t, src, map[string][]byte{"net.png": png}) {
				if d.Severity == Warning && strings.Contains(d.Path, "diagrams") {
					got = append(got, strings.TrimPrefix(d.String(), d.File+":"))
				}
			}
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = strings.Replace(w, ": ", ": warning: ", 1)
			}
			wantPrefixes(t, got, want)
		})
	}
}
