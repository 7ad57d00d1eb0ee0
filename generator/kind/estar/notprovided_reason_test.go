package estar

import (
	"fmt"
	"slices"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// rowOf is the row of element in rows, or a zero row.
func rowOf(rows []Row, element string) Row {
	for _, r := range rows {
		if r.Element == element {
			return r
		}
	}
	return Row{}
}

// TestNotProvidedGivesEveryReason: an element the data lacks and whose
// only documents are not built says both (the data alone would not
// answer it); an element the site's published files answer once the data
// names them (SBOM) says only what the data lacks.
func TestNotProvidedGivesEveryReason(t *testing.T) {
	const metrics = "TPLC security risk management measures and metrics"
	for _, tc := range []struct {
		name      string
		build     []string
		noMetrics bool
		element   string
		want      string
	}{
		{"no metrics, no plan", []string{"estar", "risk_report"}, true, metrics,
			"The product data lists no metrics (metrics). It would also need the Product Security Plan, which is not built for this product."},
		{"no metrics, plan built", []string{"estar", "security_plan", "risk_report"}, true, metrics,
			"The product data lists no metrics (metrics)."},
		{"metrics, no plan", []string{"estar", "risk_report"}, false, metrics,
			"It would be answered in the Product Security Plan, which is not built for this product."},
		{"no SBOM file, neither document", []string{"estar", "csd"}, true, "Software bill of materials",
			"The product data names no SBOM file (sbom.files)."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A fresh load: the product is shared by its loads.
			p, _ := kindtest.Product(t, kindtest.LoadExample(t), kindtest.Example)
			p.Documents.Build = tc.build
			if tc.noMetrics {
				p.Metrics = nil
				p.SBOM.Files = nil
				p.Inventory = nil
			}
			if r := rowOf(Rows(p), tc.element); r.Provided() || r.Note != tc.want {
				t.Errorf("answers %+v, note %q; want not provided because %q", r.Answers, r.Note, tc.want)
			}
		})
	}
}

// TestSupportRowWithoutComponents: with no software component listed at
// all, the support row says so rather than that no component has a level.
func TestSupportRowWithoutComponents(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Inventory = nil
	const want = "The product data lists no software component (components, sbom.files)."
	if r := rowOf(Rows(p), "Relevant software support and maintenance information"); r.Provided() || r.Note != want {
		t.Errorf("answers %+v, note %q; want not provided because %q", r.Answers, r.Note, want)
	}
}

// TestTraceabilityRowNotesGaps: the traceability row links the risk
// report's matrix; when the matrix leaves controls without a test or a
// requirement, or mitigating no threat, the row says so; complete, it has
// no note.
func TestTraceabilityRowNotesGaps(t *testing.T) {
	c := kindtest.LoadExample(t)
	const element = "Traceability: threat model, risk assessment, controls and testing"
	p, _ := kindtest.Product(t, c, kindtest.Example)
	if r := rowOf(Rows(p), element); !r.Provided() || r.Note != "" {
		t.Fatalf("complete matrix: answers %+v, note %q; want answered with no note", r.Answers, r.Note)
	}
	p.Controls = slices.Clone(p.Controls)
	for i := range p.Controls {
		p.Controls[i].Requirements, p.Controls[i].Verification = nil, nil
	}
	n := len(p.Controls)
	r := rowOf(Rows(p), element)
	if want := fmt.Sprintf("The matrix has gaps: of the %d controls, %d are verified by no test and %d are traced to no requirement.", n, n, n); !r.Provided() || r.Note != want {
		t.Errorf("answers %+v, note %q; want answered with %q", r.Answers, r.Note, want)
	}
	p.Controls = p.Controls[:1]
	// The example's first control mitigates a threat.
	if r := rowOf(Rows(p), element); r.Note != "The matrix has gaps: its one control is verified by no test and is traced to no requirement." {
		t.Errorf("one control: note %q", r.Note)
	}
}
