// Package notices is one document per end-of-life, end-of-support,
// component end-of-support or security notice. A notice carries no dates
// of its own: every date it shows comes from the versions' milestones, the
// components' end of support or, for a security notice, the known
// vulnerabilities it names (security.go); the notice says which versions,
// components or vulnerabilities it concerns.
package notices

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// Kind is the notices kind.
var Kind kind.Kind = noticesKind{}

type noticesKind struct{}

func (noticesKind) Slug() string { return "notices" }

// Template is the notices' template under templates/.
const Template = "notice.md.tmpl"

func (noticesKind) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		var out kind.Prepared
		if !p.Builds("notices") {
			return out, nil
		}
		for _, n := range p.NoticesNewestFirst() {
			facts := kind.NoticeFacts(p, n)
			// A notice speaks as of its release: the milestones as announced then.
			on := kind.Released(n.Document, env.AsOf)
			if !n.Security() {
				on = kind.NoticeReleased(n, env.AsOf) // a notice without a release date speaks as of its issue
			}
			facts.Product = facts.Product.DatesOn(on)
			p := p
			p.Product = p.Product.DatesOn(on)
			if n.Security() {
				out.Documents = append(out.Documents, kind.Document{Product: facts.Product,
					Path: "notices/" + n.ID, Title: n.DisplayTitle(), Kind: "Security Advisories", Template: SecurityTemplate,
					Subject: securitySubject(p),
					Control: n.Document, Data: securityView(env, p, n), About: strings.Join(n.Versions, ", "),
				})
				continue
			}
			out.Documents = append(out.Documents, kind.Document{Product: facts.Product,
				Path: "notices/" + n.ID, Title: n.DisplayTitle(), Kind: "End-of-Life and End-of-Support Notices", Template: Template,
				Subject: "End-of-life or end-of-support notice: affected models, versions and components, effective dates, remaining maintenance, compensating controls, customer actions, upgrade paths and decommissioning",
				Control: n.Document, On: on, Data: view(env, p, facts, n), About: strings.Join(n.Versions, ", "),
			})
		}
		diags := check(env, p)
		for i, n := range p.Notices {
			diags = append(diags, kind.ReleasedAfterAsOf(env, p, fmt.Sprintf("notices[%d].document", i), "notice "+n.ID, n.Document)...)
		}
		return out, diags
	})
}

