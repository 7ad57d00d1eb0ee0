// Package csd is the Customer Security Documentation: the FDA premarket
// guidance's 14 cybersecurity labeling items and the IMDRF N70 additions,
// built from the same product data as every other document. It publishes
// the SBOM files as they are; the diagram images are published by the
// build with the product's asset folder, at the paths the CSD links to.
package csd

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// Kind is the CSD kind.
var Kind kind.Kind = csdKind{}

type csdKind struct{}

func (csdKind) Slug() string { return "csd" }

// Title is the document's title.
const Title = "Customer Security Documentation"

// Template is the CSD's template under templates/.
const Template = "csd.md.tmpl"

func (csdKind) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		if !p.Builds("csd") {
			return kind.Prepared{}, nil
		}
		on := kind.Released(p.Documents.CSD, env.AsOf)
		q := p.On(on) // the version the CSD is about: current on its release (else the newest)
		dev := device(on, p)
		out := kind.Prepared{Documents: []kind.Document{{
			Path: "csd", Title: Title, Kind: Title, Template: Template, Subject: subjectFor(q),
			Control: p.Documents.CSD, Data: data(on, q, dev, nil, "").relatedFrom(p).vexBy(env.AsOf), Product: onVersionModels(q, p.ProductOn(on), on), About: q.VersionOf,
		}}}
		// The SBOM files (with their annotated copies) of the version the
		// CSD is about, which it links, of the current version, and of
		// each other version's CSD: each published once.
		var diags content.Diagnostics
		published := map[string]bool{}
		publish := func(from kind.Product, label string) {
			fs, d := files(env, from, label)
			diags = append(diags, d...)
			for _, f := range fs {
				if !published[f.Path] {
					published[f.Path] = true
					out.Files = append(out.Files, f)
				}
			}
		}
		if q.VersionOf != p.VersionOf && q.VersionOf != "" && p.VersionOf != "" {
			// Two versions' SBOMs side by side on the product page: each
			// says whose it is.
			publish(q, "Version "+q.VersionOf+": ")
			publish(p, "Version "+p.VersionOf+": ")
		} else {
			publish(q, "")
		}
		if !p.Builds("security_plan") { // else the plan checks the cadence both print
			diags = append(diags, content.RuleReleaseCadence(p.Product, p.Documents.CSD.FirstIssued(), env.AsOf)...)
			diags = append(diags, content.RuleFixOverdue(p.Product, env.AsOf)...)
			diags = append(diags, content.RulePenTestPlannedReleased(p.Product, "CSD", p.Documents.CSD, on)...)
		}
		if p.RunsRelatedSupport("csd") { // it prints the versions that work with each software version
			diags = append(diags, content.RuleRelatedSupport(p.Product, env.AsOf)...)
			diags = append(diags, content.RulePlatformSupport(p.Product, env.AsOf)...)
			diags = append(diags, content.RuleVersionSupportDates(p.Product, env.AsOf)...)
			diags = append(diags, kind.OwnComponentEnds(env, p)...)
		}
		// Each other supported version: its own CSD from its own facts,
		// in its folder.
		about := []kind.Product{q}
		for _, v := range kind.OtherVersions(env, p, q.VersionOf, on) {
			vp := p.At(v.Version)
			about = append(about, vp)
			vp.Vulnerabilities = q.Vulnerabilities // as known on the CSD's release
			out.Documents = append(out.Documents, kind.Document{
				Path: kind.VersionPath(v.Version, "csd"), Title: Title + ", version " + v.Version, Kind: Title, Template: Template,
				Subject: subjectFor(vp) + " (version " + v.Version + ")",
				Control: kind.VersionControl(p.Documents.CSD, v.Version),
				Data:    data(on, vp, vp.Version(v.Version), dev, "../").relatedFrom(p).vexBy(env.AsOf), Product: onVersionModels(vp, vp.Product, on), About: v.Version,
			})
			publish(vp, "Version "+v.Version+": ")
		}
		diags = append(diags, kind.DueRevision(env, p, "csd", "CSD", p.Documents.CSD, true, false, true)...)
		if dev != nil && dev.Stage(on) == "End of Support" {
			// True as printed (it says support ended), but rarely meant.
			// With no version supported on the as-of date, no CSD can be
			// released for one: the remedy is left out.
			remedy := "release it for a supported version, or keep it only as the record of an unsupported one"
			if !anySupported(p.Product, env.AsOf) {
				remedy = fmt.Sprintf("no version is supported on %s, so it stands as the record of an unsupported one", env.AsOf)
			}
			path := "documents.csd.release_date"
			diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
				Message: fmt.Sprintf("the CSD (%s, %s) describes version %s, whose support ended on %s: it says so and promises no update for it; %s",
					p.Documents.CSD.Cite(), kind.ReleasedWords(p.Documents.CSD, on), dev.Version, dev.EndOfSupport, remedy)})
		}
		diags = append(diags, check(q)...)
		return out, append(diags, versionChecks(p, about)...)
	})
}

