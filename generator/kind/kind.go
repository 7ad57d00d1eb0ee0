// Package kind is how a document kind plugs into the build, the way a
// goldmark extension plugs into goldmark. A kind prepares every product of
// a build once — typed state, every diagnostic with file:line — and the
// prepared state lists the documents and files the kind contributes. The
// orchestrator (package generator) knows nothing else about a kind; the
// list of kinds is passed to the build.
package kind

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/vuln"
)

// Kind is one kind of document: the security plan, the CSD, the MDS2
// form, the lifecycle page, the notices.
type Kind interface {
	// Slug names the kind in summaries: "csd", "mds2", "notices".
	Slug() string
	// Prepare computes what the kind publishes for each product:
	// prepared[i] belongs to products[i]. Problems come back as
	// diagnostics (errors stop the build: nothing it rendered is
	// published; warnings are reported); a prepared entry may be empty.
	// The build calls it with one product at a time, as that product's
	// turn to be rendered comes (see Portfolio), so that it never holds
	// every product's prepared state at once; what a kind shares between
	// products (the MDS2 catalog) it keeps in Env.Shared.
	Prepare(env *Env, products []Product) (prepared []Prepared, diags content.Diagnostics)
}

// Portfolio is a kind whose Prepare needs every product of the build at
// once: it publishes site files drawn from all of them (the CSAF
// provider layout). The build calls its Prepare once, with every
// product, before rendering. Only a Portfolio kind may publish site
// files.
type Portfolio interface {
	Kind
	// Portfolio marks the kind; it does nothing.
	Portfolio()
}

// Env is what kinds see of the build.
type Env struct {
	Content *content.Content
	// AsOf is the build's as-of date: which versions are supported (and
	// get documents of their own), the site's pages, and a document
	// without a release date. A released document speaks as of its own
	// release date (Released), so that a revision says the same whenever
	// it is built.
	AsOf       content.Date
	SourceDate *time.Time   // SOURCE_DATE_EPOCH, when set
	Templates  render.Files // shipped templates overlaid by the repository's
	Version    string       // jspgen's version, "0.1.0", printed in generated files

	sharedMu sync.Mutex
	shared   map[string]sharedValue
}

type sharedValue struct {
	v   any
	err error
}

// Shared returns what make returns, made once per Env under key: what a
// kind loads once and uses for every product (Prepare is called once per
// product). Keys are the kind's own, e.g. "mds2form.catalog".
func (e *Env) Shared(key string, make func() (any, error)) (any, error) {
	e.sharedMu.Lock()
	defer e.sharedMu.Unlock()
	if v, ok := e.shared[key]; ok {
		return v.v, v.err
	}
	v, err := make()
	if e.shared == nil {
		e.shared = map[string]sharedValue{}
	}
	e.shared[key] = sharedValue{v, err}
	return v, err
}

// Product is one product with the facts derived from it once per build.
// Product is the product as its current version is (content.Product.Current):
// the version the security plan, the CSD and the MDS2 form speak about.
type Product struct {
	*content.Product
	Inventory *inventory.Inventory // its components and SBOM files; never nil
	// Vulnerabilities are its known vulnerabilities per version (the
	// product file's and its VEX documents'); nil reads as none.
	Vulnerabilities *vuln.Set
	// ByVersion is the product as each version is, with that version's
	// inventory; nil in tests that build a Product by hand (At then
	// returns the product itself).
	ByVersion map[string]Product
	// VersionOf is the version whose facts these are: the current version
	// (the first to become generally available when none is current yet) for the Product NewProduct
	// returns, v for At(v); "" for a product without versions.
	VersionOf string
}

// At is the product as version v is: its interfaces, ports, data stores,
// flows and SBOM. Documents about one version (a notice) read it.
func (p Product) At(v string) Product {
	if q, ok := p.ByVersion[v]; ok {
		if q.Vulnerabilities == nil { // one set per product, keyed by version
			q.Vulnerabilities = p.Vulnerabilities
		}
		return q
	}
	return p
}

// On is the product as the version current on date d is (the first to
// become generally available when none is yet: content.Product.DescribedVersion),
// with the milestones as
// announced on d (content.Product.DatesOn) and the vulnerabilities as
// known on d (vuln.Set.KnownBy): what a document released on d describes.
func (p Product) On(d content.Date) Product { return p.OnAbout(d, "") }

