package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestSAHDHostQuestions (rules_sahd_host.go): SAHD-11, SAHD-12 and SAHD-15
// are N/A, from parts, for a product none of whose parts runs on the
// device (an app on a phone, software on the hospital's server, a cloud
// service), and decide nothing for one with a part on the device. The
// N/A yields: a No or a See Note with a note written by hand stands
// silently, a Yes stands with one warning.
func TestSAHDHostQuestions(t *testing.T) {
	parts := func(runs ...string) func(*world) {
		return func(w *world) {
			w.p.Parts = nil
			for i, r := range runs {
				id := string(rune('a' + i))
				w.p.Parts = append(w.p.Parts, content.Part{ID: id, Name: "Part " + id, Runs: content.PartRuns(r)})
			}
		}
	}
	for _, id := range []string{"SAHD-11", "SAHD-12", "SAHD-15"} {
		for _, c := range []struct {
			name  string
			setup func(*world)
			want  mds2.Answer // Unanswered: decides nothing
		}{
			{"app on a phone", parts("customer_device", "manufacturer_hosted"), mds2.NA},
			{"software on the hospital's server", parts("customer_hosted", "customer_infrastructure"), mds2.NA},
			{"cloud service", parts("manufacturer_hosted"), mds2.NA},
			{"device alone", parts("device"), mds2.Unanswered},
			{"device with an app and a server", parts("device", "customer_device", "customer_hosted"), mds2.Unanswered},
			{"no parts written (the device)", func(*world) {}, mds2.Unanswered},
		} {
			w := newWorld()
			c.setup(w)
			rule, ok := derivationFor(id)
			if !ok {
				t.Fatalf("%s has no derivation", id)
			}
			d, ok := rule.derive(w.facts())
			if d.Answer != c.want || ok != (c.want != mds2.Unanswered) {
				t.Errorf("%s: %s = %s (%v, %s), want %s", c.name, id, d.Answer, ok, d, c.want)
				continue
			}
			if !ok {
				continue
			}
			if !d.Yields || d.Denies != mds2.Yes || d.Path != "parts" {
				t.Errorf("%s: %s N/A must come from parts, yield and deny Yes: %+v", c.name, id, d)
			}
			for _, given := range []content.MDS2Answer{{Answer: "no"}, {Answer: "see_note", Note: 1}, {Answer: "yes"}} {
				r := newResolver(newWorld())
				row := r.resolve(yesNoQ(id), map[string]fact{id: d}, givens(giv(id, given)), map[string]mds2.Answer{})
				want, _ := mds2.ParseAnswer(given.Answer)
				if row.Answer != want || row.Basis != mds2.BasisAnswered {
					t.Errorf("%s: %s = %s written: row %s (%s); the manufacturer's answer must stand", c.name, id, given.Answer, row.Answer, row.Basis)
				}
				wantWarnings := 0
				if given.Answer == "yes" {
					wantWarnings = 1
				}
				if len(r.diags) != wantWarnings {
					t.Errorf("%s: %s = %s written: want %d warnings, got %v", c.name, id, given.Answer, wantWarnings, r.diags)
				}
				for _, dg := range r.diags {
					if dg.Severity == content.Error {
						t.Errorf("%s: %s = %s written: %s", c.name, id, given.Answer, dg.Message)
					}
				}
			}
		}
	}
}

// sahdHostRuleCases register SAHD-11, SAHD-12 and SAHD-15 with the
// table of every rule (TestDerivationRules, TestEveryRuleHasCases).
func sahdHostRuleCases() []ruleCase {
	onHosts := func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "srv", Name: "Server", Runs: "customer_hosted"}}
	}
	withDevice := func(w *world) {
		onHosts(w)
		w.p.Parts = append(w.p.Parts, content.Part{ID: "dev", Name: "Device", Runs: "device"})
	}
	var cases []ruleCase
	for _, id := range []string{"SAHD-11", "SAHD-12", "SAHD-15"} {
		cases = append(cases,
			ruleCase{id, "an app and a server on the customer's machines", onHosts, outcome{decided: true, answer: mds2.NA, path: "parts", says: "the product has no hardware of its own, so the question does not apply"}},
			ruleCase{id, "the same beside a part on the device", withDevice, decidesNothing})
	}
	return cases
}

// TestSAHDHostNamesTheHosts: the N/A's reason names the machines the
// product runs on, from its parts, and who controls them: their owner,
// or, for a plug-in on another manufacturer's medical device
// (parts.host_maker), that device's maker or owner; it said "the phone,
// computer, server or cloud machine … that machine's owner" of every
// product, a plug-in on an ultrasound system included.
func TestSAHDHostNamesTheHosts(t *testing.T) {
	for _, c := range []struct {
		name  string
		parts []content.Part
		want  string
	}{
		{"phone app", []content.Part{{ID: "app", Runs: "customer_device", HostKinds: []string{"phone"}}},
			"the start-up and boot media are those of the phone it runs on, and that machine's owner controls them"},
		{"app on any device, with a cloud", []content.Part{{ID: "app", Runs: "customer_device"}, {ID: "sync", Runs: "manufacturer_hosted"}},
			"those of the phone, tablet, computer, server or cloud machine it runs on, and that machine's owner controls them"},
		{"hospital server", []content.Part{{ID: "srv", Runs: "customer_hosted"}},
			"those of the server or virtual machine it runs on, and that machine's owner controls them"},
		{"plug-in on another maker's device", []content.Part{{ID: "plugin", Runs: "customer_device", HostMaker: "Halvard Medical"}, {ID: "t", Runs: "manufacturer_hosted"}},
			"those of the Halvard Medical device, server or cloud machine it runs on, and that machine's maker or owner controls them"},
	} {
		w := newWorld()
		w.p.Parts = c.parts
		rule, _ := derivationFor("SAHD-11")
		if d, ok := rule.derive(w.facts()); !ok || !strings.Contains(d.Says, c.want) {
			t.Errorf("%s: SAHD-11 says %q (%v); want it to say %q", c.name, d.Says, ok, c.want)
		}
	}
}
