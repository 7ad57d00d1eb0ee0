package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// runPartialLinks runs both checkAgainstData and checkPartialLinks, so
// that a case the full check warns about is seen to warn once.
func runPartialLinks(t *testing.T, tests []againstDataCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r := &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p}, facts: w.facts()}
			final := map[string]mds2.Answer{tc.id: a}
			givens := map[string]given{tc.id: {entry: tc.answer, answer: a, path: "mds2.answers." + tc.id}}
			r.checkAgainstData(final, givens)
			r.checkPartialLinks(final, givens)
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// mixedLinks: a scanner on the hospital's Ethernet (PHI) with plain
// DICOM and NTP, and a mutually authenticated HTTPS link to a gateway
// of its own; a USB port beside them (so no check of every link decides).
func mixedLinks(w *world) {
	w.p.Parts = []content.Part{{ID: "dev", Name: "Scanner", Runs: "device"}, {ID: "gw", Name: "Gateway", Runs: "device"}}
	lan := partIface("lan", "ethernet", "dev")
	lan.Carries = dataKinds([]string{"phi"})
	w.p.Interfaces = []content.Interface{lan, partIface("usb", "usb", "dev")}
	w.p.Ports = []content.Port{
		service(port(104, "tcp", "out", "lan"), "DICOM"),
		service(port(123, "udp", "out", "lan"), "NTP"),
		service(authenticated(encrypted(peerPort(port(443, "tcp", "out", "lan"), "gw"))), "HTTPS (mutual TLS)"),
	}
}

// TestCheckPartialLinksNo: a hand NAUT-1, TXIG-1 or TXCF-2 No without a
// note, beside a link the ports or flows show authenticated, protected
// by TLS or carrying PII encrypted while others are not, warns that the
// No needs a note naming the links that lack it; a note, a Yes, links
// that show none of it, and a case the check of every link already
// warns about (once) do not.
func TestCheckPartialLinksNo(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	const remedy = "which a No without a note denies for every link; say in a note which links the No is about"
	runPartialLinks(t, []againstDataCase{
		{"NAUT-1 No beside one authenticated port", "NAUT-1", no, mixedLinks,
			"answer No, but ports (content/p.toml:1) states authenticated = true for 443/tcp (HTTPS (mutual TLS)), on which the device exchanges data with another system: that is the device authenticating the system at the other end of those links, " + remedy + " (those on which the device and its peer do not authenticate each other)"},
		{"NAUT-1 No with its note", "NAUT-1", content.MDS2Answer{Answer: "no", Note: 5}, mixedLinks, ""},
		{"NAUT-1 Yes", "NAUT-1", content.MDS2Answer{Answer: "yes"}, mixedLinks, ""},
		{"NAUT-1 No, no port authenticated", "NAUT-1", no, func(w *world) {
			mixedLinks(w)
			w.p.Ports[2].Authenticated = content.Unstated
		}, ""},
		{"NAUT-1 No, only the internal link authenticated", "NAUT-1", no, func(w *world) {
			mixedLinks(w)
			bus := internal(partIface("bus", "ethernet", "dev"))
			w.p.Interfaces = append(w.p.Interfaces, bus)
			w.p.Ports[2].Interface = "bus"
		}, ""},
		{"NAUT-1 No, every link authenticated: the full check warns once", "NAUT-1", no, func(w *world) {
			pumpOnWiFi(w)
		}, "that is every system the device exchanges data with authenticated"},
		{"TXIG-1 No beside HTTPS", "TXIG-1", no, mixedLinks,
			"answer No, but ports (content/p.toml:1) names for 443/tcp (HTTPS (mutual TLS)) a protocol that protects each record with a message authentication code (TLS or SSH): that is data in transit protected against undetected change on those links, " + remedy},
		{"TXIG-1 No, one service in and out named once", "TXIG-1", no, func(w *world) {
			mixedLinks(w)
			in := w.p.Ports[2]
			in.Direction = "in"
			w.p.Ports = append(w.p.Ports, in)
		}, "names for 443/tcp (HTTPS (mutual TLS)) a protocol"},
		{"TXIG-1 No with its note", "TXIG-1", content.MDS2Answer{Answer: "no", Note: 2}, mixedLinks, ""},
		{"TXIG-1 No, HTTPS stating encrypted = false", "TXIG-1", no, func(w *world) {
			mixedLinks(w)
			w.p.Ports[2].Encrypted = content.False
		}, ""},
		{"TXIG-1 No, a service the list does not name", "TXIG-1", no, func(w *world) {
			mixedLinks(w)
			w.p.Ports[2].Service = "HL7 over TLS"
		}, ""},
		{"TXCF-2 No beside an encrypted port on the PHI interface", "TXCF-2", no, mixedLinks,
			"answer No, but interfaces[0].carries (content/p.toml:1) lists PHI or PII (interface lan), and ports on it that the PII may use state encrypted = true: 443/tcp (HTTPS (mutual TLS)): that is encryption on links that carry, or may carry, PII, " + remedy + " (those over which PII is sent unencrypted)"},
		{"TXCF-2 No beside a flow of PHI over encrypted ports", "TXCF-2", no, func(w *world) {
			mixedLinks(w)
			wifi := partIface("wifi", "wifi", "gw")
			w.p.Interfaces = append(w.p.Interfaces, wifi)
			w.p.Ports = append(w.p.Ports, encrypted(peerPort(port(8443, "tcp", "out", "wifi"), "dev")))
			w.p.DataFlows = []content.DataFlow{piiFlow("DF-1", "gw", "dev", "wifi"), piiFlow("DF-2", "dev", "gw", "lan")}
		}, "answer No, but data_flows[0] (content/p.toml:1) (DF-1) carries PHI or PII over interface wifi, where every port it can use states encrypted = true: 8443/tcp (svc8443)"},
		{"TXCF-2 No with its note", "TXCF-2", content.MDS2Answer{Answer: "no", Note: 3}, mixedLinks, ""},
		{"TXCF-2 No, no port encrypted", "TXCF-2", no, func(w *world) {
			mixedLinks(w)
			w.p.Ports[2].Encrypted = content.Unstated
		}, ""},
		{"TXCF-2 No, the interface carries no PHI", "TXCF-2", no, func(w *world) {
			mixedLinks(w)
			w.p.Interfaces[0].Carries = dataKinds([]string{"logs"})
		}, ""},
	})
}
