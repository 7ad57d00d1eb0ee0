package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNotPresentVersionAssessedFor: BleedAlert 2.4 is not affected by the
// libxml2 CVE because its images do not contain libxml2 (k8sai). Its
// OpenVEX statement named libxml2 as a subcomponent of 2.4, and its CSD
// and CSAF VEX spoke of vulnerabilities assessed "in the components of"
// 2.4, both saying 2.4 has the component; the CycloneDX twin names the
// version alone. Every file now speaks of the version: the vulnerability
// was assessed for it. 2.3, which has libxml2, still names it.
func TestNotPresentVersionAssessedFor(t *testing.T) {
	file := buildFixture(t, "k8sai")
	const maker = "Vireo Neuroimaging, Inc."
	csd := file("bleedalert/csd.md")
	kindtest.SaysAll(t, "2.4's CSD", csd, "Every known vulnerability that "+maker+" has assessed for version 2.4, with its status in this version")
	kindtest.SaysNone(t, "2.4's CSD", csd, "assessed in the components of")
	for _, v := range []string{"2_3", "2_4"} {
		csaf := file(".well-known/csaf/white/2026/bleedalert-" + v + "-vex.json")
		kindtest.SaysAll(t, v+"'s CSAF VEX", csaf, "vulnerability that "+maker+" has assessed for Vireo BleedAlert version ")
		kindtest.SaysNone(t, v+"'s CSAF VEX", csaf, "assessed in the software components of")
	}
	kindtest.SaysNone(t, "2.4's OpenVEX", file("bleedalert/vex-2.4.openvex.json"), "subcomponents", "libxml2@2.9.14")
	kindtest.SaysAll(t, "2.3's OpenVEX", file("bleedalert/vex-2.3.openvex.json"), `"subcomponents"`, "pkg:generic/libxml2@2.9.14")
}
