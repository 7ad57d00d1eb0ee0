package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Cases for rules_hardware_na.go: MPII-2.8 and TXIG-2 are N/A for a
// product with no part on the device; DTBK-3, AUDT-2.7 and AUDT-5.1 only
// where it lists no removable_media interface or USB port either; DOC-11.2
// is No where DOC-11.4 is No and no part runs on the customer's own device.

// runsParts makes the product's parts, one per runs value, IDs a, b, c.
func runsParts(runs ...string) func(*world) {
	return func(w *world) {
		w.p.Parts = nil
		for i, r := range runs {
			id := string(rune('a' + i))
			w.p.Parts = append(w.p.Parts, content.Part{ID: id, Name: "Part " + id, Runs: content.PartRuns(r)})
		}
	}
}

func hardwareNARuleCases() []ruleCase {
	var cases []ruleCase
	for _, id := range []string{"MPII-2.8", "TXIG-2"} {
		cases = append(cases,
			ruleCase{id, "cloud service", runsParts("manufacturer_hosted"), naBy("parts", "the product has no hardware of its own, so the question does not apply")},
			ruleCase{id, "software on the hospital's server with a USB port", func(w *world) {
				runsParts("customer_hosted")(w)
				w.p.Interfaces = []content.Interface{partIface("usb", "usb", "a")}
			}, naBy("parts", "server or virtual machine it runs on")},
			ruleCase{id, "device with a cloud service", runsParts("device", "manufacturer_hosted"), decidesNothing},
			ruleCase{id, "no parts written (the device)", nil, decidesNothing},
		)
	}
	for _, id := range []string{"DTBK-3", "AUDT-2.7", "AUDT-5.1"} {
		cases = append(cases,
			ruleCase{id, "cloud service", runsParts("manufacturer_hosted"), naBy("parts", "it lists no removable-media interface or USB port")},
			ruleCase{id, "app on a phone and a cloud service", runsParts("customer_device", "manufacturer_hosted"), naBy("parts", "phone, tablet, computer, server or cloud machine it runs on are that host's")},
			// software on a hospital's computer may burn discs or write
			// to the host's USB drives: the manufacturer says
			ruleCase{id, "software on the hospital's server with a USB port", func(w *world) {
				runsParts("customer_hosted")(w)
				w.p.Interfaces = []content.Interface{partIface("usb", "usb", "a")}
			}, decidesNothing},
			ruleCase{id, "software on the hospital's server with a disc drive", func(w *world) {
				runsParts("customer_hosted")(w)
				w.p.Interfaces = []content.Interface{partIface("dvd", "removable_media", "a")}
			}, decidesNothing},
			ruleCase{id, "device alone", runsParts("device"), decidesNothing},
		)
	}
	cases = append(cases,
		ruleCase{"DOC-11.2", "cloud service", runsParts("manufacturer_hosted"), noBy("parts", "lists no part the customer hosts, and none runs on the customer's own device: the customer supplies no operating system for it")},
		ruleCase{"DOC-11.2", "cloud service and the hospital's identity provider", runsParts("manufacturer_hosted", "customer_infrastructure"), noBy("parts", "the customer supplies no operating system")},
		ruleCase{"DOC-11.2", "software the customer hosts", runsParts("customer_hosted", "manufacturer_hosted"), decidesNothing},
		ruleCase{"DOC-11.2", "app on the customer's phone", runsParts("customer_device", "manufacturer_hosted"), decidesNothing},
		ruleCase{"DOC-11.2", "device with a cloud service", runsParts("device", "manufacturer_hosted"), decidesNothing},
		ruleCase{"DOC-11.2", "no parts written", nil, decidesNothing},
	)
	return cases
}

// TestHardwareNAYields: the N/A of MPII-2.8, TXIG-2, DTBK-3, AUDT-2.7 and
// AUDT-5.1 yields to a hand No or See Note silently; a hand Yes stands
// with one warning; a hand N/A repeats the data (one warning: remove it).
// DOC-11.2's derived No does not yield: a hand Yes without a note is an
// error, as for DOC-11.4.
func TestHardwareNAYields(t *testing.T) {
	for _, id := range []string{"MPII-2.8", "TXIG-2", "DTBK-3", "AUDT-2.7", "AUDT-5.1"} {
		w := newWorld()
		runsParts("manufacturer_hosted")(w)
		rule, _ := derivationFor(id)
		d, ok := rule.derive(w.facts())
		if !ok || d.Answer != mds2.NA || !d.Yields || d.Denies != mds2.Yes {
			t.Fatalf("%s: want a yielding N/A that denies Yes, got %+v (%v)", id, d, ok)
		}
		for _, tc := range []struct {
			given    content.MDS2Answer
			warnings int
		}{
			{content.MDS2Answer{Answer: "no"}, 0},
			{content.MDS2Answer{Answer: "see_note", Note: 1}, 0},
			{content.MDS2Answer{Answer: "yes"}, 1},
			{content.MDS2Answer{Answer: "na", Reason: "No removable media"}, 1},
		} {
			r := newResolver(newWorld())
			row := r.resolve(yesNoQ(id), map[string]fact{id: d}, givens(giv(id, tc.given)), map[string]mds2.Answer{})
			want, _ := mds2.ParseAnswer(tc.given.Answer)
			if row.Answer != want || row.Basis != mds2.BasisAnswered {
				t.Errorf("%s = %s written: row %s (%s); the manufacturer's answer must stand", id, tc.given.Answer, row.Answer, row.Basis)
			}
			if len(r.diags) != tc.warnings {
				t.Errorf("%s = %s written: want %d warnings, got %v", id, tc.given.Answer, tc.warnings, r.diags)
			}
			for _, dg := range r.diags {
				if dg.Severity == content.Error {
					t.Errorf("%s = %s written: %s", id, tc.given.Answer, dg.Message)
				}
			}
		}
	}

	w := newWorld()
	runsParts("manufacturer_hosted")(w)
	rule, _ := derivationFor("DOC-11.2")
	d, ok := rule.derive(w.facts())
	if !ok || d.Answer != mds2.No || d.Yields {
		t.Fatalf("DOC-11.2: want a No that does not yield, got %+v (%v)", d, ok)
	}
	r := newResolver(newWorld())
	row := r.resolve(yesNoQ("DOC-11.2"), map[string]fact{"DOC-11.2": d}, givens(giv("DOC-11.2", content.MDS2Answer{Answer: "yes"})), map[string]mds2.Answer{})
	if row.Answer != mds2.No || len(r.diags) != 1 || r.diags[0].Severity != content.Error {
		t.Errorf("DOC-11.2 = yes written beside the derived No: row %s, diags %v; want the No and one error", row.Answer, r.diags)
	}
}
