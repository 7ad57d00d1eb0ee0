package content

import (
	"slices"
	"strings"
)

// Related systems are the systems that the device relies on but that are
// not the device: the manufacturer's server software the hospital installs
// (the pump's on-premises server), an update service, a cloud backend, or
// another maker's system whose versions must match (the CGM an insulin
// pump's app reads; maker says whose, so that no document calls it the
// manufacturer's). FD&C Act
// 524B(b)(2) asks for processes that keep the device *and related systems*
// secure, and hospitals ask which versions of the server work with their
// devices, who patches it and when its support ends. A related system may
// name the [[parts]] entry it is, so that its interfaces, ports and data
// stores (and so the firewall rules) keep coming from the parts; it never
// repeats them.

// RelatedKind is what a related system is.
type RelatedKind string

type relatedKindEntry struct {
	kind RelatedKind
	// label names the kind in a table; phrase in a sentence ("Halcyon
	// Connect is server software that runs …").
	label, phrase string
}

var relatedKinds = []relatedKindEntry{
	{"server_software", "Server software", "server software"},
	{"update_service", "Update service", "an update service"},
	{"cloud_service", "Cloud service", "a cloud service"},
	{"other", "Other system", "a system"},
}

// Values lists the kinds of related system.
func (RelatedKind) Values() []string {
	out := make([]string, len(relatedKinds))
	for i, e := range relatedKinds {
		out[i] = string(e.kind)
	}
	return out
}

func (k RelatedKind) find() int {
	return slices.IndexFunc(relatedKinds, func(e relatedKindEntry) bool { return e.kind == k })
}

// Label is the human name: "Server software".
func (k RelatedKind) Label() string {
	if i := k.find(); i >= 0 {
		return relatedKinds[i].label
	}
	return Label(string(k))
}

// Phrase is the kind for a sentence: "server software", "an update service".
func (k RelatedKind) Phrase() string {
	if i := k.find(); i >= 0 {
		return relatedKinds[i].phrase
	}
	return "a system"
}

// RelatedSystem is one system that the device relies on: the
// manufacturer's, or another maker's.
type RelatedSystem struct {
	ID            string           `toml:"id" jsp:"required,key" doc:"Related-system identifier, named by notices."`
	Name          string           `toml:"name" jsp:"required" doc:"Name, e.g. Halcyon Connect."`
	Kind          RelatedKind      `toml:"kind" jsp:"required" doc:"What it is."`
	Runs          PartRuns         `toml:"runs" doc:"Who hosts it: hosted by the customer (software the hospital installs on its own server) or by the manufacturer (default: the runs of its part; required without part)."`
	HostKinds     []string         `toml:"host_kinds" jsp:"oneof=phone tablet computer watch" doc:"For a system on the customer's own device (runs = customer_device): the kinds of device it runs on, any of phone, tablet, computer and watch, as for a part (parts.host_kinds). Not written: the kind is not stated, and the documents say a device the customer owns."`
	Part          string           `toml:"part" doc:"ID of the [[parts]] entry it is, whose interfaces, ports and data stores are its own (the firewall rules come from there, so do not repeat its ports)."`
	Maker         string           `toml:"maker" doc:"The company that makes and supports it, when that is not the manufacturer (another maker's glucose sensor the device reads); left out: the manufacturer. Such a system names no part, and its runs may be left out; a released version of it that states neither end_of_life nor end_of_support is in the stage Not stated, not Support (its maker decides its support)."`
	Description   string           `toml:"description" doc:"What it does for the device and what it runs on."`
	PatchPolicy   string           `toml:"patch_policy" doc:"Who patches it and how often: release cadence, how fixes reach it (default: who patches its part, else the default for where it runs)."`
	KeptBy        string           `toml:"kept_by" jsp:"oneof=customer manufacturer" doc:"Who keeps the system in use with the device on a version that works with the device's software: customer (server software the hospital upgrades itself) or manufacturer (a service it hosts; another maker's peripheral it supplies, pairs and replaces). customer: the CSD asks the customer to keep it on a version that works and is still supported, and an end-of-life or end-of-support notice to check its version before upgrading. manufacturer: both say the manufacturer keeps it on a version that works, except of a system the manufacturer hosts, which runs the version it deploys. Default: manufacturer for a system the manufacturer hosts, else customer; where neither patch_policy nor its part's patching is written either, nothing says who keeps it so, and the CSD says that this is not stated instead of asking the customer to."`
	SupportPolicy string           `toml:"support_policy" doc:"How long each version is supported and how end of support is announced."`
	CoveredByPlan Tri              `toml:"covered_by_plan" doc:"Whether the product security plan's processes (monitoring, disclosure, patching) cover it. The plan's scope names a system that names a part: as covered where true, else as a part of the product whose coverage is not stated (or, false, not covered); check warns when it is not written for such a system."`
	Versions      []RelatedVersion `toml:"versions" doc:"Its versions, oldest first, with the device versions each works with and its support milestones."`

	// ReleaseCadence is the promise check holds against its versions
	// (cadence.go).
	ReleaseCadence ReleaseCadence `toml:"release_cadence" doc:"Its regular release cadence (as in postmarket.patching.release_cadence); a calendar cadence is checked against its versions' release dates, and where its patch_policy names a cadence and this is left out, check asks whether it is the release cadence (then state it here) or another cycle (then leave this out)."`
}