// anySupported reports whether some version of p is supported on date
// d (in its Support or Limited Support stage), for which a CSD could be
// released instead of one about a version past its end of support.
func anySupported(p *content.Product, d content.Date) bool {
	return slices.ContainsFunc(p.Versions, func(v content.Version) bool {
		st := v.Stage(d)
		return st == "Support" || st == "Limited Support"
	})
}

// versionChecks are the checks of what each CSD about a version other
// than the current one prints, with the severity the current version's
// get: its components' support (inventory.CheckSupport, which reading the
// inventory runs for the current version only) and, for a CSD beside the
// main one, its labeling items (check, which the main CSD's version gets
// unprefixed). about are the versions the CSDs are about, the main one's
// first. A version whose components are the current version's list (no
// SBOM file of its own) has them checked there. A diagnostic names the
// CSD it is about ("CSD of version 4.1.0: …"), once for all the versions
// whose CSDs share it.
func versionChecks(p kind.Product, about []kind.Product) content.Diagnostics {
	var order []content.Diagnostic
	versionsOf := map[string][]string{}
	add := func(version string, ds content.Diagnostics, skip map[string]bool) {
		for _, d := range ds {
			key := d.String()
			if skip[key] {
				continue
			}
			if versionsOf[key] == nil {
				order = append(order, d)
			}
			if !slices.Contains(versionsOf[key], version) {
				versionsOf[key] = append(versionsOf[key], version)
			}
		}
	}
	main := map[string]bool{}
	for _, d := range check(about[0]) {
		main[d.String()] = true
	}
	for i, vp := range about {
		if vp.VersionOf == "" || vp.VersionOf == p.VersionOf {
			continue
		}
		if inv := vp.Inventory; inv != nil && inv.ListedFor == "" {
			add(vp.VersionOf, inventory.CheckSupport(vp.Product, inv.List), nil)
		}
		if i > 0 {
			add(vp.VersionOf, check(vp), main)
		}
	}
	var diags content.Diagnostics
	for _, d := range order {
		vs := versionsOf[d.String()]
		of := "CSD of version " + vs[0]
		if len(vs) > 1 {
			of = "CSDs of versions " + content.AndList(vs)
		}
		d.Message = of + ": " + strings.TrimPrefix(d.Message, "CSD: ")
		diags = append(diags, d)
	}
	return diags
}

// subjectFor is the CSD's subject (the PDF's and the HTML description)
// for p as the version it is about: firewall rules only where section 3.3
// gives some (none for an app on the patient's own phone beside the
// manufacturer's service, nor for a device that joins no network); a
// home-use product's readers are patients, caregivers and, where the
// data name one (ClinicsNamed), the clinics that support them, not
// hospital engineers, unless a customer written
// provides it to them; an organisation's are whoever looks after its
// computers (its IT staff or an outside IT provider), device
// makers' their engineers, health IT's the hospital's IT staff.
func subjectFor(p kind.Product) string {
	subject := "Customer security documentation: interfaces and ports, "
	if len(p.FirewallRules()) > 0 {
		subject += "firewall rules, "
	}
	subject += "data protection, updates, logging, backup, secure configuration, SBOM, end of support and decommissioning, for "
	if p.PatientAudience() {
		if !p.ClinicsNamed() {
			return subject + "patients and caregivers" // no clinic the data name
		}
		return subject + "patients, caregivers and the clinics that support them"
	}
	if p.ManufacturerCustomer() {
		return subject + "the product-security and engineering teams of the manufacturers who build it into their own devices"
	}
	thing := "device"
	if p.CalledProduct() {
		thing = "product"
	}
	if c := p.Customer; c.Several() {
		return subject + severalKindsReaders(c, thing)
	}
	if readers := p.CustomerReaders(hospitalTeams(p), thing); readers != "" {
		// clinicians on their own, as the document's audience sentence
		// names them
		return subject + readers
	}
	if p.OnlyOrganisationCustomer() {
		return subject + "whoever looks after the customer's computers and network (its own staff or an outside IT provider) and the people responsible for the " + thing
	}
	if p.ITTeamsLookAfter() {
		// Health IT that is not a medical device, and software on no
		// medical hardware, is the IT staff's, not the biomedical
		// engineers'.
		return subject + "hospital network, security and IT staff"
	}
	return subject + "hospital network and biomedical engineers"
}

// hospitalTeams are a hospital's teams as the CSD names them: health IT
// that is not a medical device, and software on no medical hardware, is
// its IT staff's.
func hospitalTeams(p kind.Product) string {
	if p.ITTeamsLookAfter() {
		return "network, security and IT teams"
	}
	return "network, security and biomedical engineering teams"
}