// OnAbout is Product.On for a document released on d about version v
// (a premarket submission's, written before v's release:
// content.SubmissionControl.Version); v "" is the version On describes.
func (p Product) OnAbout(d content.Date, v string) Product {
	q := p
	v = p.about(d, v)
	if v != "" && v != p.VersionOf {
		q = p.At(v)
	}
	q.Product = q.Product.DatesOn(d)
	q.Vulnerabilities = p.Vulnerabilities.KnownBy(d)
	return q
}

// Describes is the version a premarket submission document under control
// c describes (Product.OnAbout): the one it names, else the one current on
// its release date (asOf for a control without one); "" without versions.
func (p Product) Describes(c content.SubmissionControl, asOf content.Date) string {
	return p.about(Released(c.DocumentControl, asOf), c.Version)
}

// about is the version a document released on d describes: v when it
// names one, else the one DescribedVersion gives; "" without versions.
func (p Product) about(d content.Date, v string) string {
	if v != "" {
		return v
	}
	if dv := p.DescribedVersion(d); dv != nil {
		return dv.Version
	}
	return ""
}

// ProductOn is the Document.Product of a document released on d about
// the current version: nil (the product as built) when p is at the
// version current on d with the milestones as built, else the product
// as on d (Product.On).
func (p Product) ProductOn(d content.Date) *content.Product { return p.ProductOnAbout(d, "") }

// ProductOnAbout is ProductOn for a document about version v
// (Product.OnAbout).
func (p Product) ProductOnAbout(d content.Date, v string) *content.Product {
	if q := p.OnAbout(d, v); q.VersionOf != p.VersionOf || q.Product != p.Product {
		return q.Product
	}
	return nil
}

// NewProduct derives the kind's view of product p as of date asOf: the
// current version's facts and inventory, and every version's
// (inventory.LoadVersions: each SBOM file read once, and counted as the
// version its subject names). Only the current version's inventory
// reports warnings (a [[components]] entry describes the current
// components); another version's reports its errors, and its
// [[components]] entries only annotate that version's SBOM. A version
// without SBOM files of its own has the current version's list, marked
// as such (inventory.Inventory.ListedFor).
func NewProduct(contentDir string, p *content.Product, asOf content.Date) (Product, content.Diagnostics) {
	cur := p.Current(asOf)
	out := Product{Product: cur, ByVersion: map[string]Product{}}
	if v := p.DescribedVersion(asOf); v != nil {
		out.VersionOf = v.Version
	}
	invs, diags := inventory.LoadVersions(contentDir, p, out.VersionOf)
	out.Inventory = invs.Inventory
	for _, v := range p.Versions {
		out.ByVersion[v.Version] = Product{Product: p.At(v.Version), Inventory: invs.ByVersion[v.Version], VersionOf: v.Version}
	}
	diags = append(diags, componentChecks(out, asOf)...)
	return out, append(diags, otherVersionsSupport(out, asOf)...)
}

// componentChecks is inventory.PassedEnds and inventory.InHouseBought
// for the components of every version of p not past its end of support
// on asOf (the current list, when p states no versions), each place and
// message once.
func componentChecks(p Product, asOf content.Date) content.Diagnostics {
	var diags content.Diagnostics
	seen := map[string]bool{}
	add := func(q *content.Product, inv *inventory.Inventory) {
		if inv == nil {
			return
		}
		for _, d := range append(inventory.PassedEnds(q, inv.List, asOf), inventory.InHouseBought(q, inv.List)...) {
			if k := d.String(); !seen[k] {
				seen[k] = true
				diags = append(diags, d)
			}
		}
	}
	if len(p.Versions) == 0 {
		add(p.Product, p.Inventory)
	}
	for _, v := range p.Versions {
		if v.EndOfSupport.IsZero() || v.EndOfSupport.After(asOf) {
			q := p.ByVersion[v.Version]
			add(q.Product, q.Inventory)
		}
	}
	return diags
}

// VersionPath is the path, under the product folder, of the document
// name about a version other than the current one: "4.1.0/csd". Version
// strings that name folders are checked by content (documents.versions).
func VersionPath(version, name string) string { return version + "/" + name }

