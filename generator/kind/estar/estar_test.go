package estar

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
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
	// The pump states everything eSTAR asks for, its known
	// vulnerabilities (in the plan's vulnerability assessment) included.
	if len(missing) != 0 || f.Missing != 0 {
		t.Errorf("missing elements %v (count %d), want none", missing, f.Missing)
	}
	md := kindtest.Render(t, env, p, prep.Documents[0])
	kindtest.SaysAll(t, "cross-reference", md, "(risk-report.html#9-traceability-matrix)", "(security-plan.html#6-2-2-multi-patient-harm-view)",
		"(security-plan.html#9-10-vulnerability-assessment)", "every element is answered")
}

// TestNotProvidedWithoutData: an element the product data has nothing
// for is not provided, and says what is lacking. An architecture view
// the plan draws from the data flows alone, with no [[architecture]]
// entry, is provided (the eSTAR said "not provided" beside the plan's
// drawing; homedialysis_test.go); without flows it is not.
func TestNotProvidedWithoutData(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Anomalies, p.Metrics, p.Architecture = nil, nil, nil
	p.Documents.RiskReport.ID = ""
	for _, r := range Rows(p) {
		drawn := r.Element == "Architecture view: Global system view" || r.Element == "Architecture view: Multi-patient harm view" ||
			r.Element == "Architecture view: Updatability and patchability"
		if drawn && (!r.Provided() || !strings.HasPrefix(r.Answers[0].Href, "security-plan.html#6-2-")) {
			t.Errorf("%s: the plan draws it from the data flows, yet %+v", r.Element, r)
		}
	}
	p.DataFlows = nil
	rows := Rows(p)
	for _, r := range rows {
		switch {
		case r.Element == "Unresolved anomalies assessment", r.Element == "TPLC security risk management measures and metrics",
			strings.HasPrefix(r.Element, "Architecture view"):
			if r.Provided() || !strings.HasPrefix(r.Note, "The product data") && !strings.HasPrefix(r.Note, "It would be answered") {
				t.Errorf("%s: provided without data, or no reason: %+v", r.Element, r)
			}
		case strings.HasPrefix(r.Element, "Traceability"):
			// Threats and controls are stated: without the report, the
			// plan traces them (estar_noreport_test.go).
			if len(r.Answers) == 0 || !strings.HasPrefix(r.Answers[0].Href, "security-plan.html#") {
				t.Errorf("traceability without the report: want the plan, got %+v", r)
			}
		case r.Element == "Threat model":
			if len(r.Answers) != 1 || !strings.HasPrefix(r.Answers[0].Href, "security-plan.html#") {
				t.Errorf("threat model without the report: want the plan only, got %+v", r.Answers)
			}
		}
	}
}

// TestOnlyBuiltDocumentsAnswer: each document left out of the build is
// linked by no row; a row it alone answered says it is not built.
func TestOnlyBuiltDocumentsAnswer(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		build    []string
		never    string // href prefix no row may link
		element  string // a row then not provided
		because  string
		stillHas string // a row still answered, by its href prefix
	}{
		{[]string{"estar", "risk_report", "csd", "mds2"}, "security-plan.html", "Cybersecurity management plan",
			"It would be answered in the Product Security Plan, which is not built for this product.", "risk-report.html#2-threat-model"},
		{[]string{"estar", "security_plan", "csd", "mds2"}, "risk-report.html", "Unresolved anomalies assessment",
			"It would be answered in the Cybersecurity Risk Management Report, which is not built for this product.", "security-plan.html#4-7-threat-model"},
		{[]string{"estar", "csd", "mds2"}, "security-", "Threat model",
			"It would be answered in the Cybersecurity Risk Management Report or the Product Security Plan, neither of which is built for this product.", "csd.html"},
		{[]string{"estar", "security_plan", "mds2"}, "csd.html", "", "", "mds2.html"},
		{[]string{"estar", "security_plan", "csd"}, "mds2.html", "", "", "csd.html"},
		{[]string{"estar", "security_plan"}, "csd.html", "Cybersecurity labeling",
			"It would be answered in the Customer Security Documentation or the MDS2 form, neither of which is built for this product.", "security-plan.html"},
	} {
		t.Run(strings.Join(tc.build, ","), func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.Documents.Build = tc.build
			has := false
			for _, r := range Rows(p) {
				for _, a := range r.Answers {
					if strings.HasPrefix(a.Href, tc.never) {
						t.Errorf("%s links %s, which is not built", r.Element, a.Href)
					}
					if strings.HasPrefix(a.Href, tc.stillHas) {
						has = true
					}
				}
				if r.Element == tc.element && (r.Provided() || r.Note != tc.because) {
					t.Errorf("%s: answers %+v, note %q; want not provided because %q", r.Element, r.Answers, r.Note, tc.because)
				}
			}
			if !has {
				t.Errorf("no row links %s", tc.stillHas)
			}
		})
	}
}