// CSDData is what the CSD template sees as .Data.
type CSDData struct {
	// Device is the version the document speaks about (current on AsOf,
	// else the newest) and DeviceEndOfSupport its end of support, the
	// date its components' support is compared with: for a version in
	// paid extended support on the document's date, the end of that
	// programme, since the customers in it run the version, and its
	// components, until then (a component whose support ends between the
	// two is theirs to know about; any other customer's updates have
	// stopped already).
	Device             *content.Version
	DeviceEndOfSupport content.Date
	// SupportOutlasts, when DeviceEndOfSupport is not set, is the date the
	// version's support is known to last beyond (content.Product.
	// SupportOutlasts): its components are compared with it.
	SupportOutlasts content.Date
	// EndsSoonBy, when neither DeviceEndOfSupport nor SupportOutlasts is
	// set, is the end of the notice IMDRF N70 asks for before an end of
	// support, counted from the document's date
	// (content.Product.EndsSoonBy), and SoonMonths that notice: a
	// component whose supplier support ends by then needs attention
	// (ComponentNote.Soon).
	EndsSoonBy content.Date
	SoonMonths int
	// UpdatesStopped, when set, is the date, on or before the document's,
	// from which an end-of-life or end-of-support notice issued by then
	// (UpdatesStoppedBy, its document ID) stops Device's security updates
	// (content.Product.SecurityUpdatesStopped): the patch timelines are
	// then not Device's.
	UpdatesStopped   content.Date
	UpdatesStoppedBy string
	// UpdatesEnd, when set, is the date after the document's on which a
	// notice issued by then (UpdatesEndBy, its document ID) stops
	// Device's security updates (content.Product.SecurityUpdatesEnd): the
	// update timelines the document gives end then, and it says so.
	UpdatesEnd   content.Date
	UpdatesEndBy string
	// ComponentUpdatesEnd are the stops still ahead of the security
	// updates of Device's components, before UpdatesEnd and its end of
	// support, by component notices issued by then (componentUpdatesEnd):
	// the version's updates go on, its components' do not.
	ComponentUpdatesEnd []ComponentUpdatesEnd
	// Current is the current version when the document is about another,
	// still supported, version (documents.versions = "supported"); nil in
	// the current version's CSD.
	Current *content.Version
	// CurrentNotOn are the models the document covers that do not run
	// Current (versions.models): to their owners "the current version is
	// 5.2" would read as a version they can move to.
	CurrentNotOn []string
	// EndedModels are the models that run Device whose own support ended
	// by the document's date while Device stays supported on others
	// (models.end_of_support): the document does not cover them
	// (onVersionModels) and says so.
	EndedModels []content.Model
	// ModelDates are the covered models' own announced milestones that
	// are not Device's (coveredModelDates): section 13 and its key fact
	// state them beside the version's.
	ModelDates []ModelDates
	// Up leads from the document's folder to the product's folder, where
	// the SBOM, VEX and diagram files are published: "" for the current
	// version's CSD, "../" for another version's (<id>/<version>/csd).
	Up string

	Components []inventory.Component // every component, by name, version and purl
	// ListedFor, when set, is the version whose components Components
	// are: Device has no SBOM files of its own, so its list is the
	// current version's (inventory.Inventory.ListedFor).
	ListedFor string
	// NotListed names the components ("mbedtls 2.28.5", joined with
	// "and") that Device's vulnerability records place in it but the
	// list of ListedFor does not hold: evidence that Device's components
	// differ from that list, which the document then says rather than
	// that they may, and so prints none of that list's inventory or
	// support as Device's, nor judges which need attention from it
	// (Attention stays empty). "" for none.
	NotListed string
	// NoListOfItsOwn: Device has no component list of its own in the
	// product data, no SBOM file, while another version's list stands in
	// for it, so no vulnerability can be recorded in its components
	// (vuln: a version contains none), and none recorded is not "none
	// known". False where no version has a list: nothing is then "its
	// own" rather than another's.
	NoListOfItsOwn bool
	// NoneRecorded: the product file writes vulnerabilities = [] and
	// imports no VEX, stating that no version has a known vulnerability;
	// a version without a component list of its own is then no
	// exception, and its CSD says so rather than "not stated".
	NoneRecorded bool
	Groups       []ComponentGroup // the same, grouped by component type
	// Attention are the components a hospital should know about: support
	// not maintained, or support ending before the device's.
	Attention []ComponentNote
	SBOMs     []CSDSBOM

	// Items are the FDA labeling items the sections follow, titled as
	// everywhere else (check's warnings name them the same way).
	Items []content.LabelingItem

	related *inventory.Inventory // holds the related systems' SBOM files

	// Suppliers counts the distinct suppliers named (authors, publishers,
	// manufacturers and originators are not suppliers); NoSupplier the
	// components that name none.
	Suppliers, NoSupplier int
	// NotInSBOM counts the components that only the product file's
	// [[components]] lists (inventory.Component.SBOMFile ""): beside an
	// SBOM file they are not in it, so "the SBOM lists" would miscount.
	NotInSBOM int
	// Provenance tells that some component states its author, publisher,
	// manufacturer or originator, which the inventory then shows in a
	// column of its own.
	Provenance bool
	// Counts by support level; Justified counts the components with a
	// justification but no level and no end of support (one with an end
	// counts in EndOnly), which the CSD does not call a support statement:
	// the justification says why none is given. Unassessed counts those
	// with no level, justification or end of support.
	// EndPassed counts apart the components stated actively maintained or
	// in limited support whose end of supplier support has passed on the
	// document's date (inventory.Component.EndPassed): the level and the
	// date disagree, and counting them as maintained would say what the
	// date denies. EndsLater counts apart the components stated no longer
	// maintained or abandoned whose end of supplier support is after the
	// document's date (inventory.Component.EndedLater): on that date they
	// had not reached that level, and counting them as no longer
	// maintained would say so.
	// ExtendedOnly counts apart the components stated as supported whose
	// supplier support has ended while extended security updates still
	// bring fixes (inventory.Component.ExtendedOnly): the other documents
	// print "supplier support ended" beside their level.
	Maintained, Limited, NoLongerMaintained, Abandoned, Justified, Unassessed, EndPassed, EndsLater, ExtendedOnly int
	// ExtendedNoLevel counts the components in that case that state no
	// level (with or without a justification): their end of supplier
	// support is stated, their level is not, so they are not "stated as
	// supported". ExtendedNoLevelUntil are the ends of their extended
	// security updates, each once, earliest first.
	ExtendedNoLevel      int
	ExtendedNoLevelUntil []content.Date
	// EndOnly counts the components with an end of supplier support but
	// neither a level nor a justification: their support is stated in
	// part, not missing.
	EndOnly int
	// InExtended counts the components whose supplier support has ended
	// while extended security updates continue on the document's date
	// (inventory.Component.InExtended): judged by the end of those.
	InExtended int
	// Origins counts the components whose support comes from each
	// origin, in order of precedence (only origins that occur).
	Origins []OriginCount

	// Vulnerabilities are the known vulnerabilities of Device public on
	// the CSD's release, uncontrolled risks first (package vuln's order);
	// VEX the VEX files published for it beside the CSD (CycloneDX, then
	// OpenVEX), when the site, dated its as-of date, publishes them.
	// Withheld: a vulnerability of Device known on the CSD's release was
	// not publicly disclosed then, and is not listed (vuln.Set.KnownBy).
	Vulnerabilities []*vuln.Vulnerability
	VEX             []string
	Withheld        bool
	// LateFixes are the fixes of Device's vulnerabilities past the
	// promise for their risk on the CSD's release, with the reason
	// their data give or none (kind.LateFixes).
	LateFixes []kind.LateFix

	// Notices are the notices issued by the document's date that concern
	// Device, oldest first: an end-of-life or end-of-support notice
	// naming it, a security advisory about a vulnerability it has, a
	// component end-of-support notice naming it or, naming no version,
	// one of the components of its own list. Empty when none does, and
	// when the product does not build its notices: a document names no
	// document the build does not make (the template also reads
	// Built.Notices).
	Notices []NoticeRef

	// Certifications are those covering Device (every one when the
	// product has no versions): a certificate of another version is not
	// this version's (content.Certification.Covers).
	Certifications []content.Certification

	// Stated says which optional facts the product file writes.
	Stated Stated
}

