// Package lifecycle is the product's permanent public lifecycle page and
// its machine-readable lifecycle.json: the stage of every software
// version, its milestone dates, the components' end of support and the
// notices issued.
package lifecycle

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/export"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// Kind is the lifecycle page kind.
var Kind kind.Kind = lifecycleKind{}

type lifecycleKind struct{}

func (lifecycleKind) Slug() string { return "lifecycle" }

// Title is the page's title.
const Title = "Product Lifecycle and Support Status"

// Template is the page's template under templates/.
const Template = "lifecycle.md.tmpl"

func (lifecycleKind) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	var diags content.Diagnostics
	out := make([]kind.Prepared, len(products))
	for i, p := range products {
		if !p.Builds("lifecycle") {
			continue // neither the page nor lifecycle.json
		}
		diags = append(diags, check(env, p)...)
		if p.RunsRelatedSupport("lifecycle") {
			diags = append(diags, content.RuleRelatedSupport(p.Product, env.AsOf)...)
			diags = append(diags, content.RulePlatformSupport(p.Product, env.AsOf)...)
			diags = append(diags, content.RuleVersionSupportDates(p.Product, env.AsOf)...)
			diags = append(diags, kind.OwnComponentEnds(env, p)...)
		}
		if p.HasControl("lifecycle", p.Documents.Lifecycle) { // else warned about by validation
			diags = append(diags, kind.DueRevision(env, p, "lifecycle", "lifecycle page", p.Documents.Lifecycle, false, p.Builds("notices"), false)...)
			out[i].Documents = []kind.Document{{
				Path: "lifecycle", Title: Title, Kind: Title, Template: Template,
				Subject: subject(p),
				Control: p.Documents.Lifecycle, Data: view(env, p), About: "All versions",
				Product: p.Product.DatesOn(kind.Released(p.Documents.Lifecycle, env.AsOf)), // its tables' milestones
			}}
		}
		data, err := JSON(env, p)
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Message: "lifecycle.json: " + err.Error()})
			continue
		}
		label := "Lifecycle dates (JSON, CycloneDX lifecycle properties)"
		if carriesNotices(p, kind.Released(p.Documents.Lifecycle, env.AsOf)) {
			label = "Lifecycle dates and notices (JSON, CycloneDX lifecycle properties)"
		}
		out[i].Files = []kind.File{{Path: "lifecycle.json", Label: label, Data: data}}
	}
	return out, diags
}

// subject is the page's subject (the HTML description, the PDF
// subject): the notices issued only where the page lists them, which it
// does only for a product that publishes them with jspgen.
func subject(p kind.Product) string {
	const s = "Lifecycle stage, milestone dates of every software version, component end of support"
	if p.Builds("notices") {
		return s + " and the end-of-life and end-of-support notices issued"
	}
	return s
}

// LifecycleView is what the lifecycle page template sees as .Data.
type LifecycleView struct {
	Current *content.Version
	// NotOnCurrent are the models, still supported, that do not run
	// Current (versions.models), each with the newest version it runs
	// that is released and not withdrawn: "the current version is 5.2"
	// is not one a TV-300T owner can install.
	NotOnCurrent []ModelVersion
	Stage        string
	Versions     []VersionStatus
	Notices      []NoticeLink
	Components   []inventory.Component // components whose support comes from their [[components]] entry (inventory.Component.OwnAssessment), as the CSD's "Annotation"
	// OtherAssessed are the other supported versions' components so
	// assessed, version by version (otherAssessed): Components are the
	// current version's only.
	OtherAssessed []AssessedVersion
	// Listed is how many components the current version's inventory
	// holds: the page singles out the annotated ones, and without any it
	// must not say the components are not stated when the SBOM or the
	// CSD lists them.
	Listed int
	// InSBOM is how many of them an SBOM file lists (inSBOM): the others
	// come from the product file's [[components]] alone, so the page does
	// not give the SBOM their count, and with none in an SBOM file the
	// list is the product data's, which need not be all of the version's
	// software.
	InSBOM int
	// JSONComponents is how many components lifecycle.json lists under
	// "components": the current version's that a [[components]] entry
	// annotates (annotated), not every component whose end of support
	// the page gives, so the page says which.
	JSONComponents int
	// JSONOwn is how many of those the entry gives the manufacturer's own
	// assessment of their support (inventory.Component.OwnAssessment); an
	// entry with only notes or a supplier leaves it to the SBOM file, a
	// rule or a notice, as the CSD's source column says, so the page does
	// not call their support the manufacturer's.
	JSONOwn int
	// JSONBare is how many of those state no support at all (bare): the
	// file gives only their names and versions, so the page does not say
	// it holds their supplier support.
	JSONBare int
	// SupportedVersions are the versions supported on the page's date
	// (released and not past their end of support), in file order, each
	// with the components that need attention in it.
	SupportedVersions []SupportedVersion
	JSON              string
	Related           []RelatedStatus // the related systems, in file order
	// Hosted are the end-of-life and end-of-support notices, newest
	// first, that say when the manufacturer stops running the versions
	// they concern and what becomes of the customer's data, or that are
	// about versions only the manufacturer runs (which then read "Not
	// stated"): notices.NoticeView.Service. None for a product that
	// hosts nothing, whose page is as it was.
	Hosted []HostedEnd
	// LastHosted is the entry of Hosted whose notice offers no upgrade
	// from the last version (content.Product.NoUpgradeNotice), which the
	// End of Support stage of a product only its manufacturer hosts
	// links to; nil when the page does not list that notice.
	LastHosted *HostedEnd
	// NoticesBuilt: the product publishes its notices with jspgen
	// (documents.build). When it does not, an empty list says nothing
	// about notices issued elsewhere, so the page must not say "none".
	NoticesBuilt bool
	// JSONNotices: lifecycle.json carries notices (carriesNotices), so
	// the page may say it does.
	JSONNotices bool
	// Limited are the versions in Limited Support on the page's date,
	// grouped by the end-of-life notices issued by then that name them:
	// the stage's row says support is limited to the maintenance such a
	// notice announces, which is true of a version only when one does.
	Limited []LimitedVersions
}

// LimitedVersions are versions in Limited Support on the lifecycle page's
// date that the same end-of-life notices issued by then name, newest
// first (Href "" when the notices are not built: the page does not link
// them); no notice: none the data lists states their maintenance.
type LimitedVersions struct {
	Versions []string
	Notices  []NoticeLink
}

