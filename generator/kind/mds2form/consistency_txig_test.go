package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestCheckTXIG1NoAgainstData: a hand TXIG-1 No (no protection of data
// in transit against undetected change) beside ports whose services are
// all protocols that carry every record with a message authentication
// code (HTTPS, SSH), on a device with no other link, warns; a note, a
// Yes, a service the protocol list does not name ("HL7 over TLS", even
// stated encrypted), one stating encrypted = false, removable media
// (files carried, which nothing may protect) and a USB link do not.
func TestCheckTXIG1NoAgainstData(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	tlsAndSSH := func(w *world) {
		pumpOnWiFi(w)
		w.p.Ports[1] = service(port(22, "tcp", "in", "wifi"), "SSH")
		w.p.Ports[1].Encrypted = content.Unstated // SSH encrypts by definition
	}
	const every = "answer No, but ports (content/p.toml:1) names for every port on which the device exchanges data a protocol that protects each record with a message authentication code (TLS or SSH), 443/tcp (HTTPS) and 22/tcp (SSH), and interfaces lists no other link to another system"
	runAgainstData(t, []againstDataCase{
		{"No beside HTTPS and SSH only", "TXIG-1", no, tlsAndSSH,
			every + ": that is data in transit protected against undetected change; correct the answer, or explain it in a note ({ answer = \"no\", note = n })"},
		{"No with its note", "TXIG-1", content.MDS2Answer{Answer: "no", Note: 4}, tlsAndSSH, ""},
		{"Yes", "TXIG-1", content.MDS2Answer{Answer: "yes"}, tlsAndSSH, ""},
		{"No, a service the list does not name", "TXIG-1", no, pumpOnWiFi, ""},
		{"No, HTTPS stating encrypted = false", "TXIG-1", no, func(w *world) {
			tlsAndSSH(w)
			w.p.Ports[0].Encrypted = content.False
		}, ""},
		{"No, HTTPS with a remark", "TXIG-1", no, func(w *world) {
			tlsAndSSH(w)
			w.p.Ports[0].Service = "HTTPS (mutual TLS)"
		}, "(HTTPS (mutual TLS)) and 22/tcp (SSH)"},
		{"No, HTTPS or plain HTTP", "TXIG-1", no, func(w *world) {
			tlsAndSSH(w)
			w.p.Ports[0].Service = "HTTPS (or HTTP when TLS is off)"
		}, ""},
		{"No beside a memory card", "TXIG-1", no, func(w *world) {
			tlsAndSSH(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("sd", "removable_media", "dev"))
		}, ""},
		{"No beside a USB port", "TXIG-1", no, func(w *world) {
			tlsAndSSH(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("usb", "usb", "dev"))
		}, ""},
		{"No, the cloud's plain port passed over", "TXIG-1", no, func(w *world) {
			tlsAndSSH(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("web", "web_ui", "cloud"))
			w.p.Ports = append(w.p.Ports, partPort(port(80, "tcp", "in", "web"), "cloud", "portal.example"))
		}, every + " (the ports of Cloud, which the manufacturer hosts, are not the device's)"},
	})
}
