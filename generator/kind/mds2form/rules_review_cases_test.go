package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// reviewFixRuleCases are the derivations the handmds2, cloudsamd and
// wearable reviews corrected:
//   - MPII-3.4, MPII-3.5 and MPII-3.6 of a product that runs only where
//     the manufacturer hosts it are N/A, as CONN-1.x are ("the
//     connections of the server or cloud machine it runs on are that
//     host's"), not No from its interface list (cloudsamd: MPII-3.4 and
//     MPII-3.6 No beside CONN-1.x N/A); so is MPII-3.4 of software on a
//     host the customer supplies, whose derived No becomes the same
//     no-hardware N/A as MPII-3.3's (healthit, hostedplugin reviews);
//   - the No of CONN-1.1.3 and CONN-1.1.4 names every kind that decides
//     it, not cellular alone (handmds2, wearable);
//   - TXCF-1's No names the interface's kind: carrying PHI does not show
//     the link is no cable (wearable).
func reviewFixRuleCases() []ruleCase {
	cloudPHI := func(w *world) {
		w.p.Parts = listsWhole(content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}, content.Part{ID: "idp", Name: "IdP", Runs: "customer_infrastructure"})
		web, api := partIface("web", "web_ui", "cloud"), partIface("api", "api", "cloud")
		web.Carries, api.Carries = content.DataKinds{"phi"}, content.DataKinds{"phi"}
		w.p.Interfaces = []content.Interface{web, api}
	}
	hostNA := naBy("parts", "lists no part that runs on the device: the product has no hardware of its own, so the question does not apply; the connections of the server or cloud machine it runs on are that host's")
	return []ruleCase{
		{"MPII-3.4", "a service only the manufacturer hosts, sending PHI", cloudPHI, hostNA},
		{"MPII-3.5", "a service only the manufacturer hosts, sending PHI", cloudPHI, hostNA},
		{"MPII-3.6", "a service only the manufacturer hosts, sending PHI", cloudPHI, hostNA},
		{"MPII-3.4", "a service only the manufacturer hosts, sending no PHI", func(w *world) {
			cloudPHI(w)
			for i := range w.p.Interfaces {
				w.p.Interfaces[i].Carries = content.DataKinds{"logs"}
			}
		}, hostNA},
		{"MPII-3.4", "software on the customer's own server, sending PHI", func(w *world) {
			cloudPHI(w)
			w.p.Parts[0].Runs = "customer_hosted"
		}, naBy("parts", "lists no part that runs on the device: the product has no hardware of its own, so the question does not apply; the connections of the server or virtual machine it runs on are that host's")},
		{"MPII-3.6", "a service the manufacturer hosts beside the device", func(w *world) {
			cloudPHI(w)
			w.p.Parts = append(w.p.Parts, listsWhole(content.Part{ID: "dev", Name: "Device", Runs: "device"})...)
		}, noBy("interfaces", "lists no wireless interface that carries PHI or PII")},

		{"CONN-1.1.3", "Wi-Fi and Bluetooth only: the basis names radio and other", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("wifi", "wifi"), iface("ble", "bluetooth")}
		}, noBy("interfaces", "lists no cellular interface, and no interface of kind radio or other that could be a Zigbee or proprietary radio network")},
		{"CONN-1.1.4", "Wi-Fi only: the basis names other", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("wifi", "wifi")}
		}, noBy("interfaces", "lists no NFC, infrared or radio interface, and no interface of kind other that could be such a link")},
		{"TXCF-1", "PHI over Bluetooth: the basis names the kind", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("sensor-ble", "bluetooth", "phi")}
		}, noBy("interfaces[0].carries", "lists PHI or PII, and interface sensor-ble is of kind Bluetooth, which is no dedicated point-to-point cable")},
	}
}

// TestCheckSoftwareClasses: CSUP-1 Yes (software that may need security
// updates) beside No to every one of CSUP-2 to CSUP-6 warns, at CSUP-1's
// answer where given, else at the first No given (cloudsamd: an Ubuntu
// container platform beside No to all five); a class not No (Yes, See
// Note, N/A or blank), a note on any of the six, or CSUP-1 not Yes does
// not.
func TestCheckSoftwareClasses(t *testing.T) {
	y, n, sn := mds2.Yes, mds2.No, mds2.SeeNote
	allNo := func(csup1 mds2.Answer) map[string]mds2.Answer {
		return map[string]mds2.Answer{"CSUP-1": csup1, "CSUP-2": n, "CSUP-3": n, "CSUP-4": n, "CSUP-5": n, "CSUP-6": n}
	}
	with := func(id string, a mds2.Answer) map[string]mds2.Answer {
		m := allNo(y)
		m[id] = a
		return m
	}
	hand := func(ids ...string) map[string]given {
		g := map[string]given{}
		for _, id := range ids {
			g[id] = given{answer: n}
		}
		return g
	}
	const warning = "the form answers CSUP-1 Yes (the device contains software that may need security updates) and No to each of CSUP-2 to CSUP-6"
	tests := []struct {
		name   string
		final  map[string]mds2.Answer
		givens map[string]given
		want   string // "" for no warning
		at     string
	}{
		{"Yes beside five hand Nos", allNo(y), map[string]given{"CSUP-1": {answer: y}, "CSUP-2": {answer: n}}, warning, "mds2.answers.CSUP-1"},
		{"derived Yes beside hand Nos", allNo(y), hand("CSUP-3", "CSUP-2"), warning, "mds2.answers.CSUP-2"},
		{"an operating system", with("CSUP-2", y), nil, "", ""},
		{"other software See Note", with("CSUP-6", sn), nil, "", ""},
		{"COTS not answered", with("CSUP-5", mds2.Unanswered), nil, "", ""},
		{"a note on CSUP-6's No", allNo(y), map[string]given{"CSUP-6": {answer: n, entry: content.MDS2Answer{Answer: "no", Note: 2}}}, "", ""},
		{"a note on CSUP-1", allNo(y), map[string]given{"CSUP-1": {answer: y, entry: content.MDS2Answer{Answer: "yes", Note: 1}}}, "", ""},
		{"CSUP-1 No", allNo(n), nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &mds2Resolver{p: kind.Product{Product: &content.Product{}}}
			givens := tc.givens
			if givens == nil {
				givens = map[string]given{}
			}
			r.checkSoftwareClasses(tc.final, givens)
			wantWarning(t, r.diags, tc.want)
			if tc.want != "" && len(r.diags) == 1 && r.diags[0].Path != tc.at {
				t.Errorf("warned at %s; want %s", r.diags[0].Path, tc.at)
			}
		})
	}
}
