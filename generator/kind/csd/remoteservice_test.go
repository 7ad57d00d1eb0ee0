package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// analyzerCSD renders the CSD of the analyzer fixture (a device and the
// manufacturer's remote-service centre, which the device reaches by an
// outbound VPN) after edit, with the MDS2 form built or not.
func analyzerCSD(t *testing.T, form bool, edit func(p *content.Product)) string {
	t.Helper()
	return analyzerCSDBuilt(t, edit, func(b *kind.Built) { b.MDS2 = form })
}

// analyzerCSDBuilt is analyzerCSD with what the build publishes edited.
func analyzerCSDBuilt(t *testing.T, edit func(p *content.Product), editBuilt func(b *kind.Built)) string {
	t.Helper()
	c, _ := kindtest.Load(t, "../../testdata/analyzer/jspgen.toml", "../../testdata/analyzer/content")
	p, _ := kindtest.Product(t, c, "corvane-ca600")
	edit(p.Product)
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	editBuilt(&built)
	return kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
}

// rdpIn is a port on which the analyzer accepts the remote-service
// centre's connections.
var rdpIn = content.Port{Number: 3389, Transport: "tcp", Service: "Remote desktop", Purpose: "Remote service", Direction: "in",
	Interface: "lan", Part: "analyzer", PeerPart: "remote-service", DefaultEnabled: content.False}

// TestCSDFirewallSentenceOnRemoteService: what the firewall section says
// about traffic from the service the manufacturer hosts follows from the
// facts: a port by which that service connects in is named; a remote
// service through a connection opened from the hospital says so; "no rule
// lets traffic from it in" only where the manufacturer states it has no
// remote service (remote_service.offered = false, or RMOT-1 No in the
// form built with the CSD); otherwise only what the rules decide: none
// lets it open a connection in.
func TestCSDFirewallSentenceOnRemoteService(t *testing.T) {
	const lead = "A service the manufacturer hosts is reached by outbound rules to its endpoints"
	tests := []struct {
		name string
		form bool
		edit func(p *content.Product)
		want string // what follows lead, up to " Apply the rules"
	}{
		{"outbound remote service (the fixture)", true, func(p *content.Product) {},
			"; no rule lets it open a connection into the hospital network, but Corvane Diagnostics, Inc.'s remote service works through the connection opened from the hospital network (see [4.3 Secure servicing](#4-3-secure-servicing))."},
		{"outbound, offered not written", true, func(p *content.Product) { p.RemoteService.Offered = content.Unstated },
			"; no rule lets it open a connection into the hospital network, but Corvane Diagnostics, Inc.'s remote service works"},
		{"not offered", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{Offered: content.False}
		}, "; no rule lets traffic from it into the hospital network."},
		{"no facts, RMOT-1 No in the form", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{}
			p.MDS2.Answers["RMOT-1"] = content.MDS2Answer{Answer: "no"}
		}, "; no rule lets traffic from it into the hospital network."},
		{"no facts, RMOT-1 No but no form", false, func(p *content.Product) {
			p.RemoteService = content.RemoteService{}
			p.MDS2.Answers["RMOT-1"] = content.MDS2Answer{Answer: "no"}
		}, "; no rule lets it open a connection into the hospital network."},
		{"no facts, RMOT-1 Yes", true, func(p *content.Product) { p.RemoteService = content.RemoteService{} },
			"; no rule lets it open a connection into the hospital network."},
		{"inbound, no port shows it", true, func(p *content.Product) { p.RemoteService.Connection = "inbound" },
			". Corvane Diagnostics, Inc. states that its remote service connects in to the device, but no port in [3.2 Network ports](#3-2-network-ports) shows where, so no rule below allows it"},
		{"a port by which the centre connects in", true, func(p *content.Product) {
			p.RemoteService.Connection = "both"
			p.Ports = append(p.Ports, rdpIn)
		}, "; Corvane Remote Service Center connects in to CA-600 analyzer on 3389/TCP (see [3.2 Network ports](#3-2-network-ports))."},
		{"such a port, not offered: the port decides", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{Offered: content.False}
			p.Ports = append(p.Ports, rdpIn)
		}, "; Corvane Remote Service Center connects in to CA-600 analyzer on 3389/TCP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSD(t, tc.form, tc.edit)
			i := strings.Index(md, lead)
			if i < 0 {
				t.Fatalf("no %q in the CSD", lead)
			}
			got := md[i+len(lead):]
			got = got[:strings.Index(got, " Apply the rules")]
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("got  %q\nwant %q…", got, tc.want)
			}
		})
	}
}

