// Package estar is the eSTAR cybersecurity cross-reference: for each
// cybersecurity element FDA's eSTAR asks for (the premarket guidance's
// Appendix 4 list of documentation), the generated document and section
// that answers it, with a link, or "not provided" where the product data
// has nothing. Published as a document and as estar.json.
package estar

import (
	"fmt"
	csafkind "github.com/jspgen/jspgen/generator/kind/csaf"
	"path"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/diagram"
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
		if !p.Produces("estar") {
			return kind.Prepared{}, nil
		}
		// The version it names, else the version current on its release:
		// its SBOM and VEX files.
		c := p.Documents.ESTAR
		on := kind.Released(c.DocumentControl, env.AsOf)
		about := p.OnAbout(on, c.Version)
		// The VEX files it links state what is public on the site's date.
		about.Vulnerabilities = about.Vulnerabilities.PublicBy(env.AsOf)
		rows := Dated(Rows(about), env.Content.Site, on)
		data, err := JSON(env, p, rows)
		if err != nil {
			return kind.Prepared{}, content.Diagnostics{{File: p.Source.File, Message: "estar.json: " + err.Error()}}
		}
		diags := kind.DueSubmissionRevision(env, p, "estar", "eSTAR cross-reference", c, false)
		diags = append(diags, otherVersionReport(env, p, p.Describes(c, env.AsOf))...)
		return kind.Prepared{
			Documents: []kind.Document{{
				Path: "estar", Title: Title, Kind: Title, Template: "estar.md.tmpl", StatesCyberDevice: true, // the management plan row
				Subject: "Where each cybersecurity element of FDA's eSTAR is answered in the generated documents",
				Control: c.DocumentControl, Data: View{Rows: rows, JSON: "estar.json", Missing: missing(rows)},
				About: about.VersionOf,
			}},
			Files: []kind.File{{Path: "estar.json", Label: "eSTAR cybersecurity cross-reference (JSON)", Data: data}},
		}, diags
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

	built bool         // the document is built for the product; only built ones are linked
	later content.Date // the document's first issue, when after the cross-reference's release: not linked
}

// available reports whether the cross-reference can point to l: its
// document is built and was issued by the cross-reference's release.
func (l Link) available() bool { return l.built && l.later.IsZero() }

// The generated documents and the headings the rows link to. The site's
// link check fails the build when a heading here drifts from its template.
const (
	plan   = "Product Security Plan"
	report = "Cybersecurity Risk Management Report"
	csd    = "Customer Security Documentation"
	mds2   = "MDS2 form"
)

