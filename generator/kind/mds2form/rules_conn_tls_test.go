package mds2form

import "github.com/jspgen/jspgen/generator/content"

// CONN-7 (TLS supported) from a device port over TLS that states
// encrypted = true (review 73, inhalerb2b finding 7; labrobot asked too),
// or whose protocol is TLS by its name, encryption not stated, as the
// CSD reads it (review 74, bloodbank finding 3).
func tlsRuleCases() []ruleCase {
	https := func(encrypted content.Tri) func(w *world) {
		return func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(443, "tcp", "in", "eth")
			p.Service, p.Encrypted = "HTTPS", encrypted
			w.p.Ports = []content.Port{port(2575, "tcp", "in", "eth"), p}
		}
	}
	return []ruleCase{
		{"CONN-7", "an HTTPS port, encrypted = true", https(content.True),
			yesBy("ports[1]", "is 443/tcp (HTTPS), a protocol over TLS, inbound to")},
		// Named HTTPS but encryption not stated: the CSD prints it
		// "Encrypted (HTTPS)", so the form says Yes too (bloodbank's LDAPS).
		{"CONN-7", "an HTTPS port, encryption not stated", https(content.Unstated),
			yesBy("ports[1]", "is 443/tcp (HTTPS), a protocol over TLS, inbound to")},
		{"CONN-7", "an LDAPS port, encryption not stated", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(636, "tcp", "out", "eth")
			p.Service, p.Encrypted = "LDAPS", content.Unstated
			w.p.Ports = []content.Port{p}
		}, yesBy("ports[0]", "is 636/tcp (LDAPS), a protocol over TLS, outbound from")},
		{"CONN-7", "a port stating encrypted = true is the basis before one named HTTPS alone", func(w *world) {
			https(content.Unstated)(w)
			p := port(8883, "tcp", "out", "eth")
			p.Service, p.Encrypted = "TLS", content.True
			w.p.Ports = append(w.p.Ports, p)
		}, yesBy("ports[2]", "is 8883/tcp (TLS), a protocol over TLS, outbound from")},
		// SSH encrypts, but is not TLS; a remark that lets HTTPS fall back
		// to HTTP makes the CSD say nothing of encryption either.
		{"CONN-7", "an SSH port, encryption not stated", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(22, "tcp", "in", "eth")
			p.Service, p.Encrypted = "SSH", content.Unstated
			w.p.Ports = []content.Port{p}
		}, decidesNothing},
		{"CONN-7", "HTTPS that may fall back to HTTP, encryption not stated", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(443, "tcp", "in", "eth")
			p.Service, p.Encrypted = "HTTPS (or HTTP when TLS is off)", content.Unstated
			w.p.Ports = []content.Port{p}
		}, decidesNothing},
		{"CONN-7", "an HTTPS port, encrypted = false", https(content.False), decidesNothing},
		{"CONN-7", "SFTP, encrypted = true: SSH, not TLS", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(22, "tcp", "out", "eth")
			p.Service, p.Encrypted = "SFTP", content.True
			w.p.Ports = []content.Port{p}
		}, decidesNothing},
	}
}