// VersionControl is the document control of a document about a version
// other than the current one: the current version's document control with
// the version appended to the document number ("HAL-CSD-001-4.1.0"), so
// that two documents never share a number, and without the revisions
// about other versions only (a 4.1.0 document does not list the revision
// that described 4.2.1's features). The current revision stays: it is the
// one this document is.
func VersionControl(c content.DocumentControl, version string) content.DocumentControl {
	if c.ID != "" { // no number assigned: none is made up for the version
		c.ID += "-" + version
	}
	var history []content.Revision
	for i, r := range c.History {
		if len(r.Versions) == 0 || slices.Contains(r.Versions, version) || i == len(c.History)-1 {
			history = append(history, r)
		}
	}
	c.History = history
	return c
}

// Prepared is what one kind contributes for one product.
type Prepared struct {
	Documents []Document
	Files     []File
	// SiteFiles are files at the site root rather than in the product's
	// folder: the CSAF provider layout and security.txt under
	// .well-known/, and the site's Atom feed, feed.xml (SiteFilePath
	// says which paths are allowed). Only a Portfolio kind publishes
	// site files, in the first product's Prepared.
	SiteFiles []File
	// DataFlow is the path, among Files, of a drawing of the product's
	// data flows the documents may point to: the threat model's
	// data-flow diagram the risk report publishes (views/data-flows.svg),
	// or the security plan's global system view
	// (views/global-system.svg); "" when the kind draws none. BuiltOf
	// passes it on to the documents (Built).
	DataFlow string
	// DataFlowAlike are the product's other versions whose drawing would
	// come out the same as DataFlow (Product.VersionsDrawnAlike).
	DataFlowAlike []string
}

// SiteFilePath reports whether rel (slash-separated, relative to the site
// root) is a path a kind may publish as a site file: under .well-known/,
// or feed.xml; clean, no "..", no empty segment.
func SiteFilePath(rel string) bool {
	if rel == "feed.xml" {
		return true
	}
	if !strings.HasPrefix(rel, ".well-known/") || strings.HasSuffix(rel, "/") || strings.Contains(rel, "\\") {
		return false
	}
	for _, seg := range strings.Split(rel, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

// Document is one document: Markdown from Template, then HTML and PDF.
type Document struct {
	Path     string // under the product folder, without extension, e.g. "notices/eos-3-8"; from validated IDs only
	Title    string // e.g. "End-of-Support Notice: software 3.8.2"
	Kind     string // the kind's title, for the index: "End-of-Life and End-of-Support Notices"
	Template string // under templates/
	Subject  string // PDF subject and HTML description
	Control  content.DocumentControl
	Data     any // the template's .Data
	// Product is the product as the version the document speaks about is
	// (Product.At); nil: the current version (Product).
	Product *content.Product
	// About names the versions the document describes ("4.2.1", "4.1.0,
	// 4.2.1"; "All versions" for the lifecycle page), which the product
	// page shows beside it; "" for none in particular.
	About string
	// Covers is what the product page shows instead of About, where the
	// document covers more versions than the one it describes: the
	// security plan lists every version (its section 1.3). "": About.
	Covers string
	// Drawings are the generated diagrams the document shows, by the
	// image destination its Markdown uses: the PDF draws them as vector
	// graphics; the HTML page shows the SVG file the kind publishes there.
	Drawings map[string]pdf.Drawing
	// StatesCyberDevice: the document states the product's cyber device
	// determination itself, "not stated" included (the security plan, the
	// risk report, the eSTAR cross-reference), so it lists section 524B
	// among the guidance it follows even where the data do not decide it
	// (DocumentData.GuidanceFor).
	StatesCyberDevice bool
	// On, for a document whose Control gives no release date, is the date
	// it speaks as of instead of the build's as-of date: a notice's
	// issue (NoticeReleased). Zero: the build's as-of date (SpeaksAsOf).
	On content.Date
}

// File is a machine-readable file published in a product's folder.
type File struct {
	Path  string // under the product folder, e.g. "mds2.json"; from validated IDs only
	Label string // for the index, e.g. "MDS2 form (JSON)"
	Data  []byte
	// Make, when set, builds the file's bytes instead of Data, when the
	// build writes the file: a build then holds one product's files at a
	// time rather than every product's, and does not build the files of a
	// product whose inputs are unchanged (they come from the build
	// cache). It reads only what the kind prepared for the product, and
	// its error is a fault of the build, not of the input (an input
	// problem is a diagnostic of Prepare).
	Make func() ([]byte, error)
	// Inputs, with Make, fingerprint everything Make reads, when the kind
	// can say (nil: it cannot). The build cache keeps the file under its
	// inputs, so that a product edit which leaves them as they were takes
	// the file from the cache instead of making it again (an MDS2
	// workbook after an end-of-support date moved).
	Inputs []byte
}

// Bytes are the file's bytes: what Make builds, else Data.
func (f File) Bytes() ([]byte, error) {
	if f.Make != nil {
		b, err := f.Make()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Path, err)
		}
		return b, nil
	}
	return f.Data, nil
}