// NoticeView is what the notice template sees as .Data.
type NoticeView struct {
	Notice     content.Notice
	KindTitle  string
	Versions   []*content.Version
	Models     []content.Model
	Components []NoticeComponentView
	Effective  []EffectiveDate
	Stops      []StopView
	// EndsModels are the models whose own end of support the notice
	// announces while its versions stay supported on OtherModels
	// (content.Product.NoticeEndsModels): its dates and stops are the
	// models', never the versions'. ReplacedBy are the models offered in
	// their place (models.replaced_by), the target of a full replacement
	// that names none.
	EndsModels []content.Model
	ReplacedBy []content.Model
	product    *content.Product
	Disable    []content.Interface
	Block      []content.Port // ports to block
	Needed     []content.Port // every other port of a part on the customer's network (the device, customer-hosted software)
	Stores     []content.DataStore
	// Retention: a store the notice lists rests on a part the
	// manufacturer hosts, so the customer's data stays with the
	// manufacturer and the table says for how long (each store's
	// retention, or "Not stated"); a notice about a device or software
	// the customer hosts, whose stores the customer erases, keeps its
	// table as it was.
	Retention bool
	SBOM      string   // the notice's own SBOM, relative to the notice's folder ("../sbom-3.8.2.cdx.json"), or ""
	SBOMs     []string // the product's SBOM files, relative to the notice's folder
	Lifecycle string   // the lifecycle page, relative to the notice; "" when it was first issued after the notice (lifecycleThen)
	CSDThen   bool     // the CSD was first issued by the notice's release (issuedBy)
	Current   *content.Version
	// CurrentNotOn are the notice's models that do not run Current
	// (versions.models): "the current version is 5.2" would otherwise
	// read, to the owners of a model whose last version is 5.1, as one
	// they can install.
	CurrentNotOn []string
	Stage        map[string]string // version → stage on the as-of date
	// StageNote qualifies a version's Support stage when a major component
	// of it (its operating system) was past its supplier's support by the
	// notice's release: Support promises security updates that component
	// no longer gets (content.Product.UnsupportedMajor); "" otherwise.
	StageNote map[string]string
	// Related is the related system whose versions RelatedVersions the
	// notice announces (nil for none), RelatedStage their stage on the
	// as-of date by version.
	Related         *content.RelatedSystem
	RelatedVersions []content.RelatedVersion
	RelatedStage    map[string]string
	// Service is what the notice says of the service the manufacturer
	// runs and of the customer's data in it (hosted_service), shown when
	// it says any of it or when the versions it concerns are run only by
	// the manufacturer (content.Product.NoticeHostedOnly), where what it
	// leaves out reads "Not stated"; nil otherwise, and the notice is
	// as it was.
	Service *content.NoticeHostedService
	// Hosted are the ports, not to block, of the parts the manufacturer
	// hosts: they listen at the manufacturer, not on the customer's
	// network, so they are no port the customer keeps open there.
	Hosted []content.Port
	// Elsewhere are the parts whose ports are neither needed nor hosted:
	// software on the customer's own devices (which connect from any
	// network) and the customer's own infrastructure (whose ports are the
	// customer's, not the product's). Their ports are not listed; the
	// notice names the parts so that no port goes unmentioned.
	Elsewhere []content.Part
	// Internal are the ports on a link internal to the product (an
	// interface marked internal in the version that has the port): they
	// join no network of the customer's, so there is nothing there to
	// keep open or block for them.
	Internal []content.Port
	// Physical are the ports only someone at the device reaches
	// (content.Product.PhysicalAccessPort): on no network of the
	// customer's.
	Physical []content.Port
	// Carrier are the ports on a cellular interface of a part on the
	// customer's side (a home monitor's modem): their traffic goes over
	// the mobile operator's network, not the customer's, so there is
	// nothing on the customer's network to keep open or block for them.
	Carrier []content.Port
	// Reach are the CSD's outbound firewall rules from the customer's
	// network to the services the manufacturer hosts (FirewallRule
	// .Manufacturer: the nurses' browsers reaching a portal, the PACS
	// calling a cloud API), of every version the notice concerns, each
	// once. No port of the product listens on the customer's network,
	// but these connections must stay open there while the product is
	// used, so a notice never says that none needs to.
	Reach []content.FirewallRule
	// Closed are the ports, by interface, on the interfaces the notice
	// tells the customer to disable (Disable), save those it says to
	// block, internal ones and the manufacturer's: disabling the interface
	// closes them, so they are neither needed nor kept open. Grouped in
	// the order of Disable.
	Closed []ClosedPorts

	// asOf is the build's as-of date: a later version's general
	// availability after the notice's release but by then is the day it
	// came out, not the one planned when the notice was issued
	// (kind.PlannedSaid).
	asOf content.Date
	// StoresKept says which data stores stay, as their parts continue
	// with versions of other models the notice does not concern; they
	// are not in Stores (splitKept). "" for none.
	StoresKept string
	// StoresUpgraded says which stores of the table stay in service on
	// the units a software-only upgrade path keeps (upgradedKept); ""
	// for none.
	StoresUpgraded string
	// StoresNoneLeft stands for the table when StoresKept took every
	// store: the parts that end with the notice's versions keep none.
	StoresNoneLeft string
	// FieldReplace follows the upgrade paths: the units of a part of the
	// notice's versions whose software is never updated once made are
	// replaced, not upgraded (kind.NoticeFieldReplace); "" for none.
	FieldReplace string
}

// NoticeComponentView is one component a notice names, as the SBOM and
// the product file describe it.
type NoticeComponentView struct {
	inventory.Component
	Concern string
}

// EffectiveDate is one dated change a notice announces.
type EffectiveDate struct {
	What      string // "Software 3.8.2" or "openssl 3.0.16"
	Milestone string // "End of support"
	Date      content.Date
	Note      string // e.g. "already ended; no date announced"
}

// StopView is one thing that stops, with its date(s).
type StopView struct {
	What    string
	Details string
	When    []EffectiveDate
}