// RelatedVersion is one version of a related system.
type RelatedVersion struct {
	Version             string   `toml:"version" jsp:"required" doc:"Version string as the system shows it."`
	DeviceVersions      []string `toml:"device_versions" doc:"The product's [[versions]] that work with this version (validated by the manufacturer); not given: not stated. check warns when a supported device version works only with versions past, or ending before, its end of support, or with none while other versions state theirs."`
	GeneralAvailability Date     `toml:"general_availability" jsp:"required" doc:"Release to customers."`
	EndOfLife           Date     `toml:"end_of_life" jsp:"na" doc:"Enters limited support."`
	EndOfSupport        Date     `toml:"end_of_support" jsp:"na" doc:"All support ends."`
	SBOM                []string `toml:"sbom" doc:"SBOM files of this version (CycloneDX or SPDX), relative to content/<product-id>/; summarised in the security plan."`
}

// MilestonesNotApplicable are the keys of r's milestones stated not to
// apply (end_of_life, end_of_support), as its table prints "Does not
// apply"; lifecycle.json gives them (Product.MilestonesNotApplicable).
func (r RelatedVersion) MilestonesNotApplicable() []string {
	return notApplicableKeys(r.Lifecycle().milestoneDates())
}

// Lifecycle is the version as a product version, so that its milestones
// and stage are computed by the same rules as the device's.
func (r RelatedVersion) Lifecycle() Version {
	return Version{Version: r.Version, GeneralAvailability: r.GeneralAvailability, EndOfLife: r.EndOfLife, EndOfSupport: r.EndOfSupport}
}

// Stage is the IMDRF N70 stage of the version on date d.
func (r RelatedVersion) Stage(d Date) string { return r.Lifecycle().Stage(d) }

// Milestones are the version's dated milestones in lifecycle order.
func (r RelatedVersion) Milestones() []Milestone { return r.Lifecycle().Milestones() }

// VersionStage is the stage of the system's version v on date d, as
// the documents print it: v.Stage (as Version.StageStated words it: past
// its end of life with no end of support stated, the stage is not
// decided), except for a released version of another maker's system that states neither an end of life nor an end of
// support: whether and how long that maker supports it is the maker's to
// say, and the manufacturer's data do not, so it is "Not stated" rather
// than "Support".
func (s RelatedSystem) VersionStage(v RelatedVersion, d Date) string {
	stage := v.Lifecycle().StageStated(d)
	if stage == "Support" && strings.TrimSpace(s.Maker) != "" &&
		v.EndOfLife.IsZero() && !v.EndOfLife.NotApplicable() && v.EndOfSupport.IsZero() && !v.EndOfSupport.NotApplicable() {
		return "Not stated"
	}
	return stage
}

