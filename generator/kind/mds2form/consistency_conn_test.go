package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestCheckCONN7NoAgainstData: a hand CONN-7 No (TLS not supported)
// beside a port of the device whose service is a protocol over TLS warns
// at that port, as does a port stating encrypted = true whose service or
// purpose names TLS ("HL7 over TLS", the derivation's namedTLSPort); a
// note, a Yes, SSH, TLS named without encrypted = true, HTTPS stating
// encrypted = false, and HTTPS of the manufacturer's cloud or on a link
// internal to the product do not.
func TestCheckCONN7NoAgainstData(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	only := func(p content.Port) func(*world) {
		return func(w *world) {
			pumpOnWiFi(w)
			w.p.Ports = []content.Port{p}
		}
	}
	https := service(encrypted(port(443, "tcp", "out", "wifi")), "HTTPS")
	runAgainstData(t, []againstDataCase{
		{"No beside HTTPS", "CONN-7", no, pumpOnWiFi,
			"answer No, but ports[0] (content/p.toml:1) is 443/tcp (HTTPS), a protocol over TLS, outbound from Pump: that is TLS the device supports; correct the answer, or explain it in a note ({ answer = \"no\", note = n })"},
		{"No with its note", "CONN-7", content.MDS2Answer{Answer: "no", Note: 1}, pumpOnWiFi, ""},
		{"Yes", "CONN-7", content.MDS2Answer{Answer: "yes"}, pumpOnWiFi, ""},
		{"No beside LDAPS listened on, encryption not stated", "CONN-7", no, only(unstatedEncryption(service(port(636, "tcp", "in", "wifi"), "LDAPS"))),
			"ports[0] (content/p.toml:1) is 636/tcp (LDAPS), a protocol over TLS, inbound to Pump"},
		{"No beside SSH", "CONN-7", no, only(service(encrypted(port(22, "tcp", "in", "wifi")), "SSH")), ""},
		// encrypted = true and TLS named in the service or purpose: the
		// derivation's Yes (namedTLSPort, cathlab 6.0's SQL Server port)
		{"No beside HL7 over TLS, encrypted = true", "CONN-7", no, only(service(encrypted(port(6661, "tcp", "out", "wifi")), "HL7 over TLS")),
			"answer No, but ports[0] (content/p.toml:1) is 6661/tcp (HL7 over TLS), which states encrypted = true and whose service names TLS, outbound from Pump: that is TLS the device supports; correct the answer, or explain it in a note ({ answer = \"no\", note = n })"},
		{"No beside a port whose purpose names TLS, encrypted = true", "CONN-7", no, func(w *world) {
			only(service(encrypted(port(1433, "tcp", "out", "wifi")), "Microsoft SQL Server (TDS)"))(w)
			w.p.Ports[0].Purpose = "Reads the database over TLS 1.2."
		}, "ports[0] (content/p.toml:1) is 1433/tcp (Microsoft SQL Server (TDS)), which states encrypted = true and whose purpose names TLS, outbound from Pump"},
		{"No beside HL7 over TLS, encryption not stated", "CONN-7", no, only(unstatedEncryption(service(port(6661, "tcp", "out", "wifi"), "HL7 over TLS"))), ""},
		{"No beside HL7 over TLS, encrypted = false", "CONN-7", no, only(service(port(6661, "tcp", "out", "wifi"), "HL7 over TLS")), ""},
		{"No beside TLS named, encrypted = true, with its note", "CONN-7", content.MDS2Answer{Answer: "no", Note: 1}, only(service(encrypted(port(6661, "tcp", "out", "wifi")), "HL7 over TLS")), ""},
		{"No beside HTTPS stating encrypted = false", "CONN-7", no, only(service(port(443, "tcp", "out", "wifi"), "HTTPS")), ""},
		{"No beside the cloud's HTTPS", "CONN-7", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("web", "web_ui", "cloud"))
			w.p.Ports = []content.Port{partPort(https, "cloud", "portal.example")}
			w.p.Ports[0].Interface, w.p.Ports[0].Direction = "web", "in"
		}, ""},
		{"No beside HTTPS on an internal link", "CONN-7", no, func(w *world) {
			pumpOnWiFi(w)
			w.p.Interfaces = append(w.p.Interfaces, internal(partIface("bus", "ethernet", "dev")))
			w.p.Ports = []content.Port{https}
			w.p.Ports[0].Interface = "bus"
		}, ""},
	})
}

// TestResolveWarnsOfNewContradictions: the warnings come with the
// resolved form, so check reports them (the checks are registered where
// resolve runs them): CONN-7 No beside HTTPS, AUDT-2.1 and AUDT-2.2 No
// beside a logged authentication event, AUTH-4 No beside CONN-5 No.
func TestResolveWarnsOfNewContradictions(t *testing.T) {
	no := content.MDS2Answer{Answer: "no"}
	tests := []struct {
		name    string
		setup   func(*world)
		answers map[string]content.MDS2Answer
		want    string
	}{
		// encryption not stated: CONN-7 is derived Yes from the name
		// HTTPS as from encrypted = true (the CSD prints the port
		// "Encrypted (HTTPS)"), and a hand No contradicts it
		// (rules_conn_tls.go)
		{"TLS denied beside HTTPS", func(w *world) {
			pumpOnWiFi(w)
			w.p.Ports[0] = unstatedEncryption(w.p.Ports[0])
		}, map[string]content.MDS2Answer{"CONN-7": no},
			"mds2.answers.CONN-7: answer No contradicts the product data: ports[0] (content/p.toml:1) is 443/tcp (HTTPS), a protocol over TLS"},
		{"sign-ins not recorded beside a logged one", signInsInAudit, map[string]content.MDS2Answer{"AUDT-2.1": no, "AUDT-2.2": no},
			"mds2.answers.AUDT-2.2: the form answers AUDT-2.1 (successful logins and logouts recorded) No and AUDT-2.2 (failed ones recorded) No"},
		{"API requests not all checked, no APIs", pumpOnWiFi, map[string]content.MDS2Answer{"AUTH-4": no, "CONN-5": no},
			"mds2.answers.AUTH-4: the form answers AUTH-4 (every request to the device's APIs checked for authorization) No and CONN-5 (APIs called or provided) No"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			w.p.MDS2.Answers = tc.answers
			_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			if msgs := strings.Join(diagLines(t, diags), "\n"); !strings.Contains(msgs, tc.want) {
				t.Errorf("no diagnostic %q among\n%s", tc.want, msgs)
			}
		})
	}
}
