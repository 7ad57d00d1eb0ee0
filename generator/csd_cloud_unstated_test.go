package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDCloudSectionWithoutStatement: a product with no [cloud] used to
// print "Not stated." in 15.1 while the key facts, linking to it, answered
// "Needs the internet or a cloud service: No" from the MDS2 form's CONN-6,
// and said nothing of the service the manufacturer hosts outside the
// hospital network. The section now says that no summary is given, repeats
// the CONN-6 answer the key facts cite (only where the form gives one),
// and names the parts the manufacturer hosts (only where there are some).
func TestCSDCloudSectionWithoutStatement(t *testing.T) {
	const head = "### 15.1 Cloud and internet dependencies\n\n"
	analyzer := buildFixture(t, "analyzer")("corvane-ca600/csd.md")
	kindtest.SaysAll(t, "analyzer csd.md", analyzer,
		"| Needs the internet or a cloud service | Not for its intended use; some of it is hosted by the manufacturer: Corvane Remote Service Center | MDS2 form, CONN-6.",
		head+"Corvane Diagnostics, Inc. gives no summary of what the device needs from outside the hospital network. The MDS2 form answers that the device does not need an Internet connection for its intended use (CONN-6). Hosted by Corvane Diagnostics, Inc. outside the hospital network: Corvane Remote Service Center (its ports are in [3.2 Network ports](#3-2-network-ports)).")
	// CONN-6 asks only about the intended use: a bare "No" beside a
	// service the manufacturer hosts would deny the internet it reaches.
	kindtest.SaysNoneBecause(t, "analyzer csd.md", analyzer, "the key facts answer from CONN-6", head+"Not stated.", "| Needs the internet or a cloud service | No |")

	// Without the MDS2 form the section cites no answer of it, and the key
	// fact, which nothing decides, says so and names the part the
	// manufacturer hosts and the flows that reach it.
	files, _ := buildFixtureEdited(t, "analyzer", "corvane-ca600.toml", kindtest.Replace("\"csd\", \"mds2\", ", "\"csd\", "))
	csd := files["corvane-ca600/csd.md"]
	kindtest.SaysAll(t, "analyzer csd.md without the MDS2 form", csd,
		"| Needs the internet or a cloud service | Not stated whether needed; some of it is hosted by the manufacturer: Corvane Remote Service Center (data flows DF-03, DF-05) |",
		head+"Corvane Diagnostics, Inc. gives no summary of what the device needs from outside the hospital network. Hosted by Corvane Diagnostics, Inc. outside the hospital network: Corvane Remote Service Center")
	kindtest.SaysNoneBecause(t, "analyzer csd.md without the MDS2 form", csd, "no MDS2 form is built", "CONN-6")

	// Health IT the hospital hosts: software only ("the product"), and no
	// part the manufacturer hosts to name.
	healthit := buildHealthIT(t)("resultroute/csd.md")
	kindtest.SaysAll(t, "healthit csd.md", healthit,
		head+"Ardent Clinical Systems, Inc. gives no summary of what the product needs from outside the hospital network. The MDS2 form answers that the product does not need an Internet connection for its intended use (CONN-6).\n")
	kindtest.SaysAll(t, "healthit csd.md", healthit, "| Needs the internet or a cloud service | No | MDS2 form, CONN-6.")
	kindtest.SaysNoneBecause(t, "healthit csd.md", healthit, "nothing of it runs at the manufacturer", "Hosted by Ardent", head+"Not stated.", "Not for its intended use")
}
