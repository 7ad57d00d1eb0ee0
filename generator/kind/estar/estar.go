// Package estar is the eSTAR cybersecurity cross-reference: for each
// cybersecurity element FDA's eSTAR asks for (the premarket guidance's
// Appendix 4 list of documentation), the generated document and section
// that answers it, with a link, or "not provided" where the product data
// has nothing. Published as a document and as estar.json.
package estar

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/export"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/markdown"
)

// Kind is the eSTAR cross-reference kind.
var Kind kind.Kind = estarKind{}

type estarKind struct{}

// Title is the document's title.
const Title = "eSTAR Cybersecurity Cross-Reference"

func (estarKind) Slug() string { return "estar" }

func (estarKind) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		if p.Documents.ESTAR.ID == "" || !p.Builds("estar") {
			return kind.Prepared{}, nil
		}
		rows := Rows(p)
		data, err := JSON(env, p, rows)
		if err != nil {
			return kind.Prepared{}, content.Diagnostics{{File: p.Source.File, Message: "estar.json: " + err.Error()}}
		}
		return kind.Prepared{
			Documents: []kind.Document{{
				Path: "estar", Title: Title, Kind: Title, Template: "estar.md.tmpl",
				Subject: "Where each cybersecurity element of FDA's eSTAR is answered in the generated documents",
				Control: p.Documents.ESTAR, Data: View{Rows: rows, JSON: "estar.json", Missing: missing(rows)},
			}},
			Files: []kind.File{{Path: "estar.json", Label: "eSTAR cybersecurity cross-reference (JSON)", Data: data}},
		}, nil
	})
}

// View is what the template sees as .Data.
type View struct {
	Rows    []Row
	JSON    string
	Missing int
}

// Row is one eSTAR element and where it is answered.
type Row struct {
	Element  string `json:"element"`
	Guidance string `json:"guidance_section"`
	Answers  []Link `json:"answered_in"` // none: not provided
	Note     string `json:"note,omitempty"`
}

// Provided reports whether a generated document answers the element.
func (r Row) Provided() bool { return len(r.Answers) > 0 }

// Link is one document section that answers an element.
type Link struct {
	Document string `json:"document"`
	Section  string `json:"section"`
	Href     string `json:"href"` // relative to the product folder
}

// The generated documents and the headings the rows link to. The site's
// link check fails the build when a heading here drifts from its template.
const (
	plan   = "Product Security Plan"
	report = "Cybersecurity Risk Management Report"
	csd    = "Customer Security Documentation"
	mds2   = "MDS2 form"
)

func planAt(section string) Link {
	return Link{Document: plan, Section: section, Href: "security-plan.html#" + markdown.Slug(section)}
}

func reportAt(section string) Link {
	return Link{Document: report, Section: section, Href: "risk-report.html#" + markdown.Slug(section)}
}