// TestVulnerabilityAssessmentRow: the plan's vulnerability assessment
// answers the element whenever the product writes its known
// vulnerabilities, an empty list ("none known") included; not written,
// the element is not provided and says so.
func TestVulnerabilityAssessmentRow(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		file string
		want bool
	}{
		{"id = \"halcyon-lvp7\"\n", false},
		{"vulnerabilities = []\n", true},
		{"[[vex]]\nfile = \"vex.json\"\n", true},
	} {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.Source = content.SourceOfText(p.Source.File, []byte(tc.file))
		for _, r := range Rows(p) {
			if !strings.HasPrefix(r.Element, "Vulnerability assessment") {
				continue
			}
			if r.Provided() != tc.want {
				t.Errorf("file %q: provided %v, want %v (%+v)", tc.file, r.Provided(), tc.want, r)
			}
			if !tc.want && !strings.Contains(r.Note, "does not state the known vulnerabilities") {
				t.Errorf("file %q: note %q gives no reason", tc.file, r.Note)
			}
		}
	}
}

// TestLabelingRowNamesIncompleteItems: a built CSD answers the labeling
// element, but where the product data leaves labeling items empty the
// row names them, so it does not read as complete; the pump, which
// covers all 14, gets no note.
func TestLabelingRowNamesIncompleteItems(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		name  string
		edit  func(p *content.Product)
		notes []string // the note says these; none: no note
	}{
		{"complete", func(*content.Product) {}, nil},
		{"one item", func(p *content.Product) { p.Backup = content.Backup{} },
			[]string{"labeling item 9 (Backup and restore) incomplete"}},
		{"two items", func(p *content.Product) { p.Backup, p.Decommissioning = content.Backup{}, content.Decommissioning{} },
			[]string{"leaves 2 of the 14 labeling items incomplete", "9 (Backup and restore); 14 (Secure decommissioning"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			tc.edit(p.Product)
			for _, r := range Rows(p) {
				if r.Element != "Cybersecurity labeling" {
					continue
				}
				if !r.Provided() {
					t.Fatalf("not provided: %+v", r)
				}
				if len(tc.notes) == 0 && r.Note != "" {
					t.Errorf("note %q, want none", r.Note)
				}
				kindtest.SaysAll(t, "note", r.Note, tc.notes...)
			}
		})
	}
}

// TestVulnerabilityRowLinksVEXFiles: the site publishes the current
// version's VEX files whatever documents are built, so the element is
// answered by them without the plan; a version with no known
// vulnerability has none to link.
func TestVulnerabilityRowLinksVEXFiles(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		name   string
		vulns  bool
		linked bool
	}{
		{"known vulnerabilities", true, true},
		{"none known", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.Documents.Build = []string{"estar", "csd"}
			if !tc.vulns {
				p.Vulnerabilities = nil
			}
			for _, r := range Rows(p) {
				if !strings.HasPrefix(r.Element, "Vulnerability assessment") {
					continue
				}
				var hrefs []string
				for _, a := range r.Answers {
					hrefs = append(hrefs, a.Href)
				}
				got := strings.Join(hrefs, " ")
				if linked := got == "vex-4.2.1.cdx.json vex-4.2.1.openvex.json"; linked != tc.linked {
					t.Errorf("answers %q, want the VEX files linked: %v", got, tc.linked)
				}
				if !tc.linked && r.Provided() {
					t.Errorf("provided by %q without the plan or VEX files", got)
				}
			}
		})
	}
}

// TestLabelingRowWithoutCSD: with the MDS2 form but no CSD, the labeling
// row links the form and says the 14 labeling items are not covered by
// it; with the CSD built it says nothing of the kind.
func TestLabelingRowWithoutCSD(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		build []string
		note  bool
	}{
		{[]string{"estar", "security_plan", "mds2"}, true},
		{[]string{"estar", "security_plan", "csd", "mds2"}, false},
	} {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.Documents.Build = tc.build
		for _, r := range Rows(p) {
			if r.Element != "Cybersecurity labeling" {
				continue
			}
			if got := strings.Contains(r.Note, "customer security documentation, which carries the 14 labeling items"); got != tc.note || !r.Provided() {
				t.Errorf("%v: provided %v, note %q; want the CSD note: %v", tc.build, r.Provided(), r.Note, tc.note)
			}
		}
	}
}

