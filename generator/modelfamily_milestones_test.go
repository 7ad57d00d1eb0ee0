package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The TV-300T's own milestones (models.end_of_marketing,
// end_of_production, end_of_support, replaced_by): version 5.0 runs on
// all three models. Before models had milestones, a CSD or MDS2 form of
// 5.0 dated after the transport monitor's end of support still named it
// among the devices 5.0 is supported on.

// endTV300T moves the TV-300T's end of support, and 5.1's (it runs on
// the TV-300T alone, so its support cannot outlast the model's), to 30
// April 2026, before the documents' release on 15 May 2026; 5.0 stays
// supported on the TV-300B and TV-300W.
func endTV300T(s string) string {
	s = strings.Replace(s, "end_of_support = 2027-12-31\nreplaced_by = \"TV-300W\"", "end_of_support = 2026-04-30\nreplaced_by = \"TV-300W\"", 1)
	return strings.Replace(s, "end_of_production = 2025-06-30\nend_of_life = 2026-12-31\nend_of_support = 2027-12-31\n",
		"end_of_production = 2025-06-30\nend_of_life = 2026-03-31\nend_of_support = 2026-04-30\n", 1)
}

// TestModelPastEndOfSupportLeftOutOfVersionDocuments: after the
// TV-300T's end of support, 5.0's CSD and MDS2 form cover the TV-300B
// and TV-300W only and say that the TV-300T's support ended; the
// lifecycle page marks it beside 5.0 and lists the models' milestones.
func TestModelPastEndOfSupportLeftOutOfVersionDocuments(t *testing.T) {
	files, _ := buildFixtureEdited(t, "modelfamily", "tv300.toml", endTV300T)
	csd := files["tv300/5.0/csd.md"]
	kindtest.SaysAll(t, "5.0/csd.md", csd,
		"Model TV-300T, the TV-300T transport monitor (catalogue no. 300-300), reached its end of support on 30 April 2026 and is replaced by model TV-300W: Tamsin Vital Systems Oy no longer supports version `5.0` on it, and this document does not cover it.",
		"the models this document is about are:\n\n| Model | Name |\n| --- | --- |\n| TV-300B |")
	kindtest.SaysNone(t, "5.0/csd.md", csd, "| TV-300T | TV-300T transport monitor")
	mds2 := files["tv300/5.0/mds2.md"]
	kindtest.SaysAll(t, "5.0/mds2.md", mds2,
		"| DOC-3 | Which device model or models does this form describe? | TV-300B bedside monitor (catalogue no. 300-100); TV-300W telemetry monitor (catalogue no. 300-200) |",
		"Model TV-300T, the TV-300T transport monitor (catalogue no. 300-300), runs the version this form covers but reached its own end of support on 2026-04-30 and is replaced by model TV-300W")
	kindtest.SaysNone(t, "5.0/mds2.md", mds2, "not decided for model TV-300T", "other model this form covers (TV-300T)")
	kindtest.SaysAll(t, "5.0/mds2.json", files["tv300/5.0/mds2.json"], `"models_support_ended": [`)
	lc := files["tv300/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"| 5.0 | TV-300T (support of the model ended 2026-04-30), TV-300B, TV-300W | Support |",
		"| TV-300T | TV-300T transport monitor (catalogue no. 300-300) | 2025-06-30 | 2025-06-30 | 2026-04-30 | TV-300W |",
		"From a model's end of support, the milestones of the versions above hold for the other models only.")
	kindtest.SaysNone(t, "lifecycle.md", lc, "the version's milestones above")
	plan := files["tv300/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Support of model TV-300T ended on 30 April 2026; [11. End-of-life plan](#11-end-of-life-plan) gives each model's milestones.")
	kindtest.SaysNone(t, "security-plan.md", plan, "models' milestones in")
	kindtest.SaysAll(t, "lifecycle.json", files["tv300/lifecycle.json"], `"models_support_ended": [`, `"support_ended": true`)
}

