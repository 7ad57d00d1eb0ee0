package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWebcalcEndOfSupportServiceOffers: webcalc's only cloud service is
// the CDN that serves the calculator's files (data = software alone), its
// required not written. At end of support it may stop offering the old
// version; "stop accepting a version" described a back end that installed
// versions connect to. A service with patient data keeps that wording.
func TestWebcalcEndOfSupportServiceOffers(t *testing.T) {
	read := buildFixture(t, "webcalc")
	const offers = "whether the product needs the Paedidose CDN, and whether it keeps offering a version whose support has ended, are not stated."
	for _, doc := range []string{"paedidose/lifecycle.md", "paedidose/security-plan.md"} {
		kindtest.SaysAll(t, doc, read(doc), offers)
		kindtest.SaysNone(t, doc, read(doc), "stop accepting")
	}
	backEnd := kindtest.Replace(`data = ["software"]
endpoints = ["paedidose.fenwick-clinical.example"]`, `data = ["phi"]
endpoints = ["paedidose.fenwick-clinical.example"]`)
	// With PHI sent, TXCF-1 to TXCF-3 are no longer derived N/A, nor are
	// the questions only a product without PII leaves open (MPII-1 No).
	answerTXCF := kindtest.Replace(`"TXCF-2.1" =`, `"TXCF-1" = { note = 8 }
"TXCF-2" = { note = 8 }
"TXCF-3" = { note = 8 }
"DIDT-1" = { note = 8 }
"EMRG-1" = { note = 8 }
"AUDT-1.2" = { note = 8 }
"TXCF-2.1" =`)
	files, _ := buildFixtureEdited(t, "webcalc", "paedidose.toml", func(s string) string { return answerTXCF(backEnd(s)) })
	kindtest.SaysAll(t, "lifecycle, service with PHI", files["paedidose/lifecycle.md"],
		"whether the product needs the Paedidose CDN, and whether it keeps accepting a version whose support has ended, are not stated.")
}

// TestWebcalcPlanSparseWording: the plan's remote-service paragraph
// points to the note of an RMOT-3 answered "see_note" (it had fallen
// through to "not stated"); the authentication and authorization
// categories of a product with accounts = [] say it has none (not "yet");
// lifecycle.md does not say lifecycle.json holds the supplier support of
// a component whose support is not stated.
func TestWebcalcPlanSparseWording(t *testing.T) {
	read := buildFixture(t, "webcalc")
	plan, life := read("paedidose/security-plan.md"), read("paedidose/lifecycle.md")
	kindtest.SaysAll(t, "plan", plan, "For whether the Fenwick Paedidose supports other remote functions, the MDS2 form refers RMOT-3 to its note 12.")
	kindtest.SaysNone(t, "plan", plan, "does anything else with the Fenwick Paedidose over a network")
	none := "None recorded. The product has no user or service accounts, and no control is assigned to this category."
	if n := strings.Count(plan, none); n != 2 {
		t.Errorf("plan says %q %d times, want 2 (7.1 and 7.2)", none, n)
	}
	kindtest.SaysAll(t, "lifecycle", life, "the name and version of the one component of version `3.4` that Fenwick Clinical Software Ltd lists (its supplier support is not stated), for")
	kindtest.SaysNone(t, "lifecycle", life, "the supplier support of the one component")

	// With an account, 7.1 is a category with no control yet; with
	// chartlite 2.2.0's support stated, the file holds it.
	edit := func(s string) string {
		s = kindtest.Replace("[mds2.answers]\n", "[mds2.answers]\n\"PAUT-14\" = { note = 1 }\n\"PAUT-14.1\" = { note = 1 }\n")(s)
		s = kindtest.Replace("accounts = []\n", "")(s) + "\n[[accounts]]\nrole = \"Clinician\"\nkind = \"user\"\nauthentication = \"Not stated\"\nprivileges = \"Uses the calculator.\"\nprovisioning = \"Not stated\"\n"
		return kindtest.Replace("version = \"2.2.0\"\ntype = \"library\"\n", "version = \"2.2.0\"\ntype = \"library\"\nsupport = \"maintained\"\njustification = \"The maintainers publish no end of support.\"\n")(s)
	}
	files, _ := buildFixtureEdited(t, "webcalc", "paedidose.toml", edit)
	kindtest.SaysAll(t, "plan with an account", files["paedidose/security-plan.md"], "### 7.1 Authentication\n\nNone recorded. No control is assigned to this category.")
	kindtest.SaysAll(t, "lifecycle with support", files["paedidose/lifecycle.md"], "the supplier support of the one component of version `3.4` that Fenwick Clinical Software Ltd annotates")
}

