package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
)

// ports76RuleCases: CONN-7 Yes from a port that states encrypted = true
// and names TLS in its service or purpose (cathlab 6.0's SQL Server
// port, "TLS on by default"); TXCF-2 Yes where every flow of PHI goes
// over ports of its own that all state encrypted = true. CONN-7 gives
// no No (TXCF-2's No: rules_mds2r3_test.go), and neither decides from a
// port that does not state encryption.
func ports76RuleCases() []ruleCase {
	sql := func(service, purpose string, enc content.Tri) func(w *world) {
		return func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
			p := port(1433, "tcp", "out", "eth")
			p.Service, p.Purpose, p.Encrypted = service, purpose, enc
			w.p.Ports = []content.Port{port(2575, "tcp", "out", "eth"), p}
		}
	}
	// a monitor whose PHI goes to the EHR (F1) and the cloud (F2)
	flows := func(ports ...content.Port) func(w *world) {
		return func(w *world) {
			monitorAndCloud(w)
			w.p.Interfaces[1].Carries = dataKinds([]string{"configuration"})
			w.p.DataFlows = []content.DataFlow{piiFlow("F1", "Hospital EHR", "dev", "eth"), piiFlow("F2", "dev", "cloud", "eth")}
			w.p.Ports = ports
		}
	}
	ehr := func(p content.Port) content.Port { p.Endpoints = []string{"Hospital EHR"}; return p }
	ad := func(p content.Port) content.Port { p.Endpoints = []string{"Hospital Active Directory"}; return p }
	return []ruleCase{
		{"CONN-7", "SQL Server, encrypted = true, TLS named in the service", sql("Microsoft SQL Server (TDS), TLS on by default", "", content.True),
			yesBy("ports[1]", "is 1433/tcp (Microsoft SQL Server (TDS), TLS on by default), which states encrypted = true and whose service names TLS, outbound from")},
		{"CONN-7", "encrypted = true, TLS named in the purpose", sql("Microsoft SQL Server (TDS)", "Reads the database over TLS 1.2.", content.True),
			yesBy("ports[1]", "whose purpose names TLS")},
		{"CONN-7", "TLS named, encryption not stated", sql("Microsoft SQL Server (TDS), TLS optional", "", content.Unstated), decidesNothing},
		{"CONN-7", "TLS named, encrypted = false", sql("Microsoft SQL Server (TDS), TLS off", "", content.False), decidesNothing},
		{"CONN-7", "encrypted = true, no TLS named", sql("Microsoft SQL Server (TDS)", "Reads the database.", content.True), decidesNothing},
		{"CONN-7", "encrypted = true, TLS only inside another word", sql("Vendor protocol (xTLSv)", "", content.True), decidesNothing},
		{"TXCF-2", "every PHI flow over its own encrypted ports", flows(encrypted(ehr(port(2575, "tcp", "out", "eth"))), encrypted(peerPort(port(443, "tcp", "out", "eth"), "cloud"))),
			yesBy("data_flows", "sends PHI or PII only in F1 and F2, each over ports that all state encrypted = true")},
		{"TXCF-2", "one PHI flow's port is unencrypted", flows(ehr(port(2575, "tcp", "out", "eth")), encrypted(peerPort(port(443, "tcp", "out", "eth"), "cloud"))),
			noBy("data_flows[0]", "(F1) carries PHI or PII over interface eth by 2575/tcp (svc2575), which states encrypted = false")}, // task mds2r3: TXCF-2 now derives No (was decidesNothing)
		{"TXCF-2", "one PHI flow's port does not state encryption", flows(func() content.Port {
			p := ehr(port(2575, "tcp", "out", "eth"))
			p.Encrypted = content.Unstated
			return p
		}(), encrypted(peerPort(port(443, "tcp", "out", "eth"), "cloud"))), decidesNothing},
		// pacsviewer: an encrypted port to another system is not the flow's
		{"TXCF-2", "the EHR flow's port is not listed, only one to another system", flows(encrypted(ad(port(636, "tcp", "out", "eth"))), encrypted(peerPort(port(443, "tcp", "out", "eth"), "cloud"))), decidesNothing},
	}
}