// TestModelBeforeEndOfSupportStillCovered: as shipped, the TV-300T's
// support ends on 31 December 2027, after the documents' date: 5.0's
// CSD and form still cover it and say nothing of an ended model; the
// lifecycle page gives its milestones.
func TestModelBeforeEndOfSupportStillCovered(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	csd := read("tv300/5.0/csd.md")
	kindtest.SaysAll(t, "5.0/csd.md", csd, "| TV-300T | TV-300T transport monitor (catalogue no. 300-300) |")
	kindtest.SaysNone(t, "5.0/csd.md", csd, "this document does not cover it")
	mds2 := read("tv300/5.0/mds2.md")
	kindtest.SaysAll(t, "5.0/mds2.md", mds2, "| DOC-3 | Which device model or models does this form describe? | TV-300T transport monitor (catalogue no. 300-300); TV-300B")
	kindtest.SaysNone(t, "5.0/mds2.md", mds2, "this form does not cover it")
	lc := read("tv300/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"| 5.0 | TV-300T, TV-300B, TV-300W | Support |",
		"| TV-300T | TV-300T transport monitor (catalogue no. 300-300) | 2025-06-30 | 2025-06-30 | 2027-12-31 | TV-300W |",
		"| TV-300B | TV-300B bedside monitor (catalogue no. 300-100) | Not announced | Not announced | Not announced | None named |")
	kindtest.SaysNone(t, "lifecycle.json", read("tv300/lifecycle.json"), "models_support_ended")
}

// TestModelMilestonesValidated: the models' milestones are checked in
// both directions.
func TestModelMilestonesValidated(t *testing.T) {
	const tv = "end_of_marketing = 2025-06-30\nend_of_production = 2025-06-30\nend_of_support = 2027-12-31\nreplaced_by = \"TV-300W\""
	for _, c := range []struct {
		name, to, want string
	}{
		{"as shipped", "", ""},
		{"ended with its only version", "ended", ""},
		{"sold after its support", strings.Replace(tv, "end_of_marketing = 2025-06-30", "end_of_marketing = 2028-01-31", 1),
			"models[0].end_of_marketing: model TV-300T: end_of_marketing (2028-01-31) is after its end_of_support (2027-12-31)"},
		{"replaced by itself", strings.Replace(tv, `replaced_by = "TV-300W"`, `replaced_by = "TV-300T"`, 1),
			"models[0].replaced_by: model TV-300T is replaced by itself"},
		{"replaced by an unknown model", strings.Replace(tv, `replaced_by = "TV-300W"`, `replaced_by = "TV-400"`, 1),
			`models[0].replaced_by: unknown model "TV-400"`},
		{"replaced with no date", `replaced_by = "TV-300W"`,
			"models[0].replaced_by: model TV-300T is replaced by TV-300W but states no end_of_marketing"},
		{"supported after every version it runs", strings.Replace(tv, "end_of_support = 2027-12-31", "end_of_support = 2028-06-30", 1),
			"models[0].end_of_support: model TV-300T: end_of_support (2028-06-30) is after the end of support of every version it runs (the last 2027-12-31)"},
		{"its only version outlives it", strings.Replace(tv, "end_of_support = 2027-12-31", "end_of_support = 2027-06-30", 1),
			"versions[1].end_of_support: version 5.1 runs only on models whose support ends by 2027-06-30 (models.end_of_support), but its end_of_support is 2027-12-31"},
	} {
		t.Run(c.name, func(t *testing.T) {
			edit := func(s string) string { return strings.Replace(s, tv, c.to, 1) }
			switch c.to {
			case "": // the fixture as shipped
				edit = nil
			case "ended":
				edit = endTV300T
			}
			got := fixtureCheck(t, "modelfamily", "tv300.toml", edit)
			for _, line := range strings.Split(got, "\n") {
				if strings.HasPrefix(line, "models[") || strings.Contains(line, "runs only on models whose support") {
					if c.want == "" || !strings.Contains(line, c.want) {
						t.Errorf("unexpected: %s", line)
					}
				}
			}
			if c.want != "" && !strings.Contains(got, c.want) {
				t.Errorf("want %q in:\n%s", c.want, got)
			}
		})
	}
}
