package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The watchecg fixture: one OTC consumer, a watch app and a phone app,
// ports = [] (REPORT-watchecg 1, 2, 4, 5, 7).
func TestWatchECGWording(t *testing.T) {
	// the fixture writes host_kinds = ["watch"] for the watch app; an
	// edit that changes nothing is refused, so this one adds a blank line
	files, res := buildFixtureEdited(t, "watchecg", "rhythmcheck.toml", func(s string) string {
		return strings.Replace(s, "host_kinds = [\"watch\"]\n", "host_kinds = [\"watch\"]\n\n", 1)
	})
	csd, plan := files["rhythmcheck/csd.md"], files["rhythmcheck/security-plan.md"]
	if csd == "" || plan == "" {
		t.Fatalf("no CSD or plan built: %d files", len(files))
	}
	// a watch app runs on a smartwatch, not "a phone, tablet or computer"
	kindtest.SaysAll(t, "csd.md", csd, "the RhythmCheck watch app, on a smartwatch the user owns")
	kindtest.SaysAll(t, "security-plan.md", plan, "the RhythmCheck watch app, on a smartwatch the user owns")
	// heading and body of 3.3 from the same test
	kindtest.SaysAll(t, "csd.md", csd, "### 3.3 Firewall rules\n")
	kindtest.SaysNone(t, "csd.md", csd, "Firewall rules for the parts on the user's home network")
	// a lone consumer is neither said to be a patient nor a caregiver
	kindtest.SaysAll(t, "csd.md", csd, "This document gives the people who use the RhythmCheck what")
	kindtest.SaysNone(t, "csd.md", csd, "patients and caregivers who use the RhythmCheck")
	// two displays, on two apps: no single device, no "its display"
	kindtest.SaysAll(t, "security-plan.md", plan, "None of the product's interfaces has a kind, as the product data give it, that makes it a connectivity feature; its displays are not connectivity features.")
	// the SIEM row stays true; check asks a consumer for no SIEM
	kindtest.SaysAll(t, "csd.md", csd, "| Security logging to a SIEM | No: no part of the product opens a network port or connects to one |")
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "[logging.siem]") {
			t.Errorf("a lone consumer's product is asked for a SIEM: %s", w)
		}
	}
}

// The watchecg fixture writes host_kinds = ["watch"] for its watch app:
// the documents name a smartwatch. With host_kinds unwritten they name
// no kind of device: the old default, "a phone, tablet or computer", was
// false of a watch app (REPORT-watchecg #1).
func TestHostKindsDefault(t *testing.T) {
	read := buildFixture(t, "watchecg")
	for _, doc := range []string{"rhythmcheck/csd.md", "rhythmcheck/security-plan.md"} {
		kindtest.SaysAll(t, doc, read(doc), "the RhythmCheck watch app, on a smartwatch the user owns")
		kindtest.SaysNone(t, doc, read(doc), "phone, tablet or computer")
	}
	files, _ := buildFixtureEdited(t, "watchecg", "rhythmcheck.toml", func(s string) string {
		return strings.Replace(s, "runs = \"customer_device\"\nhost_kinds = [\"watch\"]\n", "runs = \"customer_device\"\n", 1)
	})
	for _, doc := range []string{"rhythmcheck/csd.md", "rhythmcheck/security-plan.md"} {
		kindtest.SaysAll(t, doc, files[doc], "the RhythmCheck watch app, on a device the user owns")
		kindtest.SaysNone(t, doc, files[doc], "phone, tablet or computer", "smartwatch the user owns")
	}
}

// The rentalpump fixture: hospitals and organisations, home_use, one
// phone app for patients or caregivers, ports = [] (REPORT-rentalpump 3,
// 4, 8, 9).
func TestRentalPumpWording(t *testing.T) {
	get := buildFixture(t, "rentalpump")
	csd := get("nutriflo-r/csd.md")
	if csd == "" {
		t.Fatal("no CSD built")
	}
	kindtest.SaysAll(t, "csd.md", csd,
		"The customer provides the NutriFlo R pump to patients, who may use the Pellan NutriFlo R at home; the Pellan caregiver app runs on the patients' or caregivers' own phones.",
		"On a patient's or caregiver's own phone",
		"the interfaces it uses (it uses no network port)",
		"For the Pellan caregiver app, when the vendors of the platforms it runs on (an operating system, say) end their support is not stated")
	kindtest.SaysNone(t, "csd.md", csd,
		"Patients use the Pellan NutriFlo R at home; the customer provides it to them.",
		"On a patient's own phone",
		"the ports and interfaces it uses",
		"the device supports")
}
