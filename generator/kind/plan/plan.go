// Package plan is the product security plan: the secure product
// development framework, security risk management, controls, verification
// and the postmarket cybersecurity management plan. Its template reads the
// content model directly; the kind adds the component list of the
// supplier-management section.
package plan

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/diagram"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/generator/vuln"
)

// Kind is the security plan kind.
var Kind kind.Kind = securityPlan{}

type securityPlan struct{}

func (securityPlan) Slug() string { return "security-plan" }

// PlanData is what the plan template sees as .Data.
type PlanData struct {
	// Components is every component of the product (SBOM files and
	// [[components]]) with its support, by name, version and purl.
	Components []inventory.Component
	// Version is the version the plan describes; ListedFor, when set, the
	// version whose components Components are (Version has no SBOM files
	// of its own, so its list is the current version's).
	Version, ListedFor string
	// Annotated are the annotated SBOM copies published beside the
	// documents (CycloneDX JSON with support per component).
	Annotated []string
	// Attention are the components whose support ends before the device
	// version's (current on the as-of date, else the newest) or has ended
	// (no longer maintained, abandoned): Remarks gives what the table
	// says of each besides its contingency;
	// DeviceEndOfSupport is that version's end of support.
	Attention          []inventory.Component
	DeviceEndOfSupport content.Date
	// SupportOutlasts, when DeviceEndOfSupport is not set, is the date
	// that version's support is known to last beyond (content.Product.
	// SupportOutlasts): the components are compared with it.
	SupportOutlasts content.Date
	// InExtended counts the components whose supplier support has ended
	// while extended security updates continue on the as-of date
	// (inventory.Component.InExtended): judged by the end of those.
	InExtended int
	// Vulnerabilities are the known vulnerabilities of every version
	// (uncontrolled risks first), for the vulnerability assessment
	// section; Uncontrolled those whose risk is uncontrolled.
	Vulnerabilities []*vuln.Vulnerability
	Uncontrolled    []*vuln.Vulnerability
	vulns           *vuln.Set // the set they come from, as known on the plan's release (FixOut)
	// Withheld: a vulnerability known on the plan's release was not
	// publicly disclosed then, and is not listed (vuln.Set.KnownBy).
	Withheld bool
	// Views are the architecture views drawn from the data (each SVG
	// published at its File), in the guidance's order.
	Views []diagram.View
	// PenTestFindingsStated says the product file writes
	// verification.penetration_test.findings (empty: the test found
	// nothing); not written, the findings are not stated. Recorded here
	// because the build lets the file's key positions go before rendering.
	PenTestFindingsStated bool
	// PenTestScope, when set, is a penetration test whose scope names
	// some of the versions the plan covers and not others (penTestScope).
	PenTestScope *PenTestScope
	// Stopped are the versions supported on the plan's date whose security
	// updates have stopped before their end of support, oldest first: the
	// patch timelines and the Support stage promise them none.
	Stopped []StoppedUpdates
	// RegularStopped are the versions supported on the plan's date whose
	// regular releases a notice issued by then stopped (notices' stops of
	// what = "updates", content.Product.RegularUpdatesStopped): the
	// regular cycle and the fixes "in a regular release" are not theirs.
	RegularStopped []StoppedUpdates
	// Ending are the versions supported on the plan's date whose security
	// updates a notice issued by then stops on a date still ahead
	// (content.Product.SecurityUpdatesEnd): the patch timelines hold for
	// them only until then, and for one past its end of life not at all.
	Ending []UpdatesEnd
	// RegularEnding are the versions supported on the plan's date whose
	// regular releases a notice issued by then stops on a date still
	// ahead, before their security updates end (content.Product.
	// RegularUpdatesEnd): the regular cycle holds for them only until
	// then, and what the notice states after it. Ending does not speak
	// for them: its "until then" would take in the regular cycle.
	RegularEnding []RegularEnd
	// OthersListedFor maps each other version without a component list of
	// its own to the version whose list its documents show in its place
	// (inventory.Inventory.ListedFor): its CSD gives that list's support,
	// not "each of its components".
	OthersListedFor map[string]string
	// OthersNotListed maps each other version whose documents borrow no
	// list, because its own vulnerability records name components the
	// list it would borrow does not hold (kind.StandInNotListed), to
	// those components: its CSD prints none of that list.
	OthersNotListed map[string]string
	// SBOMs, when another version or a notice has SBOM files of its own,
	// is every SBOM file the site publishes with the versions it is of
	// (publishedSBOMs); nil otherwise, when the plan's version's files
	// are all.
	SBOMs []PublishedSBOM

	inv *inventory.Inventory // for the related systems' SBOM files
	// product and on are the plan's product and date, for Concern.
	product kind.Product
	on      content.Date
}