// WorksWith reports whether the version works with device version v.
func (r RelatedVersion) WorksWith(v string) bool { return slices.Contains(r.DeviceVersions, v) }

// RelatedSystem returns the related system with the given ID, or nil.
func (p *Product) RelatedSystem(id string) *RelatedSystem {
	for i := range p.RelatedSystems {
		if p.RelatedSystems[i].ID == id {
			return &p.RelatedSystems[i]
		}
	}
	return nil
}

// IsRelatedPart reports whether a [[related_systems]] entry names the
// part: a system the product relies on (its update service, a licence
// server), not the product, wherever it runs.
func (p *Product) IsRelatedPart(id string) bool {
	return id != "" && slices.ContainsFunc(p.RelatedSystems, func(s RelatedSystem) bool { return s.Part == id })
}

// RelatedHosting is where the system runs: its runs, else its part's.
func (p *Product) RelatedHosting(s RelatedSystem) PartRuns {
	if s.Runs != "" {
		return s.Runs
	}
	if s.Part != "" {
		return p.anyVersionPart(s.Part).Runs
	}
	return ""
}

// RelatedWhere says where the system runs, for a sentence: its runs',
// else its part's (Part.Where: in the customer's cloud tenancy, say),
// in the product's own words (PartWhere, InHouseWords: an in-house
// device's hospital, not a customer).
func (p *Product) RelatedWhere(s RelatedSystem) string {
	if s.Runs == "" && s.Part != "" {
		return p.PartWhere(p.anyVersionPart(s.Part))
	}
	return p.InHouseWords(Part{Runs: p.RelatedHosting(s), HostKinds: s.HostKinds}.Where())
}

// RelatedRunsLabel labels where the system runs, for its "Hosted" fact,
// as RelatedWhere places it: as its part (PartRunsLabel), else by its
// runs, in the product's own words (InHouseWords); "" when not stated.
func (p *Product) RelatedRunsLabel(s RelatedSystem) string {
	if s.Runs == "" && s.Part != "" {
		return p.PartRunsLabel(p.anyVersionPart(s.Part))
	}
	if r := p.RelatedHosting(s); r != "" {
		return p.InHouseWords(r.Label())
	}
	return ""
}

// RelatedRunsWhere is RelatedWhere as the rest of a sentence after the
// system's name (PartRuns.RunsWhere): "runs on a server the customer
// hosts", "is hosted by the manufacturer"; "" when not stated.
func (p *Product) RelatedRunsWhere(s RelatedSystem) string {
	return runsWhere(p.RelatedHosting(s), p.RelatedWhere(s))
}

// RelatedWhat says what the system is, whose and where it runs, for a
// sentence after "X is": "server software that runs on a server the
// customer hosts", "a cloud service hosted by the manufacturer",
// "a system of Dexcom, Inc.". A system of another maker
// must not read as the manufacturer's, and one whose hosting is not
// stated gets no "that runs" clause.
func (p *Product) RelatedWhat(s RelatedSystem) string {
	out := s.Kind.Phrase()
	if m := strings.TrimSpace(s.Maker); m != "" {
		out += " of " + m
	}
	// "a cloud service hosted by the manufacturer", not "… that is hosted".
	if w := p.RelatedRunsWhere(s); strings.HasPrefix(w, "is ") {
		out += " " + strings.TrimPrefix(w, "is ")
	} else if w != "" {
		out += " that " + w
	}
	return out
}

