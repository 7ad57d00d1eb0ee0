package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestProductPageSendsIncidentsWhereTheProductSays: the product page
// sends suspected vulnerabilities to the security contact and suspected
// incidents to the contact postmarket.incident_reporting names, as the
// CSD does: the workstation names support (at any hour); named nowhere,
// the security contact takes both; the PSIRT named, it takes them.
func TestProductPageSendsIncidentsWhereTheProductSays(t *testing.T) {
	page := buildFixture(t, "workstation")("viewpoint-rw/index.html")
	kindtest.SaysAll(t, "index.html", page,
		"<p>Report a suspected vulnerability in Meridian Viewpoint Review Workstation to Meridian Product Security Office:",
		`<p>Report a suspected security incident involving Meridian Viewpoint Review Workstation to Meridian Technical Support and Field Service, which takes such reports at any hour, weekends and holidays included: <a href="mailto:techsupport@meridian-infusion.example">techsupport@meridian-infusion.example</a>, telephone &#43;1 800 555 0193, or <a href="https://support.meridian-infusion.example">its web page</a>.</p>`)
	kindtest.SaysNoneBecause(t, "index.html", page, "the workstation sends incidents to support, as its CSD says", "vulnerability or security incident")

	files, _ := buildWorkstationEdited(t, kindtest.Replace(`[postmarket.incident_reporting]
contact = "support"
availability = "always"
triage_hours = 24
`, ""))
	page = files["viewpoint-rw/index.html"]
	kindtest.SaysAll(t, "index.html", page, "<p>Report a suspected vulnerability or security incident in Meridian Viewpoint Review Workstation to Meridian Product Security Office:")
	kindtest.SaysNoneBecause(t, "index.html", page, "no incident contact is named: the security contact takes incidents", "Report a suspected security incident involving")

	files, _ = buildWorkstationEdited(t, kindtest.Replace(`contact = "support"
availability = "always"`, `contact = "psirt"
availability = "business_hours"`))
	page = files["viewpoint-rw/index.html"]
	kindtest.SaysAll(t, "index.html", page,
		`<p>Report a suspected security incident involving Meridian Viewpoint Review Workstation to Meridian Product Security Incident Response Team (Meridian PSIRT), which takes such reports during business hours: <a href="mailto:psirt@meridian-infusion.example">psirt@meridian-infusion.example</a>, or <a href="https://www.meridian-infusion.example/security/psirt">its web page</a>.</p>`)
}