// view is a notice's data. The ports and data stores are those of every
// version the notice concerns (each listed once): a hospital running any
// of them blocks and sanitises what that version has.
func view(env *kind.Env, p, facts kind.Product, n content.Notice) *NoticeView {
	on := kind.NoticeReleased(n, env.AsOf) // a notice speaks as of its release, else its issue
	comps := p.Inventory
	var stores []content.DataStore
	for _, q := range kind.NoticeVersionFacts(p, n) {
		for _, d := range q.DataStores {
			if !slices.ContainsFunc(stores, func(s content.DataStore) bool {
				return s.ID == d.ID && s.Location == d.Location && s.Sanitize == d.Sanitize && slices.Equal(s.Models, d.Models)
			}) {
				stores = append(stores, d)
			}
		}
	}
	// A part that goes on with other models' versions keeps its stores.
	stores, kept := splitKept(p, n, on, stores)
	// The same sorting out as the notice's CSAF twin's (kind.NoticePorts).
	ports := kind.SortNoticePorts(p, n)
	view := &NoticeView{
		Notice: n, KindTitle: content.NoticeKindTitle(n.Kind), Versions: p.NoticeVersions(n), Models: p.NoticeModels(n),
		Stores: stores, Reach: ports.Reach, Disable: ports.Disable, Block: ports.Block, Needed: ports.Needed,
		StoresKept: kept, StoresNoneLeft: noneLeft(p, n, on, kept), StoresUpgraded: upgradedKept(p, n, stores),
		Internal: ports.Internal, Physical: ports.Physical, Hosted: ports.Hosted, Carrier: ports.Carrier, Elsewhere: ports.Elsewhere,
		Closed: closedByInterface(ports.Disable, ports.Closed), Lifecycle: lifecycleThen(p, on), CSDThen: issuedBy(p.Documents.CSD, on), Current: p.CurrentVersion(on), Stage: map[string]string{},
	}
	if view.Current != nil {
		ids := make([]string, len(view.Models))
		for i, m := range view.Models {
			ids[i] = m.ID
		}
		view.CurrentNotOn = p.ModelsNotRunning(view.Current, ids)
	}
	for _, v := range p.Versions {
		view.Stage[v.Version] = v.StageUndecided(on, env.AsOf) // the end of life not stated, Support or Limited Support
		if v.Stage(on) == "Support" {
			if note := p.UnsupportedMajor(v.Version, on).Sentence(); note != "" {
				if view.StageNote == nil {
					view.StageNote = map[string]string{}
				}
				view.StageNote[v.Version] = note
			}
		}
	}
	if s := p.RelatedSystem(n.RelatedSystem); s != nil && n.AboutVersions() {
		view.Related, view.RelatedVersions, view.RelatedStage = s, p.NoticeRelatedVersions(n), map[string]string{}
		for _, rv := range view.RelatedVersions {
			view.RelatedStage[rv.Version] = s.VersionStage(rv, on)
			if view.RelatedStage[rv.Version] == "Support" { // the end of life not stated, Support or Limited Support
				view.RelatedStage[rv.Version] = rv.Lifecycle().StageUndecided(on, env.AsOf)
			}
		}
	}
	if h := n.HostedService; !h.IsZero() || p.NoticeHostedOnly(n) {
		view.Service = &h
	}
	view.Retention = slices.ContainsFunc(stores, func(s content.DataStore) bool { return p.PartOfStore(s).Runs.IsManufacturerHosted() })
	// Each version the notice concerns has its own components: the newest
	// one's SBOM is not the list of an older one's (a kernel or library
	// replaced between them), so the notice names every version's.
	sboms := []kind.Product{facts}
	if vs := p.NoticeVersions(n); len(vs) > 1 {
		sboms = sboms[:0]
		for _, v := range vs {
			sboms = append(sboms, p.At(v.Version))
		}
	}
	for _, q := range sboms {
		if q.Inventory == nil {
			continue
		}
		for _, s := range q.Inventory.SBOMs {
			if f := "../" + s.Path; !slices.Contains(view.SBOMs, f) {
				view.SBOMs = append(view.SBOMs, f)
			}
		}
	}
	if n.SBOM != "" {
		view.SBOM = "../" + n.SBOM
	}
	resolved := comps.NoticeComponents(n.ID)
	for j, c := range n.Components {
		if resolved[j] != nil {
			view.Components = append(view.Components, NoticeComponentView{Component: *resolved[j], Concern: c.Concern})
		}
	}
	view.EndsModels, view.product = p.NoticeEndsModels(n), p.Product
	view.asOf, view.FieldReplace = env.AsOf, kind.NoticeFieldReplace(p, n, true)
	for _, m := range view.EndsModels {
		if r := p.Model(m.ReplacedBy); r != nil && !slices.ContainsFunc(view.ReplacedBy, func(x content.Model) bool { return x.ID == r.ID }) {
			view.ReplacedBy = append(view.ReplacedBy, *r)
		}
	}
	if view.EndsModels != nil {
		// The models' milestones, not the versions': the versions'
		// support goes on on the other models.
		for _, m := range view.EndsModels {
			for _, ms := range m.Milestones() {
				view.Effective = append(view.Effective, EffectiveDate{What: "Model " + m.ID, Milestone: ms.Name, Date: ms.Date})
			}
		}
	} else if n.AboutVersions() {
		for _, v := range view.Versions {
			for _, m := range v.Milestones() {
				view.Effective = append(view.Effective, EffectiveDate{What: "Software " + v.Version, Milestone: m.Name, Date: m.Date})
			}
			if !v.ExtendedSupportUntil.IsZero() { // for the customers in the programme only; the notice says so beneath
				view.Effective = append(view.Effective, EffectiveDate{What: "Software " + v.Version, Milestone: "End of paid extended support (customers who sign for it only)", Date: v.ExtendedSupportUntil})
			}
		}
		// The models that end with the versions, which the title names.
		for _, m := range p.NoticeRetiredModels(n) {
			for _, ms := range m.Milestones() {
				view.Effective = append(view.Effective, EffectiveDate{What: "Model " + m.ID, Milestone: ms.Name, Date: ms.Date})
			}
		}
		for _, rv := range view.RelatedVersions {
			for _, m := range rv.Milestones() {
				view.Effective = append(view.Effective, EffectiveDate{What: view.Related.Name + " " + rv.Version, Milestone: m.Name, Date: m.Date})
			}
		}
	} else {
		for _, c := range view.Components {
			e := EffectiveDate{What: content.NameVersion(c.Name, c.Version), Milestone: "End of supplier support", Date: c.EndOfSupport}
			if e.Date.IsZero() {
				e.Note = "Not announced"
				if c.Support.Ended() {
					e.Note = "Already ended (" + strings.ToLower(c.Support.Label()) + "); the supplier announced no date"
				}
			}
			view.Effective = append(view.Effective, e)
			if !c.ExtendedUntil.IsZero() {
				view.Effective = append(view.Effective, EffectiveDate{What: e.What, Milestone: "End of extended security updates" + c.ExtendedReach(), Date: c.ExtendedUntil})
			}
		}
		_, n70 := env.Content.Site.EditionAt(on, "imdrf-n70")
		view.Effective = append(view.Effective, versionDates(n, view.Versions, p.MedicalDevice.IsFalse(), n70)...)
	}
	// as written, with what the lifecycle stages decide beside them
	// (content.Product.NoticeStopsShown), as the CSAF twin
	for _, s := range p.NoticeStopsShown(n, view.Versions) {
		sv := StopView{What: content.StopLabel(s.What), Details: s.Details}
		if s.Milestone != "" && view.EndsModels != nil {
			for _, m := range view.EndsModels {
				sv.When = append(sv.When, EffectiveDate{What: "Model " + m.ID, Milestone: content.MilestoneName(s.Milestone), Date: m.MilestoneDate(s.Milestone)})
			}
		} else if s.Milestone != "" {
			for _, v := range view.Versions {
				sv.When = append(sv.When, EffectiveDate{What: "Software " + v.Version, Milestone: content.MilestoneName(s.Milestone), Date: v.MilestoneDate(s.Milestone)})
			}
			// A stop of a notice about device versions too is theirs (its
			// details speak of them); only a notice about the related
			// system alone dates its stops by the related versions.
			for _, rv := range view.RelatedVersions {
				if d := rv.Lifecycle().MilestoneDate(s.Milestone); !d.IsZero() && len(view.Versions) == 0 {
					sv.When = append(sv.When, EffectiveDate{What: view.Related.Name + " " + rv.Version, Milestone: content.MilestoneName(s.Milestone), Date: d})
				}
			}
		} else {
			sv.When = []EffectiveDate{{Date: s.Date}}
		}
		view.Stops = append(view.Stops, sv)
	}
	return view
}