// TestManagementPlanCites524BOnlyForACyberDevice: section 524B(b)(1)
// asks a plan of a cyber device only. The row cited it for every
// product, a device stated not to be one included; it now cites it for a
// cyber device, cites it as applying only to one where the determination
// is not stated (as the plan does) and says that it is not stated, and
// does not cite it for a device that is not one. A cross-reference
// released before both cites neither.
func TestManagementPlanCites524BOnlyForACyberDevice(t *testing.T) {
	c := kindtest.LoadExample(t)
	for _, tc := range []struct {
		applies content.Tri
		want    string
	}{
		{content.True, "VI.B; FD&C Act 524B(b)(1)"},
		{content.Unstated, "VI.B; FD&C Act 524B(b)(1), for a cyber device"},
		{content.False, "VI.B"},
	} {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.CyberDevice.Applies = tc.applies
		for _, date := range []content.Date{p.Documents.ESTAR.ReleaseDate, content.NewDate(2023, 3, 1)} {
			want := tc.want
			if date.Before(content.NewDate(2023, 3, 29)) {
				want = "" // neither the guidance nor section 524B was in force
			}
			wantNote := ""
			if tc.applies == content.Unstated && want != "" {
				wantNote = "Whether the product is a cyber device, of which section 524B(b)(1) asks this plan, is not stated (cyber_device.applies)."
			}
			for _, r := range Dated(Rows(p), c.Site, date) {
				if r.Element == "Cybersecurity management plan" && (r.Guidance != want || r.Note != wantNote) {
					t.Errorf("applies %v, released %s: guidance %q, note %q; want %q, %q", tc.applies, date, r.Guidance, r.Note, want, wantNote)
				}
			}
		}
	}
}

// TestOnlyDocumentsIssuedByItsReleaseAnswer: a cross-reference released
// before another document was first issued cannot point to it (as
// kind.Built.IssuedBy keeps every other document from doing); it linked
// every built document whatever its date. The row says when the document
// was first issued instead.
func TestOnlyDocumentsIssuedByItsReleaseAnswer(t *testing.T) {
	c := kindtest.LoadExample(t)
	later := func(d *content.DocumentControl, on content.Date) {
		d.ReleaseDate, d.History = on, []content.Revision{{Revision: "A", Date: on, Summary: "First issue."}}
	}
	p, _ := kindtest.Product(t, c, kindtest.Example)
	later(&p.Documents.SecurityPlan, content.NewDate(2026, 3, 2))
	later(&p.Documents.CSD, content.NewDate(2026, 4, 1))
	p.Documents.Build = []string{"estar", "security_plan", "csd", "mds2", "risk_report"}
	notes := map[string]string{}
	for _, r := range Rows(p) {
		for _, a := range r.Answers {
			if strings.HasPrefix(a.Href, "security-plan.html") || strings.HasPrefix(a.Href, "csd.html") {
				t.Errorf("%s links %s, first issued after the cross-reference", r.Element, a.Href)
			}
		}
		notes[r.Element] = r.Note
	}
	for element, want := range map[string]string{
		"Cybersecurity management plan": "It would be answered in the Product Security Plan, first issued on 2 March 2026, after this cross-reference.",
		"Cybersecurity labeling":        "The customer security documentation, which carries the 14 labeling items, was first issued on 1 April 2026, after this cross-reference; the MDS2 form covers them only in part.",
	} {
		if notes[element] != want {
			t.Errorf("%s: note %q, want %q", element, notes[element], want)
		}
	}
	p.Documents.Build = []string{"estar", "security_plan", "csd", "mds2"} // the report not built, the plan later
	for _, r := range Rows(p) {
		if r.Element == "Threat model" && r.Note != "It would be answered in the Cybersecurity Risk Management Report, which is not built for this product; or the Product Security Plan, first issued on 2 March 2026, after this cross-reference." {
			t.Errorf("threat model: note %q", r.Note)
		}
	}
}

// TestViewRowSaysWhichFlowsAreLacking: a product with data flows, none of
// which the multi-patient harm view is drawn from, was said to have no
// data flows for it; the row now says which flows the view needs.
func TestViewRowSaysWhichFlowsAreLacking(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	p.Architecture = nil
	p.DataFlows = slices.DeleteFunc(slices.Clone(p.DataFlows), func(f content.DataFlow) bool {
		return f.Data.Has("therapy") || f.Data.Has("configuration") || f.Data.Has("software") || f.Data.Has("alarms")
	})
	if len(p.DataFlows) == 0 {
		t.Fatal("the example has no flow left to test with")
	}
	const want = "The product data has no architecture for this view (architecture). Drawn from the data alone, the view shows only the data flows in which a part or system hosted by the customer or by the manufacturer sends therapy data, configuration or software toward the product's own parts or the systems that run them, directly or through another system, or receives or passes on alarms (data_flows, parts.runs, flow_endpoints.zone), and the product data has no such flow; other paths by which one compromise could reach many patients are not drawn from the data alone."
	for _, r := range Rows(p) {
		if r.Element == "Architecture view: Multi-patient harm view" && r.Note != want {
			t.Errorf("note %q, want %q", r.Note, want)
		}
	}
}
