package content

import (
	"strconv"
	"testing"
)

// TestRegularDaysWithinCadence: a fix promised in a regular release
// within fewer days than the release cadence puts between regular
// releases (90 days beside releases every six months) is warned about; a
// promise the cadence keeps, or a cadence with no calendar, is not.
func TestRegularDaysWithinCadence(t *testing.T) {
	src := func(cadence string, days int) string {
		return "schema_version = 2\nid = \"p\"\n[postmarket.patching]\nregular_cycle = \"Releases.\"\nrelease_cadence = \"" + cadence + "\"\nregular_days = " + strconv.Itoa(days) + "\n"
	}
	warnCases(t, `warning: postmarket.patching.regular_days: a non-critical fix is promised in a regular release within 90 days, but release_cadence = "half_yearly" puts up to 6 months between regular releases`, []warnCase{
		{"90 days, half-yearly", src("half_yearly", 90), true},
		{"180 days, half-yearly", src("half_yearly", 180), false},
	})
	warnCases(t, "warning: postmarket.patching.regular_days:", []warnCase{
		{"90 days, quarterly", src("quarterly", 90), false},
		{"30 days, monthly", src("monthly", 30), false},
		{"365 days, yearly", src("yearly", 365), false},
		{"30 days, as needed", src("as_needed", 30), false},
		{"30 days, continuous", src("continuous", 30), false},
		{"60 days, quarterly", src("quarterly", 60), true},
		{"200 days, yearly", src("yearly", 200), true},
	})
}

// TestPartNamesTakeTheArticle: a part's name in a sentence takes
// "the", unless it begins with an article already, which goes lower case,
// or is a brand's own name; a written article decides over the name.
func TestPartNamesTakeTheArticle(t *testing.T) {
	for _, tc := range []struct{ name, article, want string }{
		{"Corvane Remote Service Center", "", "Corvane Remote Service Center"},
		{"Corvane Remote Service Center", "the", "the Corvane Remote Service Center"},
		{"The Corvane Remote Service Center", "the", "the Corvane Remote Service Center"},
		{"Halcyon Connect server", "none", "Halcyon Connect server"},
		{" Solace Connect ", "none", "Solace Connect"},
		{"CardioWatch tablet", "", "the CardioWatch tablet"},
		{"Read-out lab workstation", "", "the Read-out lab workstation"},
		{"The hospital's PACS", "", "the hospital's PACS"},
		{"the gateway", "", "the gateway"},
		{"An app", "", "an app"},
		{"Halcyon Connect server", "", "the Halcyon Connect server"},
		{"Dosewise Connect gateway VM", "", "the Dosewise Connect gateway VM"},
		{"Solace Connect", "", "Solace Connect"},
		{"CardioWatch Cloud", "", "CardioWatch Cloud"},
		{"DentaSense Imaging (chairside)", "", "DentaSense Imaging (chairside)"},
		{"TraceWeek analysis service and portal", "", "the TraceWeek analysis service and portal"},
		{"", "", ""},
	} {
		if got := (Part{Name: tc.name, Article: tc.article}).TheName(); got != tc.want {
			t.Errorf("Part{Name: %q, Article: %q}.TheName() = %q, want %q", tc.name, tc.article, got, tc.want)
		}
	}
	p := &Product{}
	if got, want := p.PartTheNames([]Part{{Name: "A box"}, {Name: "Server"}, {Name: "Console"}}), "a box, Server and Console"; got != want {
		t.Errorf("PartTheNames = %q, want %q", got, want)
	}
}
