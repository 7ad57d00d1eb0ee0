package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The serial-only analyzer (testdata/serialonly) reaches the hospital
// network only through the hospital's terminal server, a part of kind
// customer_infrastructure: the CSD's firewall section tells the hospital,
// which secures that part, what data go there and how they are protected
// in the data's own words, never "unencrypted" of its own.
func TestSerialOnlyInfrastructureData(t *testing.T) {
	const secures = "which is the hospital's own."
	t.Run("interfaces only", func(t *testing.T) {
		// No field links an interface to the terminal server: the
		// interface of the analyzer that carries PHI is named with its
		// security text.
		csd := buildFixture(t, "serialonly")("gx7/csd.md")
		kindtest.SaysAll(t, "serialonly CSD", csd,
			secures+" The GX-7 analyzer's RS-232 port (LIS) carries PHI and PII; its protection, as stated: None on the line: ASTM E1394 in plain text, with the protocol's frame checksums only.")
		// the display and the scanner (no PHI) are not such links
		kindtest.SaysNone(t, "serialonly CSD", csd, "Touchscreen carries", "Built-in barcode scanner carries", "unencrypted")
	})
	t.Run("security not stated", func(t *testing.T) {
		files, _ := buildFixtureEdited(t, "serialonly", "gx7.toml", kindtest.Replace(
			"security = \"None on the line: ASTM E1394 in plain text, with the protocol's frame checksums only.\"\n", ""))
		kindtest.SaysAll(t, "serialonly CSD", files["gx7/csd.md"],
			secures+" The GX-7 analyzer's RS-232 port (LIS) carries PHI and PII; how it is protected is not stated.")
		kindtest.SaysNone(t, "serialonly CSD", files["gx7/csd.md"], "unencrypted", "not encrypted")
	})
	t.Run("a data flow to the terminal server", func(t *testing.T) {
		// A flow that names the part says what crosses it.
		files, _ := buildFixtureEdited(t, "serialonly", "gx7.toml", func(s string) string {
			return s + `
[[data_flows]]
id = "F-LIS"
from = "analyzer"
to = "termserver"
interface = "rs232"
data = ["phi"]
protection = "Plain-text ASTM E1394 with frame checksums"
`
		})
		csd := files["gx7/csd.md"]
		kindtest.SaysAll(t, "serialonly CSD", csd,
			secures+" PHI goes from the GX-7 analyzer to the Hospital serial-to-Ethernet terminal server over the RS-232 port (LIS); its protection there, as stated: Plain-text ASTM E1394 with frame checksums.")
		kindtest.SaysNone(t, "serialonly CSD", csd, "RS-232 port (LIS) carries")
	})
}

// An undated penetration activity, the product's only one, is the
// penetration test the CSD dates below its table: the table's "Last run"
// gives that test's last day rather than "Not stated".
func TestSerialOnlyPenTestRunDate(t *testing.T) {
	csd := buildFixture(t, "serialonly")("gx7/csd.md")
	kindtest.SaysAll(t, "serialonly CSD", csd,
		"| Security test of the USB update path and sign-in (Penetration testing) | 2025-07-18 (the penetration test below) |",
		"Aldermoor's verification team, 7 July 2025 to 18 July 2025.")
	kindtest.SaysNone(t, "serialonly CSD", csd, "(Penetration testing) | Not stated |")

	// Two penetration activities: which one the test was is not stated.
	files, _ := buildFixtureEdited(t, "serialonly", "gx7.toml", kindtest.Replace("[verification.penetration_test]", `[[verification.activities]]
id = "VA-02"
kind = "penetration"
title = "Serial interface test"
method = "Malformed ASTM frames sent to the RS-232 port."
results = "No crash or misattributed result."

[verification.penetration_test]`))
	kindtest.SaysAll(t, "serialonly CSD", files["gx7/csd.md"],
		"| Security test of the USB update path and sign-in (Penetration testing) | Not stated |",
		"| Serial interface test (Penetration testing) | Not stated |")
}

// A part that runs on the device is hardware the manufacturer supplies:
// with samd unstated the plan says so, and that the product is therefore
// not software only, as the MDS2 derives DOC-11 No from the same part
// (mds2form softwareOnly); samd = true beside such a part (a kiosk app
// on a tablet the manufacturer supplies) keeps its own wording.
func TestSerialOnlySaMDSentence(t *testing.T) {
	plan := buildFixture(t, "serialonly")("gx7/security-plan.md")
	kindtest.SaysAll(t, "serialonly plan", plan,
		"The product is not software only: it includes hardware Aldermoor Diagnostics Inc. supplies (the GX-7 analyzer). This plan covers the software of every model listed below, wherever it runs: the GX-7 analyzer, the product's own hardware.")
	kindtest.SaysNone(t, "serialonly plan", plan, "Whether the product is software as a medical device (SaMD) is not stated")
}
