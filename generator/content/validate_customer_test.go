package content

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// validateInDir writes src as p.toml in a temporary content folder, with
// files (relative to the product's asset folder p/), then decodes and
// validates it as Load does.
func validateInDir(t *testing.T, src string, files map[string][]byte) Diagnostics {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		path := filepath.Join(dir, "p", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.ToSlash(filepath.Join(dir, "p.toml"))
	p := &Product{}
	_, diags, ok := DecodeTOML(file, []byte(src), p)
	if ok {
		p.Source = Source{File: file, pos: tomlpos.Scan([]byte(src))}
		diags = append(diags, (&Content{Products: []*Product{p}}).validate()...)
	}
	diags.Sort()
	return diags
}

func tinyPNG(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCustomerValidation(t *testing.T) {
	png := tinyPNG(t)
	const head = "schema_version = 2\nid = \"p\"\n"
	diagram := func(file string) string {
		return head + "[[diagrams]]\nid = \"net\"\nkind = \"network\"\nfile = \"" + file + "\"\ncaption = \"C\"\nalt = \"A\"\n"
	}
	tests := []struct {
		name  string
		src   string
		files map[string][]byte
		want  string // "line: path: message prefix"; "" when no customer diagnostic is expected
	}{
		{"diagram present", diagram("diagrams/net.png"), map[string][]byte{"diagrams/net.png": png}, ""},
		{"diagram missing", diagram("diagrams/net.png"), nil, "6: diagrams[0].file: image "},
		{"diagram not an image", diagram("diagrams/net.png"), map[string][]byte{"diagrams/net.png": []byte("not a picture")}, "6: diagrams[0].file: want a PNG or JPEG image;"},
		{"diagram outside the asset folder", diagram("../secret.png"), nil, `6: diagrams[0].file: want a path inside content/p/; got "../secret.png"`},
		{"diagram absolute", diagram("/etc/x.png"), nil, `6: diagrams[0].file: want a path inside content/p/`},
		{"diagram URL", diagram("https://x.example/a.png"), nil, `6: diagrams[0].file: want a path inside content/p/`},
		{"diagram bad kind", strings.Replace(diagram("d.png"), `"network"`, `"photo"`, 1), map[string][]byte{"d.png": png}, `5: diagrams[0].kind: want one of network, data_flow, architecture, other; got "photo"`},
		{"diagram without alt", strings.Replace(diagram("d.png"), "alt = \"A\"\n", "", 1), map[string][]byte{"d.png": png}, "3: diagrams[0].alt: missing required key"},
		{"duplicate diagram id", diagram("d.png") + "[[diagrams]]\nid = \"net\"\nkind = \"network\"\nfile = \"d.png\"\ncaption = \"C\"\nalt = \"A\"\n", map[string][]byte{"d.png": png}, `10: diagrams[1].id: duplicate id "net"`},
		{"recommended control priority", head + "[[recommended_controls]]\nid = \"RC-1\"\ncategory = \"firewall\"\ntitle = \"T\"\nrecommendation = \"R\"\npriority = \"must\"\n", nil, `8: recommended_controls[0].priority: want one of required, recommended; got "must"`},
		{"log in unknown data store", head + "[[logging.logs]]\nid = \"ev\"\nname = \"N\"\ncontent = \"C\"\ndata_store = \"nowhere\"\nformat = \"F\"\nrotation = \"R\"\n", nil, `7: logging.logs[0].data_store[0]: unknown data store "nowhere"`},
		{"log without location", head + "[[logging.logs]]\nid = \"ev\"\nname = \"N\"\ncontent = \"C\"\nformat = \"F\"\nrotation = \"R\"\nretention = \"1 year\"\n", nil, "3: logging.logs[0]: missing location"},
		{"event names unknown log", head + "[[logging.events]]\nevent = \"E\"\ncategory = \"network\"\nnotification = \"N\"\nlogs = [\"nolog\"]\n", nil, `7: logging.events[0].logs[0]: unknown log "nolog"`},
		{"siem without transport", head + "[logging.siem]\nsupported = true\nformat = \"RFC 5424\"\n", nil, "3: logging.siem.transport: missing"},
		{"risky setting without risk", head + "[[security_settings]]\nname = \"N\"\ndefault = \"Off\"\nchanged_by = \"Admin\"\nraises_risk = true\n", nil, "3: security_settings[0].risk: missing"},
		{"empty endpoint", head + "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"eth\"\nendpoints = [\"server\", \"\"]\n", nil, "10: ports[0].endpoints[1]: want an endpoint"},
		{"wildcard endpoint", head + "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"eth\"\nendpoints = [\"0.0.0.0/0\"]\n", nil, `10: ports[0].endpoints[0]: want the approved endpoints; got "0.0.0.0/0"`},
		{"duplicate endpoint", head + "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"eth\"\nendpoints = [\"Connect\", \"connect\"]\n", nil, `10: ports[0].endpoints[1]: duplicate endpoint "connect"`},
		{"outbound port without endpoints", head + "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"eth\"\n", nil, "3: warning: ports[0].endpoints: port 443/tcp is used outbound but names no approved endpoint"},
		{"port on a display", head + "[[interfaces]]\nid = \"lcd\"\nkind = \"display\"\nname = \"LCD\"\npurpose = \"P\"\n[[ports]]\nnumber = 80\ntransport = \"tcp\"\nservice = \"HTTP\"\npurpose = \"P\"\ndirection = \"in\"\ninterface = \"lcd\"\n", nil, `14: ports[0].interface: interface "lcd" is of kind display, which carries no IP traffic`},
		{"cloud data kind", head + "[cloud]\nstatement = \"S\"\n[[cloud.services]]\nname = \"N\"\nprovider = \"P\"\npurpose = \"U\"\ndata = [\"secrets\"]\n", nil, `9: cloud.services[0].data[0]: want one of phi, pii`},
		{"csd history out of order", head + "[documents.csd]\nid = \"D\"\nrevision = \"B\"\nrelease_date = 2026-01-01\nowner = \"O\"\napprovals = []\n[[documents.csd.history]]\nrevision = \"B\"\ndate = 2025-01-01\nsummary = \"S\"\n", nil, "11: documents.csd.history[0].date: the current revision's history date 2025-01-01 differs from release_date 2026-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			diags := validateInDir(t, tc.src, tc.files)
			var got []string
			for _, d := range diags {
				s := d.String()
				if !strings.HasPrefix(s, d.File+":") {
					t.Errorf("diagnostic without file: %s", s)
				}
				got = append(got, strings.TrimPrefix(s, d.File+":"))
			}
			customer := []string{"diagrams", "recommended_controls", "logging", "security_settings", "ports[0].endpoints", "ports[0].interface", "cloud", "documents.csd.history"}
			if tc.want == "" {
				for _, g := range got {
					_, rest, _ := strings.Cut(g, ": ")
					rest = strings.TrimPrefix(rest, "warning: ")
					for _, c := range customer {
						if strings.HasPrefix(rest, c) {
							t.Errorf("unexpected diagnostic: %s", g)
						}
					}
				}
				return
			}
			for _, g := range got {
				if strings.HasPrefix(g, tc.want) {
					return
				}
			}
			t.Errorf("no diagnostic starting with\n  p.toml:%s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
		})
	}
}

func TestLabelingItemsCoverFourteen(t *testing.T) {
	if len(LabelingItems) != 14 {
		t.Fatalf("%d labeling items, want 14", len(LabelingItems))
	}
	empty := &Product{}
	for i, it := range LabelingItems {
		if it.Number != i+1 || it.Title == "" || it.Path == "" {
			t.Errorf("item %d: %+v", i+1, it)
		}
		if len(it.Missing(empty)) == 0 {
			t.Errorf("item %d (%s) is not reported for an empty product", it.Number, it.Title)
		}
	}
}

func TestFirewallRulesAndPortRows(t *testing.T) {
	p := &Product{
		Interfaces: []Interface{{ID: "wifi", Kind: "wifi", Name: "Wi-Fi"}, {ID: "eth", Kind: "ethernet", Name: "Ethernet"}},
		Ports: []Port{
			{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "P", Direction: "out", Interface: "wifi", Endpoints: []string{"Server"}, DefaultEnabled: True},
			{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "P", Direction: "out", Interface: "eth", Endpoints: []string{"Server"}, DefaultEnabled: True},
			{Number: 5000, Transport: "udp", Service: "X", Purpose: "Q", Direction: "both", Interface: "eth", Endpoints: []string{"Peer"}},
		},
	}
	rows := p.PortRows()
	if len(rows) != 2 || strings.Join(rows[0].Interfaces, ",") != "Wi-Fi,Ethernet" {
		t.Errorf("PortRows = %+v", rows)
	}
	rules := p.FirewallRules()
	var got []string
	for _, r := range rules {
		got = append(got, fmt.Sprintf("%s %s/%d %v %v %v", r.Direction, r.Transport, r.Port, r.Peers, r.Interfaces, r.Enabled))
	}
	want := "out tcp/443 [Server] [Wi-Fi Ethernet] Yes|in udp/5000 [Peer] [Ethernet] Not stated|out udp/5000 [Peer] [Ethernet] Not stated"
	if strings.Join(got, "|") != want {
		t.Errorf("FirewallRules:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// TestInterfaceShort: an interface reads as its kind unless another
// interface has the same kind (then its name), its kind says little, or
// it is software: an API, a web user interface or a virtual network
// adapter reads as its name even when it is the only one of its kind
// (smartapp's 2.3 called its scoring API "Network API", its 3.0, which
// added a second API, by its name), while a hardware kind (a display)
// keeps its label.
func TestInterfaceShort(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ifaces []Interface
		id     string
		want   string
	}{
		{"unique kind", []Interface{{ID: "eth", Kind: "ethernet", Name: "LAN"}, {ID: "wifi", Kind: "wifi", Name: "WLAN"}}, "eth", "Ethernet"},
		{"two of a kind: first", []Interface{{ID: "eth1", Kind: "ethernet", Name: "LAN 1"}, {ID: "eth2", Kind: "ethernet", Name: "LAN 2 (service)"}}, "eth1", "LAN 1"},
		{"two of a kind: second", []Interface{{ID: "eth1", Kind: "ethernet", Name: "LAN 1"}, {ID: "eth2", Kind: "ethernet", Name: "LAN 2 (service)"}}, "eth2", "LAN 2 (service)"},
		{"other kind", []Interface{{ID: "bc", Kind: "other", Name: "Barcode imager"}}, "bc", "Barcode imager"},
		{"serial", []Interface{{ID: "u", Kind: "serial", Name: "Safety UART"}}, "u", "Safety UART"},
		{"the only API", []Interface{{ID: "scoring", Kind: "api", Name: "SepsisGuard scoring API"}, {ID: "ui", Kind: "web_ui", Name: "Admin console"}}, "scoring", "SepsisGuard scoring API"},
		{"one of two APIs", []Interface{{ID: "scoring", Kind: "api", Name: "SepsisGuard scoring API"}, {ID: "hooks", Kind: "api", Name: "CDS Hooks service"}}, "scoring", "SepsisGuard scoring API"},
		{"the only web user interface", []Interface{{ID: "ui", Kind: "web_ui", Name: "Admin console"}, {ID: "eth", Kind: "ethernet", Name: "LAN"}}, "ui", "Admin console"},
		{"the only virtual network interface", []Interface{{ID: "vnic", Kind: "virtual_nic", Name: "VM network adapter"}}, "vnic", "VM network adapter"},
		{"the only display", []Interface{{ID: "scr", Kind: "display", Name: "Touchscreen"}, {ID: "api", Kind: "api", Name: "Machine API"}}, "scr", "Display"},
		{"the only Wi-Fi beside an API", []Interface{{ID: "wlan", Kind: "wifi", Name: "WLAN"}, {ID: "api", Kind: "api", Name: "Machine API"}}, "wlan", "Wi-Fi"},
		{"unknown ID", []Interface{{ID: "eth", Kind: "ethernet", Name: "LAN"}}, "nope", "nope"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Interfaces: tc.ifaces}
			if got := p.InterfaceShort(tc.id); got != tc.want {
				t.Errorf("InterfaceShort(%q) = %q; want %q", tc.id, got, tc.want)
			}
		})
	}
}

// TestFirewallRulesMergeLikeThePortTable: a firewall rule merges exactly
// the ports one row of the ports table merges (same number, transport,
// direction, service and facts; interfaces differ), never two services on
// one port, and never unions the approved peers of different ports.
func TestFirewallRulesMergeLikeThePortTable(t *testing.T) {
	ifaces := []Interface{{ID: "eth1", Kind: "ethernet", Name: "LAN 1"}, {ID: "eth2", Kind: "ethernet", Name: "LAN 2"}, {ID: "wifi", Kind: "wifi", Name: "WLAN"}}
	https := func(iface string, peers ...string) Port {
		return Port{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "Orders", Direction: "in", Interface: iface, Endpoints: peers, DefaultEnabled: True, Encrypted: True, Authenticated: True}
	}
	for _, tc := range []struct {
		name  string
		ports []Port
		want  []string // direction port service peers interfaces enabled
	}{
		{"same service on two interfaces: one rule", []Port{https("eth1", "Server"), https("wifi", "Server")},
			[]string{"in 443 HTTPS [Server] [LAN 1 Wi-Fi] Yes"}},
		{"two services on one port: two rules", []Port{https("eth1", "Server"), {Number: 443, Transport: "tcp", Service: "Management API", Purpose: "Service", Direction: "in", Interface: "eth2", Endpoints: []string{"Biomed workstation"}, DefaultEnabled: False}},
			[]string{"in 443 HTTPS [Server] [LAN 1] Yes", "in 443 Management API [Biomed workstation] [LAN 2] No"}},
		{"same service, other peers: peers not unioned", []Port{https("eth1", "Server A"), https("eth2", "Server B")},
			[]string{"in 443 HTTPS [Server A] [LAN 1] Yes", "in 443 HTTPS [Server B] [LAN 2] Yes"}},
		{"any peer stays any beside a restricted port", []Port{https("eth1"), https("eth2", "Server")},
			[]string{"in 443 HTTPS [] [LAN 1] Yes", "in 443 HTTPS [Server] [LAN 2] Yes"}},
		{"default state not stated", []Port{{Number: 514, Transport: "udp", Service: "Syslog", Purpose: "Logs", Direction: "out", Interface: "wifi"}},
			[]string{"out 514 Syslog [] [Wi-Fi] Not stated"}},
		{"both directions: two rules", []Port{{Number: 5000, Transport: "udp", Service: "X", Purpose: "Q", Direction: "both", Interface: "eth1", Endpoints: []string{"Peer"}, DefaultEnabled: True}},
			[]string{"in 5000 X [Peer] [LAN 1] Yes", "out 5000 X [Peer] [LAN 1] Yes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Interfaces: ifaces, Ports: tc.ports}
			var got []string
			for _, r := range p.FirewallRules() {
				got = append(got, fmt.Sprintf("%s %d %s %v %v %v", r.Direction, r.Port, r.Service, r.Peers, r.Interfaces, r.Enabled))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("FirewallRules:\n got %q\nwant %q", got, tc.want)
			}
			rows := 0
			for _, r := range p.PortRows() {
				rows++
				if r.Direction == "both" {
					rows++
				}
			}
			if rows != len(got) {
				t.Errorf("%d rules for %d port-table rows (counting both directions)", len(got), rows)
			}
		})
	}
}