// DocumentData is what a document template sees as ".".
type DocumentData struct {
	Site    *content.Site
	Product *content.Product
	Doc     content.DocumentControl
	Title   string
	AsOf    content.Date // the date the document speaks as of: Released(Doc, the build's as-of date)
	Version string
	// About names the product versions the document describes
	// (Document.About: "4.2.1", "4.1.0, 4.2.1"; "All versions" or "" for
	// every version), whose makers (versions.manufacturer) it names.
	About string
	Built Built // which documents and files of the product this build publishes
	Data  any   // the kind's own data, if any
	// StatesCyberDevice is the document's Document.StatesCyberDevice.
	StatesCyberDevice bool
	// AssetBase is the way from the document to the product's folder,
	// where the asset files are: "" for site/<id>/csd, "../" for
	// site/<id>/notices/…; the markdown function puts it before the
	// relative links and images of Markdown fields.
	AssetBase string
}

// GuidanceFor is the editions of the given guidance ids the document
// follows: those in force at its release (the as-of date for a document
// without one), so that it never cites an edition published after it.
// A document follows section 524B only for a cyber device ("524b" is
// left out otherwise): not for a product that is not a medical device
// (the section governs devices only), nor for a device its data say is
// not a cyber device (cyber_device.applies = false). Where the data do
// not say, only a document that states the determination itself, as
// not stated (the security plan, the risk report, the eSTAR
// cross-reference), lists the section it is made under; any other (the
// CSD) would claim an obligation the data do not decide. One about a
// product not marketed in the United States follows neither section 524B
// nor FDA guidance (content.USLawGuidance).
func (d DocumentData) GuidanceFor(ids ...string) ([]content.Guidance, error) {
	if d.Product != nil && !d.follows524B() {
		ids = slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return id == "524b" })
	}
	if d.Product.NotForUS() {
		ids = slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return slices.Contains(content.USLawGuidance, id) })
	}
	eds, err := d.Site.GuidanceAt(d.released(), ids...)
	if d.Product != nil && d.Product.MedicalDevice.IsFalse() {
		// Guidance written for medical devices does not bind a product
		// that is not one: the document is only arranged after it.
		for i := range eds {
			eds[i].ReferenceOnly = slices.Contains(deviceGuidance, eds[i].ID)
		}
	}
	return eds, err
}

// deviceGuidance are the ids of the guidance written for medical devices
// alone. HN 1 (the MDS2 form, whose own preamble says how a product that
// is not a device uses it) and JSP2 (written for health IT too) are not
// among them.
var deviceGuidance = []string{"fda-premarket", "fda-postmarket", "imdrf-n60", "imdrf-n70"}

// follows524B reports whether the document lists section 524B among the
// guidance it follows (see GuidanceFor).
func (d DocumentData) follows524B() bool {
	cd := d.Product.CyberDevice.Applies
	switch {
	case d.Product.MedicalDevice.IsFalse() || cd.IsFalse():
		return false
	case cd.IsTrue():
		return true
	}
	return d.StatesCyberDevice
}

// Edition is the edition of guidance id the document follows (see
// GuidanceFor); zero when none was in force at its release, or when it
// is US law or guidance and the product is not marketed there: the
// templates then cite it as they do before its first edition.
func (d DocumentData) Edition(id string) content.Guidance {
	if d.Product.NotForUS() && slices.Contains(content.USLawGuidance, id) {
		return content.Guidance{}
	}
	g, _ := d.Site.EditionAt(d.released(), id)
	return g
}