// VersionStatus is one version on the lifecycle page.
type VersionStatus struct {
	*content.Version
	Models  []string
	Stage   string
	Next    content.Milestone
	Notices []NoticeLink
	// UpdatesStopped, for a version supported on the page's date, is when
	// its security updates stopped before its end of support, at its end
	// of guaranteed support (Guaranteed) or by a notice
	// (content.Product.UpdatesStoppedEarly). The stage alone would promise
	// them.
	UpdatesStopped content.Date
	Guaranteed     bool
	// RegularStopped, for a version supported on the page's date, is when
	// a notice stopped its regular releases (stops.what = "updates",
	// content.Product.RegularUpdatesStopped); zero when none did. The
	// Support stage's meaning promises them.
	RegularStopped content.Date
}

// SupportedVersion is a version supported on the page's date with the
// components that need attention in it, by the rule of the CSD's
// "components that need attention" (inventory.Attention): support ended
// (no longer maintained, abandoned, or an end date passed on the page's
// date) or ending before the version's.
type SupportedVersion struct {
	*content.Version // its milestones as announced on the page's date
	// Stated: the version's own components are known (its SBOM files, or
	// the [[components]] of the current version). A version without an
	// SBOM file of its own has only another version's list, ListedFor,
	// which says nothing of its own components.
	Stated    bool
	ListedFor string
	// Named, for a version with ListedFor set, are the components that
	// notices issued by the page's date name as its (namedIn): the page
	// judges these, and says its other components are not stated;
	// lifecycle.json lists those that need attention apart
	// (namedNeedingAttention).
	Named     NamedNotes
	Listed    int // how many components its own list holds
	InSBOM    int // how many of them an SBOM file lists (LifecycleView.InSBOM)
	Attention []AttentionNote
	// Announced: when the version's end of support is not set, its other
	// components whose supplier has announced an end of support (after
	// the page's date: one on or before it needs attention), earliest
	// first. With no version date to compare them with, the page lists
	// them for planning, without calling them earlier than the version's.
	Announced []inventory.Component
	// Unknown counts its other components that state neither a support
	// level nor an end of supplier support (NotStated, supportNotStated):
	// the page says their support is not stated rather than let "none
	// needs attention" cover them, and lifecycle.json lists them.
	Unknown   int
	NotStated []inventory.Component
	// EndUnstated are its components whose end of supplier support is
	// not stated, their level not saying it has ended (endUnstated): the
	// page does not count them among those with no announced end.
	EndUnstated []inventory.Component
	// Extended tells that a listed component has extended security
	// updates every customer receives after its supplier's end of support
	// (inventory.Component.ExtendsFixes): "none ends before" is then said
	// of both dates.
	Extended bool
	// Paid: the version is past its end of support but in paid extended
	// support on the page's date (content.Version.InExtendedSupport). The
	// hospitals in the programme still run it and receive its fixes, so
	// its components matter to them, until the programme ends.
	Paid bool
	// Ends is the date the version's components are compared with: its
	// end of support, or for a version in paid extended support the end
	// of the programme (zero: not set).
	Ends content.Date
	// Outlasts, when Ends is not set, is the date the version's support
	// is known to last beyond (content.Product.SupportOutlasts): the
	// components whose support ends by then end before it.
	Outlasts content.Date
	// Soon, when neither Ends nor Outlasts is set, is the end of the
	// notice IMDRF N70 asks for before an end of support, counted from
	// the page's date (content.Product.EndsSoonBy), and SoonMonths that
	// notice: a component whose supplier support ends by then needs
	// attention (AttentionNote.Soon), though whether before the
	// version's end of support is not stated.
	Soon       content.Date
	SoonMonths int
}

// AttentionNote is a component that needs attention in a version, with
// whether its support ends before the version's (inventory.Component.BeforeEnd).
// Soon: it is listed because its supplier support ends by
// SupportedVersion.Soon (inventory.Component.EndsBy), not because it has
// ended or ends before the version's.
type AttentionNote struct {
	inventory.Component
	Before string
	Soon   bool
}

// HasSoon reports that one of the version's components that need
// attention is listed because its supplier support ends soon
// (AttentionNote.Soon).
func (sv SupportedVersion) HasSoon() bool {
	return slices.ContainsFunc(sv.Attention, func(n AttentionNote) bool { return n.Soon })
}