// Rows maps every element to the sections that answer it for product p.
// An element is answered only in documents built for p and first issued
// by the cross-reference's release date (kind.Built.IssuedBy: released
// then, it cannot point to a document that did not exist yet); where none
// is, the row says why: what the product data lacks, or which document
// would answer it and is not built, or was first issued later.
func Rows(p kind.Product) []Row {
	on := p.Documents.ESTAR.ReleaseDate
	doc := func(name, href string, built bool, c content.DocumentControl) Link {
		l := Link{Document: name, Href: href, built: built}
		if first := c.FirstIssued(); built && !on.IsZero() && first.After(on) {
			l.later = first
		}
		return l
	}
	d := p.Documents
	planDoc := doc(plan, "security-plan.html", p.Builds("security_plan"), d.SecurityPlan)
	reportDoc := doc(report, "risk-report.html", p.Produces("risk_report"), d.RiskReport.DocumentControl)
	csdDoc := doc(csd, "csd.html", p.Builds("csd"), d.CSD)
	mds2Doc := doc(mds2, "mds2.html", p.Builds("mds2"), d.MDS2)
	planAt := func(section string) Link {
		l := planDoc
		l.Section, l.Href = section, l.Href+"#"+markdown.Slug(section)
		return l
	}
	reportAt := func(section string) Link {
		l := reportDoc
		l.Section, l.Href = section, l.Href+"#"+markdown.Slug(section)
		return l
	}
	// row answers element with those of links whose document is built
	// when the product data has what they show; else lack says what the
	// data lacks, and, when no linked document is built either, that
	// the data alone would not answer it.
	row := func(element, guidance string, has bool, lack string, links ...Link) Row {
		r := Row{Element: element, Guidance: guidance}
		var answers, absent []Link
		for _, l := range links {
			if l.available() {
				answers = append(answers, l)
			} else if !slices.ContainsFunc(absent, func(a Link) bool { return a.Document == l.Document }) {
				absent = append(absent, l)
			}
		}
		switch {
		case !has && len(answers) == 0:
			r.Note = lack + " " + notBuilt(absent, alsoNeeds)
		case !has:
			r.Note = lack
		case len(answers) == 0:
			r.Note = notBuilt(absent, answeredIn)
		default:
			r.Answers = answers
		}
		return r
	}
	// fileRow is row for an element the site's published files (SBOM,
	// VEX) answer once the data names them, whatever documents are
	// built: the data is then all it lacks.
	fileRow := func(element, guidance string, has bool, lack string, links ...Link) Row {
		r := row(element, guidance, has, lack, links...)
		if !has {
			r.Note = lack
		}
		return r
	}
	threats := len(p.Threats) > 0
	const noThreats = "The product data lists no threats (threats)."
	// A component whose level nobody states may be given a justification
	// instead, which the plan's 5.3 shows: support information too, so
	// the row is answered, and its note counts both.
	levels, justified, total := 0, 0, 0
	if p.Inventory != nil {
		total = len(p.Inventory.List)
		for _, c := range p.Inventory.List {
			switch {
			case c.Support != "":
				levels++
			case c.Justification != "":
				justified++
			}
		}
	}
	noLevel := "No component has a stated support level."
	if total == 0 {
		noLevel = "The product data lists no software component (components, sbom.files)."
	}
	support := row("Relevant software support and maintenance information", "V.A.4.b", levels+justified > 0, noLevel,
		reportAt("7. SBOM and software support"), planAt("5.3 Component support status"))
	if support.Provided() && levels < total {
		support.Note = supportNote(total, levels, justified)
	}
	// Written vulnerabilities or VEX, an empty list included: the plan
	// then says which are known, or that none is.
	vulns := p.States("vulnerabilities") || p.States("vex")
	// Without the report's matrix, the plan's threat model, controls and
	// requirements trace the same chain (threat, control, requirement,
	// verification), each in its own section.
	traceLinks := []Link{reportAt("9. Traceability matrix")}
	if !reportDoc.available() {
		traceLinks = append(traceLinks, planAt("4.7 Threat model"), planAt("7. Security controls by FDA category"), planAt("6.1 Security requirements"))
	}
	traceability := row("Traceability: threat model, risk assessment, controls and testing", "V.A", threats && len(p.Controls) > 0,
		"The product data lists no threats (threats) or no controls (controls).", traceLinks...)
	if traceability.Provided() {
		traceability.Note = traceGaps(p, reportDoc.available())
		if !reportDoc.available() {
			traceability.Note = strings.TrimSpace(withoutReport(reportDoc) + " " + planTraces + " " + traceability.Note)
		}
	}
	riskReport := row("Cybersecurity risk management report", "V.A", threats, noThreats,
		reportAt("1. Scope and system"), planAt("4. Security risk management"))
	if riskReport.Provided() && !reportDoc.available() {
		riskReport.Note = withoutReport(reportDoc)
	}
	threatModel := row("Threat model", "V.A.1", threats, noThreats,
		reportAt("2. Threat model"), planAt("4.7 Threat model"))
	if threatModel.Provided() {
		threatModel.Note = threatPhaseGaps(p.Product)
	}
	controls := row("Security controls", "V.B.1, Appendix 1", len(p.Controls) > 0, "The product data lists no controls (controls).",
		reportAt("5. Risk controls"), planAt("7. Security controls by FDA category"))
	if controls.Provided() {
		controls.Note = controlCategoryGaps(p.Product)
	}
	rows := []Row{
		riskReport,
		threatModel,
		row("Cybersecurity risk assessment", "V.A.2", threats, noThreats,
			reportAt("4. Risk assessment per threat"), planAt("4.8 Residual risk")),
		fileRow("Software bill of materials", "V.A.4.a", len(sbomFiles(p)) > 0, noSBOM(p),
			append(sbomFiles(p), reportAt("7. SBOM and software support"), planAt("5.2 Software bill of materials"))...),
		support,
		fileRow("Vulnerability assessment (known vulnerabilities and their risk assessment)", "V.A.4.b", vulns,
			"The product data does not state the known vulnerabilities: it writes neither vulnerabilities nor vex.",
			append(vexFiles(p), planAt("9.10 Vulnerability assessment"))...),
		row("Unresolved anomalies assessment", "V.A.5", len(p.Anomalies) > 0 || p.States("anomalies"), "The product data does not list unresolved anomalies (anomalies).",
			reportAt("8. Unresolved anomalies")),
		traceability,
		row("TPLC security risk management measures and metrics", "V.A.6", len(p.Metrics) > 0, "The product data lists no metrics (metrics).",
			planAt("10. Total product lifecycle metrics")),
		controls,
	}
	for i, v := range content.ViewKinds {
		section := fmt.Sprintf("6.2.%d %s", i+1, content.Label(v))
		// A view the plan draws from the data flows alone, with no
		// [[architecture]] entry of its kind, is provided too.
		r := row("Architecture view: "+content.Label(v), "V.B.2, Appendix 2", len(p.ViewsOf(v)) > 0 || diagram.DrawsUnattached(p.Product, v),
			diagram.NotDrawnReason(p.Product, v), planAt(section))
		if v == "updatability" && !r.Provided() && planDoc.available() && strings.TrimSpace(p.Postmarket.Patching.Deployment) != "" {
			// No view does not mean no updates: the plan prints how they
			// are deployed.
			r.Note += " How updates are deployed is stated in the " + plan + ", 9.7 Update deployment and field reach."
		}
		if r.Provided() {
			r.Note = viewDrawingGap(p.Product, v)
		}
		rows = append(rows, r)
	}
	csdDoc.Section, mds2Doc.Section = "the whole document", "the whole form"
	labeling := row("Cybersecurity labeling", "VI.A", true, "", csdDoc, mds2Doc)
	if csdDoc.available() {
		labeling.Note = incompleteLabeling(p.Product)
	} else if mds2Doc.available() {
		// The MDS2 form discloses features; the 14 labeling items
		// (instructions, ports, SBOM, end of support, ...) are the CSD's.
		labeling.Note = labelingByMDS2
		if csdDoc.built {
			labeling.Note = fmt.Sprintf(labelingByMDS2Later, csdDoc.later.Long())
		}
	}
	managementPlan := row("Cybersecurity management plan", "VI.B"+cites524B(p.Product), true, "",
		planAt("9. Postmarket cybersecurity management plan"))
	if managementPlan.Provided() && strings.HasSuffix(managementPlan.Guidance, forACyberDevice) {
		managementPlan.Note = cyberDeviceUnstated
	}
	return append(rows,
		row("Cybersecurity testing", "V.C", len(p.Verification.Activities) > 0, "The product data lists no verification activities (verification.activities).",
			planAt("8. Verification and validation")),
		labeling,
		managementPlan,
	)
}

