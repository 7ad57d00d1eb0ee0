package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Cases for the answers of a device that joins no network
// (rules_nonet.go): each rule in both directions, on a stand-alone device
// with a USB service port and a screen, and on the same device with each
// fact that puts it on a network, or leaves that open.

func naBy(path, says string) outcome {
	return outcome{decided: true, answer: mds2.NA, path: path, says: says}
}

// standalone is a device that joins no network: ports and interfaces
// written, a USB service port and a screen.
func standalone(w *world) {
	w.states("ports", "interfaces")
	w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs", "software"), iface("screen", "display", "phi")}
}

// nonetRules are the rules that answer for a device that joins no
// network, with the answer and part of what the fact says.
var nonetRules = []struct {
	id     string
	answer mds2.Answer
	says   string
}{
	{"MPII-3.7", mds2.No, "it sends no PII over a network outside the customer's"},
	{"AUDT-5.2", mds2.No, "it cannot send audit logs to a SIEM by IHE ATNA"},
	{"AUTH-1.1", mds2.No, "it reaches no directory or federation service"},
	{"NAUT-2", mds2.NA, "there is no network access for a firewall or an allow-list to control"},
	{"NAUT-2.1", mds2.NA, "it has no firewall rules to document"},
	{"NAUT-3", mds2.NA, "it has no network connection to authenticate with certificates"},
	{"PAUT-2", mds2.No, "it reaches no external service"},
	{"SAHD-7", mds2.NA, "it offers no shared resource, such as a file share, on a network"},
	{"SAHD-13", mds2.NA, "there is nothing of it to scan on the customer's network"},
}

func nonetRuleCases() []ruleCase {
	var cases []ruleCase
	for _, r := range nonetRules {
		decided := outcome{decided: true, answer: r.answer, path: "ports", says: "the device joins no network, so " + r.says}
		cases = append(cases,
			ruleCase{r.id, "stand-alone device with a USB port", standalone, decided},
			ruleCase{r.id, "an internal Ethernet link between its boards", func(w *world) {
				standalone(w)
				w.p.Interfaces = append(w.p.Interfaces, internal(iface("eth", "ethernet")))
			}, decided},
			ruleCase{r.id, "an NFC reader", func(w *world) {
				standalone(w)
				w.p.Interfaces = append(w.p.Interfaces, iface("nfc", "nfc", "credentials"))
			}, decided},
			ruleCase{r.id, "only a screen and a card slot", func(w *world) {
				w.states("ports", "interfaces")
				w.p.Interfaces = []content.Interface{iface("screen", "display", "phi"), iface("sd", "removable_media", "phi")}
			}, decided},
			// The other direction: a network, or nothing said about one.
			ruleCase{r.id, "ports not written", func(w *world) {
				w.states("interfaces")
				w.p.Interfaces = []content.Interface{iface("usb", "usb", "logs"), iface("screen", "display", "phi")}
			}, decidesNothing},
			ruleCase{r.id, "interfaces not written", func(w *world) { w.states("ports") }, decidesNothing},
			ruleCase{r.id, "a Wi-Fi interface", func(w *world) {
				standalone(w)
				w.p.Interfaces = append(w.p.Interfaces, iface("wifi", "wifi", "configuration"))
			}, decidesNothing},
			ruleCase{r.id, "a port on the USB interface", func(w *world) {
				standalone(w)
				w.p.Ports = []content.Port{port(8080, "tcp", "in", "usb")}
			}, decidesNothing},
			ruleCase{r.id, "an interface of kind other, perhaps a radio network", func(w *world) {
				standalone(w)
				w.p.Interfaces = append(w.p.Interfaces, iface("zb", "other", "configuration"))
			}, decidesNothing},
			ruleCase{r.id, "an app on the customer's phones", func(w *world) {
				standalone(w)
				w.p.Parts = []content.Part{{ID: "dev", Name: "Device", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}}
			}, decidesNothing},
		)
	}
	directory := func(w *world) {
		standalone(w)
		w.p.Accounts = []content.Account{{Role: "Clinician", SignIn: []content.SignIn{"local", "directory"}}}
	}
	local := func(w *world) {
		standalone(w)
		w.p.Accounts = []content.Account{{Role: "Clinician", SignIn: []content.SignIn{"local"}}}
	}
	cloud := func(w *world) {
		standalone(w)
		w.p.Cloud.Services = []content.CloudService{{Name: "Portal", Data: dataKinds([]string{"configuration"})}}
	}
	cases = append(cases,
		// CONN-2: no port list, because there is no port, not because
		// one is withheld; with a radio, N/A where the CSD says it uses
		// no port, else No (rules_conn_test.go).
		ruleCase{"CONN-2", "stand-alone device with a USB port", standalone, naBy("ports", "the device joins no network, so it uses no network port and there is no port list to provide")},
		ruleCase{"CONN-2", "stand-alone device whose CSD is built", func(w *world) {
			standalone(w)
			w.p.Documents.Build = []string{"csd", "mds2"}
		}, naBy("ports", "(the customer security documentation says it uses none)")},
		ruleCase{"CONN-2", "a Wi-Fi interface beside ports = []", func(w *world) {
			standalone(w)
			w.p.Interfaces = append(w.p.Interfaces, iface("wifi", "wifi"))
		}, naBy("ports", "is written empty: it uses no network port, so there is no port list to provide (the customer security documentation says it uses none)")},
		ruleCase{"CONN-2", "a Wi-Fi interface beside ports = [], no CSD built", func(w *world) {
			standalone(w)
			w.p.Interfaces = append(w.p.Interfaces, iface("wifi", "wifi"))
			w.p.Documents.Build = []string{"mds2"}
		}, noBy("ports", "lists no network port, so the documents publish no port list")},
		// An account that signs in through a directory says the device
		// reaches one, whatever else the data leave out (rule_directory_port
		// warns where no port says how).
		ruleCase{"PAUT-2", "an account signing in through the customer's directory", directory, yesBy("accounts[0].sign_in", "lists directory for Clinician")},
		ruleCase{"AUTH-1.1", "an account signing in through the customer's directory", directory, yesBy("accounts[0].sign_in", "lists directory for Clinician")},
		ruleCase{"PAUT-2", "accounts that sign in locally", local, noBy("ports", "it reaches no external service")},
		ruleCase{"AUTH-1.1", "accounts that sign in locally", local, noBy("ports", "it reaches no directory")},
		// A cloud service the device reaches some way the data does not
		// describe (a computer on its USB port).
		ruleCase{"MPII-3.7", "a cloud service listed", cloud, decidesNothing},
	)
	return cases
}