// attention is the components of list that need attention on date on in
// a version compared with end (inventory.ComparedEnd) or, when the
// version's end of support is not announced, whose supplier support ends
// by soon (inventory.Component.EndsBy), in the order of
// inventory.Compare.
func attention(list []inventory.Component, end, soon, on content.Date) []inventory.Component {
	var out []inventory.Component
	for _, c := range list {
		if c.NeedsAttention(end, on) || c.EndsBy(soon, on) {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, inventory.Compare)
	return out
}

// supported is p's versions supported on date on, and those in paid
// extended support then, each with the components that need attention
// in it; p is the product with the milestones as announced on on.
func supported(p kind.Product, on content.Date) []SupportedVersion {
	var out []SupportedVersion
	for i := range p.Versions {
		v := &p.Versions[i]
		if !v.DocumentedOn(on) {
			continue
		}
		sv := SupportedVersion{Version: v, Ends: v.EndOfSupport}
		if v.InExtendedSupport(on) {
			sv.Paid, sv.Ends = true, v.ExtendedSupportUntil
		}
		sv.Outlasts = p.SupportOutlasts(v, on)
		if sv.Ends.IsZero() {
			sv.Soon, sv.SoonMonths = p.EndsSoonBy(v, on)
		}
		// Whether v has a list of its own is the plan's rule too
		// (kind.OwnComponentList), so the two tell the same versions apart.
		// Without one, its components are not stated, which is not "none
		// needs attention"; another version's list standing in for it
		// (ListedFor) says nothing of them either.
		inv := inventoryOf(p, v.Version)
		switch {
		case kind.OwnComponentList(p, v.Version):
			sv.Stated, sv.Listed, sv.InSBOM = true, len(inv.List), inSBOM(inv.List)
			end := inventory.ComparedEnd(sv.Ends, sv.Outlasts)
			for _, c := range attention(inv.List, end, sv.Soon, on) {
				sv.Attention = append(sv.Attention, AttentionNote{Component: c, Before: c.BeforeEndOutlasting(sv.Ends, sv.Outlasts, on),
					Soon: !c.NeedsAttention(end, on)})
			}
			if sv.Ends.IsZero() {
				sv.Announced = announced(inv.List, end, sv.Soon, on)
			}
			sv.NotStated = supportNotStated(inv.List)
			sv.Unknown = len(sv.NotStated)
			sv.EndUnstated = endUnstated(inv.List)
			for _, c := range inv.List {
				sv.Extended = sv.Extended || c.ExtendsFixes()
			}
		case inv != nil && (len(inv.List) > 0 || len(inv.SBOMs) > 0):
			sv.ListedFor = inv.ListedFor
			sv.Named = namedIn(p, inv, sv, on)
		}
		out = append(out, sv)
	}
	return out
}

// inSBOM counts the components of list that an SBOM file lists, as the
// CSD counts the others apart ("listed in the product data only"): an
// entry of [[components]] that matches no SBOM component is not in one.
func inSBOM(list []inventory.Component) int {
	n := 0
	for _, c := range list {
		if c.SBOMFile != "" {
			n++
		}
	}
	return n
}

// announced is the components of list that do not need attention on
// date on in a version whose end of support is not set (compared with
// end, inventory.ComparedEnd, or ending by soon, attention) and whose
// supplier has announced an end of support, by that date, then as
// Compare orders them.
func announced(list []inventory.Component, end, soon, on content.Date) []inventory.Component {
	var out []inventory.Component
	for _, c := range list {
		if !c.EndOfSupport.IsZero() && !c.NeedsAttention(end, on) && !c.EndsBy(soon, on) {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b inventory.Component) int {
		switch {
		case a.FixesEnd().Before(b.FixesEnd()):
			return -1
		case b.FixesEnd().Before(a.FixesEnd()):
			return 1
		}
		return inventory.Compare(a, b)
	})
	return out
}

// inventoryOf is version v's own inventory; nil when p does not know it
// (a product built by hand, without its versions' inventories).
func inventoryOf(p kind.Product, v string) *inventory.Inventory {
	if q := p.At(v); q.VersionOf == v {
		return q.Inventory
	}
	return nil
}

// HostedEnd is a notice's switch-off of a service the manufacturer
// runs, and the customer's data in it (content.NoticeHostedService).
type HostedEnd struct {
	Notice NoticeLink
	content.NoticeHostedService
}

// hostedEnd reports whether notice n's hosted service goes on the page
// and in lifecycle.json: it states some of it, or concerns versions only
// the manufacturer runs (as the notice shows it).
func hostedEnd(p kind.Product, n content.Notice) bool {
	return n.AboutVersions() && (!n.HostedService.IsZero() || p.NoticeHostedOnly(n))
}

// NoticeLink is one notice as lists show it.
type NoticeLink struct {
	ID, Title, Kind, Revision, DocumentID, Href string
	Issued, Released                            content.Date
	Versions                                    []string
	// Related names the related system's versions the notice announces:
	// "Halcyon Connect 4.2"; "" for none.
	Related string
	// Noun names the notice in a sentence ("end-of-life notice"); set
	// where the Limited Support row cites it.
	Noun string
	// Unstated is what an end-of-life or end-of-support notice leaves
	// out of the maintenance that remains, what stops and the upgrade
	// paths (noticeUnstated), "" for none: the page says so beneath its
	// list of notices, and derives none of them from the notice's kind.
	Unstated string
}

// noticeUnstated is what end-of-life or end-of-support notice n does
// not state (notices.maintenance, stops, upgrade_paths left out): "which
// maintenance remains, what stops beyond the milestones it announces or
// which upgrade paths are offered"; "" for another kind, or when it
// states all three (upgrade_paths = [] states that none is offered).
func noticeUnstated(p kind.Product, n content.Notice) string {
	if !n.AboutVersions() {
		return ""
	}
	var out []string
	if strings.TrimSpace(n.Maintenance) == "" {
		out = append(out, "which maintenance remains")
	}
	if len(n.Stops) == 0 {
		out = append(out, "what stops beyond the milestones it announces")
	}
	if len(n.UpgradePaths) == 0 && !p.NoticeOffersNoUpgrade(n) {
		out = append(out, "which upgrade paths are offered")
	}
	return content.OrList(out)
}

// RelatedStatus is one related system on the lifecycle page: each of its
// versions with its stage and the notices that announce it.
type RelatedStatus struct {
	*content.RelatedSystem
	Runs     content.PartRuns
	Where    string // where it runs, for a sentence (content.Product.RelatedWhere)
	What     string // what and whose it is and where it runs (content.Product.RelatedWhat)
	Versions []RelatedVersionStatus
}

// RelatedVersionStatus is one version of a related system.
type RelatedVersionStatus struct {
	content.RelatedVersion
	Stage   string
	Notices []NoticeLink
}

func view(env *kind.Env, p kind.Product) *LifecycleView {
	on := kind.Released(p.Documents.Lifecycle, env.AsOf) // the page speaks as of its release
	p.Product = p.Product.DatesOn(on)                    // the milestones as announced then
	view := &LifecycleView{Current: p.CurrentVersion(on), Stage: "Development", JSON: "lifecycle.json", NoticesBuilt: p.Builds("notices"), JSONNotices: carriesNotices(p, on)}
	if view.Current != nil {
		view.Stage = view.Current.StageStated(on)
		view.NotOnCurrent = notOnCurrent(p.Product, view.Current, on)
	}
	links := map[string]NoticeLink{}
	// The notices are listed (and linked) only when they are built; the
	// page then says they are not published here.
	var notices []content.Notice
	if view.NoticesBuilt {
		notices = issuedBy(p, on)
	}
	for _, n := range notices {
		// The notice's revision as of the page's date, which a later
		// revision of the notice does not change.
		rev, released := n.Document.RevisionOn(on)
		l := NoticeLink{ID: n.ID, Title: n.DisplayTitle(), Kind: n.KindLabel(), Revision: rev, DocumentID: n.Document.ID,
			Href: "notices/" + n.ID + ".html", Issued: n.Issued, Released: released, Versions: n.Versions, Unstated: noticeUnstated(p, n)}
		if s := p.RelatedSystem(n.RelatedSystem); s != nil && len(n.RelatedVersions) > 0 {
			l.Related = s.Name + " " + strings.Join(n.RelatedVersions, ", ")
		}
		links[n.ID] = l
		view.Notices = append(view.Notices, l)
		if hostedEnd(p, n) {
			view.Hosted = append(view.Hosted, HostedEnd{Notice: l, NoticeHostedService: n.HostedService})
		}
	}
	if last := p.NoUpgradeNotice(); last != nil {
		for i := range view.Hosted {
			if view.Hosted[i].Notice.ID == last.ID {
				view.LastHosted = &view.Hosted[i]
			}
		}
	}
	for i := range p.Versions {
		v := &p.Versions[i]
		vs := VersionStatus{Version: v, Models: modelsSaying(p.Product, v, on), Stage: v.StageStated(on), Next: v.NextMilestone(on)}
		vs.UpdatesStopped, vs.Guaranteed, _ = p.UpdatesStoppedEarly(v, on)
		if v.SupportedOn(on) {
			vs.RegularStopped = p.RegularUpdatesStopped(v, on).At
		}
		for _, n := range view.Notices {
			if slices.Contains(n.Versions, v.Version) {
				vs.Notices = append(vs.Notices, links[n.ID])
			}
		}
		view.Versions = append(view.Versions, vs)
		if vs.Stage == "Limited Support" {
			view.Limited = addLimited(view.Limited, v.Version, maintenanceNotice(p, v.Version, on, links))
		}
	}
	list := p.On(on).Inventory.List
	view.Listed, view.InSBOM = len(list), inSBOM(list)
	for _, c := range list {
		if annotated(c) {
			view.JSONComponents++
			if c.OwnAssessment() {
				view.JSONOwn++
			}
			if bare(c) {
				view.JSONBare++
			}
		}
		// The components whose support their [[components]] entry states,
		// as the CSD counts and labels them ("Annotation"): one giving
		// only a justification is the manufacturer's own statement of
		// why no end is known. One with only notes or a supplier leaves
		// the support to the SBOM file or a rule, which are not.
		if c.OwnAssessment() {
			view.Components = append(view.Components, c)
		}
	}
	view.SupportedVersions = supported(p, on)
	view.OtherAssessed = otherAssessed(p, view.SupportedVersions, p.On(on).VersionOf)
	for i := range p.RelatedSystems {
		s := &p.RelatedSystems[i]
		rs := RelatedStatus{RelatedSystem: s, Runs: p.RelatedHosting(*s), Where: p.RelatedWhere(*s), What: p.RelatedWhat(*s)}
		for _, rv := range s.Versions {
			vs := RelatedVersionStatus{RelatedVersion: rv, Stage: s.VersionStage(rv, on)}
			for _, n := range p.NoticesNewestFirst() {
				if l, ok := links[n.ID]; ok && n.RelatedSystem == s.ID && slices.Contains(n.RelatedVersions, rv.Version) {
					vs.Notices = append(vs.Notices, l)
				}
			}
			rs.Versions = append(rs.Versions, vs)
		}
		view.Related = append(view.Related, rs)
	}
	return view
}

// maintenanceNotice is the notice that states the maintenance left to
// version v, in Limited Support on date on: the one the plan and the CSD
// cite (content.Product.MaintenanceNotice), so the three documents never
// name different notices. Built, the page's own link; not built, the
// data's notice, unlinked. None: an empty list.
func maintenanceNotice(p kind.Product, v string, on content.Date, links map[string]NoticeLink) []NoticeLink {
	n := p.MaintenanceNotice(v, on)
	if n == nil {
		return nil
	}
	l, ok := links[n.ID]
	if !ok {
		l = NoticeLink{ID: n.ID, Title: n.DisplayTitle(), Kind: n.KindLabel(), DocumentID: n.Document.ID, Issued: n.Issued, Versions: n.Versions}
	}
	l.Noun = n.Noun()
	return []NoticeLink{l}
}

// addLimited adds version v, in Limited Support, to the group of the
// versions that the same notices name (one sentence says the notice
// covers them all), or as a group of its own.
func addLimited(groups []LimitedVersions, v string, notices []NoticeLink) []LimitedVersions {
	ids := func(ns []NoticeLink) []string {
		out := make([]string, len(ns))
		for i, n := range ns {
			out[i] = n.ID
		}
		return out
	}
	for i := range groups {
		if slices.Equal(ids(groups[i].Notices), ids(notices)) {
			groups[i].Versions = append(groups[i].Versions, v)
			return groups
		}
	}
	return append(groups, LimitedVersions{Versions: []string{v}, Notices: notices})
}

// carriesNotices reports whether lifecycle.json and the page speak of
// notices at all: a product that publishes them with jspgen, or one whose
// file lists notices issued elsewhere. Otherwise neither the file's
// label nor the page's description of the file may name notices, of
// which the file holds none.
func carriesNotices(p kind.Product, on content.Date) bool {
	return p.Builds("notices") || len(issuedBy(p, on)) > 0
}

// issuedBy is p's notices, newest first, issued by date on: the page
// (and lifecycle.json) dated on lists them; a later notice needs a new
// revision of the page (check says so).
func issuedBy(p kind.Product, on content.Date) []content.Notice {
	return slices.DeleteFunc(p.NoticesNewestFirst(), func(n content.Notice) bool { return kind.IssuedAfter(n, on) })
}

// The lifecycle.json document. Milestones are written as CycloneDX
// property-taxonomy properties (cdx:lifecycle:milestone:*), so a consumer
// that reads CycloneDX component properties reads them unchanged.
type lifecycleJSON struct {
	Format         string      `json:"format"`
	Generator      string      `json:"generator"`
	Product        jsonProduct `json:"product"`
	AsOf           string      `json:"as_of"`
	CurrentVersion string      `json:"current_version,omitempty"`
	CurrentStage   string      `json:"current_stage"`
	// CurrentByMarket is each of the product's markets with its current
	// version (none: no version released there yet), when they differ:
	// a version released in one market before another, or in one only
	// (versions.markets, versions.market_releases). CurrentVersion is
	// then the newest released in any market. Left out when every market
	// has the same current version.
	CurrentByMarket []jsonMarketCurrent `json:"current_version_by_market,omitempty"`
	// CurrentNotOn is each still-supported model that does not run
	// CurrentVersion (versions.models), with the newest version it runs:
	// the page's "Model TV-300T does not run version 5.2". Left out when
	// every model runs it.
	CurrentNotOn  []jsonModelVersion `json:"models_not_running_current,omitempty"`
	LifecyclePage string             `json:"lifecycle_page,omitempty"`
	Versions      []jsonVersion      `json:"versions"`
	// Components are the current version's components that a
	// [[components]] entry annotates; [] when it has a component list
	// (an SBOM file or [[components]]) that annotates none, and left out
	// when its components are not stated, where [] would read as "none"
	// (componentsStated).
	Components *[]jsonComponent `json:"components,omitempty"`
	Notices    []jsonNotice     `json:"notices,omitzero"`
	// RelatedSystems are left out for a product that has none.
	RelatedSystems []jsonRelated `json:"related_systems,omitempty"`
}

// jsonRelated is a related system. Its versions are left out when the
// data state none: which versions exist and work with the device is then
// not stated, as the page says, where [] would read as "it has none".
type jsonRelated struct {
	ID       string               `json:"id"`
	Name     string               `json:"name"`
	Kind     string               `json:"kind"`
	Runs     string               `json:"runs,omitempty"`  // where it runs (a PartRuns value); left out when not stated, which is not a value
	Maker    string               `json:"maker,omitempty"` // another company's system; left out: the manufacturer's
	Versions []jsonRelatedVersion `json:"versions,omitempty"`
}

type jsonRelatedVersion struct {
	Version        string         `json:"version"`
	DeviceVersions []string       `json:"device_versions"`
	Stage          string         `json:"stage"`
	Properties     []jsonProperty `json:"properties"`
	// NotApplicable: as jsonVersion's
	// (content.RelatedVersion.MilestonesNotApplicable).
	NotApplicable []string `json:"milestones_not_applicable,omitempty"`
	Notices       []string `json:"notices,omitzero"`
}

type jsonProduct struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Manufacturer string   `json:"manufacturer"`
	Models       []string `json:"models"`
	// ModelMilestones are the models' own milestones (models.end_of_*),
	// for the models that state one; left out when none does.
	ModelMilestones []jsonModel `json:"model_milestones,omitempty"`
}