// RelatedOwners says whose the related systems are, for "the following
// systems …": "of Meridian", "of another maker", "of other makers", or
// "of Meridian or of the other makers named" when both.
func (p *Product) RelatedOwners(manufacturer string) string {
	others := 0
	for _, s := range p.RelatedSystems {
		if strings.TrimSpace(s.Maker) != "" {
			others++
		}
	}
	switch {
	case others == 0:
		return "of " + manufacturer
	case others < len(p.RelatedSystems):
		return "of " + manufacturer + " or of the other makers named"
	case others == 1:
		return "of another maker"
	}
	return "of other makers"
}

// RelatedKeptBy is who keeps the system in use with the device on a
// version that works with the device's software, "customer" or
// "manufacturer": its kept_by, else the manufacturer for a system it
// hosts (it runs the version it deploys), else the customer. Another
// maker's peripheral that the manufacturer supplies and pairs is the
// manufacturer's to keep working, which only kept_by can say: neither
// its maker nor where it runs decides it.
func (p *Product) RelatedKeptBy(s RelatedSystem) string {
	if s.KeptBy != "" {
		return s.KeptBy
	}
	if p.RelatedHosting(s).IsManufacturerHosted() {
		return "manufacturer"
	}
	return "customer"
}

// RelatedKeptNames lists, for a sentence, the names of the related
// systems that who ("customer" or "manufacturer") keeps on a working
// version (RelatedKeptBy): "A", "A and B", "A, B and C".
func (p *Product) RelatedKeptNames(who string) string {
	var names []string
	for _, s := range p.RelatedSystems {
		if p.RelatedKeptBy(s) == who {
			names = append(names, s.Name)
		}
	}
	return AndList(names)
}

// RelatedPart is the part the system is, or the zero Part when it names
// none.
func (p *Product) RelatedPart(s RelatedSystem) Part {
	if s.Part == "" {
		return Part{}
	}
	return p.anyVersionPart(s.Part)
}

// RelatedPatchedBy says who patches the system: its patch policy, else who
// patches its part (as PartPatchedBy says it; a part the manufacturer
// hosts whose patching is not written is the manufacturer's, as the CSD's
// responsibility table says it: hostedPatchDerived), else the default for
// where it runs, in the product's words (InHouseWords); "" when nothing
// says.
func (p *Product) RelatedPatchedBy(s RelatedSystem) string {
	if strings.TrimSpace(s.PatchPolicy) != "" {
		return s.PatchPolicy
	}
	if pt := p.RelatedPart(s); pt.ID != "" {
		w := p.PartPatchedBy(pt) // as the part's own row says it
		if w == "" && hostedPatchDerived(pt) {
			return hostedPatchWords
		}
		return w
	}
	return p.InHouseWords(Part{Runs: p.RelatedHosting(s)}.PatchedBy())
}

// RelatedPorts are the ports of the system's part, in file order; none
// when it names no part.
func (p *Product) RelatedPorts(s RelatedSystem) []Port {
	if s.Part == "" {
		return nil
	}
	var out []Port
	for _, pt := range p.Ports {
		if pt.Part == s.Part {
			out = append(out, pt)
		}
	}
	return out
}

// VersionsFor returns, for device version v, the versions of the
// system that work with it, in file order.
func (s RelatedSystem) VersionsFor(v string) []RelatedVersion {
	var out []RelatedVersion
	for _, rv := range s.Versions {
		if rv.WorksWith(v) {
			out = append(out, rv)
		}
	}
	return out
}

// Version returns the system's version v, or nil.
func (s *RelatedSystem) Version(v string) *RelatedVersion {
	for i := range s.Versions {
		if s.Versions[i].Version == v {
			return &s.Versions[i]
		}
	}
	return nil
}

// nameRelated gives each notice that names a related system that system's
// name, for the notice's default title.
func nameRelated(p *Product) {
	for i, n := range p.Notices {
		if s := p.RelatedSystem(n.RelatedSystem); s != nil {
			p.Notices[i].relatedName = s.Name
		}
	}
}
