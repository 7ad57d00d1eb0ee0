package riskreport

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

func TestExampleReport(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, p.Documents.RiskReport.ReleaseDate)
	prep, diags := kindtest.Prepare(t, Kind, env, p)
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	if len(prep.Documents) != 1 {
		t.Fatalf("got %d documents, want 1", len(prep.Documents))
	}
	data := prep.Documents[0].Data.(Data)
	if len(data.Gaps) > 0 || len(data.Unacceptable) > 0 || len(data.Uncontrolled) > 0 {
		t.Errorf("the example has gaps %v, unacceptable %v, uncontrolled %v", data.Gaps, data.Unacceptable, data.Uncontrolled)
	}
	if len(data.Trace) < len(p.Threats) {
		t.Errorf("traceability matrix has %d rows for %d threats", len(data.Trace), len(p.Threats))
	}
	md := kindtest.Render(t, env, p, prep.Documents[0])
	kindtest.SaysAll(t, "report", md, "## 9. Traceability matrix", "| T-07 | C-INT-2 |", "RC-11", "AN-4471", "CWE-400", "`CVSS:3.1/", "## Guidance editions covered")
}

func TestReportWarnsAboutUnknownComponent(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Controls[0].Components = append(p.Controls[0].Components, "no-such-lib")
	_, diags := Report(p)
	if len(diags) != 1 || !strings.Contains(diags[0].String(), `controls[0].components[`) || !strings.Contains(diags[0].String(), "no-such-lib") {
		t.Fatalf("got %v, want a warning at controls[0].components naming no-such-lib", diags)
	}
}

// TestReportNamesUncontrolledVulnerabilities: the residual-risk
// conclusion is the threat model's; a known vulnerability with an
// uncontrolled risk in the version the report is about is named beside
// it, so the report does not read as "every risk is controlled" while the
// CSD lists one. One in another version is not this report's.
func TestReportNamesUncontrolledVulnerabilities(t *testing.T) {
	c := kindtest.LoadExample(t)
	const says = "with an uncontrolled risk (see the product security plan, 9.10):"
	for _, version := range []string{"4.2.1", "4.1.0", ""} {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		for _, v := range p.Vulnerabilities.List {
			v.Risk = "controlled"
		}
		want := ""
		for _, v := range p.Vulnerabilities.List {
			if v.Version == version && (v.Status == "affected" || v.Status == "under_investigation") {
				v.Risk = "uncontrolled"
				if version == "4.2.1" { // the version the report is about
					want = "| " + v.ID + " | " + v.ComponentNames() + " | " + v.Status.Label() + " | **Uncontrolled** |"
				}
				break
			}
		}
		env := kindtest.Env(c, p.Documents.RiskReport.ReleaseDate)
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		md := kindtest.Render(t, env, p, prep.Documents[0])
		if got := strings.Contains(md, says); got != (want != "") || want != "" && !strings.Contains(md, want) {
			t.Errorf("uncontrolled in %q: the report says %q: %v, want %q", version, says, got, want)
		}
	}
}

// TestReportCountsSupportThatEnded: section 7 counts the components by
// their recorded level, those recorded as supported whose end of support
// is on or before the report's date apart (never among the actively
// maintained: octimaging's ASP.NET Core 8, ended 2026-11-10, was counted
// there in a report of 3 December 2026), and says how many they are; it
// names the security plan as the source of each level only when the plan
// is built.
func TestReportCountsSupportThatEnded(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	render := func(on content.Date, built func(*kind.Built)) string {
		t.Helper()
		q := p
		q.Documents.RiskReport.ReleaseDate, q.Documents.RiskReport.History = on, nil
		env := kindtest.Env(c, on)
		prep, _ := kindtest.Prepare(t, Kind, env, q)
		b := kindtest.Built(q)
		built(&b)
		return kindtest.RenderBuilt(t, env, q, prep.Documents[0], b)
	}
	const ended = "recorded as supported or with no level stated"
	const endedRow = "| Supplier support ended (its end of support has passed; recorded as supported or not stated) |"
	md := render(p.Documents.RiskReport.ReleaseDate, func(*kind.Built) {})
	kindtest.SaysAll(t, "report as released", md, "or a support rule; the product security plan gives the source of each):",
		"| Actively maintained | 26 |", "| Limited support | 9 |")
	kindtest.SaysNone(t, "report as released", md, ended, endedRow)
	// on 1 October 2026, openssl 3.0.16 (2026-09-07) and FreeRTOS-Kernel
	// 11.1.0 (2026-06-30) of 4.2.1, both recorded as actively maintained,
	// are past their end of support
	md = render(content.NewDate(2026, 10, 1), func(b *kind.Built) { b.SecurityPlan = false })
	kindtest.SaysAll(t, "report of 1 October 2026", md,
		"2 components recorded as supported or with no level stated have their end of support on or before 1 October 2026: their supplier support has ended, and the table counts them so, not by the level recorded.",
		"or a support rule), except where a component's stated end of support and its level disagree on that date:",
		"| Actively maintained | 24 |", "| Limited support | 9 |", endedRow+" 2 |")
	kindtest.SaysNone(t, "report of 1 October 2026 without a plan", md, "product security plan gives")
}

