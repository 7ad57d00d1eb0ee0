package plan

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// renderPlan renders the security plan of product id of the example, after
// edit changes its facts.
func renderPlan(t *testing.T, id string, edit func(p *content.Product)) string {
	t.Helper()
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, id)
	edit(p.Product)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.Render(t, env, p, prep.Documents[0])
}

// TestPlanCoversRelatedSystems: the pump's Halcyon Connect reaches the plan
// with what it is, who hosts and patches it, its versions and their
// support, and its SBOM summary; 524B(b)(2)'s traceability row points at it.
func TestPlanCoversRelatedSystems(t *testing.T) {
	md := renderPlan(t, kindtest.Example, func(*content.Product) {})
	kindtest.SaysAll(t, "plan", md,
		"### 9.11 Related systems",
		"#### 9.11.1 Halcyon Connect",
		"Halcyon Connect is server software that runs on a server the customer hosts.",
		"| Hosted | Hosted by the customer |",
		"| Part | Halcyon Connect server (its interfaces and ports are in the product's tables) |",
		"| Who patches it | Meridian publishes a signed Connect maintenance release whenever a fix in Connect or a bundled component is due",
		"| Release cadence | As needed, no fixed calendar |",
		"| Covered by this plan | Yes: ",
		"| 4.2 | 3.8.2 | 2019-06-03 | 2023-07-31 | 2025-07-31 | End of Support | Not stated |",
		"| 5.3 | 4.1.0, 4.2.1 | 2024-11-04 | 2030-07-31 | 2031-07-31 | Support | [connect/sbom-connect-5.3.cdx.json](connect/sbom-connect-5.3.cdx.json): 6 components (CycloneDX 1.5) |",
		"[9.11 Related systems](#9-11-related-systems) |",
	)
}

// TestPlanRelatedUnstatedFacts: unset optional facts print "Not stated",
// never "No"; a system the manufacturer hosts is patched by it.
func TestPlanRelatedUnstatedFacts(t *testing.T) {
	md := renderPlan(t, kindtest.Example, func(p *content.Product) {
		s := &p.RelatedSystems[0]
		s.Part, s.Runs, s.Kind = "", "manufacturer_hosted", "update_service"
		s.PatchPolicy, s.SupportPolicy, s.CoveredByPlan, s.Description = "", "", content.Unstated, ""
		s.Versions[0].DeviceVersions = nil
	})
	kindtest.SaysAll(t, "plan", md,
		"Halcyon Connect is an update service hosted by the manufacturer.",
		"| Part | Not stated |",
		"| Who patches it | Not stated |",
		"| Support policy | Not stated |",
		"| Covered by this plan | Not stated |",
		"| 4.2 | Not stated | 2019-06-03 |",
	)
	if strings.Contains(md, "| Covered by this plan | No |") {
		t.Error("an unstated covered_by_plan printed as No")
	}
	md = renderPlan(t, kindtest.Example, func(p *content.Product) { p.RelatedSystems[0].CoveredByPlan = content.False })
	if !strings.Contains(md, "| Covered by this plan | No |") {
		t.Error("covered_by_plan = false not printed as No")
	}
}

// TestPlanWithoutRelatedSystems: a product without related systems says
// nothing about them, and its 524B(b)(2) row links no such section.
func TestPlanWithoutRelatedSystems(t *testing.T) {
	for _, id := range []string{kindtest.Example, "dosewise"} {
		md := renderPlan(t, id, func(p *content.Product) { p.RelatedSystems = nil })
		kindtest.SaysNone(t, id+": plan without related systems", md, "Related systems", "related-systems", "9.11")
	}
}

// TestPlanPenTestFindingsNotStated: a penetration test whose findings the
// product file does not write has findings that are not stated (Dosewise's
// results mention findings fixed): the plan must not say the test found
// nothing or that no finding is deferred. Written empty, they are none.
// Where section 8.1 records the outcome of penetration testing (Dosewise's
// VA-01), the sentence points there, so that "not stated" does not read
// against the results the table gives; without such an activity it does
// not.
func TestPlanPenTestFindingsNotStated(t *testing.T) {
	const notStated, noDeferred = "Its findings are not stated", "Which findings of the penetration test are deferred is not stated."
	const pointer = "Its findings are not stated one by one; section 8.1 gives the outcome recorded for penetration testing (VA-01)."
	const asTheTextStates = "The penetration test's findings are not listed one by one (see [8.2 Penetration test](#8-2-penetration-test)); what is deferred is as the text above states."
	md := renderPlan(t, "dosewise", func(*content.Product) {})
	kindtest.SaysAll(t, "plan", md, pointer, asTheTextStates)
	kindtest.SaysNoneBecause(t, "plan", md, "the findings are not stated, deferred_fixes is written", "The test produced no findings.", "No finding is currently deferred.", noDeferred)
	// deferred_fixes = "None." beside "which … are deferred is not stated"
	// read as a contradiction; without it, nothing says what is deferred.
	md = renderPlan(t, "dosewise", func(p *content.Product) { p.Verification.DeferredFixes = "" })
	kindtest.SaysAll(t, "deferred_fixes not written: plan", md, noDeferred)
	kindtest.SaysNoneBecause(t, "deferred_fixes not written: plan", md, "no text to point to", asTheTextStates)
	md = renderPlan(t, "dosewise", func(p *content.Product) {
		for i := range p.Verification.Activities {
			p.Verification.Activities[i].Kind = "dynamic_analysis"
		}
	})
	kindtest.SaysAll(t, "no penetration activity: plan", md, notStated+".")
	kindtest.SaysNoneBecause(t, "no penetration activity: plan", md, "no activity records penetration testing", "not stated one by one")
	md = renderPlan(t, "dosewise", func(p *content.Product) {
		p.Source = content.SourceOfText(p.Source.File, []byte("[verification.penetration_test]\nfindings = []\n"))
	})
	kindtest.SaysAll(t, "findings = [] written: plan", md, "The test produced no findings.", "No finding is currently deferred.")
	if strings.Contains(md, notStated) || strings.Contains(md, noDeferred) {
		t.Error("findings = [] written: plan still says they are not stated")
	}
}