// RelatedSBOMsOf returns the SBOM files of a related system's version.
func (d *PlanData) RelatedSBOMsOf(system, version string) []inventory.RelatedSBOM {
	if d.inv == nil {
		return nil
	}
	return d.inv.RelatedSBOMsOf(system, version)
}

// ViewsFor returns the generated views that illustrate [[architecture]]
// entry i.
func (d *PlanData) ViewsFor(i int) []diagram.View {
	var out []diagram.View
	for _, v := range d.Views {
		if v.Entry == i {
			out = append(out, v)
		}
	}
	return out
}

// Unattached returns the generated view of a kind the product wrote no
// [[architecture]] entry for (nil when it wrote one).
func (d *PlanData) Unattached(kind string) []diagram.View {
	var out []diagram.View
	for _, v := range d.Views {
		if v.Kind == kind && v.Entry < 0 {
			out = append(out, v)
		}
	}
	return out
}

func (securityPlan) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		if !p.Builds("security_plan") {
			return kind.Prepared{}, nil
		}
		// The plan describes the version current on its release date.
		on := kind.Released(p.Documents.SecurityPlan, env.AsOf)
		q := p.On(on)
		if q.ByVersion == nil {
			// On moved to another version's view, which holds no
			// views of the others (a build as of a date when another
			// version was current): the plan reads every version's
			// inventory (kind.OwnComponentList) as a build of today does.
			q.ByVersion = p.ByVersion
		}
		d := data(on, q)
		d.SBOMs = publishedSBOMs(kind.CSDVersions(env, p), linkingNotices(p), q.Product.SBOM.Files, d.Version, q)
		views, diags := diagram.Views(q.Product)
		// The plan promises the release cadence; the record must keep it.
		diags = append(diags, content.RuleReleaseCadence(p.Product, p.Documents.SecurityPlan.FirstIssued(), env.AsOf)...)
		diags = append(diags, content.RuleFixOverdue(p.Product, env.AsOf)...)
		diags = append(diags, content.RulePenTestPlannedReleased(p.Product, "security plan", p.Documents.SecurityPlan, on)...)
		diags = append(diags, content.RuleRelatedPartCoverage(q.Product)...)
		if p.RunsRelatedSupport("security_plan") {
			diags = append(diags, content.RuleRelatedSupport(p.Product, env.AsOf)...)
			diags = append(diags, content.RulePlatformSupport(p.Product, env.AsOf)...)
			diags = append(diags, content.RuleVersionSupportDates(p.Product, env.AsOf)...)
			diags = append(diags, kind.OwnComponentEnds(env, p)...)
		}
		diags = append(diags, kind.DueRevision(env, p, "security_plan", "product security plan", p.Documents.SecurityPlan, true, false, true)...)
		d.Views = views
		drawings, files := Figures(views)
		var dataFlow string // the global system view draws every flow in its trust zone
		for _, v := range views {
			if v.Kind == "global_system" {
				dataFlow = v.File
			}
		}
		var alike []string
		if dataFlow != "" {
			alike = p.VersionsDrawnAlike(q.VersionOf, func(x *content.Product) []byte { return diagram.DrawingOf(x, dataFlow) })
		}
		return kind.Prepared{DataFlow: dataFlow, DataFlowAlike: alike, Documents: []kind.Document{{
			Path: "security-plan", Title: "Product Security Plan", Kind: "Product Security Plan",
			Template: "security-plan.md.tmpl", StatesCyberDevice: true, // section 1.6
			Subject:  "Product security plan: secure product development framework, security risk management, controls, verification and the postmarket cybersecurity management plan",
			Control:  p.Documents.SecurityPlan,
			Data:     d,
			Drawings: drawings,
			Product:  p.ProductOn(on),
			About:    q.VersionOf,
			Covers:   covered(q.Product),
		}}, Files: files}, diags
	})
}