// NoticeRef is one notice as the CSD cites it.
type NoticeRef struct {
	ID, Title string
	// Kind is its kind for a reader (content.Notice.KindLabel).
	Kind string
	// DocumentID and Revision are its document number and its revision
	// as of the CSD's date.
	DocumentID, Revision string
	Issued               content.Date
	// Href is its page, relative to the CSD's folder.
	Href string
	// Decommissioning reports that the notice says what is particular to
	// decommissioning the versions it names (content.Notice.Decommissioning):
	// where the product states no steps of its own, section 14 points there
	// instead of calling them not stated.
	Decommissioning bool
	// Compensating reports that the notice lists compensating controls
	// (noticeGivesControls): section 1 points to it where no general
	// controls are stated.
	Compensating bool
	// Models are the models the CSD covers that the notice concerns
	// (notices.models) when they are not all of them; nil when it
	// concerns every one (noticeModelsCovered).
	Models []string
}

// noticesAbout is the notices of p issued by date on that concern
// version dev, oldest first; list is dev's own component list (nil when
// it has none), against which a component notice naming no version is
// matched. A notice about models (notices.models) none of which the CSD
// covers (content.Product.SupportedModelIDs) is left out. up leads from
// the CSD's folder to the product's.
func noticesAbout(p kind.Product, dev *content.Version, list []inventory.Component, on content.Date, up string) []NoticeRef {
	return noticesWhere(p, dev, on, up, func(n content.Notice) bool { return kind.NoticeConcerns(n, dev.Version, list) })
}