// Rows maps every element to the sections that answer it for product p.
func Rows(p kind.Product) []Row {
	hasReport := p.Documents.RiskReport.ID != ""
	// pick is the risk report's section when the report is built, else the plan's.
	pick := func(reportSection, planSection string) []Link {
		if hasReport {
			return []Link{reportAt(reportSection), planAt(planSection)}
		}
		return []Link{planAt(planSection)}
	}
	onlyReport := func(section string) []Link {
		if hasReport {
			return []Link{reportAt(section)}
		}
		return nil
	}
	when := func(ok bool, links []Link) []Link {
		if ok {
			return links
		}
		return nil
	}
	assessed, total := 0, 0
	if p.Inventory != nil {
		total = len(p.Inventory.List)
		for _, c := range p.Inventory.List {
			if c.Support != "" {
				assessed++
			}
		}
	}
	rows := []Row{
		{Element: "Cybersecurity risk management report", Guidance: "V.A",
			Answers: when(len(p.Threats) > 0, pick("1. Scope and system", "4. Security risk management"))},
		{Element: "Threat model", Guidance: "V.A.1",
			Answers: when(len(p.Threats) > 0, pick("2. Threat model", "4.7 Threat model"))},
		{Element: "Cybersecurity risk assessment", Guidance: "V.A.2",
			Answers: when(len(p.Threats) > 0, pick("4. Risk assessment per threat", "4.8 Residual risk"))},
		{Element: "Software bill of materials", Guidance: "V.A.4.a",
			Answers: when(len(p.SBOM.Files) > 0, pick("7. SBOM and software support", "5.2 Software bill of materials"))},
		{Element: "Relevant software support and maintenance information", Guidance: "V.A.4.b",
			Answers: when(assessed > 0, pick("7. SBOM and software support", "5.3 Component support status"))},
		{Element: "Vulnerability assessment (known vulnerabilities and their risk assessment)", Guidance: "V.A.4.b",
			Note: "The product data holds no known-vulnerability (VEX) records."},
		{Element: "Unresolved anomalies assessment", Guidance: "V.A.5",
			Answers: when(len(p.Anomalies) > 0, onlyReport("8. Unresolved anomalies"))},
		{Element: "Traceability: threat model, risk assessment, controls and testing", Guidance: "V.A",
			Answers: when(len(p.Threats) > 0 && len(p.Controls) > 0, onlyReport("9. Traceability matrix"))},
		{Element: "TPLC security risk management measures and metrics", Guidance: "V.A.6",
			Answers: when(len(p.Metrics) > 0, []Link{planAt("10. Total product lifecycle metrics")})},
		{Element: "Security controls", Guidance: "V.B.1, Appendix 1",
			Answers: when(len(p.Controls) > 0, pick("5. Risk controls", "7. Security controls by FDA category"))},
	}
	for i, v := range content.ViewKinds {
		section := fmt.Sprintf("6.2.%d %s", i+1, content.Label(v))
		rows = append(rows, Row{Element: "Architecture view: " + content.Label(v), Guidance: "V.B.2, Appendix 2",
			Answers: when(len(p.ViewsOf(v)) > 0, []Link{planAt(section)})})
	}
	rows = append(rows,
		Row{Element: "Cybersecurity testing", Guidance: "V.C",
			Answers: when(len(p.Verification.Activities) > 0, []Link{planAt("8. Verification and validation")})},
		Row{Element: "Cybersecurity labeling", Guidance: "VI.A",
			Answers: labeling(p)},
		Row{Element: "Cybersecurity management plan", Guidance: "VI.B; FD&C Act 524B(b)(1)",
			Answers: []Link{planAt("9. Postmarket cybersecurity management plan")}},
	)
	if total > 0 && assessed < total {
		rows[4].Note = fmt.Sprintf("%d of %d components have no stated support level.", total-assessed, total)
	}
	return rows
}

func labeling(p kind.Product) []Link {
	links := []Link{{Document: csd, Section: "the whole document", Href: "csd.html"}}
	if p.MDS2.HasInput() {
		links = append(links, Link{Document: mds2, Section: "the whole form", Href: "mds2.html"})
	}
	return links
}

func missing(rows []Row) int {
	n := 0
	for _, r := range rows {
		if !r.Provided() {
			n++
		}
	}
	return n
}

// File is estar.json: the product, the guidance edition followed and the
// rows.
type File struct {
	Product  string `json:"product"`
	Guidance string `json:"guidance"`
	Edition  string `json:"edition"`
	Elements []Row  `json:"elements"`
	Missing  int    `json:"missing"`
	Tool     string `json:"generated_by"`
}

// JSON encodes the cross-reference, deterministically.
func JSON(env *kind.Env, p kind.Product, rows []Row) ([]byte, error) {
	g := env.Content.Site.Edition("fda-premarket")
	for i := range rows {
		if rows[i].Answers == nil {
			rows[i].Answers = []Link{}
		}
	}
	return export.JSON(File{Product: p.ID, Guidance: g.Title, Edition: g.Edition, Elements: rows, Missing: missing(rows), Tool: "jspgen " + env.Version})
}