// covered is the versions the plan's section 1.3 lists, every one of
// p.Versions, for the product page: the plan is the product's across its
// versions, though it describes the current one in detail. "" for fewer
// than two, where the version it describes says as much.
func covered(p *content.Product) string {
	if len(p.Versions) < 2 {
		return ""
	}
	var vs []string
	for _, v := range p.Versions {
		vs = append(vs, v.Version)
	}
	return strings.Join(vs, ", ")
}

// Figures returns the PDF drawings of views by their image destination
// and their SVG files, published beside the document.
func Figures(views []diagram.View) (map[string]pdf.Drawing, []kind.File) {
	var files []kind.File
	for _, v := range views {
		files = append(files, kind.File{Path: v.File, Label: v.Title + " (SVG diagram)", Data: v.SVG()})
	}
	return diagram.Drawings(views), files
}

// StoppedUpdates is a supported version whose security updates stopped
// on On: at its end of guaranteed support (Guaranteed), else by notice
// By (its document number) stopping security_updates
// (content.Product.UpdatesStoppedEarly). Current marks the version
// the plan describes, whose end of guaranteed support 9.6 states already.
type StoppedUpdates struct {
	Version    string
	On         content.Date
	By         string
	Guaranteed bool
	Current    bool
	// Details and Maintenance, for a stop of regular releases: the stop's
	// details (stops.details: what stops, and what continues) and the
	// notice's maintenance that remains, from the notice the CSD's key
	// fact reads (content.Product.RegularUpdatesStopped), so that the plan
	// does not leave out what the notice says goes on; "" when not stated.
	Details, Maintenance string
}

// StoppedFor returns the stop of version v's security updates, nil when
// they have not stopped.
func (d *PlanData) StoppedFor(v string) *StoppedUpdates {
	for i := range d.Stopped {
		if d.Stopped[i].Version == v {
			return &d.Stopped[i]
		}
	}
	return nil
}

// stopped lists the versions supported on date on whose security updates
// have stopped by then (see PlanData.Stopped).
func stopped(p *content.Product, on content.Date) []StoppedUpdates {
	return versionStops(p, on, func(v *content.Version) (StoppedUpdates, bool) {
		at, guaranteed, n := p.UpdatesStoppedEarly(v, on)
		s := StoppedUpdates{On: at, Guaranteed: guaranteed}
		if n != nil {
			s.By = n.CitedID()
		}
		return s, !at.IsZero()
	})
}

// regularStopped lists the versions supported on date on whose regular
// releases a notice issued by then stopped (see PlanData.RegularStopped).
func regularStopped(p *content.Product, on content.Date) []StoppedUpdates {
	return versionStops(p, on, func(v *content.Version) (StoppedUpdates, bool) {
		if !v.DocumentedOn(on) {
			return StoppedUpdates{}, false
		}
		s := p.RegularUpdatesStopped(v, on)
		out := StoppedUpdates{On: s.At, By: s.NoticeID(), Details: strings.TrimSpace(s.Stop.Details)}
		if s.Notice != nil {
			out.Maintenance = strings.TrimSpace(s.Notice.Maintenance)
		}
		return out, !s.At.IsZero()
	})
}

// Remaining is what a version past its end of life on the plan's date
// (Limited: Limited Support) gets, its support being limited to the
// maintenance a notice states (the plan's stage table), so that the patch
// commitments are not its: Remains is what notice RemainsBy states
// (content.Product.MaintenanceNotice), "" when no notice issued by the
// plan's date states it, and RemainsNoun names that notice where notices
// are not built. Zero for a version in full support. The example's plan
// said the full commitments held for 4.1.0, past its end of life, whose
// notice promises only High and Critical fixes.
type Remaining struct {
	Limited                         bool
	Remains, RemainsBy, RemainsNoun string
}

// remaining is Remaining for version v on date on.
func remaining(p *content.Product, v *content.Version, on content.Date) Remaining {
	if v == nil || v.Stage(on) != "Limited Support" {
		return Remaining{}
	}
	r := Remaining{Limited: true}
	if n := p.MaintenanceNotice(v.Version, on); n != nil {
		r.Remains, r.RemainsBy, r.RemainsNoun = strings.TrimSpace(n.Maintenance), n.CitedID(), n.Noun()
	}
	return r
}

