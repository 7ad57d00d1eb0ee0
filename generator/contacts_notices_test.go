package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestContactsNameNoTeamForNotices: the support row of the contacts table
// read "Technical support, service, notices and suspected incidents" (or
// "Technical support, service and notices") whatever the product said of
// notices. The in-house SepsisWatch issues none (its maker is its only
// user), and the Infuvia's notices come from Rhenfluss PSIRT
// (postmarket.customer_notice), not from Rhenfluss Service. Who sends
// notices is the product's to say, so the row names support and service,
// and suspected incidents where incident_reporting sends them there.
func TestContactsNameNoTeamForNotices(t *testing.T) {
	inhouse, euonly := buildFixture(t, "inhouse"), buildFixture(t, "euonly")
	psirt, _ := buildFixtureEdited(t, "euonly", "infuvia.toml",
		kindtest.Replace("[postmarket.incident_reporting]\ncontact = \"support\"", "[postmarket.incident_reporting]\ncontact = \"psirt\""))
	for _, c := range []struct {
		name, doc, row string
	}{
		{"inhouse", inhouse("sepsiswatch/csd.md"), "| Technical support, service and suspected incidents | Northgate IT Service Desk |"},
		{"inhouse", inhouse("sepsiswatch/security-plan.md"), "| Technical support, service and suspected incidents | Northgate IT Service Desk |"},
		{"inhouse", inhouse("sepsiswatch/lifecycle.md"), "| Technical support, service and suspected incidents | Northgate IT Service Desk |"},
		{"euonly", euonly("infuvia/csd.md"), "| Technical support, service and suspected incidents | Rhenfluss Service |"},
		{"euonly", euonly("infuvia/security-plan.md"), "| Technical support, service and suspected incidents | Rhenfluss Service |"},
		{"euonly", euonly("infuvia/lifecycle.md"), "| Technical support, service and suspected incidents | Rhenfluss Service |"},
		{"euonly, incidents to the PSIRT", psirt["infuvia/csd.md"], "| Technical support and service | Rhenfluss Service |"},
		{"euonly, incidents to the PSIRT", psirt["infuvia/security-plan.md"], "| Technical support and service | Rhenfluss Service |"},
	} {
		kindtest.SaysAll(t, c.name, c.doc, c.row)
		kindtest.SaysNoneBecause(t, c.name, c.doc, "the data name no team that sends notices",
			"service, notices and suspected incidents", "service and notices |")
	}
}
