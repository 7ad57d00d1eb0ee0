// Package riskreport is the cybersecurity risk management report (FDA
// premarket guidance V.A and eSTAR's first cybersecurity element, in the
// shape of AAMI TIR57 / SW96): scope and system, threat model, risk
// assessment method, per-threat assessment, risk controls, residual risk
// and its acceptance, the SBOM and software-support summary, unresolved
// anomalies and the traceability matrix threat → control → requirement →
// test → labeling item → SBOM component. Every figure is computed from the
// content model and the product's inventory.
package riskreport

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/diagram"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
)

// Kind is the risk management report kind.
var Kind kind.Kind = riskReport{}

type riskReport struct{}

// Title is the report's title.
const Title = "Cybersecurity Risk Management Report"

// Path is the report's path under the product folder, without extension.
const Path = "risk-report"

// Template is the report's template under templates/.
const Template = "risk-report.md.tmpl"

func (riskReport) Slug() string { return "risk-report" }

func (riskReport) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		// Pending acceptance is reported here for the risk report and the
		// eSTAR cross-reference alike, once per product (it needs the
		// build's as-of date).
		pending := content.RulePendingAcceptanceReleased(p.Product, env.AsOf)
		if !p.Produces("risk_report") {
			_, diags := Report(p)
			return kind.Prepared{}, append(diags, pending...)
		}
		// The report describes the version it names, else the version
		// current on its release date; the checks are of the product as
		// built.
		c := p.Documents.RiskReport
		on := kind.Released(c.DocumentControl, env.AsOf)
		data, diags := Report(p)
		diags = append(diags, pending...)
		q := p.OnAbout(on, c.Version)
		if q.VersionOf != p.VersionOf || q.Vulnerabilities != p.Vulnerabilities {
			data, _ = Report(q)
		}
		data.SBOM = summarize(q.Inventory, on)
		data.SBOM.Parts, data.SBOM.PartCount = softwareParts(q.Product)
		diags = append(diags, kind.DueSubmissionRevision(env, p, "risk_report", "risk report", c, true)...)
		// The threat model's data-flow diagram. Its warnings about flow
		// ends are the security plan's views' too: reported once, by the
		// plan when the product builds one. Drawn from the version the
		// report is about, so that a revision says the same whenever it
		// is built.
		dfd, dfdDiags := diagram.DataFlowDiagram(q.Product)
		if !p.Builds("security_plan") {
			diags = append(diags, dfdDiags...)
		}
		var views []diagram.View
		var files []kind.File
		var flowFile string // for the CSD's link (kind.Built.DataFlow)
		if dfd != nil {
			flowFile = dfd.File
			data.DataFlow = dfd
			views = append(views, *dfd)
			files = append(files, kind.File{Path: dfd.File, Label: dfd.Title + " (SVG diagram)", Data: dfd.SVG()})
		}
		// The attack paths' drawings; their flow-end warnings are the
		// data-flow diagram's, reported above.
		paths, _ := diagram.ThreatPathViews(q.Product)
		for _, v := range paths {
			data.Paths = append(data.Paths, v)
			views = append(views, v)
			files = append(files, kind.File{Path: v.File, Label: v.Title + " (SVG diagram)", Data: v.SVG()})
		}
		return kind.Prepared{Documents: []kind.Document{{
			Path: Path, Title: Title, Kind: Title, Template: Template, StatesCyberDevice: true, // its scope
			Subject: "Cybersecurity risk management report: threat model, risk assessment method, per-threat assessment, controls, residual risk, SBOM summary, unresolved anomalies and traceability",
			Control: c.DocumentControl, Data: data, Drawings: diagram.Drawings(views), Product: p.ProductOnAbout(on, c.Version),
			About: q.VersionOf,
		}}, Files: files, DataFlow: flowFile, DataFlowAlike: alikeDrawn(p, q.VersionOf, flowFile)}, diags
	})
}

