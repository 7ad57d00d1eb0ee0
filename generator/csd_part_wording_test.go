package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestHolterCSDPartWording: the holter fixture's analysis software runs on
// the hospital's own Windows PCs (customer_device, host_kinds =
// ["computer"]) and sends to the hospital's EHR interface engine, a
// customer_infrastructure part. The CSD said "On the customer's own
// device" and "the device's operating system" (the device being the
// Holter system in these documents), called the engine a part of the
// product, and named it with no article before a lower-case last word;
// and check asked for a directory port for the clinicians' Windows
// sign-in, which is the PC's own traffic.
func TestHolterCSDPartWording(t *testing.T) {
	read := buildFixture(t, "holter")
	for _, rel := range []string{"rhythmtrace/csd.md", "rhythmtrace/3.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| RhythmTrace Analyst | On the customer's own computer | The customer keeps the computer's operating system up to date;",
			"Who is responsible for each part of the product, and for the hospital's own systems it relies on:",
			"Rule 1 names the Hospital EHR interface engine, part of the hospital's own infrastructure")
		kindtest.SaysNone(t, rel, csd, "the device's operating system", "On the customer's own device", "Who is responsible for each part of the product:")
	}
	const warning = `account "Clinician" signs in through the customer's directory, but no port reaches one`
	if got := fixtureCheck(t, "holter", "rhythmtrace.toml", nil); strings.Contains(got, warning) {
		t.Errorf("check warns about the PC's own directory sign-in:\n%s", got)
	}
}

// TestFHIRAPIHostedAccessTakesItsArticle: "SepsiScore cloud service" ends
// in a lower-case word, so mid-sentence it takes "the" (parts.article).
func TestFHIRAPIHostedAccessTakesItsArticle(t *testing.T) {
	csd := buildFixture(t, "fhirapi")("sepsiscore/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "own access to the SepsiScore cloud service, which it runs itself.")
	// No customer_infrastructure part: the lead-in is unchanged.
	kindtest.SaysAll(t, "csd.md", csd, "Who is responsible for each part of the product:\n")
}