// labelingByMDS2 is the labeling row's note when only the MDS2 form is
// built; labelingByMDS2Undated the same without the guidance section,
// for a document released before the guidance (see Dated).
// labelingByMDS2Later is the same when the customer security
// documentation is built but first issued after the cross-reference.
const (
	labelingByMDS2        = "The customer security documentation, which carries the 14 labeling items of section VI.A, is not built; the MDS2 form covers them only in part."
	labelingByMDS2Undated = "The customer security documentation, which carries the 14 labeling items, is not built; the MDS2 form covers them only in part."
	labelingByMDS2Later   = "The customer security documentation, which carries the 14 labeling items, was first issued on %s, after this cross-reference; the MDS2 form covers them only in part."
)

// section524B is the part of a guidance section that cites the statute.
const section524B = "; FD&C Act 524B(b)(1)"

// forACyberDevice qualifies the citation of section 524B where the
// cyber device determination is not stated; cyberDeviceUnstated is the
// row's note then.
const (
	forACyberDevice     = ", for a cyber device"
	cyberDeviceUnstated = "Whether the product is a cyber device, of which section 524B(b)(1) asks this plan, is not stated (cyber_device.applies)."
)

// cites524B is what the management plan's row cites of section 524B,
// which asks a plan of a cyber device only: the clause for a cyber
// device, the clause as applying only to one where the determination is
// not stated (as the plan cites it), nothing for a device that is not
// one.
func cites524B(p *content.Product) string {
	switch {
	case p.CyberDevice.Applies.IsTrue():
		return section524B
	case p.CyberDevice.Applies.IsFalse() || p.MedicalDevice.IsFalse():
		return ""
	}
	return section524B + forACyberDevice
}

// Dated cites in rows only what was in force on date, the document's
// release: the sections of FDA's premarket guidance only when an edition
// of it was (its sections are that edition's), section 524B only when
// it was. A cross-reference released before them maps the elements
// without citing them.
func Dated(rows []Row, site *content.Site, date content.Date) []Row {
	_, guidance := site.EditionAt(date, "fda-premarket")
	_, law := site.EditionAt(date, "524b")
	for i := range rows {
		if !law && rows[i].Note == cyberDeviceUnstated {
			rows[i].Note = ""
		}
		switch {
		case !guidance:
			rows[i].Guidance = ""
			if rows[i].Note == labelingByMDS2 {
				rows[i].Note = labelingByMDS2Undated
			}
		case !law:
			rows[i].Guidance, _, _ = strings.Cut(rows[i].Guidance, section524B)
		}
	}
	return rows
}