// Data is what the report template sees as .Data.
type Data struct {
	// DataFlow is the threat model's data-flow diagram with its trust
	// boundaries; nil when the product lists no data flows.
	DataFlow *diagram.View
	// Paths are the drawings of the threats' attack paths that go
	// through data flows (diagram.ThreatPathViews).
	Paths []diagram.View
	// AtReceiver: some threat's path reaches a flow at its receiver
	// (content.PathStep), a reading the report then explains.
	AtReceiver   bool
	Threats      []ThreatRow
	Controls     []ControlRow
	Trace        []TraceRow
	Gaps         []string // traceability gaps, in words
	SBOM         SBOMSummary
	Acceptor     content.Role // the role that accepts residual risk
	Uncontrolled []string     // threats whose risk after mitigation is uncontrolled
	Unacceptable []string     // threats whose residual risk is not acceptable
	Pending      []string     // threats whose acceptance is not yet concluded (neither acceptable nor not)
	Rationale    []string     // threats accepted with a rationale
	HarmUnstated []string     // threats without a severity of harm
	MaxPost      float64
	// UncontrolledVulns are the known vulnerabilities whose risk is
	// uncontrolled in the version the report is about: assessed apart
	// from the threat model, so its residual-risk statements do not
	// cover them, and the report says so.
	UncontrolledVulns []string
	// OpenVulns are the known vulnerabilities still open in the version
	// the report is about (affected, or under investigation), whatever
	// their risk: the residual-risk conclusion is about the threat model,
	// and a reader of this report alone must not take it to cover a
	// vulnerability the version still has (a controlled one included).
	OpenVulns []*vuln.Vulnerability
	// Version is the version the report is about; "" for a product
	// without versions.
	Version string
	// Withheld: a vulnerability of the version known on the report's
	// release was not publicly disclosed then, so the report, published,
	// does not name it (vuln.Set.KnownBy), and says so.
	Withheld bool
}

// ThreatRow is one threat as assessed.
type ThreatRow struct {
	content.Evaluation
	Labeling []content.RecommendedControl
	// Routes is the threat's attack path in words, one entry per route;
	// nil when the threat states none.
	Routes []string
}

// ControlRow is one control with what it is traced to.
type ControlRow struct {
	content.Control
	Threats    []string
	Tests      []string
	Components []string
}

// TraceRow is one row of the traceability matrix: a threat and one of its
// controls.
type TraceRow struct {
	Threat       string
	Control      string
	Requirements []string
	Tests        []string
	Labeling     []string
	Components   []string
}

// SBOMSummary counts the product's components by support level on the
// report's date. A component whose recorded level and stated end of
// support disagree on that date is counted apart, not by its level (as
// the CSD counts them): counting it by the level would say what the date
// denies.
type SBOMSummary struct {
	Files []string
	// Described are the SBOM files with what each describes, in Files'
	// order (sbomscope.go).
	Described []DescribedFile
	// Parts names the parts the product's software runs on, PartCount
	// how many; "" and 0 for a product of one part (softwareParts).
	Parts     string
	PartCount int

	Components                                                           int
	Maintained, Limited, NoLongerMaintained, Abandoned, NotAssessed, EOS int
	// Justified counts those of NotAssessed given a justification instead
	// of a level (inventory.Component.HasSupport, as the CSD counts them):
	// the eSTAR and the plan show them as answered, so the report does
	// not call them gaps.
	Justified int
	// Passed counts the components recorded as supported, or not
	// assessed, whose stated end of support is on or before the report's
	// date (inventory.Component.EndPassed): their support has ended
	// whatever the level says.
	Passed int
	// EndsLater counts the components recorded as no longer maintained
	// or abandoned whose stated end of support is after the report's
	// date (inventory.Component.EndedLater): on that date their supplier
	// support had not ended, whatever the level as recorded says.
	EndsLater int
	// Extended counts the components whose supplier support has ended
	// by the report's date while extended security updates that every
	// customer receives still bring them fixes, and whose level recorded
	// says they are supported, or says nothing
	// (inventory.Component.InExtended): the other documents print their
	// support as "supplier support ended" (Component.SupportOn), so the
	// report does not count them as actively maintained either.
	Extended int
	// NotInSBOM counts the components only the product data lists (its
	// [[components]] entries matching no SBOM component), as the CSD
	// counts them: beside SBOM files, the files are not the whole list.
	NotInSBOM int
}