// noticesWhere are the notices of p issued by date on that keep selects,
// oldest first, as a CSD about dev at up lists them; one about models
// the CSD does not cover is left out (noticeModelsCovered). Nil when the
// product builds no notices.
func noticesWhere(p kind.Product, dev *content.Version, on content.Date, up string, keep func(content.Notice) bool) []NoticeRef {
	if !p.Builds("notices") {
		return nil
	}
	covered := p.SupportedModelIDs(dev, on)
	ns := p.NoticesNewestFirst()
	slices.Reverse(ns)
	var out []NoticeRef
	for _, n := range ns {
		if kind.IssuedAfter(n, on) || !keep(n) {
			continue
		}
		models, ok := noticeModelsCovered(n, covered)
		if !ok {
			continue
		}
		rev, _ := n.Document.RevisionOn(on)
		out = append(out, NoticeRef{ID: n.ID, Title: n.DisplayTitle(), Kind: n.KindLabel(), DocumentID: n.Document.ID, Revision: rev, Issued: n.Issued,
			Href: up + "notices/" + n.ID + ".html", Decommissioning: strings.TrimSpace(n.Decommissioning) != "",
			Compensating: noticeGivesControls(p, n, on), Models: models})
	}
	return out
}

// Stated records, while the product file's key positions are still held
// (the build lets them go before rendering, so a template cannot ask
// Product.States), whether the file writes a fact that reads as "none"
// when written empty and as "not stated" when not written at all.
type Stated struct {
	Hardening        bool // [hardening]
	SecuritySettings bool // [[security_settings]]
	PenTestFindings  bool // verification.penetration_test.findings
	SBOM             bool // [sbom] or [[components]]
	Backup           bool // [backup]
	LoggingEvents    bool // logging.events
}

func stated(p *content.Product) Stated {
	return Stated{
		Hardening:        p.States("hardening"),
		SecuritySettings: p.States("security_settings"),
		PenTestFindings:  p.States("verification.penetration_test.findings"),
		SBOM:             p.States("sbom") || p.States("components"),
		Backup:           p.States("backup"),
		LoggingEvents:    p.States("logging.events"),
	}
}

// OriginCount is how many components take their support from one origin.
type OriginCount struct {
	Kind  inventory.OriginKind
	Label string // "annotations", "the SBOM", "product rules", "site rules", "notices"
	Count int
}

// ComponentGroup is the components of one type.
type ComponentGroup struct {
	Type       string // CycloneDX type ("library", …); "" when the SBOM gives none
	Title      string // plural heading, e.g. "Libraries"
	Components []inventory.Component
}

// ComponentNote is a component with why it needs attention.
type ComponentNote struct {
	inventory.Component
	// EndsBeforeDevice: the component's end of support is before the
	// device's (both dates stated, or the device's known to come after
	// the component's: SupportOutlasts). The shipped template reads Before;
	// the field stays for templates a user overrides that read it.
	EndsBeforeDevice bool
	// Before answers whether its support ends before the device's, as
	// the document's date knows it (beforeDevice).
	Before string
	// Soon: it is listed because its supplier support ends by
	// CSDData.EndsSoonBy (inventory.Component.EndsBy), not because it has
	// ended or ends before the device's.
	Soon bool
	// Concern is what a notice says the component's end of support
	// means, and ConcernBy that notice's document ID; "" when none does
	// or the component's own Notes (embedded) are set (kind.Remarks:
	// notes a notice gave are moved here). The table labels the one set
	// as whose it is and gives the contingency after it, never it as
	// the contingency.
	Concern, ConcernBy string
	// Contingency is what a notice naming it gives to do about it
	// (noticeContingency); nil when none gives anything.
	Contingency *NoticeContingency
}

// CSDSBOM describes one published SBOM file.
type CSDSBOM struct {
	Path, Format, SpecVersion, Encoding string
	Components                          int
	Annotated                           string // the annotated copy (support properties added), beside it; "" when none is published (kind.AnnotatedCopy)
	Subject                             string // what the SBOM describes: name, version and supplier; "" when it names nothing
}

// typeOrder is the order of component groups: from the platform up.
var typeOrder = []string{"operating-system", "firmware", "platform", "device-driver", "framework", "library", "application", "container", "device", "file"}

var typeTitles = map[string]string{
	"operating-system": "Operating systems", "firmware": "Firmware", "platform": "Platforms", "device-driver": "Device drivers",
	"framework": "Frameworks", "library": "Libraries", "application": "Applications", "container": "Containers",
	"device": "Devices", "file": "Files", "": "Components of unstated type",
}