// check warns about every component of the current version, and of each
// other version a CSD is about, whose
// support ends before the version's — an end of support before the
// version's, or a level at which the maker no longer fixes it (no longer
// maintained, abandoned), or, in a version whose end of support is not
// set (so still to come), an end of support already passed on the as-of
// date — whatever the source of that fact (annotation,
// SBOM, rule) — and that neither a notice names nor notes (of its
// annotation or of the rule that states its support) assess, while the
// version is supported: once its own support has ended on the as-of date,
// no stage is left for the component to change. The inventory holds the
// version's own components only (an SBOM file whose subject is another
// version is that version's: inventory.LoadVersions). The warning is at
// the place that states the
// support. (A notice naming an unknown component is reported where the
// components are resolved, by inventory.Load; a component with no support
// at all by inventory.Load too.)
func check(env *kind.Env, p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	var namedBy []*inventory.Component // the components some notice names
	for _, n := range p.Notices {
		for _, c := range p.Inventory.NoticeComponents(n.ID) {
			if c != nil {
				namedBy = append(namedBy, c)
			}
		}
	}
	diags = append(diags, componentsInVersions(p)...)
	// The current version's components, then those of each other version
	// a CSD is about (kind.CSDVersions) with a component list of its own:
	// that CSD lists its components that need attention as the current
	// version's does, and is held to the same rule; its warnings name it.
	seen := map[string]bool{}
	if cur := p.CurrentVersion(env.AsOf); cur != nil {
		for _, d := range unassessed(env, p, cur, p.Inventory, namedBy) {
			seen[d.String()] = true
			diags = append(diags, d)
		}
	}
	for _, v := range kind.CSDVersions(env, p) {
		vp := p.At(v)
		ver := p.Version(v)
		if v == p.VersionOf || ver == nil || vp.Inventory == nil || vp.Inventory.ListedFor != "" {
			continue
		}
		for _, d := range unassessed(env, vp, ver, vp.Inventory, namedBy) {
			if !seen[d.String()] {
				seen[d.String()] = true
				d.Message = "CSD of version " + v + ": " + d.Message
				diags = append(diags, d)
			}
		}
	}
	return diags
}