func (d DocumentData) released() content.Date { return Released(d.Doc, d.AsOf) }

// Released is the date a document under control c speaks as of (the
// stages and current version it states, the guidance it follows): its
// release date, else (a document without one) the build's as-of date.
func Released(c content.DocumentControl, asOf content.Date) content.Date {
	if c.ReleaseDate.IsZero() {
		return asOf
	}
	return c.ReleaseDate
}

// ReleasedWords says, for a warning, when a document under control c
// speaks as of (on, Released): its release date, or that it has none and
// speaks as of the build's as-of date, which is no release date.
func ReleasedWords(c content.DocumentControl, on content.Date) string {
	if c.ReleaseDate.IsZero() {
		return "no release date, so as of the build's as-of date " + on.String()
	}
	return "released " + on.String()
}

// AssetBase is DocumentData.AssetBase for a document at path (under the
// product folder, without extension).
func AssetBase(path string) string { return strings.Repeat("../", strings.Count(path, "/")) }

// Built says which documents and files of one product a build publishes,
// so that a document names no document or file that is not built: a
// template writes {{ if .Built.MDS2 }}… the MDS2 form …{{ end }}.
type Built struct {
	SecurityPlan bool // the product security plan
	CSD          bool // the customer security documentation
	MDS2         bool // the MDS2 form
	Lifecycle    bool // the permanent lifecycle page
	Notices      bool // at least one end-of-life or end-of-support notice
	RiskReport   bool // the cybersecurity risk management report
	ESTAR        bool // the eSTAR cross-reference
	SBOM         bool // at least one machine-readable SBOM file, published beside the documents
	VEX          bool // the per-version VEX files (kind csaf), published beside the documents
	// CSDOf is the CSD built about each version, by version: its path
	// under the product folder, without extension ("csd",
	// "2.3.4/csd"). A version without one has no entry.
	CSDOf map[string]string
	// MDS2Of is the MDS2 form that covers each version, by version, as
	// CSDOf: "mds2" for the versions the product's own form covers,
	// "3.1.0/mds2" for a version with a form of its own. A version no
	// form covers has no entry.
	MDS2Of map[string]string
	// DataFlow is the threat model's data-flow drawing the risk report
	// publishes beside it (Prepared.DataFlow, under the product folder),
	// or, without one, the security plan's global system view, which
	// draws the same flows in their trust zones; DataFlowOf the version
	// it draws: the one the report or plan is about, current on its
	// release date; DataFlowFrom the kind that publishes it
	// ("risk-report" or "security-plan"). All "" when none is published.
	// For keeps them only for a document about that version, IssuedBy
	// only for one released once the report or plan was, so that a CSD
	// points to the drawing of its own version instead of sending the
	// reader to ask for one.
	DataFlow, DataFlowOf, DataFlowFrom string
	// DataFlowAlike are the other versions whose drawing would come out
	// the same (Prepared.DataFlowAlike); DataFlowAlso is, for a document
	// about one of them (For), that version: the drawing is its too.
	DataFlowAlike []string
	DataFlowAlso  string
}

// BuiltOf is what a build publishes for product p: prepared[k] is what
// kinds[k] prepared for it. A kind counts when it contributes a document;
// the SBOM when the product has SBOM files (the build publishes each).
func BuiltOf(kinds []Kind, prepared []Prepared, p Product) Built {
	var b Built
	for k, kd := range kinds {
		if k < len(prepared) && kd.Slug() == "csaf" && len(prepared[k].Files) > 0 {
			b.VEX = true
		}
		if k >= len(prepared) || len(prepared[k].Documents) == 0 {
			continue
		}
		switch kd.Slug() {
		case "security-plan":
			b.SecurityPlan = true
			if f := prepared[k].DataFlow; f != "" && b.DataFlowFrom != "risk-report" {
				b.DataFlow, b.DataFlowOf, b.DataFlowFrom, b.DataFlowAlike = f, prepared[k].Documents[0].About, "security-plan", prepared[k].DataFlowAlike
			}
		case "csd":
			b.CSD = true
			b.CSDOf = pathsByVersion(prepared[k].Documents)
		case "mds2":
			b.MDS2 = true
			b.MDS2Of = pathsByVersion(prepared[k].Documents)
		case "lifecycle":
			b.Lifecycle = true
		case "notices":
			b.Notices = true
		case "risk-report":
			b.RiskReport = true
			if f := prepared[k].DataFlow; f != "" { // the threat model's own, before the plan's view
				b.DataFlow, b.DataFlowOf, b.DataFlowFrom, b.DataFlowAlike = f, prepared[k].Documents[0].About, "risk-report", prepared[k].DataFlowAlike
			}
		case "estar":
			b.ESTAR = true
		}
	}
	b.SBOM = p.Inventory != nil && len(p.Inventory.SBOMs) > 0
	return b
}