// onVersionModels is the Document.Product of a CSD about version
// q.VersionOf, doc (nil: the product as built, which is q's facts): the
// product on the models that version runs on (versions.models,
// content.Product.ForModels). A CSD is about one version, and a model
// that does not run it is not the device it describes: its interfaces
// and ports are left out, and a fact on every model of the version names
// no model. Nor is a model whose own support ended by the CSD's date
// on (models.end_of_support): the CSD covers the models still supported
// and says whose support ended (content.Product.EndedModels).
func onVersionModels(q kind.Product, doc *content.Product, on content.Date) *content.Product {
	v := q.Version(q.VersionOf)
	if v == nil {
		return doc
	}
	ids := v.Models
	if len(q.EndedModels(v, on)) > 0 {
		ids = q.SupportedModelIDs(v, on)
	}
	if s := q.Product.ForModels(ids); s != q.Product {
		return s
	}
	return doc
}

// device is the version the CSD dated d is about (DescribedVersion).
func device(d content.Date, p kind.Product) *content.Version {
	return p.DescribedVersion(d)
}

// RelatedSBOMsOf returns the SBOM files of a related system's version.
func (d *CSDData) RelatedSBOMsOf(system, version string) []inventory.RelatedSBOM {
	if d.related == nil {
		return nil
	}
	return d.related.RelatedSBOMsOf(system, version)
}

// relatedFrom takes the related systems' SBOM files from p's inventory:
// only the current version's reads them (inventory.LoadVersion does
// not), and they are the same whichever version a CSD is about.
func (d *CSDData) relatedFrom(p kind.Product) *CSDData {
	d.related = p.Inventory
	return d
}

// vexBy keeps the VEX files only when the site dated asOf publishes them:
// they state the vulnerabilities public by then (vuln.Set.PublicBy), and
// a CSD released after asOf may list one that is not.
func (d *CSDData) vexBy(asOf content.Date) *CSDData {
	if !slices.ContainsFunc(d.Vulnerabilities, func(v *vuln.Vulnerability) bool { return !v.NotPublicBy(asOf) }) {
		d.VEX = nil
	}
	return d
}

