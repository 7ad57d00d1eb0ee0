package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeKeepsOpenOnlyConnectionsStatedNeeded: withdrawn's
// end-of-support notice said "the product needs these connections from
// it to the services the manufacturer hosts; keep them open:" above a
// table whose only row is "Needed: Not stated" (the portal port states no
// default_enabled). It now names the connections without saying they are
// needed; with the port enabled as shipped it says so again. An
// organisation provides the product here: for patients as customers, no
// data flow placing the portal's users, the portal is no connection from
// their network (TestCGMHomeClinicPortalIsNotThePatientsConnection).
func TestNoticeKeepsOpenOnlyConnectionsStatedNeeded(t *testing.T) {
	const needs = "the product needs these connections from it to the services the manufacturer hosts; keep them open:"
	const home = "home_use = true\n"
	byOrganisation := func(s string) string { return strings.Replace(s, home, home+"customer = \"organisation\"\n", 1) }
	files, _ := buildFixtureEdited(t, "withdrawn", "sonabeat.toml", byOrganisation)
	n := files["sonabeat/notices/eos-3.0.0.md"]
	kindtest.SaysNone(t, "eos-3.0.0.md", n, needs)
	kindtest.SaysAll(t, "eos-3.0.0.md", n,
		"No port of the product listens on the customer's network, but these connections go from it to the services the manufacturer hosts; the table says whether each is needed, where that is stated:",
		"| Customer network | portal.sonabeat.example | 443/TCP | HTTPS (Clinician web portal) | Not stated |")

	const port = "purpose = \"The clinician portal.\"\n"
	files, _ = buildFixtureEdited(t, "withdrawn", "sonabeat.toml", func(s string) string {
		return strings.Replace(byOrganisation(s), port, port+"default_enabled = true\n", 1)
	})
	n = files["sonabeat/notices/eos-3.0.0.md"]
	kindtest.SaysAll(t, "eos-3.0.0.md (enabled as shipped)", n, "No port of the product listens on the customer's network, but "+needs, "| As shipped |")
	kindtest.SaysNone(t, "eos-3.0.0.md (enabled as shipped)", n, "where that is stated")
}
