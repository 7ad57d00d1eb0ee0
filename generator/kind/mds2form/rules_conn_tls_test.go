package mds2form

import "github.com/jspgen/jspgen/generator/content"

// CONN-7 (TLS supported) from a device port over TLS that states
// encrypted = true (review 73, inhalerb2b finding 7; labrobot asked too).
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
		// Named HTTPS but encryption not stated: the name alone decides nothing.
		{"CONN-7", "an HTTPS port, encryption not stated", https(content.Unstated), decidesNothing},
		{"CONN-7", "an HTTPS port, encrypted = false", https(content.False), decidesNothing},
		{"CONN-7", "SFTP, encrypted = true: SSH, not TLS", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(22, "tcp", "out", "eth")
			p.Service, p.Encrypted = "SFTP", content.True
			w.p.Ports = []content.Port{p}
		}, decidesNothing},
	}
}
