package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// againstDataCase is one hand answer checked against the product data.
type againstDataCase struct {
	name   string
	id     string
	answer content.MDS2Answer
	setup  func(*world)
	want   string // "" for no warning
}

func runAgainstData(t *testing.T, tests []againstDataCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r := &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkAgainstData(map[string]mds2.Answer{tc.id: a}, map[string]given{tc.id: {entry: tc.answer, answer: a, path: "mds2.answers." + tc.id}})
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// monitorAndCloud: a monitor on the hospital's Ethernet (and a Bluetooth
// link, a USB port and an internal bus) and the manufacturer's cloud.
func monitorAndCloud(w *world) {
	w.p.Parts = []content.Part{{ID: "dev", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
		{ID: "lab", Name: "Lab server", Runs: "customer_hosted"}}
	eth, bt, usb, bus := partIface("eth", "ethernet", "dev"), partIface("bt", "bluetooth", "dev"), partIface("usb", "usb", "dev"), internal(partIface("bus", "ethernet", "dev"))
	eth.Carries, bt.Carries, usb.Carries, bus.Carries = dataKinds([]string{"phi"}), dataKinds([]string{"phi"}), dataKinds([]string{"software"}), dataKinds([]string{"phi"})
	w.p.Interfaces = []content.Interface{eth, bt, usb, bus}
}

func piiFlow(id, from, to, on string) content.DataFlow {
	d := flow(id, on, "phi")
	d.From, d.To = from, to
	return d
}

func peerPort(p content.Port, peer string) content.Port {
	p.PeerPart = peer
	return p
}

// TestCheckTXCF2AgainstData: a hand TXCF-2 Yes beside a flow of PHI
// whose ports all state encrypted = false, and a No beside data that
// shows every transfer of PHI encrypted, warn; a note, a consistent
// answer, and data that decides nothing (ports that disagree or do not
// say, a flow over Bluetooth, USB or an internal link, an interface that
// carries PHI no flow lists, no PHI sent) do not.
func TestCheckTXCF2AgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	plainHL7 := func(w *world) {
		monitorAndCloud(w)
		w.p.DataFlows = []content.DataFlow{piiFlow("F1", "Hospital EHR", "dev", "eth")}
		w.p.Ports = []content.Port{port(2575, "tcp", "in", "eth")}
	}
	allEncrypted := func(w *world) {
		monitorAndCloud(w)
		w.p.Interfaces[1].Carries = dataKinds([]string{"configuration"}) // the Bluetooth link carries no PHI
		w.p.DataFlows = []content.DataFlow{piiFlow("F1", "Hospital EHR", "dev", "eth"), piiFlow("F2", "dev", "cloud", "eth"), piiFlow("F3", "dev", "dev", "bus")}
		w.p.Ports = []content.Port{encrypted(port(2575, "tcp", "in", "eth")), encrypted(peerPort(port(443, "tcp", "out", "eth"), "cloud"))}
	}
	runAgainstData(t, []againstDataCase{
		{"Yes, PHI over the one unencrypted port", "TXCF-2", yes, plainHL7,
			"answer Yes, but data_flows[0] (content/p.toml:1) (F1) carries PHI or PII over interface eth, where every port it can use states encrypted = false: 2575/tcp (svc2575): that is PII sent over a network without encryption"},
		{"Yes with its note", "TXCF-2", content.MDS2Answer{Answer: "yes", Note: 1}, plainHL7, ""},
		{"No beside the unencrypted port", "TXCF-2", no, plainHL7, ""},
		{"Yes, a port to another part is another connection", "TXCF-2", yes, func(w *world) {
			monitorAndCloud(w)
			w.p.DataFlows = []content.DataFlow{piiFlow("F1", "dev", "cloud", "eth")}
			w.p.Ports = []content.Port{peerPort(port(8080, "tcp", "out", "eth"), "cloud"), encrypted(peerPort(port(9000, "tcp", "out", "eth"), "lab"))}
		}, "(F1) carries PHI or PII over interface eth, where every port it can use states encrypted = false: 8080/tcp (svc8080)"},
		{"Yes, the ports disagree", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.Ports = append(w.p.Ports, encrypted(port(443, "tcp", "in", "eth")))
		}, ""},
		{"Yes, a port does not say", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.Ports[0].Encrypted = content.Unstated
		}, ""},
		{"Yes, PHI over Bluetooth beside an unencrypted port", "TXCF-2", yes, func(w *world) {
			monitorAndCloud(w)
			w.p.DataFlows = []content.DataFlow{piiFlow("F1", "dev", "Phone", "bt")}
			w.p.Ports = []content.Port{port(1234, "tcp", "out", "bt")}
		}, ""},
		{"Yes, PHI on an internal link", "TXCF-2", yes, func(w *world) {
			monitorAndCloud(w)
			w.p.DataFlows = []content.DataFlow{piiFlow("F1", "dev", "dev", "bus")}
			w.p.Ports = []content.Port{port(5000, "tcp", "in", "bus")}
		}, ""},
		{"Yes, no ports listed on the interface", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.Ports = nil
		}, ""},
		// No flow listed: an interface that carries PHI with only
		// unencrypted ports sends it unencrypted by one of them.
		{"Yes, no flow, PHI interface with only unencrypted ports", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.DataFlows = nil
		}, "answer Yes, but interfaces[0].carries (content/p.toml:1) lists PHI or PII (interface eth), and every port on it states encrypted = false: 2575/tcp (svc2575): that is PII sent over a network without encryption"},
		{"Yes, no flow, one port on the PHI interface encrypted", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.DataFlows = nil
			w.p.Ports = append(w.p.Ports, encrypted(port(443, "tcp", "out", "eth")))
		}, ""},
		{"Yes, no flow, the interface carries no PHI", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.DataFlows = nil
			w.p.Interfaces[0].Carries = dataKinds([]string{"configuration"})
		}, ""},
		{"Yes, no flow, the unencrypted PHI interface is the cloud's", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.DataFlows = nil
			w.p.Interfaces[0].Part = "cloud"
		}, ""},
		{"Yes, no flow, the unencrypted PHI interface is internal", "TXCF-2", yes, func(w *world) {
			plainHL7(w)
			w.p.DataFlows = nil
			w.p.Ports = []content.Port{port(5000, "tcp", "in", "bus")}
		}, ""},

		{"No, every transfer of PHI encrypted", "TXCF-2", no, allEncrypted,
			"answer No, but data_flows (content/p.toml:1) sends PHI or PII only in F1 and F2, each over ports that all state encrypted = true: that is PII encrypted whenever it is sent"},
		{"No with its note", "TXCF-2", content.MDS2Answer{Answer: "no", Note: 2}, allEncrypted, ""},
		{"Yes beside every transfer encrypted", "TXCF-2", yes, allEncrypted, ""},
		{"No, an interface carries PHI no flow lists", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.Interfaces[1].Carries = dataKinds([]string{"phi"})
		}, ""},
		{"No, an interface does not say what it carries", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.Interfaces[2].Carries = nil
		}, ""},
		// No flow listed (endofsupport's dock): PHI on a network
		// interface whose every port is encrypted is sent encrypted.
		{"No, no flow, every port on the PHI interface encrypted", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = nil
		}, "answer No, but interfaces (content/p.toml:1) list PHI or PII only on interface eth, where every port states encrypted = true: 2575/tcp (svc2575) and 443/tcp (svc443): that is PII encrypted whenever it is sent"},
		{"No, no flow, a port on the PHI interface unencrypted", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = nil
			w.p.Ports = append(w.p.Ports, port(123, "udp", "out", "eth"))
		}, ""},
		{"No, no flow, a port on the PHI interface does not say", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = nil
			w.p.Ports[1].Encrypted = content.Unstated
		}, ""},
		{"No, no flow, no port on the PHI interface", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = nil
			w.p.Ports = nil
		}, ""},
		{"No, no flow, PHI over Bluetooth too", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = nil
			w.p.Interfaces[1].Carries = dataKinds([]string{"phi"})
		}, ""},
		{"No, encrypted flows and an encrypted PHI interface no flow lists", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			eth2 := partIface("eth2", "ethernet", "dev")
			eth2.Carries = dataKinds([]string{"phi"})
			w.p.Interfaces = append(w.p.Interfaces, eth2)
			w.p.Ports = append(w.p.Ports, encrypted(port(8443, "tcp", "in", "eth2")))
		}, "answer No, but data_flows (content/p.toml:1) sends PHI or PII only in F1 and F2, each over ports that all state encrypted = true, and on interface eth2, where every port states encrypted = true: 8443/tcp (svc8443): that is PII encrypted whenever it is sent"},
		{"No, a flow of PHI over USB", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = append(w.p.DataFlows, piiFlow("F4", "dev", "USB drive", "usb"))
		}, ""},
		{"No, a flow of PHI between parts over what is not named", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = append(w.p.DataFlows, piiFlow("F4", "dev", "lab", ""))
		}, ""},
		// N/A: the question applies wherever PHI is sent over a network or
		// written to media, a stand-alone device's memory card included.
		{"N/A beside PHI written to a memory card", "TXCF-2", content.MDS2Answer{Answer: "na", Reason: "No network connection"}, func(w *world) {
			w.p.Interfaces = []content.Interface{iface("sd", "removable_media"), iface("screen", "display")}
			w.p.DataFlows = []content.DataFlow{piiFlow("F1", "dev", "Memory card", "sd")}
			w.p.Parts = []content.Part{{ID: "dev", Name: "Scanner", Runs: "device"}}
		}, "answer N/A, but data_flows[0] (content/p.toml:1) (F1) carries PHI or PII over interface sd (Removable media): that is PII sent over a network or written to media, which the question is about"},
		{"N/A with its note", "TXCF-2", content.MDS2Answer{Answer: "na", Note: 1}, plainHL7, ""},
		{"N/A, PHI only on the display", "TXCF-2", content.MDS2Answer{Answer: "na", Reason: "PII never leaves the device"}, func(w *world) {
			w.p.Interfaces = []content.Interface{iface("screen", "display")}
			w.p.DataFlows = []content.DataFlow{piiFlow("F1", "dev", "Nurse", "screen")}
			w.p.Parts = []content.Part{{ID: "dev", Name: "Scanner", Runs: "device"}}
		}, ""},
		{"No, no PHI sent", "TXCF-2", no, func(w *world) {
			allEncrypted(w)
			w.p.DataFlows = []content.DataFlow{flow("F1", "eth", "configuration")}
			w.p.Interfaces[0].Carries = dataKinds([]string{"configuration"})
		}, ""},
	})
}