// TestNoNetworkAnswersYield: the manufacturer's own answer to a question
// derived for a device that joins no network stands, with or without a
// note. One the facts do not contradict (No where N/A is derived, as
// NEMA's own example answers what does not apply) is printed silently;
// one they contradict (a firewall on a device with no network) is printed
// too, and check warns, naming the facts.
func TestNoNetworkAnswersYield(t *testing.T) {
	type rule struct {
		id    string
		setup func(*world)
	}
	var rules []rule
	for _, r := range nonetRules {
		rules = append(rules, rule{r.id, standalone})
	}
	for _, r := range linkRules {
		rules = append(rules, rule{r.id, mediaOnly})
	}
	for _, r := range rules {
		w := newWorld()
		r.setup(w)
		rule, _ := derivationFor(r.id)
		d, ok := rule.derive(w.facts())
		if !ok || !d.Yields || d.Denies == mds2.Unanswered {
			t.Fatalf("%s: derived %+v, %v; want an answer that yields and says what contradicts it", r.id, d, ok)
		}
		for _, a := range []mds2.Answer{mds2.Yes, mds2.No, mds2.NA, mds2.SeeNote} {
			if a == d.Answer {
				continue
			}
			for _, note := range []int{0, 1} {
				name := r.id + "/" + a.String()
				if note != 0 {
					name += " with a note"
				}
				t.Run(name, func(t *testing.T) {
					res := newResolver(newWorld())
					row := res.resolve(yesNoQ(r.id), map[string]fact{r.id: d},
						givens(giv(r.id, content.MDS2Answer{Answer: strings.ToLower(strings.ReplaceAll(a.String(), " ", "_")), Note: note})), map[string]mds2.Answer{})
					if row.Answer != a || row.Basis != mds2.BasisAnswered {
						t.Errorf("answer %s (%s), want the %s given", row.Answer, row.Basis, a)
					}
					var warnings, errors []string
					for _, dg := range res.diags {
						if dg.Severity == content.Error {
							errors = append(errors, dg.Message)
						} else if !strings.Contains(dg.Message, "needs a note") {
							warnings = append(warnings, dg.Message)
						}
					}
					if a == mds2.SeeNote && note == 0 {
						return // an error for the missing note, not for the answer
					}
					if len(errors) != 0 {
						t.Errorf("errors %v; the manufacturer's answer must stand", errors)
					}
					switch {
					case a != d.Denies && len(warnings) != 0:
						t.Errorf("%s where the facts give %s contradicts nothing: want no warning, got %v", a, d.Answer, warnings)
					case a == d.Denies && (len(warnings) != 1 || !strings.Contains(warnings[0], d.Path) || !strings.Contains(warnings[0], d.Says)):
						t.Errorf("%s contradicts the facts: want one warning naming them, got %v", a, warnings)
					case a == d.Denies && note != 0 && (!row.Overrides() || !strings.Contains(warnings[0], "overrides")):
						t.Errorf("with a note: want the row and the warning to say it overrides the data; row %+v, %v", row, warnings)
					case a == d.Denies && note == 0 && row.Overrides():
						t.Errorf("without a note the row must not claim a note explains it: %+v", row)
					}
				})
			}
		}
	}
}

