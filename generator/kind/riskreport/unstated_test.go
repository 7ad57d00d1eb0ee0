package riskreport

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReportSaysWhatIsNotStated: each fact the product data leaves out is
// "not stated" in the report, never an empty sentence, a zero count or
// "none"; written, it is reported.
func TestReportSaysWhatIsNotStated(t *testing.T) {
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"the example", nil,
			[]string{"Whether residual security risk is acceptable is decided by the ", "The machine-readable SBOM [sbom.cdx.json](sbom.cdx.json), which describes ", "Unresolved anomalies of the software, assessed"},
			[]string{"not stated", "No software component is listed", "no residual risk is assessed", "which this report describes, ended on"}},
		{"no role accepts residual risk", func(p *kind.Product) { p.Governance.RiskAcceptance = "" },
			[]string{"**Acceptance.** Who accepts residual security risk is not stated."},
			[]string{"accepted by the  ()"}},
		{"no component listed", func(p *kind.Product) { p.Inventory = &inventory.Inventory{} },
			[]string{"No software component is listed, in an SBOM file or in the product data"},
			[]string{"consists of 0 components", "0 of the 0 components"}},
		{"anomalies not written", func(p *kind.Product) {
			p.Anomalies = nil
			p.Source = content.SourceOfText(p.Source.File, []byte("id = \"halcyon-lvp7\"\n"))
		}, []string{"Unresolved anomalies of the software are not stated in the product data."},
			[]string{"records no unresolved anomal"}},
		{"anomalies = []", func(p *kind.Product) {
			p.Anomalies = nil
			p.Source = content.SourceOfText(p.Source.File, []byte("anomalies = []\n"))
		}, []string{"The product data records no unresolved anomaly of the software."},
			[]string{"not stated in the product data"}},
		{"overall residual acceptability not stated", func(p *kind.Product) { p.Risk.ResidualAcceptable = content.Unstated },
			[]string{"**Acceptance.** Whether residual security risk is acceptable is decided by the "},
			[]string{"The overall residual risk is", "not stated as acceptable or not"}},
		// accepted_on is itself the fact that the role accepted it: printed
		// beside an unstated conclusion, never beside one of not acceptable
		// (check's error).
		{"accepted, overall acceptability not stated", func(p *kind.Product) {
			p.Risk.ResidualAcceptable, p.Risk.AcceptedOn = content.Unstated, p.Documents.RiskReport.ReleaseDate
		}, []string{"who accepted it on 16 February 2026."}, []string{"The overall residual risk is"}},
		{"accepted, overall residual risk not acceptable", func(p *kind.Product) {
			p.Risk.ResidualAcceptable, p.Risk.AcceptedOn = content.False, p.Documents.RiskReport.ReleaseDate
		}, []string{"The overall residual risk is concluded not acceptable."}, []string{"who accepted it on"}},
		// A report released before the acceptance cannot state it as
		// done (check warns); on the day of its release it can.
		{"accepted after the report's release", func(p *kind.Product) { p.Risk.AcceptedOn = content.NewDate(2026, 5, 1) },
			[]string{"**Acceptance.** Whether residual security risk is acceptable is decided by the ", "The overall residual risk is concluded acceptable."},
			[]string{"who accepted it on"}},
		{"accepted on the report's release day", func(p *kind.Product) { p.Risk.AcceptedOn = p.Documents.RiskReport.ReleaseDate },
			[]string{"who accepted it on 16 February 2026."}, nil},
		// A report about a version past its end of support says so.
		{"current version past its end of support", func(p *kind.Product) {
			p.Versions = slices.Clone(p.Versions)
			for i := range p.Versions {
				if p.Versions[i].Version == "4.2.1" {
					v := &p.Versions[i]
					v.EndOfMarketing, v.EndOfProduction, v.EndOfLife = content.NewDate(2025, 12, 1), content.NewDate(2025, 12, 1), content.NewDate(2025, 12, 1)
					v.EndOfGuaranteedSupport, v.EndOfSupport = content.NewDate(2026, 1, 15), content.NewDate(2026, 2, 1)
				}
			}
		}, []string{"Support for version `4.2.1`, which this report describes, ended on 1 February 2026: it receives no further updates."}, nil},
		{"one threat", func(p *kind.Product) { p.Threats = p.Threats[:1] },
			[]string{"It holds 1 threat scenario across", "The one threat has an acceptable residual risk."},
			[]string{"1 threat scenarios", "Of the 1 threats", "Of the one threat"}},
		{"one threat, acceptable with a rationale", func(p *kind.Product) {
			p.Threats = p.Threats[:1]
			p.Threats[0].Acceptance, p.Threats[0].Rationale = "acceptable_with_rationale", "The benefit outweighs it."
		}, []string{"The one threat, " + "T-01, has an acceptable residual risk with a recorded rationale."},
			[]string{"Of the one threat", "The one threat has"}},
		{"one threat, not acceptable", func(p *kind.Product) {
			p.Threats = p.Threats[:1]
			p.Threats[0].Acceptance, p.Threats[0].Rationale = "not_acceptable", "A fix is planned."
		}, []string{"The one threat, **T-01, does not have an acceptable residual risk**."},
			[]string{"Of the one threat", "The one threat has"}},
		{"threats = []", func(p *kind.Product) { p.Threats = nil },
			[]string{"The threat model lists no threats, so no residual risk is assessed here."},
			[]string{"Of the 0 threats", "every risk is controlled"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t) // each case edits a product of its own
			p, _ := kindtest.Product(t, c, kindtest.Example)
			if tc.edit != nil {
				tc.edit(&p)
			}
			env := kindtest.Env(c, p.Documents.RiskReport.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			md := kindtest.Render(t, env, p, prep.Documents[0])
			kindtest.SaysAll(t, "report", md, tc.says...)
			if len(tc.never) > 0 { // a case may forbid nothing
				kindtest.SaysNone(t, "report", md, tc.never...)
			}
		})
	}
}
