package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// A notice about the TV-300T's own end of support (notices.models names
// it alone, while 5.0 stays on the TV-300B and TV-300W). Before h177
// such a notice was an error, and had it been allowed, its dates and
// stops would have been 5.0's: "Security updates | Software 5.0:
// 2027-12-31 (end of support)", the version's support ending with the
// model's.

// TestModelEndOfSupportNotice: the notice, its CSAF twin and the
// lifecycle.json entry give the model's milestones and none of the
// versions'; the notice about 5.0 itself still gives 5.0's.
func TestModelEndOfSupportNotice(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	n := read("tv300/notices/eos-tv300t.md")
	kindtest.SaysAll(t, "eos-tv300t.md", n,
		"# End-of-Support Notice: model TV-300T (software 5.0, 5.1)",
		"- Model `TV-300T`, the TV-300T transport monitor (catalogue no. 300-300): end of marketing 30 June 2025, end of production 30 June 2025, end of support 31 December 2027; Tamsin Vital Systems Oy offers the TV-300W in its place.",
		"- Software `5.0`: this notice announces none of its milestones; its own dates apply on the TV-300B and TV-300W, which also run it.",
		"- Software `5.1`: this notice announces none of its milestones; no other model runs it.",
		"| Model TV-300T | End of support | 2027-12-31 |",
		"| Security updates | Model TV-300T: 2027-12-31 (end of support) |",
		"| Full replacement | Model TV-300W, the TV-300W telemetry monitor (catalogue no. 300-200) |")
	kindtest.SaysNone(t, "eos-tv300t.md", n,
		"| Software 5.0 |", "Software 5.0: 2027-12-31", "- Software `5.0`: end of life", "End-of-Support Notice: software 5.0")
	// The notice about the version itself is unchanged: its dates are 5.0's.
	kindtest.SaysAll(t, "eol-5-0.md", read("tv300/notices/eol-5-0.md"),
		"| Software 5.0 | End of support | 2027-12-31 |", "Software 5.0: 2027-12-31 (end of support)")
	kindtest.SaysAll(t, "tv-eos-300t.json", read(".well-known/csaf/white/2025/tv-eos-300t.json"),
		"Model TV-300T — End of marketing: 2025-06-30; End of production: 2025-06-30; End of support: 2027-12-31.",
		"Version 5.0 — none of its milestones is announced by this notice; its own dates apply on TV-300B and TV-300W",
		"Security updates for model TV-300T stop on 2027-12-31")
	kindtest.SaysNone(t, "tv-eos-300t.json", read(".well-known/csaf/white/2025/tv-eos-300t.json"), "Version 5.0 — General availability", "for 5.0 stop")
	kindtest.SaysAll(t, "lifecycle.md", read("tv300/lifecycle.md"),
		"[End of support of model TV-300T, issued 2025-07-01](notices/eos-tv300t.html); [End of life, issued 2024-12-02](notices/eol-5-0.html)")
	kindtest.SaysNone(t, "lifecycle.md", read("tv300/lifecycle.md"), "[End of support, issued 2025-07-01]")
	lj := read("tv300/lifecycle.json")
	kindtest.SaysAll(t, "lifecycle.json", lj, `"ends_models": [`)
	if strings.Count(lj, `"ends_models"`) != 1 {
		t.Errorf("want ends_models on the TV-300T notice only:\n%s", lj)
	}
}

// TestPlanModelMilestones: the security plan's lifecycle section lists
// the models' own milestones and, once the TV-300T's support has ended,
// says so; before that it does not.
func TestPlanModelMilestones(t *testing.T) {
	const ended = "Support of model TV-300T, the TV-300T transport monitor (catalogue no. 300-300), ended on 30 April 2026; Tamsin Vital Systems Oy offers the TV-300W in its place."
	plan := buildFixture(t, "modelfamily")("tv300/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| TV-300T | TV-300T transport monitor (catalogue no. 300-300) | 2025-06-30 | 2025-06-30 | 2027-12-31 | TV-300W |")
	kindtest.SaysNone(t, "security-plan.md", plan, "Support of model TV-300T")
	files, _ := buildFixtureEdited(t, "modelfamily", "tv300.toml", endTV300T)
	plan = files["tv300/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md (ended)", plan, ended,
		"Support of model TV-300T ended on 30 April 2026",
		"| TV-300T | TV-300T transport monitor (catalogue no. 300-300) | 2025-06-30 | 2025-06-30 | 2026-04-30 | TV-300W |")
}