// UpdatesEnd is a stop still ahead of a version's security updates
// (StoppedUpdates: On, by notice By), with what the version gets until
// then where it is past its end of life (Remaining).
type UpdatesEnd struct {
	StoppedUpdates
	Remaining
}

// ending lists the versions supported on date on whose security updates
// a notice issued by then stops later (see PlanData.Ending). A version
// whose security updates have stopped early already (its end of
// guaranteed support passed) is in PlanData.Stopped: the commitments
// hold for it until no later date.
func ending(p *content.Product, on content.Date) []UpdatesEnd {
	var out []UpdatesEnd
	stops := versionStops(p, on, func(v *content.Version) (StoppedUpdates, bool) {
		if !v.SupportedOn(on) {
			return StoppedUpdates{}, false
		}
		if at, _, _ := p.UpdatesStoppedEarly(v, on); !at.IsZero() {
			return StoppedUpdates{}, false
		}
		at, n := p.SecurityUpdatesEnd(v, on)
		if at.IsZero() {
			return StoppedUpdates{}, false
		}
		return StoppedUpdates{On: at, By: n.CitedID()}, true
	})
	for _, s := range stops {
		out = append(out, UpdatesEnd{StoppedUpdates: s, Remaining: remaining(p, p.Version(s.Version), on)})
	}
	return out
}

// RegularEnd is a stop of a version's regular releases still ahead
// (StoppedUpdates: On, the notice By, the stop's Details and the
// notice's Maintenance), and when the version's security updates end
// after it: Until, by notice UntilBy, else ("" UntilBy) at its end of
// support; zero when neither is set. EndOfSupportNotice: the stop's
// notice is an end-of-support notice, else an end-of-life one, for
// naming it where notices are not built. Remaining: where the version is
// past its end of life, the commitments are not its even before the stop
// (the example's plan said they held for 4.1.0 until a notice's stop of
// its regular releases).
type RegularEnd struct {
	StoppedUpdates
	Until              content.Date
	UntilBy            string
	EndOfSupportNotice bool
	Remaining
}

// RegularEndFor returns the stop still ahead of version v's regular
// releases, nil when none (see PlanData.RegularEnding).
func (d *PlanData) RegularEndFor(v string) *RegularEnd {
	for i := range d.RegularEnding {
		if d.RegularEnding[i].Version == v {
			return &d.RegularEnding[i]
		}
	}
	return nil
}

// regularEnding lists the versions supported on date on whose regular
// releases a notice issued by then stops later, before their security
// updates end (see PlanData.RegularEnding). A version whose security
// updates have stopped gets none of the commitments already, and a stop
// on or after the end of its security updates takes nothing from them.
func regularEnding(p *content.Product, on content.Date) []RegularEnd {
	var out []RegularEnd
	cur := p.DescribedVersion(on)
	for i := range p.Versions {
		v := &p.Versions[i]
		if !v.SupportedOn(on) {
			continue
		}
		if at, _, _ := p.UpdatesStoppedEarly(v, on); !at.IsZero() {
			continue
		}
		s := p.RegularUpdatesEnd(v, on)
		if s.Notice == nil {
			continue
		}
		until, by := p.SecurityUpdatesEnd(v, on)
		e := RegularEnd{StoppedUpdates: StoppedUpdates{Version: v.Version, Current: v == cur, On: s.At, By: s.NoticeID(),
			Details: strings.TrimSpace(s.Stop.Details), Maintenance: strings.TrimSpace(s.Notice.Maintenance)},
			Until: until, EndOfSupportNotice: s.Notice.Kind == "end_of_support"}
		if by != nil {
			e.UntilBy = by.CitedID()
		} else {
			e.Until = v.EndOfSupport
		}
		if !e.Until.IsZero() && !s.At.Before(e.Until) {
			continue
		}
		e.Remaining = remaining(p, v, on)
		out = append(out, e)
	}
	return out
}

// versionStops lists, in the product's order, the stop that stop finds
// for each version (false: none), with the version and whether it is the
// one the plan describes on date on.
func versionStops(p *content.Product, on content.Date, stop func(v *content.Version) (StoppedUpdates, bool)) []StoppedUpdates {
	cur := p.DescribedVersion(on)
	var out []StoppedUpdates
	for i := range p.Versions {
		v := &p.Versions[i]
		if s, ok := stop(v); ok {
			s.Version, s.Current = v.Version, v == cur
			out = append(out, s)
		}
	}
	return out
}