// TestCheckTXCF4AgainstData: a hand TXCF-4 Yes beside a port of the
// product that states authenticated = false warns; a note, a No, a port
// that authenticates its peer or does not say, and one on a link internal
// to the product do not.
func TestCheckTXCF4AgainstData(t *testing.T) {
	yes := content.MDS2Answer{Answer: "yes"}
	ntp := func(w *world) {
		monitorAndCloud(w)
		w.p.Ports = []content.Port{authenticated(port(443, "tcp", "out", "eth")), port(123, "udp", "out", "eth")}
	}
	runAgainstData(t, []againstDataCase{
		{"Yes beside an unauthenticated time server", "TXCF-4", yes, ntp,
			"answer Yes, but ports[1] (content/p.toml:1) is 123/udp (svc123), on which Monitor exchanges data with a peer it does not authenticate (authenticated = false): that is data exchanged with a system the device has not authenticated"},
		{"Yes with its note", "TXCF-4", content.MDS2Answer{Answer: "yes", Note: 3}, ntp, ""},
		{"No", "TXCF-4", content.MDS2Answer{Answer: "no"}, ntp, ""},
		{"Yes, every port authenticates its peer", "TXCF-4", yes, func(w *world) {
			ntp(w)
			w.p.Ports[1].Authenticated = content.True
		}, ""},
		{"Yes, a port does not say", "TXCF-4", yes, func(w *world) {
			ntp(w)
			w.p.Ports[1].Authenticated = content.Unstated
		}, ""},
		{"Yes, the unauthenticated port is on an internal link", "TXCF-4", yes, func(w *world) {
			ntp(w)
			w.p.Ports[1].Interface = "bus"
		}, ""},
		// The manufacturer's cloud beside the device is not the device: its
		// portal's port counts neither way, and the device's own still
		// warns.
		{"Yes, the unauthenticated port is the manufacturer-hosted cloud's", "TXCF-4", yes, func(w *world) {
			ntp(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("web", "web_ui", "cloud"))
			w.p.Ports[1].Authenticated = content.True
			w.p.Ports = append(w.p.Ports, partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example"))
		}, ""},
		{"Yes beside the cloud's unauthenticated port and the device's", "TXCF-4", yes, func(w *world) {
			ntp(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("web", "web_ui", "cloud"))
			w.p.Ports = append([]content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example")}, w.p.Ports...)
		}, "answer Yes, but ports[2] (content/p.toml:1) is 123/udp (svc123), on which Monitor exchanges data with a peer it does not authenticate (authenticated = false): that is data exchanged with a system the device has not authenticated"},
	})
}

// pumpOnWiFi: a pump on the hospital's Wi-Fi, with a display, beside the
// manufacturer's cloud; it connects out by HTTPS (443) and by HL7 over
// TLS (6661), both encrypted and authenticating their peer.
func pumpOnWiFi(w *world) {
	w.p.Parts = []content.Part{{ID: "dev", Name: "Pump", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	w.p.Interfaces = []content.Interface{partIface("wifi", "wifi", "dev"), partIface("disp", "display", "dev")}
	w.p.Ports = []content.Port{
		service(authenticated(encrypted(port(443, "tcp", "out", "wifi"))), "HTTPS"),
		service(authenticated(encrypted(port(6661, "tcp", "out", "wifi"))), "HL7 over TLS"),
	}
}

func service(p content.Port, name string) content.Port { p.Service = name; return p }

func unstatedEncryption(p content.Port) content.Port { p.Encrypted = content.Unstated; return p }

// withIface adds an interface of the pump of kind k (no port on it).
func withIface(id, k string) func(*world) {
	return func(w *world) {
		pumpOnWiFi(w)
		w.p.Interfaces = append(w.p.Interfaces, partIface(id, k, "dev"))
	}
}

// TestCheckTXCF4NoAgainstData: a hand TXCF-4 No (data exchanged with
// systems not authenticated) beside ports that all authenticate their
// peer, on a device with no other link to another system, warns; a note,
// a Yes, a port that does not authenticate or does not say, and a link
// no port describes (USB, Bluetooth, an Ethernet interface without
// ports) do not. A memory card is no system; the manufacturer's cloud
// and a link internal to the product are passed over, and the warning
// says so.
func TestCheckTXCF4NoAgainstData(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	const every = "answer No, but ports (content/p.toml:1) states authenticated = true for every port on which the device exchanges data, 443/tcp (HTTPS) and 6661/tcp (HL7 over TLS), and interfaces lists no other link to another system"
	runAgainstData(t, []againstDataCase{
		{"No beside every port authenticated", "TXCF-4", no, pumpOnWiFi,
			every + ": that is data exchanged only with systems the device has authenticated; correct the answer, or explain it in a note ({ answer = \"no\", note = n })"},
		{"No with its note", "TXCF-4", content.MDS2Answer{Answer: "no", Note: 2}, pumpOnWiFi, ""},
		{"Yes", "TXCF-4", content.MDS2Answer{Answer: "yes"}, pumpOnWiFi, ""},
		{"No, a port does not authenticate", "TXCF-4", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Ports[1].Authenticated = content.False
		}, ""},
		{"No, a port does not say", "TXCF-4", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Ports[1].Authenticated = content.Unstated
		}, ""},
		{"No, no port", "TXCF-4", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Ports = nil
		}, ""},
		{"No beside a USB port", "TXCF-4", no, withIface("usb", "usb"), ""},
		{"No beside Bluetooth", "TXCF-4", no, withIface("bt", "bluetooth"), ""},
		{"No beside an Ethernet interface without ports", "TXCF-4", no, withIface("eth", "ethernet"), ""},
		{"No beside a memory card", "TXCF-4", no, withIface("sd", "removable_media"), every},
		{"No beside a USB link internal to the product", "TXCF-4", no, func(w *world) {
			withIface("bus", "usb")(w)
			w.p.Interfaces[2].Internal = true
		}, every},
		{"No, the unauthenticated port is on an internal link", "TXCF-4", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Interfaces = append(w.p.Interfaces, internal(partIface("bus", "ethernet", "dev")))
			w.p.Ports = append(w.p.Ports, port(5000, "tcp", "in", "bus"))
		}, every + " (the ports on links internal to the product, between its own parts, are not counted)"},
		{"No, the unauthenticated port is the manufacturer-hosted cloud's", "TXCF-4", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("web", "web_ui", "cloud"))
			w.p.Ports = append(w.p.Ports, partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example"))
		}, every + " (the ports of Cloud, which the manufacturer hosts, are not the device's)"},
		// A product only the manufacturer hosts: its ports are its own.
		{"No, a hosted-only product's unauthenticated port", "TXCF-4", no, func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{authenticated(port(443, "tcp", "in", "web")), port(80, "tcp", "in", "web")}
		}, ""},
	})
}