// TestNoNetworkPortListYields: CONN-2's N/A for a device that joins no
// network yields to any answer, and no answer contradicts it (a Yes says
// the empty list is published; a No, that there is none to publish).
func TestNoNetworkPortListYields(t *testing.T) {
	w := newWorld()
	standalone(w)
	rule, _ := derivationFor("CONN-2")
	d, ok := rule.derive(w.facts())
	if !ok || d.Answer != mds2.NA || !d.Yields || d.Denies != mds2.Unanswered {
		t.Fatalf("CONN-2 derived %+v, %v; want N/A that yields and that no answer contradicts", d, ok)
	}
	for _, a := range []string{"yes", "no"} {
		r := newResolver(newWorld())
		row := r.resolve(yesNoQ("CONN-2"), map[string]fact{"CONN-2": d}, givens(giv("CONN-2", content.MDS2Answer{Answer: a})), map[string]mds2.Answer{})
		if want, _ := mds2.ParseAnswer(a); row.Answer != want || row.Basis != mds2.BasisAnswered || len(r.diags) != 0 {
			t.Errorf("CONN-2 = %s: row %+v, diagnostics %v; want the answer given, silently", a, row, r.diags)
		}
	}
}

// TestNoNetworkLeavesLinksOpen: the questions about other systems a
// stand-alone device exchanges data with (CONN-3, CONN-5, NAUT-1, TXCF-4,
// AUTH-4, AUDT-2.8.2) are not derived from its joining no network, since
// its USB port may still reach a computer or carry an API; check's
// warning for a missing answer (the form says "Not stated") says so,
// naming the port. A device that joins a
// network, or one whose only links are a screen and a card slot, gets no
// such hint (nothing is said that its facts do not support).
func TestNoNetworkLeavesLinksOpen(t *testing.T) {
	for _, id := range []string{"CONN-3", "CONN-5", "NAUT-1", "TXCF-4", "AUTH-4", "AUDT-2.8.2"} {
		w := newWorld()
		standalone(w)
		if rule, ok := derivationFor(id); ok {
			if d, decided := rule.derive(w.facts()); decided {
				t.Errorf("%s derived %s (%s) for a device whose USB port may reach another system", id, d.Answer, d)
			}
		}
		for name, setup := range map[string]func(*world){
			"stand-alone": standalone,
			"Wi-Fi":       func(w *world) { standalone(w); w.p.Interfaces = append(w.p.Interfaces, iface("wifi", "wifi")) },
			"no link at all": func(w *world) {
				w.states("ports", "interfaces")
				w.p.Interfaces = []content.Interface{iface("sd", "removable_media")}
			},
		} {
			w := newWorld()
			setup(w)
			r := newResolver(w)
			r.resolve(yesNoQ(id), map[string]fact{}, map[string]given{}, map[string]mds2.Answer{})
			if len(r.diags) != 1 || r.diags[0].Severity != content.Warning {
				t.Fatalf("%s, %s: want one warning for the missing answer, got %v", id, name, r.diags)
			}
			msg := r.diags[0].Message
			if !strings.HasSuffix(msg, `; the form says "Not stated"`) {
				t.Errorf("%s, %s: the warning does not say the form says \"Not stated\": %q", id, name, msg)
			}
			hinted := strings.Contains(msg, "the device joins no network, but its interface usb (USB) may still")
			if hinted != (name == "stand-alone") {
				t.Errorf("%s, %s: hint %v in %q", id, name, hinted, msg)
			}
		}
	}
}
