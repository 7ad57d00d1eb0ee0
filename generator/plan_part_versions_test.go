package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanNamesTheVersionThatAddedAPart: the surgicalrobot plan covers
// 5.2 and 6.0, and only 6.0 adds the Insights cloud
// (versions.changes.parts_added). Its section 1.1 named the cloud as a
// part of the product without saying so, and its section 6 note said
// only 6.3 to 6.6 describe 6.0, while the views of 6.2 are drawn from
// 6.0 alone. A part every covered version has is named plainly; one a
// later covered version removes again is "in version … only".
func TestPlanNamesTheVersionThatAddedAPart(t *testing.T) {
	const (
		cloudFrom = "the Aldermoor Insights cloud (from version `6.0`), hosted by the manufacturer"
		cloudOnly = "the Aldermoor Insights cloud (in version `6.0` only), hosted by the manufacturer"
		cloudAll  = "the Aldermoor Insights cloud, hosted by the manufacturer"
		rscPlain  = "; its other parts: the Aldermoor Remote Service Centre, hosted by the manufacturer;"
		viewsNote = "The views drawn from the product data in 6.2, and sections 6.3 to 6.6, describe version `6.0`"
	)
	cloudPart := "[[versions.changes.parts_added]]\ninterfaces_complete = true\nid = \"cloud\"\nname = \"Aldermoor Insights cloud\"\nruns = \"manufacturer_hosted\"\ndescription = \"Aldermoor's cloud service that receives procedure logs (instrument use, arm faults, timings) from 6.0 systems.\"\n\n"
	for _, tc := range []struct {
		name        string
		edit        func(string) string
		says, never []string
	}{
		{"added by the current version", nil, []string{cloudFrom, rscPlain, viewsNote}, []string{cloudAll, "Centre (from version"}},
		{"in every covered version", func(s string) string {
			// The cloud becomes a part of the product as written, so of 5.2 too.
			if !strings.Contains(s, cloudPart) {
				return s
			}
			s = strings.Replace(s, cloudPart, "", 1)
			return strings.Replace(s, "\n[[models]]\n", "\n"+strings.Replace(cloudPart, "[[versions.changes.parts_added]]", "[[parts]]", 1)+"[[models]]\n", 1)
		}, []string{cloudAll, rscPlain, viewsNote}, []string{"(from version", "(in version"}},
		{"removed by a later version in development", kindtest.Replace("\n[sbom]\n",
			"\n[[versions]]\nversion = \"6.1\"\nsummary = \"System software 6.1.\"\ngeneral_availability = 2027-06-01\n\n[versions.changes]\nparts_removed = [\"cloud\"]\ninterfaces_removed = [\"gw-cloud\"]\nports_removed = [443]\ndata_flows_removed = [\"DF-05\"]\nsecurity_settings_removed = [\"Procedure log upload\"]\n\n[sbom]\n"),
			[]string{cloudOnly, rscPlain}, []string{cloudFrom, cloudAll}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var plan string
			if tc.edit == nil {
				plan = buildFixture(t, "surgicalrobot")("vantis/security-plan.md")
			} else {
				files, _ := buildFixtureEdited(t, "surgicalrobot", "vantis.toml", tc.edit)
				plan = files["vantis/security-plan.md"]
			}
			kindtest.SaysAll(t, "the surgicalrobot plan", plan, tc.says...)
			kindtest.SaysNone(t, "the surgicalrobot plan", plan, tc.never...)
		})
	}
}

// TestPlanVersionNoteOnlyWhereVersionsDiffer: the note that the drawn
// views and sections 6.3 to 6.6 describe one version is printed only
// when another covered version's design differs (content.Product.
// DesignDiffersFrom): the oemmodule plan's two versions share theirs.
func TestPlanVersionNoteOnlyWhereVersionsDiffer(t *testing.T) {
	plan := buildFixture(t, "oemmodule")("oxicore/security-plan.md")
	kindtest.SaysNone(t, "the oemmodule plan", plan, "The views drawn from the product data in 6.2", "Sections 6.3 to 6.6 describe")
}