// TestCSDRemoteServiceFacts: section 4.3 prints [remote_service] as
// facts, "Not stated" for a key not written, and the manufacturer's
// words after them; not offered is one sentence; without the table the
// words alone, as before. The summary row answers from offered where no
// hand RMOT-1 answer decides, citing the form when it is built.
func TestCSDRemoteServiceFacts(t *testing.T) {
	const words = "Remote service is off until a laboratory supervisor enables it"
	tests := []struct {
		name       string
		form       bool
		edit       func(p *content.Product)
		want, lack []string
	}{
		{"the fixture's facts", true, func(p *content.Product) {}, []string{
			"**Remote service.** What Corvane Diagnostics, Inc. states about servicing the device remotely:",
			"| Remote service by Corvane Diagnostics, Inc. | Yes |",
			"| On as shipped | No |",
			"| The hospital can turn it on and off | Yes |",
			"| Who starts a session | A user at the hospital can start one (MDS2 form, RMOT-1.1) |",
			"| Each session needs the approval of a user at the hospital | Not stated |",
			"| How the connection is opened | Opened from the hospital's side, outward; nothing on the hospital's side listens for Corvane Diagnostics, Inc., whose staff then work on the device through that connection |",
			"\n\n" + words,
		}, nil},
		{"each other value", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{Offered: content.True, EnabledAsShipped: content.True, CustomerControls: content.False,
				StartedBy: "manufacturer", SessionApproval: content.True, Connection: "inbound"}
		}, []string{"| On as shipped | Yes |", "| The hospital can turn it on and off | No: only Corvane Diagnostics, Inc. can |",
			"| Who starts a session | Corvane Diagnostics, Inc.'s staff, with no user at the hospital starting it |",
			"| Each session needs the approval of a user at the hospital | Yes |",
			"| How the connection is opened | By Corvane Diagnostics, Inc., in to the device, which listens for it |"}, nil},
		{"started by the customer, either way", true, func(p *content.Product) {
			p.RemoteService.StartedBy, p.RemoteService.Connection = "customer", "both"
		}, []string{"| Who starts a session | A user at the hospital |",
			"| How the connection is opened | Either way: opened outward from the hospital's side, or by Corvane Diagnostics, Inc. in to the device |"}, nil},
		{"not offered", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{Offered: content.False}
			p.MDS2.Answers["RMOT-1"] = content.MDS2Answer{}
		}, []string{"**Remote service.** Corvane Diagnostics, Inc. states that it offers no remote service connection to the device. " + words,
			"| Remote service connections by the manufacturer | No | MDS2 form, RMOT-1. " + words},
			[]string{"| On as shipped |"}},
		{"no table: the words alone", true, func(p *content.Product) { p.RemoteService = content.RemoteService{} },
			[]string{"\n**Remote service.** " + words}, []string{"| On as shipped |", "What Corvane Diagnostics, Inc. states about servicing"}},
		{"offered, no hand answer, form built", true, func(p *content.Product) { p.MDS2.Answers["RMOT-1"] = content.MDS2Answer{} },
			[]string{"| Remote service connections by the manufacturer | Yes, off as shipped; the hospital turns it on and off | MDS2 form, RMOT-1. " + words}, nil},
		{"offered, no form", false, func(p *content.Product) {},
			[]string{"| Remote service connections by the manufacturer | Yes, off as shipped; the hospital turns it on and off | " + words}, []string{"MDS2 form, RMOT-1"}},
		{"nothing stated, no form", false, func(p *content.Product) { p.RemoteService = content.RemoteService{} },
			[]string{"| Remote service connections by the manufacturer | See details | " + words}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSD(t, tc.form, tc.edit)
			kindtest.SaysAll(t, "the CSD", md, tc.want...)
			if len(tc.lack) > 0 { // a case may forbid nothing
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}

// TestCSDRemoteServiceOtherFacts: the rows of section 4.3 that MDS2
// asks about (whether a session is shown, patient data seen, telemetry,
// other remote functions) print the stated fact; one not stated falls
// back to the built form's Yes or No, cited, so that the CSD does not say
// "Not stated" beside the manufacturer's answer in the form; without the
// form, or beside an N/A, it is not stated. The form's No to RMOT-2 is
// said as its own, narrower question (data for predictive maintenance),
// followed by any data flow sending logs to the manufacturer
// (TestCSDTelemetryBesideLogFlows). Telemetry and other remote
// functions are asked of a device without remote service too.
func TestCSDRemoteServiceOtherFacts(t *testing.T) {
	const (
		indicator = "| Users at the hospital can see that a session is active | "
		patient   = "| Corvane Diagnostics, Inc.'s staff can see patient data during a session | "
		telemetry = "| The device sends Corvane Diagnostics, Inc. data about its working, for maintenance (telemetry) | "
		other     = "| Other things Corvane Diagnostics, Inc. does with the device remotely (software updates, configuration, training) | "
	)
	tests := []struct {
		name       string
		form       bool
		edit       func(p *content.Product)
		want, lack []string
	}{
		{"the fixture: its facts, and its form's answers where it states none", true, func(p *content.Product) {}, []string{
			indicator + "Yes (MDS2 form, RMOT-1.2) |", patient + "Yes |",
			telemetry + "No data for predictive maintenance (MDS2 form, RMOT-2)", other + "Yes: software updates |",
		}, []string{"RMOT-1.3)", "RMOT-3)", telemetry + "No (MDS2 form, RMOT-2) |"}},
		{"the form's answers where no fact is stated", true, func(p *content.Product) {
			p.RemoteService.PatientDataVisible, p.RemoteService.OtherFunctions = content.Unstated, nil
			p.MDS2.Answers["RMOT-1.3"] = content.MDS2Answer{Answer: "yes"}
			p.MDS2.Answers["RMOT-3"] = content.MDS2Answer{Answer: "no"}
		}, []string{patient + "Yes (MDS2 form, RMOT-1.3) |", other + "No (MDS2 form, RMOT-3) |"}, nil},
		{"a hand answer's note is cited with it, as the plan cites it", true, func(p *content.Product) {
			p.MDS2.Answers["RMOT-2"] = content.MDS2Answer{Answer: "no", Note: 3}
		}, []string{telemetry + "No data for predictive maintenance (MDS2 form, RMOT-2, note 3)"}, nil},
		{"the fixture without its form", false, func(p *content.Product) {}, []string{
			"| Who starts a session | Not stated |", indicator + "Not stated |", patient + "Yes |",
			telemetry + "Not stated", other + "Yes: software updates |",
		}, []string{"MDS2 form, RMOT-1."}},
		{"without the form, a fact not stated is not stated", false, func(p *content.Product) {
			p.RemoteService.PatientDataVisible, p.RemoteService.OtherFunctions = content.Unstated, nil
		}, []string{patient + "Not stated |", // DF-05 carries software to the analyzer: named beside "Not stated"
			other + "Not stated; data flow DF-05 carries software to the CA-600 analyzer over a network, which does not say whether that is a software update the manufacturer delivers remotely |"}, nil},
		{"an N/A in the form decides nothing", true, func(p *content.Product) {
			p.MDS2.Answers["RMOT-1.2"] = content.MDS2Answer{Answer: "na"}
			p.MDS2.Answers["RMOT-2"] = content.MDS2Answer{Answer: "see_note"}
		}, []string{indicator + "Not stated |", telemetry + "Not stated"}, nil},
		{"stated facts, beside the form", true, func(p *content.Product) {
			r := &p.RemoteService
			r.SessionIndicator, r.PatientDataVisible, r.Telemetry = content.False, content.False, content.True
			r.OtherFunctions = []string{"software_updates", "training"}
		}, []string{indicator + "No |", patient + "No |", telemetry + "Yes |", other + "Yes: software updates and training |"},
			[]string{"RMOT-1.2)", "RMOT-1.3)", "RMOT-2)", "RMOT-3)"}},
		{"no other function", true, func(p *content.Product) { p.RemoteService.OtherFunctions = []string{"none"} },
			[]string{other + "No |"}, nil},
		{"no remote service, but telemetry and updates", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{Offered: content.False, Telemetry: content.True, OtherFunctions: []string{"configuration"}}
			for _, id := range []string{"RMOT-1", "RMOT-2", "RMOT-3"} {
				p.MDS2.Answers[id] = content.MDS2Answer{}
			}
		}, []string{"Corvane Diagnostics, Inc. states that it offers no remote service connection to the device.",
			"| Other remote function | Answer |", telemetry + "Yes |", other + "Yes: configuration changes |"},
			[]string{"| On as shipped |", indicator}},
		{"no remote service, nothing else stated", true, func(p *content.Product) {
			p.RemoteService = content.RemoteService{Offered: content.False}
		}, nil, []string{"| Other remote function |", telemetry}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := analyzerCSD(t, tc.form, tc.edit)
			kindtest.SaysAll(t, "the CSD", md, tc.want...)
			if len(tc.lack) > 0 { // a case may forbid nothing
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}