// pathsByVersion maps each version a document is about (Document.About:
// "4.2.1", or "3.0.0, 3.1.0" for a form covering several) to the
// document's path; nil when none names a version.
func pathsByVersion(docs []Document) map[string]string {
	var out map[string]string
	for _, d := range docs {
		for _, v := range strings.Split(d.About, ", ") {
			if v == "" {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[v] = d.Path
		}
	}
	return out
}

// For is b for a document of p released on date on about version about
// (Document.About; a label that names no one version, such as "All
// versions", stands for the version current on on): the SBOM counts when
// that version's components come from SBOM files, its own or those of the
// version whose list it shares, which the build publishes. The version
// current on the build's date is not the one: a document released after
// it, about a newer version, said what that version's SBOM is.
func (b Built) For(p Product, about string, on content.Date) Built {
	q, ok := p.ByVersion[about]
	if !ok {
		if len(p.Versions) == 0 {
			return b
		}
		q = p.On(on)
	}
	if q.VersionOf != b.DataFlowOf {
		// The drawing is of another version: this document's only where
		// its own version's would come out the same.
		if q.VersionOf != "" && slices.Contains(b.DataFlowAlike, q.VersionOf) {
			b.DataFlowAlso = q.VersionOf
		} else {
			b.DataFlow, b.DataFlowOf, b.DataFlowFrom, b.DataFlowAlike = "", "", "", nil
		}
	}
	inv := q.Inventory
	if inv != nil && inv.ListedFor != "" {
		if o, ok := p.ByVersion[inv.ListedFor]; ok && o.Inventory != nil {
			inv = o.Inventory
		}
	}
	b.SBOM = inv != nil && len(inv.SBOMs) > 0
	return b
}

// IssuedBy is b less the documents first issued after date on (their
// history's first date, else their release date): a document released
// on that date speaks as of it and cannot cite, link or rely on a
// document that did not exist yet, such as a CSD of September 2025 on an
// MDS2 form first issued in June 2026, whose answers were given only
// then. A notice does the same with issuedBy.
func (b Built) IssuedBy(p *content.Product, on content.Date) Built {
	if p == nil || on.IsZero() {
		return b
	}
	later := func(c content.DocumentControl) bool {
		first := c.FirstIssued()
		return !first.IsZero() && first.After(on)
	}
	d := p.Documents
	b.SecurityPlan = b.SecurityPlan && !later(d.SecurityPlan)
	b.CSD = b.CSD && !later(d.CSD)
	if !b.CSD {
		b.CSDOf = nil // no CSD to name, about any version
	}
	b.MDS2 = b.MDS2 && !later(d.MDS2)
	if !b.MDS2 {
		b.MDS2Of = nil
	}
	b.Lifecycle = b.Lifecycle && !later(d.Lifecycle)
	b.RiskReport = b.RiskReport && !later(d.RiskReport.DocumentControl)
	if b.DataFlowFrom == "risk-report" && !b.RiskReport || b.DataFlowFrom == "security-plan" && !b.SecurityPlan {
		b.DataFlow, b.DataFlowOf, b.DataFlowFrom = "", "", "" // drawn for a document not issued yet
	}
	b.ESTAR = b.ESTAR && !later(d.ESTAR.DocumentControl)
	return b
}

// Each prepares every product with one function, for kinds whose products
// do not share per-build state.
func Each(products []Product, prepare func(Product) (Prepared, content.Diagnostics)) ([]Prepared, content.Diagnostics) {
	out := make([]Prepared, len(products))
	var diags content.Diagnostics
	for i, p := range products {
		var d content.Diagnostics
		out[i], d = prepare(p)
		diags = append(diags, d...)
	}
	return out, diags
}
