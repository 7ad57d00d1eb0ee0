package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestFlowWithoutListedDataRTLS: the Wayfind tags broadcast only their
// tag ID, none of the data kinds (data = []). The flow is listed, and its
// data are "None of the listed data kinds" in the CSD's and the plan's
// tables and in the drawing's text alternative, never "Not stated" or
// blank; it adds no PHI or PII to the MDS2 form's account of the tags.
func TestFlowWithoutListedDataRTLS(t *testing.T) {
	files := buildFixture(t, "rtls")
	row := "| DF-01 | Wayfind tags | Wayfind gateways | None of the listed data kinds | Tag Bluetooth LE radio | Bluetooth LE advertising; whether it is paired or encrypted is not stated. |"
	kindtest.SaysAll(t, "csd.md", files("wayfind/csd.md"), row)
	plan := files("wayfind/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, row, "DF-01: Wayfind tags to Wayfind gateways (None of the listed data kinds).")
	kindtest.SaysNone(t, "security-plan.md", plan, "DF-01 | Wayfind tags | Wayfind gateways |  |", "DF-01 | Wayfind tags | Wayfind gateways | Not stated |", "Wayfind gateways ().")
	kindtest.SaysAll(t, "global-system.svg", files("wayfind/views/global-system.svg"), "DF-01: Wayfind tags to Wayfind gateways (None of the listed data kinds).")
	kindtest.SaysNone(t, "mds2.md", files("wayfind/mds2.md"), "(DF-01) carries PHI or PII")
}

// TestMeasurementsLabelPathscanner: the de-identified image tiles sent to
// Quanta Dx (measurements) keep no name or record number; the label says
// that, not "no identifiers" of data a study or tag ID may key, and names
// images. A flow of none of the kinds reads so in the risk report too.
func TestMeasurementsLabelPathscanner(t *testing.T) {
	files, _ := buildFixtureEdited(t, "pathscanner", "cyrion.toml", kindtest.Replace(`to = "Quanta Dx cloud service"
data = ["measurements"]`, `to = "Quanta Dx cloud service"
data = []`))
	const label = "Patient measurements or recordings (no name or record number)"
	read := buildFixture(t, "pathscanner")
	for _, doc := range []string{"csd.md", "security-plan.md", "risk-report.md"} {
		text := read("cyrion/" + doc)
		kindtest.SaysAll(t, doc, text, "| DF-05 | Cyrion image management server | Quanta Dx cloud service | "+label+" |")
		kindtest.SaysNone(t, doc, text, "no identifiers")
	}
	kindtest.SaysAll(t, "risk-report.md", files["cyrion/risk-report.md"], "| DF-05 | Cyrion image management server | Quanta Dx cloud service | None of the listed data kinds |")
	kindtest.SaysAll(t, "csd.md", files["cyrion/csd.md"], "DF-05 (None of the listed data kinds) to Quanta Dx cloud service", "- DF-05: None of the listed data kinds from ")
}