// Report computes the report's data, and warns about control components
// that are not in the product's inventory.
func Report(p kind.Product) (Data, content.Diagnostics) {
	var d Data
	var diags content.Diagnostics
	d.Acceptor = p.Role(p.Governance.RiskAcceptance)
	d.Withheld = p.Vulnerabilities.WithholdsFor(p.VersionOf)
	d.Version = p.VersionOf
	for _, v := range p.Vulnerabilities.For(p.VersionOf) {
		if v.Open() {
			d.OpenVulns = append(d.OpenVulns, v)
		}
	}
	for _, v := range p.Vulnerabilities.Uncontrolled() {
		if v.Version == p.VersionOf && !slices.Contains(d.UncontrolledVulns, v.ID) {
			d.UncontrolledVulns = append(d.UncontrolledVulns, v.ID)
		}
	}
	tests := map[string][]string{}
	for _, c := range p.Controls {
		tests[c.ID] = p.ControlTests(c)
	}
	rcs := map[string]content.RecommendedControl{}
	for _, rc := range p.RecommendedControls {
		rcs[rc.ID] = rc
	}
	for _, ev := range p.Evaluations() {
		t := ev.Threat
		row := ThreatRow{Evaluation: ev, Routes: routeText(p.Product, t, p.VersionOf)}
		d.AtReceiver = d.AtReceiver || reachesAtReceiver(p.Product, t)
		for _, id := range t.Labeling {
			if rc, ok := rcs[id]; ok {
				row.Labeling = append(row.Labeling, rc)
			}
		}
		d.Threats = append(d.Threats, row)
		d.MaxPost = max(d.MaxPost, t.PostScore)
		switch {
		case !ev.HarmKnown:
			d.HarmUnstated = append(d.HarmUnstated, t.ID)
		case !ev.Controlled:
			d.Uncontrolled = append(d.Uncontrolled, t.ID)
		}
		if ev.Pending {
			d.Pending = append(d.Pending, t.ID)
		} else if !ev.Acceptable {
			d.Unacceptable = append(d.Unacceptable, t.ID)
		} else if t.Acceptance == "acceptable_with_rationale" {
			d.Rationale = append(d.Rationale, t.ID)
		}
		for _, cid := range t.Controls {
			c := p.Control(cid)
			d.Trace = append(d.Trace, TraceRow{Threat: t.ID, Control: cid, Requirements: c.Requirements, Tests: tests[cid],
				Labeling: t.Labeling, Components: c.Components})
			if len(tests[cid]) == 0 {
				d.Gaps = append(d.Gaps, fmt.Sprintf("%s: control %s is verified by no test", t.ID, cid))
			}
		}
	}
	names := map[string]bool{}
	for _, c := range p.Inventory.List {
		names[strings.ToLower(c.Name)] = true
	}
	for i, c := range p.Controls {
		row := ControlRow{Control: c, Tests: tests[c.ID], Components: c.Components, Threats: p.ThreatsMitigatedBy(c.ID)}
		if len(row.Threats) == 0 {
			d.Gaps = append(d.Gaps, fmt.Sprintf("control %s mitigates no threat in the threat model", c.ID))
		}
		if len(c.Requirements) == 0 {
			d.Gaps = append(d.Gaps, fmt.Sprintf("control %s is traced to no requirement", c.ID))
		}
		d.Controls = append(d.Controls, row)
		for j, name := range c.Components {
			if !names[strings.ToLower(name)] {
				path := fmt.Sprintf("controls[%d].components[%d]", i, j)
				diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
					Message: fmt.Sprintf("component %q of control %s is in no SBOM file and no [[components]] entry of the product", name, c.ID)})
			}
		}
	}
	return d, diags
}

// summarize counts inv's components by support level on date on, those
// whose level and end of support disagree then apart (SBOMSummary).
func summarize(inv *inventory.Inventory, on content.Date) SBOMSummary {
	var s SBOMSummary
	if inv == nil {
		return s
	}
	for _, f := range inv.SBOMs {
		s.Files = append(s.Files, f.Path)
	}
	s.Described = describedFiles(inv)
	s.Components = len(inv.List)
	for _, c := range inv.List {
		if c.SBOMFile == "" {
			s.NotInSBOM++
		}
		switch {
		case c.EndPassed(on):
			s.Passed++
		case c.EndedLater(on):
			s.EndsLater++
		case c.ExtendedOnly(on):
			// As inventory.Component.SupportOn words it: "supplier support
			// ended", whatever supported level is recorded. A level that
			// has ended is counted by it, as SupportOn prints it.
			s.Extended++
		case c.Support == "maintained":
			s.Maintained++
		case c.Support == "limited":
			s.Limited++
		case c.Support == "no_longer_maintained":
			s.NoLongerMaintained++
		case c.Support == "abandoned":
			s.Abandoned++
		default:
			s.NotAssessed++
			if c.HasSupport() {
				s.Justified++
			}
		}
		if !c.EndOfSupport.IsZero() {
			s.EOS++
		}
	}
	return s
}