// jsonModel is a model's own milestones.
type jsonModel struct {
	ID              string `json:"id"`
	EndOfMarketing  string `json:"end_of_marketing,omitempty"`
	EndOfProduction string `json:"end_of_production,omitempty"`
	EndOfSupport    string `json:"end_of_support,omitempty"`
	ReplacedBy      string `json:"replaced_by,omitempty"`
	SupportEnded    bool   `json:"support_ended"` // on as_of
	// NotApplicable: the keys of its milestones that do not apply, as its
	// row prints "Does not apply" (content.Product.ModelMilestonesNotApplicable).
	NotApplicable []string `json:"milestones_not_applicable,omitempty"`
}

// jsonExtendedSupport is a version's paid extended support
// (versions.extended_support_until, extended_support).
type jsonExtendedSupport struct {
	Until  string `json:"until"`
	Terms  string `json:"terms"`
	Active bool   `json:"active"` // past the end of support and before until on as_of
}

type jsonProperty struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// jsonMarketCurrent is one market's current version.
type jsonMarketCurrent struct {
	Market  string `json:"market"`
	Version string `json:"version,omitempty"`
}

// jsonMarketRelease is a version's release in one market. Released: it
// is out there on as_of, so that a tool need not compare dates to learn
// that the version's stage holds only where it is out, as the page's
// stage cells say ("available in the United States; in the European
// Union from 1 June 2026").
type jsonMarketRelease struct {
	Market              string `json:"market"`
	GeneralAvailability string `json:"general_availability"`
	Released            bool   `json:"released"`
}

