package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// noNetworkBase is a generator with a USB service port, an RFID reader
// and a foot switch port of kind other, ports = [] and one part on the
// device.
const noNetworkBase = `schema_version = 2
ports = []
[[parts]]
id = "gen"
name = "Generator"
runs = "device"
[[versions]]
version = "1.0"
general_availability = 2020-01-01
[[interfaces]]
id = "usb"
kind = "usb"
name = "USB-C service port"
purpose = "Service."
[[interfaces]]
id = "rfid"
kind = "radio"
name = "RFID reader"
purpose = "Instrument type."
[[interfaces]]
id = "foot"
kind = "other"
name = "Foot switch port"
purpose = "Foot switch."
`

// withNoNetwork puts no_network = true at the top of src.
func withNoNetwork(src string) string {
	return strings.Replace(src, "schema_version = 2\n", "schema_version = 2\nno_network = true\n", 1)
}

// TestNoNetworkStatedDerives: no_network = true settles what an interface
// of kind other or of a kind not written leaves open (NoNetworkInterface,
// NoNetwork, OtherKindInterfaces, UnstatedKindInterfaces), also with
// ports not written; without it they stay open. LinksToNothing, which
// the CSD and the MDS2 form share for remote service, is not changed by
// it: a USB link may still reach a computer.
func TestNoNetworkStatedDerives(t *testing.T) {
	unstatedKind := strings.Replace(noNetworkBase, "kind = \"other\"\n", "", 1)
	noPorts := strings.Replace(noNetworkBase, "ports = []\n", "", 1)
	mediaOnly := strings.Replace(strings.Replace(noNetworkBase, "kind = \"usb\"\n", "kind = \"removable_media\"\n", 1), "kind = \"radio\"\n", "kind = \"display\"\n", 1)
	mediaOnly = strings.Replace(mediaOnly, "kind = \"other\"\n", "kind = \"display\"\n", 1)
	tests := []struct {
		name                                  string
		src                                   string
		stated, noNetwork, otherOpen, nothing bool
	}{
		{"kind other, no statement", noNetworkBase, false, false, true, false},
		{"kind other, no_network", withNoNetwork(noNetworkBase), true, true, false, false},
		{"kind not written, no statement", unstatedKind, false, false, false, false},
		{"kind not written, no_network", withNoNetwork(unstatedKind), true, true, false, false},
		{"ports not written, no statement", noPorts, false, false, true, false},
		{"ports not written, no_network", withNoNetwork(noPorts), true, true, false, false},
		{"displays and media only, no statement", mediaOnly, false, true, false, true},
		{"displays and media only, no_network", withNoNetwork(mediaOnly), true, true, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			if _, diags, ok := DecodeTOML("p.toml", []byte(tc.src), p); !ok {
				t.Fatalf("decoding: %v", diags)
			}
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(tc.src))}
			if got := p.StatesNoNetwork(); got != tc.stated {
				t.Errorf("StatesNoNetwork = %v, want %v", got, tc.stated)
			}
			if got := p.NoNetwork(); got != tc.noNetwork {
				t.Errorf("NoNetwork = %v, want %v", got, tc.noNetwork)
			}
			if got := len(p.OtherKindInterfaces()) > 0; got != tc.otherOpen {
				t.Errorf("OtherKindInterfaces non-empty = %v, want %v", got, tc.otherOpen)
			}
			if tc.stated && len(p.UnstatedKindInterfaces()) > 0 {
				t.Errorf("UnstatedKindInterfaces beside no_network: %v", p.UnstatedKindInterfaces())
			}
			if got := p.LinksToNothing(); got != tc.nothing {
				t.Errorf("LinksToNothing = %v, want %v", got, tc.nothing)
			}
		})
	}
}

// TestNoNetworkStatedValidated: no_network = true beside an interface of
// a network kind, a port or a part that is software on a computer is an
// error; beside USB, radio and other interfaces it is none.
func TestNoNetworkStatedValidated(t *testing.T) {
	base := withNoNetwork(noNetworkBase)
	withPort := strings.Replace(base, "ports = []\n", "", 1) + `[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "Service."
direction = "in"
interface = "usb"
`
	tests := []struct {
		name, src string
		want      string // a diagnostic containing this; "" = none about no_network
	}{
		{"usb, radio and other", base, ""},
		{"no statement beside Wi-Fi", strings.Replace(noNetworkBase, `kind = "radio"`, `kind = "wifi"`, 1), ""},
		{"Wi-Fi", strings.Replace(base, `kind = "radio"`, `kind = "wifi"`, 1), `interfaces[1].kind: interface "rfid" is of kind wifi, a network interface, but no_network = true`},
		{"Ethernet", strings.Replace(base, `kind = "other"`, `kind = "ethernet"`, 1), `interfaces[2].kind: interface "foot" is of kind ethernet, a network interface, but no_network = true`},
		{"a port", withPort, `ports[0]: port 443/tcp is a network port, but no_network = true`},
		{"an app part", strings.Replace(base, `runs = "device"`, `runs = "customer_device"`, 1), `parts[0].runs: part "gen" does not run on the device`},
		{"ports not written", strings.Replace(base, "ports = []\n", "", 1), `no_network: no_network = true states that the device has no network interface, so it has no network port: write ports = []`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joined := strings.Join(diagStrings(decodeProduct(tc.src)), "\n  ")
			if tc.want == "" {
				if strings.Contains(joined, "no_network") {
					t.Errorf("unexpected diagnostic:\n  %s", joined)
				}
				return
			}
			if !strings.Contains(joined, tc.want) {
				t.Errorf("no diagnostic containing\n  %s\ngot:\n  %s", tc.want, joined)
			}
		})
	}
}

// TestInboundPortWithoutEndpointsWarns: an inbound port with no
// endpoints and no peer_part, whose CSD firewall rule would give its
// source as Not stated, is a warning at its endpoints where a CSD is
// built; with endpoints, or without a CSD, there is none.
func TestInboundPortWithoutEndpointsWarns(t *testing.T) {
	base := `schema_version = 2
[[versions]]
version = "1.0"
general_availability = 2020-01-01
[[interfaces]]
id = "eth"
kind = "ethernet"
name = "Ethernet"
purpose = "Network."
[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "Web console."
direction = "in"
interface = "eth"
`
	const want = "ports[0].endpoints: port 443/tcp is used inbound but names no approved endpoint and no peer_part"
	csd := base + "[documents]\nbuild = [\"csd\"]\n"
	tests := []struct {
		name, src string
		warns     bool
	}{
		{"inbound, no endpoints, CSD built", csd, true},
		{"inbound, endpoints, CSD built", strings.Replace(csd, "interface = \"eth\"\n", "interface = \"eth\"\nendpoints = [\"the hospital's workstations\"]\n", 1), false},
		{"inbound, no endpoints, no CSD", base + "[documents]\nbuild = [\"mds2\"]\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joined := strings.Join(diagStrings(decodeProduct(tc.src)), "\n  ")
			if got := strings.Contains(joined, want); got != tc.warns {
				t.Errorf("warning %q: got %v, want %v; diagnostics:\n  %s", want, got, tc.warns, joined)
			}
		})
	}
}
