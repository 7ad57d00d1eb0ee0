package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPartLabelKeepsTheHostMakersName: the part column of the interface,
// port and data-store tables lower-cased the whole runs label, so
// hostedplugin's plug-in ran "on halvard medical's device" (host_maker =
// "Halvard Medical") in the CSD, the plan and the notice. Only the label's
// own first word is lower-cased now.
func TestPartLabelKeepsTheHostMakersName(t *testing.T) {
	read := buildFixture(t, "hostedplugin")
	for _, rel := range []string{"echomeasure/csd.md", "echomeasure/security-plan.md", "echomeasure/notices/eos-2.0.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "| EchoMeasure plug-in (on Halvard Medical's device) |")
		kindtest.SaysNoneBecause(t, rel, doc, "the host maker's name is a proper name", "halvard medical")
	}
	// Other labels still read inside the sentence's flow.
	kindtest.SaysAll(t, "monitoring csd.md", buildFixture(t, "monitoring")("sentinel-pm/csd.md"), "(hosted by the customer)")
}