// unassessed warns about the components of comps, version cur's list (p
// is the product as cur is), that no notice of namedBy names and no notes
// assess, whose support ends before the version's (see check), while cur
// is supported on the as-of date.
func unassessed(env *kind.Env, p kind.Product, cur *content.Version, comps *inventory.Inventory, namedBy []*inventory.Component) content.Diagnostics {
	if !cur.EndOfSupport.IsZero() && !cur.EndOfSupport.After(env.AsOf) {
		return nil
	}
	var diags content.Diagnostics
	// A version whose end of support is not set is supported until a date
	// still to come: a component whose support has ended ends before it.
	until := "until " + cur.EndOfSupport.String()
	if cur.EndOfSupport.IsZero() {
		until = "(its end of support not set)"
	}
	// IMDRF N70 asks this of a device; health IT that is not one is asked
	// the same without N70 being said to ask it.
	assess := "IMDRF N70: assess whether the device changes lifecycle stage"
	if p.MedicalDevice.IsFalse() {
		assess = "assess whether the product changes lifecycle stage"
	}
	for _, c := range comps.List {
		if strings.TrimSpace(c.Notes) != "" || slices.ContainsFunc(namedBy, func(n *inventory.Component) bool { return c.Matches(n.PURL, n.Name, n.Version) }) {
			continue
		}
		var why string
		switch {
		case c.Support.Ended() && c.SupportEnded(env.AsOf): // an ended level from a date still to come is judged by that date below
			why = fmt.Sprintf("it is %s while version %s is supported %s", strings.ToLower(c.Support.Label()), cur.Version, until)
		case cur.EndOfSupport.IsZero() && c.SupportEnded(env.AsOf):
			why = fmt.Sprintf("its support ended on %s%s, while version %s is supported %s", c.EndOfSupport, c.Extended(env.AsOf), cur.Version, until)
		case c.EndsBefore(cur.EndOfSupport):
			// By its security fixes: extended security updates after the
			// supplier's end of support count (FixesEnd).
			what, fixes := "its support", c.FixesEnd()
			if c.ExtendsFixes() {
				what = "its extended security updates (after its supplier support ended on " + c.EndOfSupport.String() + ")"
			}
			ends := "end"
			if !c.ExtendsFixes() {
				ends = "ends"
			}
			if !fixes.After(env.AsOf) {
				ends = "ended on"
			}
			why = fmt.Sprintf("%s %s %s, before version %s's end of support on %s", what, ends, fixes, cur.Version, cur.EndOfSupport)
		default:
			continue
		}
		if o := c.Origin.Label(); o != "" {
			why += " (" + o + ")"
		}
		file, line, path := inventory.Where(p.Product, c)
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: file, Line: line, Path: path,
			Message: fmt.Sprintf("component %s %s: %s, and neither a notice names it nor notes (of its [[components]] entry or of the rule) record an assessment (%s)", c.Name, c.Version, why, assess)})
	}
	return diags
}