// data is the template data of the CSD released on date on about version
// dev of p (p is the product as dev is); current is the current version
// when dev is not it.
func data(on content.Date, p kind.Product, dev, current *content.Version, up string) *CSDData {
	d := &CSDData{Device: dev, Current: current, Up: up, Items: content.LabelingItems, related: p.Inventory, Stated: stated(p.Product)}
	d.Certifications = p.Certifications
	if d.Device != nil {
		d.Certifications = p.CertificationsFor(d.Device.Version)
		d.DeviceEndOfSupport = d.Device.EndOfSupport
		if d.Device.InExtendedSupport(on) {
			d.DeviceEndOfSupport = d.Device.ExtendedSupportUntil
		}
		if d.DeviceEndOfSupport.IsZero() {
			d.SupportOutlasts = p.SupportOutlasts(d.Device, on)
			d.EndsSoonBy, d.SoonMonths = p.EndsSoonBy(d.Device, on)
		}
		if at, n := p.SecurityUpdatesStopped(d.Device, on); n != nil {
			d.UpdatesStopped, d.UpdatesStoppedBy = at, n.CitedID()
		}
		if at, n := p.SecurityUpdatesEnd(d.Device, on); n != nil {
			d.UpdatesEnd, d.UpdatesEndBy = at, n.CitedID()
		}
		d.EndedModels = p.EndedModels(d.Device, on)
		d.ModelDates = coveredModelDates(p.Product, d.Device, on)
		if current != nil {
			d.CurrentNotOn = p.ModelsNotRunning(current, p.SupportedModelIDs(d.Device, on))
		}
		d.Vulnerabilities = p.Vulnerabilities.For(d.Device.Version)
		d.Withheld = p.Vulnerabilities.WithholdsFor(d.Device.Version)
		d.LateFixes = kind.LateFixes(p.Product, p.Vulnerabilities, d.Vulnerabilities, on)
		if len(d.Vulnerabilities) > 0 {
			d.VEX = []string{"vex-" + d.Device.Version + ".cdx.json", "vex-" + d.Device.Version + ".openvex.json"}
		}
	}
	comps := p.Inventory
	// "Of its own" says another version's list stands in: where that list
	// is empty too (no version has one), the version is in the current
	// version's case, and its document says what the current's says.
	d.NoListOfItsOwn = comps.ListedFor != "" && len(comps.List) > 0
	d.NoneRecorded = p.States("vulnerabilities") && len(p.Vulns) == 0 && !p.States("vex")
	var own []inventory.Component
	if !d.NoListOfItsOwn {
		own = comps.List
	}
	if d.Device != nil {
		d.Notices = noticesAbout(p, d.Device, own, on, up)
		d.ComponentUpdatesEnd = componentUpdatesEnd(p, d.Device, own, on, d.UpdatesEnd, up)
	}
	if len(comps.List) > 0 {
		// Another version's list stands in for this one's; an empty one
		// stands in for nothing, and the document says only that no SBOM
		// file is published (as the current version's does).
		d.ListedFor = comps.ListedFor
	}
	d.Components = slices.Clone(comps.List)
	slices.SortStableFunc(d.Components, inventory.Compare)
	if d.ListedFor != "" {
		d.NotListed = content.AndList(kind.StandInNotListed(d.Vulnerabilities, d.Components))
	}
	for _, s := range comps.SBOMs {
		d.SBOMs = append(d.SBOMs, CSDSBOM{Path: s.Path, Format: s.Document.Format, SpecVersion: s.Document.SpecVersion,
			Encoding: s.Document.Encoding, Components: len(s.Document.Components), Subject: subjectOf(s.Document.Subject),
			Annotated: kind.AnnotatedCopy(comps, s)})
	}

	groups := map[string][]inventory.Component{}
	suppliers := map[string]bool{}
	origins := map[inventory.OriginKind]int{}
	for _, c := range d.Components {
		t := strings.ToLower(strings.TrimSpace(c.Type))
		if _, known := typeTitles[t]; !known {
			t = "other:" + t
		}
		groups[t] = append(groups[t], c)
		if s := strings.TrimSpace(c.Supplier); s != "" {
			suppliers[strings.ToLower(s)] = true
		} else {
			d.NoSupplier++
		}
		if c.Provenance() != "" {
			d.Provenance = true
		}
		if c.SBOMFile == "" {
			d.NotInSBOM++
		}
		switch {
		case c.Support != "" && c.EndPassed(on):
			d.EndPassed++
		case c.EndedLater(on):
			d.EndsLater++
		case c.Support != "" && c.ExtendedOnly(on):
			d.ExtendedOnly++ // neither maintained nor ended (SupportOn)
		case c.ExtendedOnly(on):
			// No level: not "stated as supported"; its end is stated.
			d.ExtendedNoLevel++
			if !slices.ContainsFunc(d.ExtendedNoLevelUntil, func(e content.Date) bool { return e.Time().Equal(c.ExtendedUntil.Time()) }) {
				d.ExtendedNoLevelUntil = append(d.ExtendedNoLevelUntil, c.ExtendedUntil)
			}
		case c.Support == "maintained":
			d.Maintained++
		case c.Support == "limited":
			d.Limited++
		case c.Support == "no_longer_maintained":
			d.NoLongerMaintained++
		case c.Support == "abandoned":
			d.Abandoned++
		case c.HasSupport() && c.EndOfSupport.IsZero():
			d.Justified++ // a justification alone: no level, no end
		case !c.EndOfSupport.IsZero():
			d.EndOnly++ // its end is stated: not "no support statement"
		default:
			d.Unassessed++
		}
		origins[c.Origin.Kind]++
		if c.InExtended(on) {
			d.InExtended++
		}
		// A stand-in list known to differ from Device's own is not
		// judged as Device's (the lifecycle page does not either).
		if end := inventory.ComparedEnd(d.DeviceEndOfSupport, d.SupportOutlasts); d.ListedFor == "" && (c.NeedsAttention(end, on) || c.EndsBy(d.EndsSoonBy, on)) {
			n := ComponentNote{Component: c, EndsBeforeDevice: c.EndsBefore(end), Before: c.BeforeEndOutlasting(d.DeviceEndOfSupport, d.SupportOutlasts, on),
				Soon: !c.NeedsAttention(end, on)}
			v := ""
			if d.Device != nil {
				v = d.Device.Version
			}
			r := kind.Remarks(p, v, own, c, on) // as the plan's 5.4 says them
			n.Concern, n.ConcernBy, n.Notes = r.Concern, r.ConcernBy, r.Notes
			n.Contingency = noticeContingency(p, d.Device, own, c, on, up)
			d.Attention = append(d.Attention, n)
		}
	}
	slices.SortFunc(d.ExtendedNoLevelUntil, func(a, b content.Date) int { return a.Time().Compare(b.Time()) })
	d.Suppliers = len(suppliers)
	for _, o := range []OriginCount{{inventory.OriginAnnotation, "annotations", 0}, {inventory.OriginNotice, "notices", 0},
		{inventory.OriginSBOM, "the SBOM", 0}, {inventory.OriginProductRule, "product rules", 0}, {inventory.OriginSiteRule, "site rules", 0}} {
		if o.Count = origins[o.Kind]; o.Count > 0 {
			d.Origins = append(d.Origins, o)
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	rank := func(k string) int {
		if i := slices.Index(typeOrder, k); i >= 0 {
			return i
		}
		if k == "" {
			return len(typeOrder) + 1 // unstated type last
		}
		return len(typeOrder) // other named types, by name
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) })
	for _, k := range keys {
		t := strings.TrimPrefix(k, "other:")
		title, ok := typeTitles[k]
		if !ok {
			title = content.Label(t)
		}
		d.Groups = append(d.Groups, ComponentGroup{Type: t, Title: title, Components: groups[k]})
	}
	return d
}