// NoticeConcern is what a notice says a component's end of support means
// (Text) and the notice's document ID (By); empty when no notice does.
type NoticeConcern struct{ Text, By string }

// Concern is the concern of the newest notice issued by the plan's date
// that concerns the version it describes and names component c
// (kind.ComponentConcern). The shipped template reads Remarks, which
// also labels the notes a notice gave; Concern stays for templates a
// user overrides that read it.
func (d *PlanData) Concern(c inventory.Component) NoticeConcern {
	if d.Version == "" {
		return NoticeConcern{}
	}
	text, by := kind.ComponentConcern(d.product, d.Version, d.ownList(), c, d.on)
	return NoticeConcern{Text: text, By: by}
}

// Remarks is what the 5.4 table says of component c besides its
// contingency, a notice's concern or the component's own notes, to be
// labelled as whose it is (kind.Remarks, as the CSD's 5.2 says it).
func (d *PlanData) Remarks(c inventory.Component) kind.ComponentRemarks {
	return kind.Remarks(d.product, d.Version, d.ownList(), c, d.on)
}

// ownList is the described version's own component list; nil when its
// list stands in from another version.
func (d *PlanData) ownList() []inventory.Component {
	if d.inv != nil && d.inv.ListedFor == "" {
		return d.inv.List
	}
	return nil
}

// FixOut is the date the fix of v came out as the plan's release knows it
// (vuln.Set.FixOut): its fixed date, else, for a version whose fix is
// released in a later version (fixed_in), that version's general
// availability; zero when neither is stated. The vulnerability table's
// "Fix released" column reads it, so that a version fixed by a later
// release is not shown as one without a fix.
func (d *PlanData) FixOut(v *vuln.Vulnerability) content.Date {
	return d.vulns.FixOut(v)
}

// data is the plan's data about p, released on date on.
func data(on content.Date, p kind.Product) *PlanData {
	d := &PlanData{Vulnerabilities: p.Vulnerabilities.All(), Uncontrolled: p.Vulnerabilities.Uncontrolled(), Withheld: p.Vulnerabilities.WithholdsFor(""), vulns: p.Vulnerabilities, inv: p.Inventory, product: p, on: on,
		PenTestFindingsStated: p.States("verification.penetration_test.findings"), Stopped: stopped(p.Product, on), RegularStopped: regularStopped(p.Product, on), Ending: ending(p.Product, on), RegularEnding: regularEnding(p.Product, on), PenTestScope: penTestScope(p.Product)}
	if v := p.DescribedVersion(on); v != nil {
		d.DeviceEndOfSupport, d.Version = v.EndOfSupport, v.Version
		d.SupportOutlasts = p.SupportOutlasts(v, on)
	}
	for v, q := range p.ByVersion {
		if q.Inventory != nil && q.Inventory.ListedFor != "" && len(q.Inventory.List) > 0 && v != d.Version {
			if d.OthersListedFor == nil {
				d.OthersListedFor, d.OthersNotListed = map[string]string{}, map[string]string{}
			}
			d.OthersListedFor[v] = q.Inventory.ListedFor
			if names := kind.StandInNotListed(p.Vulnerabilities.For(v), q.Inventory.List); names != nil {
				d.OthersNotListed[v] = content.AndList(names)
			}
		}
	}
	if p.Inventory == nil {
		return d
	}
	if len(p.Inventory.List) > 0 { // an empty list stands in for no version's
		d.ListedFor = p.Inventory.ListedFor
	}
	d.Components = slices.Clone(p.Inventory.List)
	slices.SortStableFunc(d.Components, inventory.Compare) // the CSD's order
	for _, c := range d.Components {
		if c.NeedsAttention(inventory.ComparedEnd(d.DeviceEndOfSupport, d.SupportOutlasts), on) {
			d.Attention = append(d.Attention, c)
		}
		if c.InExtended(on) {
			d.InExtended++
		}
	}
	for _, s := range p.Inventory.SBOMs {
		// Only the copies the CSD publishes: none for an SBOM whose
		// components state no support (kind.AnnotatedCopy).
		if a := kind.AnnotatedCopy(p.Inventory, s); a != "" {
			d.Annotated = append(d.Annotated, a)
		}
	}
	return d
}