type jsonVersion struct {
	Version string   `json:"version"`
	Models  []string `json:"models"`
	// Markets, when the versions' markets differ: the markets the version
	// is released in, each with its release date there (which may be
	// after as_of); a market of the product's left out: not released
	// there.
	Markets []jsonMarketRelease `json:"markets,omitempty"`
	// ModelsSupportEnded are the models of Models whose own support
	// ended on as_of while the version stays supported on the others
	// (models.end_of_support); left out when none.
	ModelsSupportEnded []string `json:"models_support_ended,omitempty"`
	// Manufacturer is the company the version's labeling names: the
	// site's manufacturer, or the company that made it before the line
	// was taken over (versions.manufacturer), when TakenOver is the day
	// the site's manufacturer took it over, where written.
	Manufacturer string `json:"manufacturer"`
	TakenOver    string `json:"taken_over,omitempty"`
	Stage        string `json:"stage"`
	// Withdrawn, WithdrawalReason and ReplacedBy: a version withdrawn
	// from the field by as_of, why, and what to install instead.
	Withdrawn        string         `json:"withdrawn,omitempty"`
	WithdrawalReason string         `json:"withdrawal_reason,omitempty"`
	ReplacedBy       string         `json:"replaced_by,omitempty"`
	Properties       []jsonProperty `json:"properties"`
	// NotApplicable: the keys of the milestones that do not apply
	// (end_of_production, …), which Properties leaves out as it leaves
	// out those not announced; the page prints "Does not apply"
	// (content.Product.MilestonesNotApplicable).
	NotApplicable []string `json:"milestones_not_applicable,omitempty"`
	Notices       []string `json:"notices,omitzero"`
	// ExtendedSupport is the paid extended support sold for the version
	// after its end of support: the stage stays End of Support (the
	// end for every customer who does not pay), so a tool tells the
	// customers in the programme from the others by this.
	ExtendedSupport *jsonExtendedSupport `json:"extended_support,omitempty"`
	// Attention: for a version supported on as_of, or then in paid
	// extended support, whose own components are stated, those that need
	// attention in it, as on the page (section 4); absent for any other
	// version. An empty list says that none needs attention only when
	// every component states its support: with one stating neither a
	// level nor an end of supplier support, which the rule cannot judge,
	// an empty list is left out. SupportNotStated lists those components
	// (as the page counts them, SupportedVersion.Unknown) beside the
	// list, empty or not; absent when there are none, and wherever
	// Attention is absent for the version's components not being stated.
	Attention        *[]jsonComponent `json:"components_needing_attention,omitempty"`
	SupportNotStated []jsonComponent  `json:"components_support_not_stated,omitempty"`
	// NamedAttention: for a version supported on as_of (or then in paid
	// extended support) without a component list of its own, which has
	// neither key above, the components that notices about it name as its
	// (SupportedVersion.Named) and that need attention in it, as on the
	// page (section 4). It is not the version's whole list: its other
	// components are not stated. An empty list says only that none of
	// the named ones needs attention, and is left out when one of them
	// states neither a support level nor an end of supplier support
	// (namedNeedingAttention); absent when notices name none.
	NamedAttention *[]jsonComponent `json:"components_named_by_notices_needing_attention,omitempty"`
	// Platforms are the platforms the customer supplies beneath the
	// version's software ([[platforms]] as the version has them), each
	// version with its vendor's end of support; absent when the version
	// lists none. PartsOnEndedPlatforms: for a version supported on
	// as_of (or then in paid extended support), the IDs of its parts every
	// platform version of which is past its vendor's end of support;
	// absent when none is.
	Platforms             []jsonPlatform `json:"platforms,omitempty"`
	PartsOnEndedPlatforms []string       `json:"parts_on_ended_platforms,omitempty"`
}