// versionDates are the affected versions' dates a component notice shows:
// each milestone the notice moves (date_changes), saying from which date,
// and the end of support. Whether a date the notice does not list changed
// is not recorded, so the notice makes no claim about it. A date moved
// with less than 24 months' notice gives its reason; the 24 months are
// what IMDRF N70 asks of a device, and only recommends for medical devices
// when the product (health IT, notDevice) is not one. A notice released
// before IMDRF N70 (n70 false) says the 24 months without citing it.
func versionDates(n content.Notice, versions []*content.Version, notDevice, n70In bool) []EffectiveDate {
	n70 := "; less than the 24 months' notice IMDRF N70 asks for: "
	switch {
	case !n70In:
		n70 = "; less than 24 months' notice: "
	case notDevice:
		n70 = "; less than the 24 months' notice IMDRF N70 recommends for medical devices: "
	}
	var out []EffectiveDate
	for _, v := range versions {
		for _, m := range v.Milestones() {
			e := EffectiveDate{What: "Software " + v.Version, Milestone: m.Name, Date: m.Date}
			moved := false
			for _, c := range n.DateChanges {
				if c.Version == v.Version && c.Milestone == m.Key {
					e.Milestone += " (moved by this notice from " + c.Previous.String() + ")"
					if c.ShortNotice != "" {
						e.Milestone += n70 + c.ShortNotice
					}
					moved = true
				}
			}
			if moved || m.Key == "end_of_support" {
				out = append(out, e)
			}
		}
	}
	return out
}

// issuedBy reports a document first issued on or before date on: a
// notice released then may point to it; one first issued later did not
// exist yet.
func issuedBy(c content.DocumentControl, on content.Date) bool {
	return c.ID != "" && !c.FirstIssued().After(on)
}

// lifecycleThen is the link to the lifecycle page from a notice released
// on date on, or "" when the page was first issued after it.
func lifecycleThen(p kind.Product, on content.Date) string {
	if !issuedBy(p.Documents.Lifecycle, on) {
		return ""
	}
	return "../lifecycle.html"
}

// componentsInVersions errs where a component end-of-support notice names
// a version whose components (its SBOM files and [[components]]) do not
// include a component the notice names: the notice would tell that
// version's owners a component concerns them that their software lacks.
// A version whose components are not stated at all decides nothing.
func componentsInVersions(p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	for i, n := range p.Notices {
		if n.Kind != "component_end_of_support" {
			continue
		}
		for j, ver := range n.Versions {
			inv := p.At(ver).Inventory
			if inv == nil || len(inv.List) == 0 {
				continue
			}
			for _, c := range n.Components {
				in := func(inv *inventory.Inventory) bool {
					return inv != nil && slices.ContainsFunc(inv.List, func(x inventory.Component) bool { return x.Matches(c.PURL, c.Name, c.Version) })
				}
				if in(inv) || !slices.ContainsFunc(p.Versions, func(v content.Version) bool { return in(p.At(v.Version).Inventory) }) {
					continue // in this version, or in none: unknown, which the inventory reports
				}
				path := fmt.Sprintf("notices[%d].versions[%d]", i, j)
				name := content.NameVersion(c.Name, c.Version)
				if name == "" {
					name = c.PURL
				}
				diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path,
					Message: fmt.Sprintf("version %s does not contain %s, which this notice names: its components (SBOM files and [[components]]) do not list it; name only the versions that contain it", ver, name)})
			}
		}
	}
	return diags
}

// securitySubject is a security advisory's subject (the PDF's and the
// HTML description): the risk it states is to a device's essential
// clinical performance, or, for health IT that is not a medical device,
// of patient harm.
func securitySubject(p kind.Product) string {
	risk := "risk to essential clinical performance"
	if p.MedicalDevice.IsFalse() {
		risk = "risk of patient harm"
	}
	return "Security advisory: vulnerabilities, affected and fixed versions, " + risk + ", remediation, compensating controls and communication timeline"
}

// OtherModels words the models that run version ver of a notice about
// some models' end of support but that it does not concern: "TV-300B
// and TV-300W"; empty when no other model runs it.
func (v *NoticeView) OtherModels(ver string) string {
	return content.AndList(v.product.NoticeOtherModels(v.Notice, ver))
}

// CurrentNotOnNames names the models of CurrentNotOn for a sentence
// ("TV-300B and TV-300W").
func (v *NoticeView) CurrentNotOnNames() string { return content.AndList(v.CurrentNotOn) }
