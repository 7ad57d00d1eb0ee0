package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCheckConsistency: an implication broken by Yes and the opposite
// answer warns; N/A checks nothing; a SaMD's hardware questions are
// exempt, the others are not.
func TestCheckConsistency(t *testing.T) {
	y, n, na := mds2.Yes, mds2.No, mds2.NA
	tests := []struct {
		name  string
		final map[string]mds2.Answer
		want  string // "" for no warning
	}{
		{"wired PII without wired connectivity", map[string]mds2.Answer{"MPII-3.5": y, "CONN-1.2": n}, "the form answers MPII-3.5 Yes and CONN-1.2 No"},
		{"wired PII with wired connectivity", map[string]mds2.Answer{"MPII-3.5": y, "CONN-1.2": y}, ""},
		{"no wired PII", map[string]mds2.Answer{"MPII-3.5": n, "CONN-1.2": n}, ""},
		{"N/A checks nothing", map[string]mds2.Answer{"MPII-3.5": y, "CONN-1.2": na}, ""},
		{"a SaMD's PII over its host's network", map[string]mds2.Answer{"DOC-11": y, "MPII-3.5": y, "CONN-1.2": n}, ""},
		{"a SaMD is held to the rest", map[string]mds2.Answer{"DOC-11": y, "TXCF-1": y, "MPII-3.7": y, "CONN-4": y}, "the form answers TXCF-1 Yes and MPII-3.7 Yes"},
		{"an operating system but no executable software", map[string]mds2.Answer{"CSUP-2": y, "MLDP-1": n}, "the form answers CSUP-2 Yes and MLDP-1 No"},
		{"an operating system and executable software", map[string]mds2.Answer{"CSUP-2": y, "MLDP-1": y}, ""},
		{"no operating system, no executable software", map[string]mds2.Answer{"CSUP-2": n, "MLDP-1": n}, ""},
		{"a SaMD's operating system runs software too", map[string]mds2.Answer{"DOC-11": y, "CSUP-2": y, "MLDP-1": n}, "the form answers CSUP-2 Yes and MLDP-1 No"},
		{"a device is held to all", map[string]mds2.Answer{"DOC-11": n, "MPII-3.6": y, "CONN-1.1": n}, "the form answers MPII-3.6 Yes and CONN-1.1 No"},
		{"PII in non-volatile storage that a loss of power erases", map[string]mds2.Answer{"MPII-2.3": y, "MPII-2.7": n}, "the form answers MPII-2.3 Yes and MPII-2.7 No"},
		{"PII in non-volatile storage survives a loss of power", map[string]mds2.Answer{"MPII-2.3": y, "MPII-2.7": y}, ""},
		{"PII purged from storage may or may not survive", map[string]mds2.Answer{"MPII-2.3": n, "MPII-2.7": n}, ""},
		{"a SaMD's stored PII is held to it too", map[string]mds2.Answer{"DOC-11": y, "MPII-2.3": y, "MPII-2.7": n}, "the form answers MPII-2.3 Yes and MPII-2.7 No"},
		{"software only but with hardware to lock", map[string]mds2.Answer{"DOC-11": y, "PLOK-1": n}, "the form answers DOC-11 Yes and PLOK-1 No"},
		{"hardware but software only for the locks", map[string]mds2.Answer{"DOC-11": n, "PLOK-1": y}, "the form answers PLOK-1 Yes and DOC-11 No"},
		{"software only in both", map[string]mds2.Answer{"DOC-11": y, "PLOK-1": y}, ""},
		{"hardware in both", map[string]mds2.Answer{"DOC-11": n, "PLOK-1": n}, ""},
		// CSUP-4 ↔ MLDP-2.1/2.2 (anti-malware present): only anti-malware
		// installed as delivered is forced to be anti-malware the device
		// contains; an option not taken, or anti-malware the owner installs,
		// is not, so neither warns.
		{"anti-malware installed as delivered, but none contained", map[string]mds2.Answer{"MLDP-2.1": y, "CSUP-4": n}, "the form answers MLDP-2.1 Yes and CSUP-4 No"},
		{"anti-malware installed as delivered and contained", map[string]mds2.Answer{"MLDP-2.1": y, "CSUP-4": y}, ""},
		{"no anti-malware installed, none contained", map[string]mds2.Answer{"MLDP-2.1": n, "CSUP-4": n}, ""},
		{"anti-malware installed as delivered, CSUP-4 N/A", map[string]mds2.Answer{"MLDP-2.1": y, "CSUP-4": na}, ""},
		{"anti-malware as an option, none contained as delivered", map[string]mds2.Answer{"MLDP-2.1": n, "MLDP-2.2": y, "CSUP-4": n}, ""},
		{"anti-malware contained, the owner's own", map[string]mds2.Answer{"CSUP-4": y, "MLDP-2.1": n, "MLDP-2.2": n, "MLDP-2.3": y}, ""},
		{"a SaMD is held to it too", map[string]mds2.Answer{"DOC-11": y, "MLDP-2.1": y, "CSUP-4": n}, "the form answers MLDP-2.1 Yes and CSUP-4 No"},
		// The catalog's other cross-section checks (APIs, emergency access,
		// external identity, roles, removable media, internet).
		{"API requests authorized, no APIs", map[string]mds2.Answer{"AUTH-4": y, "CONN-5": n}, "the form answers AUTH-4 Yes and CONN-5 No"},
		{"API requests authorized, APIs", map[string]mds2.Answer{"AUTH-4": y, "CONN-5": y}, ""},
		{"APIs whose requests are not all checked", map[string]mds2.Answer{"AUTH-4": n, "CONN-5": y}, ""},
		{"API activity logged, no APIs", map[string]mds2.Answer{"AUDT-2.8.2": y, "CONN-5": n}, "the form answers AUDT-2.8.2 Yes and CONN-5 No"},
		{"emergency access logged, none offered", map[string]mds2.Answer{"AUDT-2.9": y, "EMRG-1": n}, "the form answers AUDT-2.9 Yes and EMRG-1 No"},
		{"emergency access offered, not logged", map[string]mds2.Answer{"AUDT-2.9": n, "EMRG-1": y}, ""},
		{"external authentication, no federated credentials", map[string]mds2.Answer{"PAUT-2": y, "AUTH-1.1": n}, "the form answers PAUT-2 Yes and AUTH-1.1 No"},
		{"federated credentials, no external authentication", map[string]mds2.Answer{"PAUT-2": n, "AUTH-1.1": y}, "the form answers AUTH-1.1 Yes and PAUT-2 No"},
		{"external identity in both", map[string]mds2.Answer{"PAUT-2": y, "AUTH-1.1": y}, ""},
		{"roles, but not for file or patient-level access", map[string]mds2.Answer{"AUTH-2": y, "SAHD-5.1": n}, ""},
		{"roles in SAHD, none in AUTH", map[string]mds2.Answer{"AUTH-2": n, "SAHD-5.1": y}, "the form answers SAHD-5.1 Yes and AUTH-2 No"},
		{"a removable-media lock, no removable media", map[string]mds2.Answer{"PLOK-4": y, "CONN-1.2.3": n}, "the form answers PLOK-4 Yes and CONN-1.2.3 No"},
		{"removable media logged, none", map[string]mds2.Answer{"AUDT-2.7": y, "CONN-1.2.3": n}, "the form answers AUDT-2.7 Yes and CONN-1.2.3 No"},
		{"a SaMD's host's removable media logged", map[string]mds2.Answer{"DOC-11": y, "AUDT-2.7": y, "CONN-1.2.3": n}, ""},
		{"internet needed, nothing outside", map[string]mds2.Answer{"CONN-6": y, "CONN-4": n}, "the form answers CONN-6 Yes and CONN-4 No"},
		{"internet not needed, talks outside", map[string]mds2.Answer{"CONN-6": n, "CONN-4": y}, ""},
		// MPII-2.4 ↔ STCF-3 (on-device database): PII a device keeps in a
		// database is data in a database on the device; a database may
		// hold no PII. A SaMD's may be the customer's, outside it (STCF-4).
		{"PII in a database, no database on the device", map[string]mds2.Answer{"MPII-2.4": y, "STCF-3": n}, "the form answers MPII-2.4 Yes and STCF-3 No, but PII the device stores in a database is data stored in a database on the device: correct one of them"},
		{"a device's PII database is not the external one", map[string]mds2.Answer{"DOC-11": n, "MPII-2.4": y, "STCF-3": n, "STCF-4": y}, "a database outside it is STCF-4's"},
		{"PII in a database on the device", map[string]mds2.Answer{"MPII-2.4": y, "STCF-3": y}, ""},
		{"a database on the device without PII", map[string]mds2.Answer{"MPII-2.4": n, "STCF-3": y}, ""},
		{"a SaMD's PII in the customer's database", map[string]mds2.Answer{"DOC-11": y, "MPII-2.4": y, "STCF-3": n, "STCF-4": y}, ""},
		{"a SaMD's PII database, STCF-4 not Yes or No", map[string]mds2.Answer{"DOC-11": y, "MPII-2.4": y, "STCF-3": n, "STCF-4": na}, ""},
		{"a SaMD's PII database, no database anywhere", map[string]mds2.Answer{"DOC-11": y, "MPII-2.4": y, "STCF-3": n, "STCF-4": n}, "the form answers MPII-2.4 Yes, STCF-3 No and STCF-4 No, but PII the software keeps in a database is data stored in a database, on the device or outside it: correct one of them"},
		{"a SaMD's PII database on the device", map[string]mds2.Answer{"DOC-11": y, "MPII-2.4": y, "STCF-3": y, "STCF-4": n}, ""},
		// RMOT-1 ↔ AUDT-2.8.1: recording remote sessions needs them; remote
		// service need not be recorded.
		{"remote sessions recorded, no remote service", map[string]mds2.Answer{"AUDT-2.8.1": y, "RMOT-1": n}, "the form answers AUDT-2.8.1 Yes and RMOT-1 No, but recording remote service sessions needs remote service connections: correct one of them, or say in AUDT-2.8.1's note that only local service sessions are recorded"},
		{"remote sessions recorded, remote service", map[string]mds2.Answer{"AUDT-2.8.1": y, "RMOT-1": y}, ""},
		{"remote service, sessions not recorded", map[string]mds2.Answer{"AUDT-2.8.1": n, "RMOT-1": y}, ""},
		// PII over a network or radio link is PII exchanged with another
		// system (MPII-2.6); PII exchanged need not cross any of those.
		{"PII over Wi-Fi, none exchanged", map[string]mds2.Answer{"MPII-3.6": y, "MPII-2.6": n}, "the form answers MPII-3.6 Yes and MPII-2.6 No, but PII sent over a wireless link is PII exported to, or imported from, another system"},
		{"PII over a wired network, none exchanged", map[string]mds2.Answer{"MPII-3.5": y, "MPII-2.6": n}, "the form answers MPII-3.5 Yes and MPII-2.6 No"},
		{"PII over the internet, none exchanged", map[string]mds2.Answer{"MPII-3.7": y, "MPII-2.6": n}, "the form answers MPII-3.7 Yes and MPII-2.6 No"},
		{"a SaMD's PII over its host's network, none exchanged", map[string]mds2.Answer{"DOC-11": y, "MPII-3.5": y, "MPII-2.6": n}, "the form answers MPII-3.5 Yes and MPII-2.6 No"},
		{"PII over Wi-Fi, exchanged", map[string]mds2.Answer{"MPII-3.6": y, "MPII-2.6": y}, ""},
		{"PII over Wi-Fi, MPII-2.6 N/A", map[string]mds2.Answer{"MPII-3.6": y, "MPII-2.6": na}, ""},
		{"PII exchanged over a cable only", map[string]mds2.Answer{"MPII-3.5": n, "MPII-3.6": n, "MPII-3.7": n, "MPII-2.6": y}, ""},
		{"PII on removable media, none exchanged", map[string]mds2.Answer{"MPII-3.3": y, "MPII-2.6": n}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &mds2Resolver{p: kind.Product{Product: &content.Product{}}}
			r.checkConsistency(tc.final, map[string]given{})
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// TestCheckConsistencyNoted: a note on AUDT-2.8.1 Yes, which may say
// only local sessions are recorded, or on RMOT-1 No, which may say the
// device is serviced on site, silences the warning; a note on MPII-2.4
// silences nothing, as for the other pairs.
func TestCheckConsistencyNoted(t *testing.T) {
	y, n := mds2.Yes, mds2.No
	for _, tc := range []struct {
		name   string
		final  map[string]mds2.Answer
		givens map[string]given
		want   string
	}{
		{"local sessions only, in its note", map[string]mds2.Answer{"AUDT-2.8.1": y, "RMOT-1": n},
			givens(giv("AUDT-2.8.1", content.MDS2Answer{Answer: "yes", Note: 3})), ""},
		{"no remote service, explained in its note", map[string]mds2.Answer{"AUDT-2.8.1": y, "RMOT-1": n},
			givens(giv("AUDT-2.8.1", content.MDS2Answer{Answer: "yes"}), giv("RMOT-1", content.MDS2Answer{Answer: "no", Note: 19})), ""},
		{"no note", map[string]mds2.Answer{"AUDT-2.8.1": y, "RMOT-1": n},
			givens(giv("AUDT-2.8.1", content.MDS2Answer{Answer: "yes"})), "the form answers AUDT-2.8.1 Yes and RMOT-1 No"},
		{"a note on the database answer", map[string]mds2.Answer{"MPII-2.4": y, "STCF-3": n},
			givens(giv("MPII-2.4", content.MDS2Answer{Answer: "yes", Note: 3})), "the form answers MPII-2.4 Yes and STCF-3 No"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &mds2Resolver{p: kind.Product{Product: &content.Product{}}}
			r.checkConsistency(tc.final, tc.givens)
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// TestCheckAgainstData: a hand No to CONN-3, CONN-4 or RMOT-1 beside data
// that shows the capability (a flow with a system the flow endpoints
// place in the customer's infrastructure; a port out to a cloud service,
// even an optional one, or to the manufacturer's part; the
// manufacturer's part connecting in) is warned about; a note, a Yes, or data that does not show it
// (ports to the hospital's hosts, an upload to the manufacturer's cloud
// for RMOT-1) is not.
func TestCheckAgainstData(t *testing.T) {
	telemetry := content.CloudService{Name: "Telemetry", Required: content.False, Endpoints: []string{"telemetry.example"}}
	appAndCloud := func(w *world) {
		w.p.Parts = []content.Part{{ID: "dev", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
		w.p.Interfaces = []content.Interface{partIface("eth", "ethernet", "dev"), partIface("web", "api", "cloud")}
	}
	peer := func(p content.Port, part, peer string) content.Port {
		p.Part, p.PeerPart = part, peer
		return p
	}
	tests := []struct {
		name   string
		answer content.MDS2Answer
		id     string
		setup  func(*world)
		want   string // "" for no warning
	}{
		{"CONN-4 No, a port out to an optional cloud service", content.MDS2Answer{Answer: "no"}, "CONN-4", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet")}
			w.p.Cloud.Services = []content.CloudService{telemetry}
			w.p.Ports = []content.Port{port(123, "udp", "out", "eth"), partPort(port(443, "tcp", "out", "eth"), "", "telemetry.example")}
		}, "answer No, but ports[1] (content/p.toml:1) is 443/tcp (svc443), by which Device connects out to Telemetry (cloud.services[0]) at telemetry.example: that is communication with a system outside the customer's network"},
		{"CONN-4 No with its note", content.MDS2Answer{Answer: "no", Note: 1}, "CONN-4", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet")}
			w.p.Cloud.Services = []content.CloudService{telemetry}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "eth"), "", "telemetry.example")}
		}, ""},
		{"CONN-4 Yes", content.MDS2Answer{Answer: "yes"}, "CONN-4", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet")}
			w.p.Cloud.Services = []content.CloudService{telemetry}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "eth"), "", "telemetry.example")}
		}, ""},
		{"CONN-4 No, an optional service no port reaches", content.MDS2Answer{Answer: "no"}, "CONN-4", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet")}
			w.p.Cloud.Services = []content.CloudService{telemetry}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "eth"), "", "ehr.hospital.example")}
		}, ""},
		{"CONN-4 No, a port out to the manufacturer's part", content.MDS2Answer{Answer: "no"}, "CONN-4", func(w *world) {
			appAndCloud(w)
			w.p.Ports = []content.Port{peer(port(8443, "tcp", "out", "eth"), "dev", "cloud")}
		}, "by which Monitor connects out to a part of the product the manufacturer hosts"},

		{"CONN-3 No, the cloud sends to a browser in the customer's infrastructure", content.MDS2Answer{Answer: "no"}, "CONN-3", func(w *world) {
			appAndCloud(w)
			w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Clinician's browser", Zone: "customer_infrastructure"}}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "dev", To: "cloud", Interface: "eth"}, {ID: "DF-2", From: "cloud", To: "Clinician's browser", Interface: "web"}}
		}, "answer No, but data_flows[1] (content/p.toml:1) is DF-2, by which the product exchanges data with Clinician's browser, which the data places on the customer's network: that is communication with a system inside the customer's network"},
		{"CONN-3 No with its note", content.MDS2Answer{Answer: "no", Note: 1}, "CONN-3", func(w *world) {
			appAndCloud(w)
			w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Clinician's browser", Zone: "customer_infrastructure"}}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-2", From: "cloud", To: "Clinician's browser", Interface: "web"}}
		}, ""},
		{"CONN-3 No, the cloud sends to a browser the data places nowhere", content.MDS2Answer{Answer: "no"}, "CONN-3", func(w *world) {
			appAndCloud(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-2", From: "cloud", To: "Clinician's browser", Interface: "web"}}
		}, ""},
		{"CONN-3 No, the cloud sends to a third party", content.MDS2Answer{Answer: "no"}, "CONN-3", func(w *world) {
			appAndCloud(w)
			w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Payer", Zone: "third_party"}}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-2", From: "cloud", To: "Payer", Interface: "web"}}
		}, ""},

		{"RMOT-1 No, the manufacturer's part connects to the device", content.MDS2Answer{Answer: "no"}, "RMOT-1", func(w *world) {
			appAndCloud(w)
			w.p.Ports = []content.Port{peer(port(22, "tcp", "out", "web"), "cloud", "dev")}
		}, "answer No, but ports[0] (content/p.toml:1) is 22/tcp (svc22), by which Cloud, which the manufacturer hosts, connects to Monitor: that is a remote connection from the manufacturer"},
		{"RMOT-1 No, the device accepts the manufacturer's connections", content.MDS2Answer{Answer: "no"}, "RMOT-1", func(w *world) {
			appAndCloud(w)
			w.p.Ports = []content.Port{peer(port(22, "tcp", "in", "eth"), "dev", "cloud")}
		}, "on which Monitor accepts connections from Cloud, which the manufacturer hosts"},
		{"RMOT-1 No, the device only uploads to the manufacturer's part", content.MDS2Answer{Answer: "no"}, "RMOT-1", func(w *world) {
			appAndCloud(w)
			w.p.Ports = []content.Port{peer(port(443, "tcp", "out", "eth"), "dev", "cloud")}
		}, ""},
		{"RMOT-1 No with its note", content.MDS2Answer{Answer: "no", Note: 2}, "RMOT-1", func(w *world) {
			appAndCloud(w)
			w.p.Ports = []content.Port{peer(port(22, "tcp", "in", "eth"), "dev", "cloud")}
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r := &mds2Resolver{p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkAgainstData(map[string]mds2.Answer{tc.id: a}, map[string]given{tc.id: {entry: tc.answer, answer: a, path: "mds2.answers." + tc.id}})
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// TestResolveWarnsOfDeniedConnections: the warnings come with the
// resolved form (check reports them at the answers): the probes' CONN-4
// and RMOT-1 No beside a telemetry service the device reaches and a
// cloud that connects in passed check silently.
func TestResolveWarnsOfDeniedConnections(t *testing.T) {
	w := newWorld()
	w.p.Parts = []content.Part{{ID: "dev", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	w.p.Interfaces = []content.Interface{partIface("eth", "ethernet", "dev"), partIface("web", "api", "cloud")}
	w.p.Cloud.Services = []content.CloudService{{Name: "Telemetry", Required: content.False, Endpoints: []string{"telemetry.example"}}}
	toCloud := partPort(port(443, "tcp", "out", "eth"), "dev", "telemetry.example")
	fromCloud := partPort(port(22, "tcp", "out", "web"), "cloud")
	fromCloud.PeerPart = "dev"
	w.p.Ports = []content.Port{toCloud, fromCloud}
	w.p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-4": {Answer: "no"}, "RMOT-1": {Answer: "no"}}
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	msgs := strings.Join(diagLines(t, diags), "\n")
	kindtest.SaysAll(t, "the diagnostics", msgs,
		"mds2.answers.CONN-4: answer No, but ports[0] (content/p.toml:1) is 443/tcp (svc443), by which Monitor connects out to Telemetry (cloud.services[0]) at telemetry.example",
		"mds2.answers.RMOT-1: answer No, but ports[1] (content/p.toml:1) is 22/tcp (svc22), by which Cloud, which the manufacturer hosts, connects to Monitor",
	)
}

// wantWarning checks the diagnostics of a consistency check: none when
// want is "", else exactly one warning whose message contains want.
func wantWarning(t *testing.T, diags content.Diagnostics, want string) {
	t.Helper()
	switch {
	case want == "" && len(diags) > 0:
		t.Errorf("warned: %v", diags)
	case want != "" && (len(diags) != 1 || !strings.Contains(diags[0].Message, want) || diags[0].Severity != content.Warning):
		t.Errorf("got %v; want one warning containing %q", diags, want)
	}
}