// TestWebcalcWarnsOlderVersionAndFixVersion: check names chartlite 2.1.0
// of version 3.3 (supported until 2027-01-31), not only the current
// version's chartlite 2.2.0. fixed_in = "3.4", a supported version with
// no entry of its own, gives 3.4 a fixed statement (its CSD lists it as
// fixed), so check no longer warns that the VEX and CSAF files say
// nothing of 3.4. The warning goes once the data state the support, and
// an entry stated for 3.4 replaces the derived statement.
func TestWebcalcWarnsOlderVersionAndFixVersion(t *testing.T) {
	files, warns := warningsOf(t, "webcalc", "paedidose.toml", unedited)
	older := "components[0]: version 3.3: 1 component has no support level and no justification (chartlite 2.1.0)"
	kindtest.SaysAll(t, "warnings", warns, older)
	kindtest.SaysNone(t, "warnings", warns, "fixed_in names version 3.4")
	kindtest.SaysAll(t, "csd", files["paedidose/csd.md"], "| CVE-2026-41877: Cross-site scripting in chartlite tooltip labels | chartlite 2.2.0 | Fixed |")

	stated := func(s string) string {
		s = kindtest.Replace("version = \"2.1.0\"\ntype = \"library\"\n", "version = \"2.1.0\"\ntype = \"library\"\njustification = \"The maintainers publish no end of support.\"\n")(s)
		return s + `
[[vulnerabilities]]
id = "CVE-2026-41877"
title = "Cross-site scripting in chartlite tooltip labels"
components = [{ name = "chartlite", version = "2.2.0" }]
versions = ["3.4"]
status = "fixed"
cvss = "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:N/I:L/A:N"
fixed_in = "3.4"
discovered = 2026-03-10
disclosed = 2026-03-24
fixed = 2026-05-02
`
	}
	_, warns = warningsOf(t, "webcalc", "paedidose.toml", stated)
	kindtest.SaysNone(t, "warnings, stated", warns, "version 3.3: 1 component", "fixed_in names version 3.4")
}

// TestPsgsleepViewsWithoutFlows: psgsleep writes no data_flows; the
// multi-patient harm and updatability warnings said "no data flow
// carries … software" as if of the product, whose USB interfaces carry
// software. They now say no flows are listed, and the updatability one
// names those interfaces. The network interface of SomnoScore, on the
// lab's own PC, is named, not called "Ethernet" as if the product had
// that port.
func TestPsgsleepViewsWithoutFlows(t *testing.T) {
	files, warns := warningsOf(t, "psgsleep", "somnotrack.toml", unedited)
	kindtest.SaysAll(t, "warnings", warns,
		"the multi-patient harm view is left out: the product lists no data flows (data_flows)",
		`the updatability and patchability view is left out: the product lists no data flows (data_flows); the interfaces "USB-C port" and "USB port of the lab PC" carry software: write the data flows that use them`)
	kindtest.SaysNone(t, "warnings", warns, "no data flow carries software")
	csd := files["somnotrack/csd.md"]
	kindtest.SaysAll(t, "csd", csd, "USB port of the lab PC, Network connection of the lab PC (whether each of these 2 is on is not stated)", "HL7 v2 (ORU) (Network connection of the lab PC)")
	kindtest.SaysNone(t, "csd", csd, "Ethernet (whether it is on is not stated)", "(Ethernet)")
}

// TestSmartbedUSBDriveSoftwareFlowWarns: DF-04 carries firmware from a
// service USB drive (physical zone) to every bed it is carried to, and
// no threat's path reaches it at its sender: check warns, as for any
// other sender that reaches many devices.
func TestSmartbedUSBDriveSoftwareFlowWarns(t *testing.T) {
	_, warns := warningsOf(t, "smartbed", "corva.toml", unedited)
	kindtest.SaysAll(t, "warnings", warns, `flow DF-04 (Service USB drive → Corva bed controller, every version) carries software across a trust boundary (physical access → on the device) into the device, but no threat's path reaches it at its sender`)
}