// jsonPlatform is a platform; its versions are absent when they are not
// stated (never an empty list, which would read as none supported).
type jsonPlatform struct {
	Name     string                `json:"name"`
	Vendor   string                `json:"vendor,omitempty"`
	Parts    []string              `json:"parts"`
	Versions []jsonPlatformVersion `json:"versions,omitempty"`
}

// jsonPlatformVersion is a platform version with its vendor's end of
// support. VendorSupportEnded (on as_of) and EndsWithinYear are absent
// when the end of support is not stated: not known, never "false".
type jsonPlatformVersion struct {
	Version            string `json:"version"`
	EndOfSupport       string `json:"end_of_support,omitempty"`
	VendorSupportEnded *bool  `json:"vendor_support_ended,omitempty"`
	EndsWithinYear     *bool  `json:"ends_within_twelve_months,omitempty"`
}

// platformsJSON is version v's platforms as lifecycle.json gives them on
// date on; nil when it lists none.
func platformsJSON(p *content.Product, v *content.Version, on content.Date) ([]jsonPlatform, []string) {
	o := p.PlatformOutlookOf(v.Version, on, content.Date{}, false)
	if o == nil {
		return nil, nil
	}
	var out []jsonPlatform
	for _, pl := range o.Platforms {
		jp := jsonPlatform{Name: pl.Name, Vendor: pl.Vendor, Parts: append([]string{}, pl.Parts...)}
		for _, pv := range pl.Versions {
			jv := jsonPlatformVersion{Version: pv.Version}
			if !pv.EndOfSupport.IsZero() {
				ended, soon := pv.Ended(on), pv.EndsWithinYear(on)
				jv.EndOfSupport, jv.VendorSupportEnded, jv.EndsWithinYear = pv.EndOfSupport.String(), &ended, &soon
			}
			jp.Versions = append(jp.Versions, jv)
		}
		out = append(out, jp)
	}
	var ended []string
	if v.DocumentedOn(on) && !v.WithdrawnOn(on) {
		for _, pt := range o.OnEnded {
			ended = append(ended, pt.ID)
		}
	}
	return out, ended
}

type jsonComponent struct {
	Name string `json:"name"`
	// Version: absent when the component's version is not stated.
	Version string `json:"version,omitempty"`
	PURL    string `json:"purl,omitempty"`
	// Properties hold the supplier's end of support, the extended
	// security updates, and the justification (why no end or level is
	// stated) and source (where the supplier publishes its policy) of the
	// support as stated, under the names the annotated SBOM uses
	// (sbom.Property*).
	//
	// Support is the level as recorded, with no date of its own: a level
	// recorded ended whose end of support (a property) is after as_of
	// holds only from then, and one recorded supported whose end is on
	// or before as_of no longer held on as_of. SupportEnded says which:
	// whether the supplier's support had ended on as_of (supplierEnded:
	// by the end of support when one is stated, else by the level), as
	// the page's "supplier support ended on"; absent when neither is
	// stated. Extended security updates do not delay it: FixesEnded says
	// whether they still reach every customer.
	Support      string `json:"support,omitempty"`
	SupportEnded *bool  `json:"support_ended,omitempty"`
	// FixesEnded: for a component with extended security updates
	// (extended_until), whether security fixes for every customer had
	// ended on as_of (inventory.Component.SupportEnded: the end of the
	// updates when every customer receives them, else the supplier's
	// end), the judgement by which the page counts it supported or not;
	// absent for any other component, whose fixes end with its support.
	FixesEnded *bool          `json:"security_fixes_ended,omitempty"`
	Properties []jsonProperty `json:"properties"`
	Notices    []string       `json:"notices,omitzero"`
}

// supplierEnded reports whether c's supplier no longer supported it on
// date on: its end of support is on or before on, or, with none stated,
// its level has ended. Unlike inventory.Component.SupportEnded, extended
// security updates after that end do not count: lifecycle.json's
// support_ended is the supplier's support, which the page says ended.
func supplierEnded(c inventory.Component, on content.Date) bool {
	if !c.EndOfSupport.IsZero() {
		return !c.EndOfSupport.After(on)
	}
	return c.Support.Ended()
}

type jsonNotice struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Title      string   `json:"title"`
	DocumentID string   `json:"document_id"`
	Revision   string   `json:"revision"`
	Issued     string   `json:"issued"`
	Released   string   `json:"released"`
	Versions   []string `json:"versions"`
	Models     []string `json:"models"`
	// EndsModels: for a notice about some models' own end of support
	// while its versions stay on others (notices.models), the models'
	// milestones it announces; absent otherwise. Its versions' milestones
	// are then not the notice's.
	EndsModels []jsonModel `json:"ends_models,omitempty"`
	// Components: for a security notice, the components its
	// vulnerabilities are in, in the versions still affected or under
	// investigation ([] when none is); for any other notice, the
	// components it names ([[notices.components]]), absent when it names
	// none: which components such a notice concerns is then not stated,
	// which [] would read as "none".
	Components *[]string `json:"components,omitempty"`
	Document   string    `json:"document,omitempty"` // its page; none when the notices are not built
	// RelatedSystem and RelatedVersions: the related system's versions
	// the notice announces, when it names any.
	RelatedSystem   string   `json:"related_system,omitempty"`
	RelatedVersions []string `json:"related_versions,omitempty"`
	// HostedService: for an end-of-life or end-of-support notice that
	// states it, or that concerns versions only the manufacturer runs,
	// when the manufacturer stops running them and what becomes of the
	// customer's data; a date or text the notice does not state is
	// absent (not stated). Absent for any other notice.
	HostedService *jsonHostedService `json:"hosted_service,omitempty"`
}

