package csd

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// fixtureCSDs renders every CSD that product id of testdata/<fixture>
// builds, by the version each is about.
func fixtureCSDs(t *testing.T, fixture, id string) map[string]string {
	t.Helper()
	c, _ := kindtest.Load(t, "../../testdata/"+fixture+"/jspgen.toml", "../../testdata/"+fixture+"/content")
	p, _ := kindtest.Product(t, c, id)
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	out := map[string]string{}
	for _, doc := range prep.Documents {
		out[doc.About] = kindtest.Render(t, env, p, doc)
	}
	return out
}

// TestCSDReview84Wording: the CSD's sentences say what the data decide,
// in number and article as the data give them (implant, healthit and
// capsule reviews):
//   - in the CSD of a version whose security updates a notice stopped
//     (implant 5.0), the fix time for an uncontrolled risk is the other
//     versions', as the controlled-risk row already said of regular
//     releases; the 6.0 CSD, whose updates go on, promises it plainly;
//   - a part's name in a sentence takes its article ("of the Aurora home
//     monitor"), a related system that is a part too;
//   - one notice about one other version is "another version" and "that
//     version", and one setting whose risk is unstated is "this setting";
//   - beside a related system that is a part of the product, the parts
//     counted are those of this release's software, not the product's;
//   - no diagram drawn, none elsewhere and no form answer: the diagrams
//     are said not to be stated;
//   - an end of support not announced, bounded by the notice promised,
//     comes no earlier than the date, not after it.
func TestCSDReview84Wording(t *testing.T) {
	implant := fixtureCSDs(t, "implant", "cardiorhythm")
	old, cur := implant["5.0"], implant["6.0"]
	if old == "" || cur == "" {
		t.Fatalf("implant CSDs: want 5.0 and 6.0, got %d documents", len(implant))
	}
	kindtest.SaysAll(t, "5.0/csd.md", old,
		"| Vulnerability whose risk is not controlled | Interim mitigations communicated to customers within 30 days; fix released within 60 days, for the versions still receiving security updates; version `5.0` receives none since 2025-09-15 |",
		"version `5.0` receives no regular release since 2025-09-15 and no security update since 2025-09-15 |")
	kindtest.SaysAll(t, "csd.md", cur,
		"| Vulnerability whose risk is not controlled | Interim mitigations communicated to customers within 30 days; fix released within 60 days |")
	for name, md := range map[string]string{"5.0/csd.md": old, "csd.md": cur} {
		kindtest.SaysAll(t, name, md,
			"The cellular connections of the Aurora home monitor go over",
			"The network ports of the Aurora remote monitoring service, seen from its side",
			"The software of this release runs on 3 parts: the Aurora implant, the Aurora clinician programmer and the Aurora home monitor.",
			"The software of this release runs on 3 parts; software on any of them",
			"This document includes no diagram. Network and data-flow diagrams are not stated in the product data.")
		kindtest.SaysNone(t, name, md, "connections of Aurora", "ports of Aurora", "The product's software runs on")
	}
	kindtest.SaysAll(t, "csd.md", cur,
		"had issued this notice about another version by 15 September 2025; a customer who uses or used that version finds there",
		"End of support not announced; no earlier than 2027-09-15, with 24 months' notice promised.",
		"with at least 24 months' notice promised, it comes no earlier than 15 September 2027.",
		"it comes no earlier than 2027-09-15, so these components' support ends no later than it;")
	kindtest.SaysNone(t, "csd.md", cur, "this notice about other versions", "; after 2027-09-15", "comes after")

	healthit := fixtureCSDs(t, "healthit", "resultroute")
	kindtest.SaysAll(t, "healthit csd.md", healthit["6.0.0"],
		"Whether changing this setting raises risk is not stated: Minimum TLS version.")
}