// incompleteLabeling names the FDA labeling items the CSD covers without
// the product data they need: a built CSD answers the element only in
// part then, and the row must not read as complete.
func incompleteLabeling(p *content.Product) string {
	var items []string
	for _, it := range content.LabelingItems {
		if len(it.Missing(p)) > 0 {
			items = append(items, fmt.Sprintf("%d (%s)", it.Number, it.Title))
		}
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return "The product data leaves labeling item " + items[0] + " incomplete, so the CSD does not cover it fully."
	}
	return fmt.Sprintf("The product data leaves %d of the %d labeling items incomplete, so the CSD does not cover them fully: items %s.",
		len(items), len(content.LabelingItems), strings.Join(items, "; "))
}

// sbomFiles links the current version's machine-readable SBOM files
// (its own: not another version's file its list names, see
// inventory.LoadVersions), which the site publishes in the product's
// folder whatever documents are built.
func sbomFiles(p kind.Product) []Link {
	var out []Link
	files := p.SBOM.Files
	if p.Inventory != nil {
		files = nil
		for _, f := range p.Inventory.SBOMs {
			files = append(files, f.Path)
		}
	}
	for _, f := range files {
		out = append(out, Link{Document: "SBOM file", Section: path.Base(f), Href: f, built: true})
	}
	return out
}

// noSBOM says why the SBOM element has no SBOM file to point to.
func noSBOM(p kind.Product) string {
	if len(p.SBOM.Files) > 0 && p.VersionOf != "" {
		return "No SBOM file the product data names describes version " + p.VersionOf + " (sbom.files names other versions' only)."
	}
	if p.SBOM.OnRequestText() != "" {
		// Customers can ask for it, but that puts no SBOM in the
		// submission: the row stays "not provided" and says so.
		return "The product data names no SBOM file (sbom.files); the SBOM is given to customers on request (sbom.on_request), which does not include it in the submission: attach it to the submission."
	}
	return "The product data names no SBOM file (sbom.files)."
}

// vexFiles links the current version's VEX files (status, justification,
// score and action of each known vulnerability), which the site publishes
// in the product's folder whatever documents are built, when the version
// has any known vulnerability public by the site's date (Prepare leaves
// out the others: the files do).
func vexFiles(p kind.Product) []Link {
	if len(p.Vulnerabilities.For(p.VersionOf)) == 0 {
		return nil
	}
	var out []Link
	for _, ext := range []string{"cdx.json", "openvex.json"} {
		f := csafkind.VEXPath(p.VersionOf, ext)
		out = append(out, Link{Document: "VEX file", Section: f, Href: f, built: true})
	}
	return out
}

// The leads of notBuilt: the element would be answered in the documents
// once built (the data has what they show), or needs them besides the
// data it lacks.
const (
	answeredIn = "It would be answered in"
	alsoNeeds  = "It would also need"
)

// notBuilt says, after lead, that the documents that would answer an
// element are not built for the product, or were first issued after the
// cross-reference.
func notBuilt(links []Link, lead string) string {
	var docs []string
	later := false
	for _, l := range links {
		docs = append(docs, l.Document)
		later = later || l.built
	}
	if later {
		var each []string
		for _, l := range links {
			if l.built {
				each = append(each, "the "+l.Document+", first issued on "+l.later.Long()+", after this cross-reference")
			} else {
				each = append(each, "the "+l.Document+", which is not built for this product")
			}
		}
		if len(each) == 1 {
			return lead + " " + each[0] + "."
		}
		return lead + " " + strings.Join(each[:len(each)-1], "; ") + "; or " + each[len(each)-1] + "."
	}
	switch len(docs) {
	case 1:
		return lead + " the " + docs[0] + ", which is not built for this product."
	case 2:
		return lead + " the " + docs[0] + " or the " + docs[1] + ", neither of which is built for this product."
	default:
		return lead + " the " + strings.Join(docs[:len(docs)-1], ", the ") + " or the " + docs[len(docs)-1] + ", none of which is built for this product."
	}
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
	g, _ := env.Content.Site.EditionAt(kind.Released(p.Documents.ESTAR.DocumentControl, env.AsOf), "fda-premarket") // the edition the document follows
	for i := range rows {
		if rows[i].Answers == nil {
			rows[i].Answers = []Link{}
		}
	}
	return export.JSON(File{Product: p.ID, Guidance: g.Title, Edition: g.Edition, Elements: rows, Missing: missing(rows), Tool: "jspgen " + env.Version})
}
