package estar

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

func TestExampleCrossReference(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, p.Documents.ESTAR.ReleaseDate)
	prep, diags := kindtest.Prepare(t, Kind, env, p)
	if len(diags) > 0 || len(prep.Documents) != 1 {
		t.Fatalf("documents %d, diagnostics %v", len(prep.Documents), diags)
	}
	var f File
	if err := json.Unmarshal(kindtest.File(t, prep, "estar.json"), &f); err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, r := range f.Elements {
		if len(r.Answers) == 0 {
			missing = append(missing, r.Element)
		}
		for _, a := range r.Answers {
			if a.Href == "" || a.Section == "" {
				t.Errorf("%s: link without target: %+v", r.Element, a)
			}
		}
	}
	// The model has no known-vulnerability records yet: that element is
	// honestly missing for the example.
	if len(missing) != 1 || !strings.HasPrefix(missing[0], "Vulnerability assessment") || f.Missing != 1 {
		t.Errorf("missing elements %v (count %d), want only the vulnerability assessment", missing, f.Missing)
	}
	md := kindtest.Render(t, env, p, prep.Documents[0])
	for _, want := range []string{"(risk-report.html#9-traceability-matrix)", "(security-plan.html#6-2-2-multi-patient-harm-view)", "**Not provided**"} {
		if !strings.Contains(md, want) {
			t.Errorf("cross-reference lacks %q", want)
		}
	}
}

func TestNotProvidedWithoutData(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Anomalies, p.Metrics, p.Architecture = nil, nil, nil
	p.Documents.RiskReport.ID = ""
	rows := Rows(p)
	for _, r := range rows {
		switch {
		case r.Element == "Unresolved anomalies assessment", r.Element == "TPLC security risk management measures and metrics",
			strings.HasPrefix(r.Element, "Architecture view"), strings.HasPrefix(r.Element, "Traceability"):
			if r.Provided() {
				t.Errorf("%s: provided without data: %+v", r.Element, r.Answers)
			}
		case r.Element == "Threat model":
			if len(r.Answers) != 1 || !strings.HasPrefix(r.Answers[0].Href, "security-plan.html#") {
				t.Errorf("threat model without the report: want the plan only, got %+v", r.Answers)
			}
		}
	}
}