// TestModelNoticeValidated: a notice naming some of its versions' models
// announces their own end of support, in both directions.
func TestModelNoticeValidated(t *testing.T) {
	const at = "models = [\"TV-300T\"]\noperating_systems"
	for _, c := range []struct {
		name, from, to, want string
	}{
		{"as shipped", "", "", ""},
		{"names a model with no end of support", at, "models = [\"TV-300B\"]\noperating_systems",
			"notices[2].models: leaves out TV-300T, TV-300W, which run the versions this notice names, and TV-300B states no end_of_support"},
		{"names every model", at, "models = [\"TV-300T\", \"TV-300B\", \"TV-300W\"]\noperating_systems", ""},
		{"stop at a version milestone", `stops = [{ what = "security_updates", milestone = "end_of_support" }, { what = "service"`,
			`stops = [{ what = "security_updates", milestone = "end_of_life" }, { what = "service"`,
			"notices[2].stops[0].milestone: model TV-300T has no end_of_life date"},
		{"software-only upgrade", `upgrade_paths = [{ kind = "full_replacement", description = "Replace each TV-300T;`,
			`upgrade_paths = [{ kind = "software_only", to_version = "5.1", description = "Replace each TV-300T;`,
			"notices[2].upgrade_paths[0].kind: a software-only upgrade keeps the hardware of TV-300T"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var edit func(string) string
			if c.from != "" {
				edit = func(s string) string {
					if !strings.Contains(s, c.from) {
						t.Fatalf("fixture lacks %q", c.from)
					}
					return strings.Replace(s, c.from, c.to, 1)
				}
			}
			got := fixtureCheck(t, "modelfamily", "tv300.toml", edit)
			for _, line := range strings.Split(got, "\n") {
				if strings.Contains(line, "notices[2]") && strings.Contains(line, "error") {
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

// TestNoticeCurrentVersionModels: a notice said "The current version is
// 5.1" to the owners of bedside monitors that cannot run 5.1 (it is the
// transport model's), and "5.2" to the TV-300T's owners, whose last
// version is 5.1: each now names the notice's models that do not run the
// current version. A notice whose models all run it says nothing more.
func TestNoticeCurrentVersionModels(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	kindtest.SaysAll(t, "eol-5-0.md", read("tv300/notices/eol-5-0.md"),
		"The current version is `5.1`; models TV-300B and TV-300W do not run it.")
	kindtest.SaysAll(t, "eos-tv300t.md", read("tv300/notices/eos-tv300t.md"),
		"The current version is `5.2`; model TV-300T does not run it.")
	kindtest.SaysAll(t, "eol-tv300t.md", read("tv300/notices/eol-tv300t.md"), "The current version is `5.1`.")
	kindtest.SaysNone(t, "eol-tv300t.md", read("tv300/notices/eol-tv300t.md"), "not run it")
	// The lifecycle page's current version is the product's; it says
	// which model cannot run it, and what that model's newest version is.
	kindtest.SaysAll(t, "lifecycle.md", read("tv300/lifecycle.md"),
		"The current software version is `5.2`, in the **Support** stage. Model TV-300T does not run version `5.2`; its newest version is `5.1`.")
	kindtest.SaysAll(t, "lifecycle.json", read("tv300/lifecycle.json"),
		`"models_not_running_current": [`, `"model": "TV-300T"`, `"newest_version": "5.1"`)
	// The CSDs of 5.0 (every model) and 5.1 (TV-300T only) called 5.2,
	// which the TV-300T cannot run, current without saying so.
	for _, v := range []string{"5.0", "5.1"} {
		kindtest.SaysAll(t, v+"/csd.md", read("tv300/"+v+"/csd.md"),
			"the current version is `5.2`, described in [its own customer security documentation](../csd.html); model TV-300T does not run version `5.2`.",
			"This document is about version `"+v+"`; the current version is `5.2`; model TV-300T does not run version `5.2`.")
	}
}