// TestReportCountsLevelsOnItsDate: beside its table of levels as
// recorded, section 7 counts the components whose recorded level and
// stated end of support disagree on the report's date: recorded as
// supported (or not assessed) with the end passed, or recorded as no
// longer maintained or abandoned with the end still to come, whose
// supplier support had not ended then. Each way, on both sides of the
// end of support.
func TestReportCountsLevelsOnItsDate(t *testing.T) {
	on := content.NewDate(2024, 10, 15)
	comp := func(level content.SupportLevel, eos content.Date) inventory.Component {
		return inventory.Component{Support: level, EndOfSupport: eos}
	}
	for _, tc := range []struct {
		name          string
		c             inventory.Component
		passed, later int
	}{
		{"no longer maintained from after the report's date", comp("no_longer_maintained", content.NewDate(2024, 10, 31)), 0, 1},
		{"abandoned from after the report's date", comp("abandoned", content.NewDate(2025, 1, 1)), 0, 1},
		{"no longer maintained from the report's date", comp("no_longer_maintained", on), 0, 0},
		{"no longer maintained from before the report's date", comp("no_longer_maintained", content.NewDate(2024, 9, 30)), 0, 0},
		{"no longer maintained, no date", comp("no_longer_maintained", content.Date{}), 0, 0},
		{"maintained, end passed", comp("maintained", content.NewDate(2024, 9, 30)), 1, 0},
		{"not assessed, end passed", comp("", content.NewDate(2024, 9, 30)), 1, 0},
		{"maintained, end to come", comp("maintained", content.NewDate(2024, 10, 16)), 0, 0},
	} {
		s := summarize(&inventory.Inventory{List: []inventory.Component{tc.c}}, on)
		if s.Passed != tc.passed || s.EndsLater != tc.later {
			t.Errorf("%s: passed %d, later %d; want %d, %d", tc.name, s.Passed, s.EndsLater, tc.passed, tc.later)
		}
		// counted once: apart, or by its level
		if n := s.Maintained + s.Limited + s.NoLongerMaintained + s.Abandoned + s.NotAssessed + s.Passed + s.EndsLater + s.Extended; n != 1 {
			t.Errorf("%s: counted %d times, want once", tc.name, n)
		}
	}

	// The example's report dated 15 October 2024 is about 4.1.0, whose
	// FreeRTOS-Kernel 10.5.1 is recorded as no longer maintained with its
	// end of support on 31 October 2024, and whose qtbase 6.2.8, recorded
	// the same, ended on 30 September 2024.
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	// As released (16 February 2026, about 4.2.1), no level is recorded
	// ended with its end still to come.
	kindtest.SaysNone(t, "report as released", render0(t, c, p), "recorded as no longer maintained or abandoned")
	q := p // shares the product: rendered as released first
	q.Documents.RiskReport.ReleaseDate, q.Documents.RiskReport.History = on, nil
	env := kindtest.Env(c, on)
	prep, _ := kindtest.Prepare(t, Kind, env, q)
	md := kindtest.RenderBuilt(t, env, q, prep.Documents[0], kindtest.Built(q))
	kindtest.SaysAll(t, "report of 15 October 2024", md,
		"One component recorded as no longer maintained or abandoned has its end of support after 15 October 2024: on that date its supplier support had not ended, and the level recorded holds from that end; the table counts it apart.",
		"| Supported until a stated end after 15 October 2024 (recorded as no longer maintained or abandoned from then) | 1 |")
}

// render0 is the example's risk report as released.
func render0(t *testing.T, c *content.Content, p kind.Product) string {
	t.Helper()
	env := kindtest.Env(c, p.Documents.RiskReport.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.RenderBuilt(t, env, p, prep.Documents[0], kindtest.Built(p))
}