// subjectOf names an SBOM's subject: name, version and supplier, else who
// made or published it, with their role ("by Jan Kowalleck (author)"), so
// that no author passes for the supplier.
func subjectOf(c *sbom.Component) string {
	if c == nil || c.Name == "" {
		return ""
	}
	s := c.Name
	if c.Version != "" {
		s += " " + c.Version
	}
	if c.Supplier != "" {
		s += ", supplied by " + c.Supplier
	} else if p := c.Provenance(); p != "" {
		s += ", by " + p
	}
	return s
}

// files publishes each SBOM file as is, labelled for the index, and
// beside it its annotated copy: CycloneDX JSON with every component's
// support (level, end of support, justification, source, origin) in its
// properties, where a component of it has any (kind.AnnotatedCopy). The
// diagram images need no entry here: the build publishes the product's
// asset folder, content/<product-id>/, at the same relative paths, which
// is where the CSD's image links point.
func files(env *kind.Env, p kind.Product, label string) ([]kind.File, content.Diagnostics) {
	var out []kind.File
	var diags content.Diagnostics
	for _, s := range p.Inventory.SBOMs {
		out = append(out, kind.File{Path: s.Path, Data: s.Data,
			Label: label + fmt.Sprintf("SBOM (%s %s %s, %s)", s.Document.Format, s.Document.SpecVersion, s.Document.Encoding, content.Count(len(s.Document.Components), "component", "components"))})
	}
	for _, s := range p.Inventory.SBOMs {
		copyPath := kind.AnnotatedCopy(p.Inventory, s)
		if copyPath == "" {
			continue
		}
		// The copy states its support as of the build's date, by this jspgen.
		data, err := p.Inventory.AnnotatedCopy(s, sbom.CopyOptions{Subject: p.Vulnerabilities.SubjectType(p.Product, s.Path), AsOf: env.AsOf.Time(), ToolVersion: env.Version})
		if err != nil {
			path := s.KeyIn(p.Product)
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: "annotated SBOM: " + err.Error()})
			continue
		}
		out = append(out, kind.File{Path: copyPath, Data: data,
			Label: label + fmt.Sprintf("SBOM with support per component (CycloneDX JSON, from %s)", s.Path)})
	}
	return out, diags
}

// check reports, as warnings, every FDA labeling item the product
// leaves empty or incomplete, every network control printed for a
// version that joins no network (offNetworkControls), and every component
// whose support ends before the device's without a recorded contingency.
func check(p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	warn := func(path, format string, args ...any) {
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path),
			Path: path, Message: fmt.Sprintf(format, args...)})
	}
	// The CSD's sections 1 to 14 are the FDA labeling items. That
	// guidance labels devices marketed in the United States; for health
	// IT that is not a device, or a product sold elsewhere only, the
	// warning names the CSD's own section, which is empty all the same.
	// A section that gives some of what the item asks is incomplete, not
	// empty.
	for _, it := range content.LabelingItems {
		if m := it.Missing(p.Product); len(m) > 0 {
			state := "is incomplete"
			if it.Empty(p.Product) {
				state = "is empty"
				if formAnswersOnly(p.Product, it.Number) {
					state = "has only the MDS2 form's answers"
				}
			}
			if p.FDAAsksNothing() {
				warn(it.Path, "CSD: section %d (%s) %s: add %s", it.Number, it.Title, state, strings.Join(m, ", "))
			} else {
				warn(it.Path, "CSD: FDA labeling item %d (%s) %s: add %s", it.Number, it.Title, state, strings.Join(m, ", "))
			}
		}
	}

	diags = append(diags, offNetworkControls(p)...)
	diags = append(diags, cloudDataUnstated(p)...)
	diags = append(diags, dataStoresUnstated(p)...)
	diags = append(diags, adminReachUnstated(p)...)

	// A component whose support ends before the device's is reported once,
	// by the notices kind (notices.check), which also accepts a notice
	// naming the component as its assessment.
	return diags
}

// CurrentNotOnNames names the models of CurrentNotOn for a sentence
// ("TV-300T", "TV-300B and TV-300W").
func (d *CSDData) CurrentNotOnNames() string { return content.AndList(d.CurrentNotOn) }

// severalKindsReaders is the subject's audience for a product sold to
// several kinds of customer: who looks after it at each, in one clause.
// The CSD's opening lists each kind's readers in full; named in full
// here they ran the subject to 400 characters.
func severalKindsReaders(c content.CustomerKinds, thing string) string {
	var orgs []string
	if c.Has(content.CustomerHospital) {
		orgs = append(orgs, "hospitals")
	}
	if c.Has(content.CustomerOrganisation) {
		other := "organisations"
		if len(orgs) > 0 {
			other = "other organisations"
		}
		orgs = append(orgs, other)
	}
	var who []string
	if len(orgs) > 0 {
		who = append(who, "the people who look after the "+thing+"'s security at the "+strings.Join(orgs, " and ")+" that buy it")
	}
	if c.Has(content.CustomerIndividual) {
		who = append(who, "the clinicians and practitioners who buy it for their own use")
	}
	return strings.Join(who, ", and ")
}