// TestPlanISAOSaysOnlyMembership: manufacturer.isao states membership (and
// since when), nothing of what the manufacturer shares or receives: the
// plan says it is a member, "has been" only with a date, and never that it
// "shares and receives threat information" through the organization.
func TestPlanISAOSaysOnlyMembership(t *testing.T) {
	for _, tc := range []struct {
		name string
		isao content.ISAO
		want string
		doc9 string // the MDS2 form's own answer to DOC-9, when given
	}{
		{"member since a date", content.ISAO{Member: content.True, Name: "Health-ISAC", Since: content.NewDate(2019, 4, 1)}, "Meridian Infusion Systems, Inc. has been a member of Health-ISAC since 1 April 2019.\n", ""},
		{"member, no date", content.ISAO{Member: content.True, Name: "Health-ISAC"}, "Meridian Infusion Systems, Inc. is a member of Health-ISAC.\n", ""},
		{"member, no name", content.ISAO{Member: content.True}, "Meridian Infusion Systems, Inc. is a member of an information sharing and analysis organization.\n", ""},
		{"not a member", content.ISAO{Member: content.False}, "Meridian Infusion Systems, Inc. is not a member of an information sharing and analysis organization.\n", ""},
		{"not stated", content.ISAO{}, "Whether Meridian Infusion Systems, Inc. is a member of an information sharing and analysis organization is not stated.\n", ""},
		// The MDS2 form's own DOC-9 answer says it where the site file
		// does not: the plan must not call unknown what the form answers.
		{"not stated, the form answers No", content.ISAO{}, "Meridian Infusion Systems, Inc. is not a member of an information sharing and analysis organization, as its MDS2 form answers (DOC-9).\n", "no"},
		{"not stated, the form answers Yes", content.ISAO{}, "Meridian Infusion Systems, Inc. is a member of an information sharing and analysis organization, as its MDS2 form answers (DOC-9); which one is not stated.\n", "yes"},
		{"not stated, the form refers to a note", content.ISAO{}, "Whether Meridian Infusion Systems, Inc. is a member of an information sharing and analysis organization is not stated.\n", "see_note"},
		{"stated, the form's answer is not needed", content.ISAO{Member: content.True, Name: "Health-ISAC"}, "Meridian Infusion Systems, Inc. is a member of Health-ISAC.\n", "yes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			c.Site.Manufacturer.ISAO = tc.isao
			p, _ := kindtest.Product(t, c, kindtest.Example)
			if tc.doc9 != "" {
				p.MDS2.Answers["DOC-9"] = content.MDS2Answer{Answer: tc.doc9}
			}
			env := kindtest.Env(c, content.NewDate(2026, 2, 16))
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			md := kindtest.Render(t, env, p, prep.Documents[0])
			kindtest.SaysAll(t, "plan", md, tc.want)
			kindtest.SaysNoneBecause(t, "plan", md, "isao states membership, nothing of what is shared", "threat information through it", "has been a member of Health-ISAC.")
		})
	}
}

// TestPlanResidualRiskOfOneThreat: "Of the one threat, 1 is acceptable
// after mitigation, 0 are acceptable with a recorded rationale and 0 are
// not acceptable" counted three groups where there is one threat; it
// now says which the one threat is in. Two or more keep the counts.
func TestPlanResidualRiskOfOneThreat(t *testing.T) {
	for _, tc := range []struct {
		name, acceptance string
		threats          int
		want             string
	}{
		{"acceptable", "acceptable", 1, "The one threat is acceptable after mitigation."},
		{"with a rationale", "acceptable_with_rationale", 1, "The one threat is acceptable with a recorded rationale."},
		{"not acceptable", "not_acceptable", 1, "The one threat is not acceptable."},
		{"two", "acceptable", 2, "Of the 2 threats, 2 are acceptable after mitigation, 0 are acceptable with a recorded rationale and 0 are not acceptable."},
	} {
		md := renderPlan(t, kindtest.Example, func(p *content.Product) {
			p.Threats = p.Threats[:tc.threats]
			for i := range p.Threats {
				p.Threats[i].Acceptance = tc.acceptance
			}
		})
		kindtest.SaysAll(t, tc.name, md, tc.want)
		if tc.threats == 1 {
			kindtest.SaysNoneBecause(t, tc.name, md, "one threat is in one group", "Of the one threat")
		}
	}
}