type jsonHostedService struct {
	SwitchOff   string `json:"switch_off,omitempty"`
	ExportUntil string `json:"export_until,omitempty"`
	Export      string `json:"export,omitempty"` // Markdown, as written
	DataDeleted string `json:"data_deleted,omitempty"`
}

// dateOrNone is d as ISO 8601, or "" when it is not set.
func dateOrNone(d content.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// JSON is the machine-readable lifecycle of a product:
// site/<product-id>/lifecycle.json.
func JSON(env *kind.Env, p kind.Product) ([]byte, error) {
	on := kind.Released(p.Documents.Lifecycle, env.AsOf) // as the page: as of its release
	p.Product = p.Product.DatesOn(on)
	doc := lifecycleJSON{
		Format: "jspgen-lifecycle/1", Generator: "jspgen " + env.Version, AsOf: on.String(), CurrentStage: "Development",
		Product:  jsonProduct{ID: p.ID, Name: p.Name, Manufacturer: env.Content.Site.Manufacturer.Name, Models: []string{}},
		Versions: []jsonVersion{},
	}
	// A product that does not publish its notices with jspgen
	// (documents.build without notices) has no complete list of them:
	// "notices": [] would read as "none issued", where the page says not
	// stated. Its notices keys are then left out, unless a notice the
	// product file lists fills them.
	built := p.Builds("notices")
	noneYet := func() []string {
		if built {
			return []string{}
		}
		return nil
	}
	if built {
		doc.Notices = []jsonNotice{}
	}
	for _, m := range p.Models {
		doc.Product.Models = append(doc.Product.Models, m.ID)
		if m.HasMilestones() {
			doc.Product.ModelMilestones = append(doc.Product.ModelMilestones, jsonModel{ID: m.ID,
				EndOfMarketing: dateOrEmpty(m.EndOfMarketing), EndOfProduction: dateOrEmpty(m.EndOfProduction),
				EndOfSupport: dateOrEmpty(m.EndOfSupport), ReplacedBy: m.ReplacedBy, SupportEnded: m.ModelEnded(on),
				NotApplicable: p.ModelMilestonesNotApplicable(m)})
		}
	}
	if p.HasControl("lifecycle", p.Documents.Lifecycle) {
		doc.LifecyclePage = "lifecycle.html"
	}
	if cur := p.CurrentVersion(on); cur != nil {
		doc.CurrentVersion, doc.CurrentStage = cur.Version, cur.StageStated(on)
		for _, mv := range notOnCurrent(p.Product, cur, on) {
			doc.CurrentNotOn = append(doc.CurrentNotOn, jsonModelVersion{Model: mv.Model, Newest: mv.Version})
		}
	}
	if p.CurrentByMarket(on) != nil {
		for _, m := range p.Markets {
			mc := jsonMarketCurrent{Market: m}
			if v := p.CurrentVersionIn(m, on); v != nil {
				mc.Version = v.Version
			}
			doc.CurrentByMarket = append(doc.CurrentByMarket, mc)
		}
	}
	ordered := issuedBy(p, on)
	concerned := map[string][]sbom.Component{} // notice ID → the components it concerns
	for _, n := range ordered {
		concerned[n.ID] = noticeComponents(p, n)
	}
	scope := newNoticeScope(p, ordered, concerned)
	component := func(c inventory.Component, version string) jsonComponent {
		jc := jsonComponent{Name: c.Name, Version: c.Version, PURL: c.PURL, Support: string(c.Support), Properties: []jsonProperty{}, Notices: noneYet()}
		if c.Support != "" || !c.EndOfSupport.IsZero() {
			ended := supplierEnded(c, on)
			jc.SupportEnded = &ended
		}
		if !c.ExtendedUntil.IsZero() {
			ended := c.SupportEnded(on)
			jc.FixesEnded = &ended
		}
		if !c.EndOfSupport.IsZero() {
			jc.Properties = append(jc.Properties, jsonProperty{Name: content.CycloneDXProperty("end_of_support"), Value: c.EndOfSupport.String()})
		}
		if !c.ExtendedUntil.IsZero() {
			jc.Properties = append(jc.Properties, jsonProperty{Name: sbom.PropertyExtendedUntil, Value: c.ExtendedUntil.String()})
			if c.ExtendedFor != "" {
				jc.Properties = append(jc.Properties, jsonProperty{Name: sbom.PropertyExtendedFor, Value: c.ExtendedFor})
			}
		}
		jc.Properties = append(jc.Properties, assessmentProperties(c)...)
		jc.Notices = append(jc.Notices, scope.of(c, version)...)
		return jc
	}
	entries := map[string]SupportedVersion{} // version → its page entry, for a version supported on the page's date
	for _, sv := range supported(p, on) {
		entries[sv.Version.Version] = sv
	}
	for i := range p.Versions {
		v := &p.Versions[i]
		jv := jsonVersion{Version: v.Version, Models: p.ModelIDs(v), Manufacturer: p.MakerOf(v.Version, env.Content.Site.Manufacturer.Name),
			Stage: v.StageStated(on), Properties: []jsonProperty{}, Notices: noneYet()}
		for _, m := range p.EndedModels(v, on) {
			jv.ModelsSupportEnded = append(jv.ModelsSupportEnded, m.ID)
		}
		if v.Manufacturer != "" && !v.TakenOver.IsZero() {
			jv.TakenOver = v.TakenOver.String()
		}
		if p.MarketsDiffer() {
			for _, m := range p.Markets {
				if r := p.ReleasedIn(v, m); !r.IsZero() {
					jv.Markets = append(jv.Markets, jsonMarketRelease{Market: m, GeneralAvailability: r.String(), Released: !r.After(on)})
				}
			}
		}
		if v.WithdrawnOn(on) {
			jv.Withdrawn, jv.WithdrawalReason, jv.ReplacedBy = v.Withdrawn.String(), v.WithdrawalReason, v.ReplacedBy
		}
		for _, m := range v.Milestones() {
			jv.Properties = append(jv.Properties, jsonProperty{Name: content.CycloneDXProperty(m.Key), Value: m.Date.String()})
		}
		jv.NotApplicable = p.MilestonesNotApplicable(*v)
		for _, n := range ordered {
			if slices.Contains(n.Versions, v.Version) {
				jv.Notices = append(jv.Notices, n.ID)
			}
		}
		if sv, ok := entries[v.Version]; ok && sv.Stated {
			// [] would say none needs attention of components the rule
			// cannot judge: those then say their support is not stated.
			if sv.attentionKnown() {
				list := []jsonComponent{}
				for _, c := range sv.Attention {
					list = append(list, component(c.Component, v.Version))
				}
				jv.Attention = &list
			}
			for _, c := range sv.NotStated {
				jv.SupportNotStated = append(jv.SupportNotStated, component(c, v.Version))
			}
		} else if ok {
			// The page judges the components notices name as the version's;
			// a key of their own keeps them from reading as its whole list.
			if named, write := namedNeedingAttention(sv.Named); write {
				list := []jsonComponent{}
				for _, n := range named {
					// The notices that name it, as the page cites them: one
					// about other versions too does not say it is this one's.
					jc := component(n.Component, v.Version)
					jc.Notices = append(jc.Notices[:0], n.IDs...)
					list = append(list, jc)
				}
				jv.NamedAttention = &list
			}
		}
		jv.Platforms, jv.PartsOnEndedPlatforms = platformsJSON(p.Product, v, on)
		if !v.ExtendedSupportUntil.IsZero() {
			jv.ExtendedSupport = &jsonExtendedSupport{Until: v.ExtendedSupportUntil.String(), Terms: v.ExtendedSupport, Active: v.InExtendedSupport(on)}
		}
		doc.Versions = append(doc.Versions, jv)
	}
	current := p.On(on) // the version current on the page's date
	if componentsStated(current.Inventory) {
		list := []jsonComponent{}
		for _, c := range current.Inventory.List {
			if annotated(c) {
				list = append(list, component(c, current.VersionOf))
			}
		}
		doc.Components = &list
	}
	for _, n := range ordered {
		rev, released := n.Document.RevisionOn(on) // as of the file's date, as on the page
		jn := jsonNotice{ID: n.ID, Kind: n.Kind, Title: n.DisplayTitle(), DocumentID: n.Document.ID, Revision: rev,
			Issued: n.Issued.String(), Released: released.String(), Versions: []string{}, Models: []string{},
			RelatedSystem: n.RelatedSystem, RelatedVersions: n.RelatedVersions}
		if built {
			jn.Document = "notices/" + n.ID + ".html"
		}
		jn.Versions = append(jn.Versions, n.Versions...)
		for _, m := range p.NoticeModels(n) {
			jn.Models = append(jn.Models, m.ID)
		}
		for _, m := range p.NoticeEndsModels(n) {
			jn.EndsModels = append(jn.EndsModels, jsonModel{ID: m.ID, EndOfMarketing: dateOrEmpty(m.EndOfMarketing), EndOfProduction: dateOrEmpty(m.EndOfProduction),
				EndOfSupport: dateOrEmpty(m.EndOfSupport), ReplacedBy: m.ReplacedBy, SupportEnded: m.ModelEnded(on)})
		}
		if n.Security() || len(n.Components) > 0 {
			ids := []string{}
			for _, c := range concerned[n.ID] {
				ids = append(ids, componentID(c))
			}
			jn.Components = &ids
		}
		if hostedEnd(p, n) {
			h := n.HostedService
			jn.HostedService = &jsonHostedService{SwitchOff: dateOrNone(h.SwitchOff), ExportUntil: dateOrNone(h.ExportUntil),
				Export: strings.TrimSpace(h.Export), DataDeleted: dateOrNone(h.DataDeleted)}
		}
		doc.Notices = append(doc.Notices, jn)
	}
	for _, s := range p.RelatedSystems {
		jr := jsonRelated{ID: s.ID, Name: s.Name, Kind: string(s.Kind), Runs: string(p.RelatedHosting(s)), Maker: strings.TrimSpace(s.Maker)}
		for _, rv := range s.Versions {
			jv := jsonRelatedVersion{Version: rv.Version, DeviceVersions: append([]string{}, rv.DeviceVersions...), Stage: s.VersionStage(rv, on),
				Properties: []jsonProperty{}, NotApplicable: rv.MilestonesNotApplicable(), Notices: noneYet()}
			for _, m := range rv.Milestones() {
				jv.Properties = append(jv.Properties, jsonProperty{Name: content.CycloneDXProperty(m.Key), Value: m.Date.String()})
			}
			for _, n := range ordered {
				if n.RelatedSystem == s.ID && slices.Contains(n.RelatedVersions, rv.Version) {
					jv.Notices = append(jv.Notices, n.ID)
				}
			}
			jr.Versions = append(jr.Versions, jv)
		}
		doc.RelatedSystems = append(doc.RelatedSystems, jr)
	}
	return export.JSON(doc)
}

// annotated reports a component lifecycle.json lists under
// "components": one a [[components]] entry matched (or that is one). The
// page and the file count them alike (LifecycleView.JSONComponents).
func annotated(c inventory.Component) bool { return c.Annotated }

func dateOrEmpty(d content.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// modelsSaying words the models that run version v for the status
// table: each model's ID, and beside a model whose own support ended by
// on while v stays supported on others (models.end_of_support), the
// date it ended.
func modelsSaying(p *content.Product, v *content.Version, on content.Date) []string {
	ended := map[string]content.Date{}
	for _, m := range p.EndedModels(v, on) {
		ended[m.ID] = m.EndOfSupport
	}
	var out []string
	for _, id := range p.ModelIDs(v) {
		if d, ok := ended[id]; ok {
			id += " (support of the model ended " + d.String() + ")"
		}
		out = append(out, id)
	}
	return out
}

// jsonModelVersion is a model and the newest version it runs (absent
// when it runs none released by as_of).
type jsonModelVersion struct {
	Model  string `json:"model"`
	Newest string `json:"newest_version,omitempty"`
}

// ModelVersion is a model and the newest version it runs ("" when it
// runs none released by the page's date).
type ModelVersion struct {
	Model   string
	Version string
}

// notOnCurrent lists the models whose own support has not ended on on
// that do not run cur, each with the newest released, not withdrawn
// version that runs on it.
func notOnCurrent(p *content.Product, cur *content.Version, on content.Date) []ModelVersion {
	var live []string
	for _, m := range p.Models {
		if !m.ModelEnded(on) {
			live = append(live, m.ID)
		}
	}
	var out []ModelVersion
	for _, id := range p.ModelsNotRunning(cur, live) {
		mv := ModelVersion{Model: id}
		if v := p.CurrentVersionOn(id, on); v != nil {
			mv.Version = v.Version
		}
		out = append(out, mv)
	}
	return out
}
