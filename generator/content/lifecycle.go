package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Notice is one end-of-life, end-of-support, component end-of-support or
// security notice: a controlled document sent to customers and published
// on the product's permanent lifecycle page. Its dates are never written
// here: a notice about versions takes them from the versions' milestones,
// a component notice from the component's end of support, a security
// notice its versions and dates from the vulnerabilities it names, so that
// the notice, the lifecycle page, the CSD, the CSAF documents and the MDS2
// form cannot disagree.
//
// The keys a lifecycle notice carries (operating systems, what stops,
// maintenance, compensating controls, customer actions, upgrade paths) are
// checked per kind by the validator, not tagged required: a security
// notice has no stops or remaining maintenance, and an end-of-life or
// end-of-support notice may leave out its maintenance, stops and upgrade
// paths (it then says each is not stated, and check warns).
type Notice struct {
	ID               string            `toml:"id" jsp:"required,slug" doc:"Slug used in the output path (site/<product-id>/notices/<id>.html): lower-case letters, digits, '.', '_' and '-'."`
	Kind             string            `toml:"kind" jsp:"required,oneof=end_of_life end_of_support component_end_of_support security" doc:"end_of_life (versions enter limited support), end_of_support (all support ends), component_end_of_support (a software component's supplier support ends), security (a security advisory about known vulnerabilities, with a CSAF security advisory twin)."`
	Title            string            `toml:"title" doc:"Title (default: from the kind and the versions or components; an end-of-support notice whose versions run only on some models, each of which states its own end of support no later than theirs and runs no other version supported longer, names those models: \"model Gen 1 (software 1.9)\", and its effective dates add the models' own milestones)."`
	Issued           Date              `toml:"issued" jsp:"required" doc:"Date the notice was first issued to customers (revision dates are in its document control)."`
	Summary          string            `toml:"summary" jsp:"required,markdown" doc:"What the notice announces and why, in one or two paragraphs."`
	Versions         []string          `toml:"versions" doc:"Affected software versions (required for end_of_life and end_of_support; for a component notice, the versions that contain the components; not for a security notice, whose versions come from its vulnerabilities)."`
	Vulnerabilities  []string          `toml:"vulnerabilities" doc:"For a security notice (required there, not allowed elsewhere): IDs of the known vulnerabilities it announces, from [[vulnerabilities]] or the imported VEX; the affected and fixed versions, risk, remediation and dates come from them."`
	RelatedSystem    string            `toml:"related_system" doc:"ID of the [[related_systems]] entry whose versions this notice also announces (or only announces, when versions is empty)."`
	RelatedVersions  []string          `toml:"related_versions" doc:"Versions of the related system whose end of life or end of support the notice announces; their dates come from the related system's versions."`
	Models           []string          `toml:"models" doc:"Affected model IDs (default: the models of the affected versions). An end_of_support notice naming some of the models that run its versions only announces those models' own end of support (models.end_of_support; each must state one; kind = end_of_life is an error, as a model has no end of life): check warns when the first such notice was issued less than 24 months (IMDRF N70), or than end_of_life.notice_months, before it, or after it; its dates and the milestones its stops name are the models' (end_of_marketing, end_of_production, end_of_support), its title and kind name the models, it says the versions' own dates apply on the other models, and it offers no software-only upgrade (their hardware's support ends). The security plan lists the models' milestones."`
	OperatingSystems []string          `toml:"operating_systems" doc:"Operating system(s) of the affected versions, with their version and support status (for every kind but security). Not written: where every affected version lists its [[platforms]], the notice lists those, with their vendor's end of support as of the notice's release; for a notice about versions only the manufacturer hosts, it says that no operating system of the customer's runs them; otherwise it says which operating system the versions run on is not stated, and check warns."`
	SBOM             string            `toml:"sbom" doc:"SBOM of the affected version, relative to content/<product-id>/, when it is not one of the product's SBOM files; the notice's components are matched against it and it is published beside the notice."`
	Components       []NoticeComponent `toml:"components" doc:"Software components concerned, matched against the product's components (or the notice's SBOM) by purl, else name and version."`
	Maintenance      string            `toml:"maintenance" jsp:"markdown" doc:"Maintenance that remains after the change (advisories, fixes, technical support, for how long); not for a security notice, where it does not apply; required on a component_end_of_support notice. Not written on an end_of_life or end_of_support notice: the notice, its CSAF twin and the lifecycle page say which maintenance remains is not stated, and check warns (IMDRF N70 asks for it). For a version in Limited Support, the CSD and the plan state the maintenance of the newest end-of-life or end-of-support notice naming the version; without one, that of the newest component end-of-support notice naming it."`
	Stops            []NoticeStop      `toml:"stops" doc:"What stops, and when: updates, spare parts, service, renewal of service agreements; not for a security notice, where it does not apply; required on a component_end_of_support notice. Not written on an end_of_life or end_of_support notice: the notice, its CSAF twin and the lifecycle page say what stops is not stated beyond the milestones the notice announces (nothing is derived from the notice's kind alone), and check warns (IMDRF N70 asks for it)."`
	Compensating     []string          `toml:"compensating_controls" doc:"Additional compensating controls the customer should put in place (a security notice adds them to its vulnerabilities' own). Not written on another kind of notice: the notice says which controls the manufacturer recommends is not stated, and check warns (IMDRF N70 asks for them). Written empty ([]): the manufacturer states that the customer needs none (its own measures, such as updates it pushes to every device, suffice), and the notice says so."`
	Actions          CustomerActions   `toml:"customer_actions" doc:"What the customer should do: interfaces to disable, ports to block, network isolation, backup."`
	UpgradePaths     []UpgradePath     `toml:"upgrade_paths" doc:"The upgrade paths offered: software only, partial, full replacement (not for a security notice, whose fixed versions come from its vulnerabilities; required on a component_end_of_support notice). Not written on an end_of_life or end_of_support notice: the notice, its CSAF twin and the lifecycle page say which upgrade paths are offered is not stated, and check warns (IMDRF N70 asks for them). Written empty ([]): the manufacturer offers none, neither to another software version nor to a replacement product (a product line discontinued without a successor, a notice about its last version), and the notice says so instead of asking the customer to upgrade; on an end-of-life or end-of-support notice about the last version, the plan and the lifecycle page then advise replacing or isolating the device at its end of support, while a component_end_of_support notice's empty list speaks for that notice only; check warns when a later version than those the notice concerns is not retired by it, and when every path leads to a version not generally available on the notice's issue date while a later version, generally available then and in its Support stage, ran on the notice's models."`
	Decommissioning  string            `toml:"decommissioning" jsp:"markdown" doc:"What is particular to decommissioning the affected devices; the steps come from [decommissioning] and the sanitisation of each data store from its sanitize. A store on a part off the device that a supported version also uses on a model the notice does not concern, or on a part the manufacturer hosts that a supported version the notice does not name also uses, is not listed: the notice says that it stays in service with that version. The sanitisation of a store without sanitize reads Not stated for this store (the decommissioning steps are above) where this or [decommissioning].steps is written. Without this and [decommissioning].steps, the notice says how to decommission the affected devices is not stated, and check warns (IMDRF N70 asks for them), unless only the manufacturer hosts the affected versions (the notice then says there is nothing for the customer to decommission)."`
	Contact          Contact           `toml:"contact" doc:"Contact for questions about this notice (sales or account management), in addition to the manufacturer's support and security contacts."`
	Document         DocumentControl   `toml:"document" doc:"Document control of the notice: number, revision, release date, history, owner and approvals, each where known. Leave out what is not assigned: the notice then says its number is not assigned in the product data and claims no revision or release date, and check warns."`

	// What becomes of a service the manufacturer hosts, and of the
	// customer's data in it, when the notice's versions go: the
	// switch-off may differ from their end of support.
	HostedService NoticeHostedService `toml:"hosted_service" doc:"For an end-of-life or end-of-support notice about versions the manufacturer hosts (parts[].runs = \"manufacturer_hosted\", or a related system it hosts): when it stops running them and what becomes of the customer's data. check warns when a notice about a product only the manufacturer hosts leaves these out (the notice then says \"Not stated\"), and when a notice about versions it does not host gives them."`

	// Dates of the affected versions that this notice moves.
	DateChanges []NoticeDateChange `toml:"date_changes" doc:"Milestones of the affected versions that this notice moves, each with the date announced before it; a milestone not listed is shown with its date and no claim that it changed or not."`

	// NoOperatingSystem: the affected versions run on no operating system.
	NoOperatingSystem bool `toml:"no_operating_system" doc:"true: the affected versions run on no operating system (firmware on bare hardware); the notice and its CSAF twin say so, and operating_systems is not needed (writing both is an error). Not written: operating_systems applies as above."`

	relatedName string   // the name of the related system it names, for its default title (nameRelated)
	endsModels  []string // the models whose own end of support it announces, for its default title (nameModels)
	titleModels []string // the models that end with its versions, for its default title only (nameRetiredModels)
}

// NoticeHostedService is what an end-of-life or end-of-support notice
// says of the versions the manufacturer runs for its customers: the day
// it stops running them (which may differ from their end of support),
// until when and how the customer can take its data out, and when the
// manufacturer deletes the customer data that is left.
type NoticeHostedService struct {
	SwitchOff   Date   `toml:"switch_off" doc:"The date the manufacturer stops running the affected versions for its customers (the switch-off); check warns when it comes before their end of support or before the notice was issued."`
	ExportUntil Date   `toml:"export_until" doc:"The last day the customer can export its data from the affected versions; not before the notice's issue date, nor after data_deleted."`
	Export      string `toml:"export" jsp:"markdown" doc:"How the customer exports its data: what can be exported, in which formats, by which means or on request to whom."`
	DataDeleted Date   `toml:"data_deleted" doc:"The date the manufacturer deletes the customer data that remains in the affected versions; check warns when it comes before the switch-off or before the notice was issued."`
}

// IsZero reports a notice that states nothing of a hosted service.
func (h NoticeHostedService) IsZero() bool {
	return h.SwitchOff.IsZero() && h.ExportUntil.IsZero() && strings.TrimSpace(h.Export) == "" && h.DataDeleted.IsZero()
}

// NoticeHostsService reports whether notice n concerns versions the
// manufacturer runs: an affected version with a part it hosts, or a
// related system it hosts whose versions the notice names.
func (p *Product) NoticeHostsService(n Notice) bool {
	for _, v := range p.NoticeVersions(n) {
		if p.At(v.Version).HasManufacturerHostedPart() {
			return true
		}
	}
	if s := p.RelatedSystem(n.RelatedSystem); s != nil && len(n.RelatedVersions) > 0 && p.RelatedHosting(*s).IsManufacturerHosted() {
		return true
	}
	return false
}

// NoticeHostedOnly reports an end-of-life or end-of-support notice about
// versions that only the manufacturer runs (HostedOnly; of the product as
// written when the notice names no version of it): the service is the
// product, so the notice says when it is switched off and what becomes of
// the customer's data, or that this is not stated.
func (p *Product) NoticeHostedOnly(n Notice) bool {
	if !n.AboutVersions() {
		return false
	}
	vs := p.NoticeVersions(n)
	if len(vs) == 0 {
		return p.HostedOnly()
	}
	for _, v := range vs {
		if !p.At(v.Version).HostedOnly() {
			return false
		}
	}
	return true
}

// NoticeComponent names one software component concerned by a notice.
type NoticeComponent struct {
	Name    string `toml:"name" doc:"Component name, as in the SBOM (with version, when there is no purl)."`
	Version string `toml:"version" doc:"Component version."`
	PURL    string `toml:"purl" doc:"Package URL; decides alone when given."`
	Concern string `toml:"concern" jsp:"required" doc:"Why the component is concerned (its support ends, it is no longer maintained) and what that means for the device."`

	// Support and EndOfSupport state the support of a component that
	// [[components]] does not annotate (one of an earlier version's SBOM
	// cannot be annotated without adding it to the current product).
	// They are the component's support in every document and annotated
	// SBOM that lists it, over the SBOM's properties and support rules.
	Support      SupportLevel `toml:"support" doc:"Support level of a component that [[components]] does not annotate; every document and annotated SBOM listing the component gives it (over the SBOM's properties and support rules)."`
	EndOfSupport Date         `toml:"end_of_support" doc:"Supplier's end of support of a component that [[components]] does not annotate; every document and annotated SBOM listing the component gives it."`
}

// NoticeDateChange is a milestone of an affected version that a notice
// moves: the version's [[versions]] entry carries the new date, this the
// one announced before, so the notice can say what changed.
type NoticeDateChange struct {
	Version   string `toml:"version" jsp:"required" doc:"The affected version (one of the notice's versions)."`
	Milestone string `toml:"milestone" jsp:"required,oneof=general_availability end_of_marketing end_of_production end_of_life end_of_guaranteed_support end_of_support" doc:"The milestone that moves."`
	Previous  Date   `toml:"previous" jsp:"required" doc:"The date announced before this notice; the new date is the version's."`
	// ShortNotice is printed in the notice beside the new date.
	ShortNotice string `toml:"short_notice_reason" doc:"Why an end of life or end of support moves to a date less than 24 months after the notice (IMDRF N70 asks for 24 months); printed in the notice. check warns when such a move has none."`
}

// NoticeStop is one thing that stops, at a milestone of the affected
// versions or at a date of its own (hardware, service contracts).
type NoticeStop struct {
	What      string `toml:"what" jsp:"required,oneof=updates security_updates spare_parts service technical_support service_agreement_renewal training" doc:"updates, security_updates, spare_parts, service, technical_support, service_agreement_renewal or training. updates is the regular releases (new versions and maintenance releases), which the documents call so; security_updates is the security fixes, which a stop of updates does not end: where both stop, write both. A stop of updates dated after a version's end of life, with no details, says that its date falls after the end of life and points to the maintenance the notice says remains; check warns about a stop of updates or security updates dated after a version's end of support (for security updates, after its paid extended support). service is the servicing of the product (repair, maintenance visits); the date the manufacturer stops running a service it hosts goes in hosted_service.switch_off."`
	Milestone string `toml:"milestone" jsp:"oneof=general_availability end_of_marketing end_of_production end_of_life end_of_guaranteed_support end_of_support" doc:"The affected versions' milestone at which it stops (the date comes from the versions)."`
	Date      Date   `toml:"date" doc:"The date it stops, when it is not a version milestone (e.g. spare parts); give milestone or date, not both."`
	Details   string `toml:"details" doc:"What exactly stops, and any exception."`
}

// CustomerActions are the steps a notice asks of the customer.
type CustomerActions struct {
	DisableInterfaces []string `toml:"disable_interfaces" doc:"IDs of the interfaces the customer should disable (from [[interfaces]])."`
	BlockPorts        []int    `toml:"block_ports" doc:"Port numbers the customer should block (from [[ports]]); every other port of the device is listed as needed."`
	NetworkIsolation  string   `toml:"network_isolation" doc:"How to isolate the device on the network (segment, firewall rules, VPN). Not written, the notice says how to isolate the affected devices is not stated, and check warns (IMDRF N70 asks for it); no warning when no part of the product is on the customer's network (a service the manufacturer hosts, an app on patients' own phones, a device whose only network is its own cellular modem), or when the versions the notice concerns join no network at all on the models it concerns (every part runs on the device, and those models have no port and no Ethernet, Wi-Fi, Bluetooth, cellular or other network interface, whatever other models have (interfaces.models): a stand-alone device, or a transport model, whose only data path is a USB port): the notice then says there is nothing to isolate."`
	Backup            string   `toml:"backup" doc:"What to back up before the change, in addition to the product's [backup] procedure. Not written and without [backup], the notice says what to back up is not stated, and check warns (IMDRF N70 asks for it), unless every part of the product runs where the manufacturer hosts it (or is the customer's own infrastructure): the notice then says there is nothing of the product for the customer to back up. Where the customer has nothing to back up for another reason (the manufacturer takes every unit back and wipes it), write that here with the reason, e.g. Nothing: the manufacturer wipes each pump returned to it; the notice prints it as written."`
	Other             []string `toml:"other" doc:"Further steps."`
}

// UpgradePath is one way off the affected versions.
type UpgradePath struct {
	Kind        string `toml:"kind" jsp:"required,oneof=software_only partial full_replacement" doc:"software_only (same hardware), partial (some hardware replaced) or full_replacement."`
	ToVersion   string `toml:"to_version" doc:"Target software version, one of [[versions]] (for software_only and partial). Not generally available on the notice's release, it is called planned there and in the CSAF twin, with its general_availability only when that is still to come on as_of; one that came out between the notice and as_of is called planned alone, as the data do not say what date was planned when the notice was issued (the same for a later version the notice's list of affected models names, which is said to be planned to run on the model rather than to run on it). A later version not out on the notice's release is named in that list only where an upgrade path of the notice names it; one the notice's paths reach only by partial or full_replacement is said to be offered by an upgrade path that replaces hardware, not to run on the model. When it runs on some of the models the notice concerns only (versions.models), the notice names the models it runs on beside it; a software_only path to a version none of them runs is an error."`
	Target      string `toml:"target" doc:"Target product or model, for a replacement. Not needed for a full replacement in a notice about some models' end of support (notices.models) whose every model names replaced_by: the path then leads to those models."`
	Description string `toml:"description" jsp:"required" doc:"What the path involves: steps, cost, downtime, prerequisites."`
}

// NoticeKinds are the kinds of notice, in the order the lifecycle page
// lists them.
var NoticeKinds = []string{"end_of_life", "end_of_support", "component_end_of_support", "security"}

// NoticeKindTitle is the document title prefix of a notice kind.
func NoticeKindTitle(kind string) string {
	switch kind {
	case "end_of_life":
		return "End-of-Life Notice"
	case "end_of_support":
		return "End-of-Support Notice"
	case "component_end_of_support":
		return "Component End-of-Support Notice"
	case "security":
		return "Security Advisory"
	}
	return Label(kind)
}

// DisplayTitle is the notice's title, or one made from its kind and what
// it concerns: "End-of-Support Notice: software 3.8.2"; "model Gen 1
// (software 1.9)" where what ends is those models (endsModels,
// titleModels), which "software 1.9" would not tell their owners.
func (n Notice) DisplayTitle() string {
	if strings.TrimSpace(n.Title) != "" {
		return n.Title
	}
	var what string
	switch {
	case n.Kind == "security" && len(n.Vulnerabilities) > 0:
		what = strings.Join(n.Vulnerabilities, ", ")
	case n.Kind == "component_end_of_support" && len(n.Components) > 0:
		var names []string
		for _, c := range n.Components {
			s := c.Name
			if s == "" {
				s = c.PURL
			}
			if c.Version != "" && c.Name != "" {
				s += " " + c.Version
			}
			names = append(names, s)
		}
		what = strings.Join(names, ", ")
	case len(n.Versions) > 0 && len(n.endsModels) > 0:
		what = modelWord(n.endsModels) + " (software " + strings.Join(n.Versions, ", ") + ")"
	case len(n.Versions) > 0 && len(n.titleModels) > 0:
		what = modelWord(n.titleModels) + " (software " + strings.Join(n.Versions, ", ") + ")"
	case len(n.Versions) > 0:
		what = "software " + strings.Join(n.Versions, ", ")
	}
	if n.relatedName != "" && len(n.RelatedVersions) > 0 && n.AboutVersions() {
		rel := n.relatedName + " " + strings.Join(n.RelatedVersions, ", ")
		if what == "" {
			what = rel
		} else {
			what += "; " + rel
		}
	}
	if what == "" {
		return NoticeKindTitle(n.Kind)
	}
	return NoticeKindTitle(n.Kind) + ": " + what
}

// AboutVersions reports whether the notice announces milestones of
// software versions (end of life or end of support) rather than of a
// component.
func (n Notice) AboutVersions() bool { return n.Kind == "end_of_life" || n.Kind == "end_of_support" }

// IssuedOrFirst is the date the notice was issued: issued, else the
// first issue of its document; zero when neither is stated.
func (n Notice) IssuedOrFirst() Date {
	if n.Issued.IsZero() {
		return n.Document.FirstIssued()
	}
	return n.Issued
}

// KindLabel names the notice's kind for a reader: "End of support",
// "Security advisory" ("Security" alone reads as a topic, not a kind of
// notice); "End of support of model TV-300T" for a notice about some
// models' own end of support, which is not the versions' (nameModels).
func (n Notice) KindLabel() string {
	if n.Security() {
		return "Security advisory"
	}
	if len(n.endsModels) > 0 {
		return Label(n.Kind) + " of " + modelWord(n.endsModels)
	}
	return Label(n.Kind)
}

// Security reports a security notice: an advisory about known
// vulnerabilities, whose versions and dates come from them.
func (n Notice) Security() bool { return n.Kind == "security" }

// CitedID names the notice as documents cite it: its document number,
// else its id.
func (n Notice) CitedID() string { return cmp.Or(n.Document.ID, n.ID) }

// Version returns the version with the given version string, or nil.
func (p *Product) Version(v string) *Version {
	for i := range p.Versions {
		if p.Versions[i].Version == v {
			return &p.Versions[i]
		}
	}
	return nil
}

// Model returns the model with the given ID, or nil.
func (p *Product) Model(id string) *Model {
	for i := range p.Models {
		if p.Models[i].ID == id {
			return &p.Models[i]
		}
	}
	return nil
}

// Interface returns the interface with the given ID, or nil.
func (p *Product) Interface(id string) *Interface {
	for i := range p.Interfaces {
		if p.Interfaces[i].ID == id {
			return &p.Interfaces[i]
		}
	}
	return nil
}

// ModelIDs returns the model IDs a version runs on: its own list, or
// every model of the product.
func (p *Product) ModelIDs(v *Version) []string {
	if len(v.Models) > 0 {
		return v.Models
	}
	ids := make([]string, len(p.Models))
	for i, m := range p.Models {
		ids[i] = m.ID
	}
	return ids
}

// ModelVersions returns the versions that run on model id (ModelIDs),
// in the data's order.
func (p *Product) ModelVersions(id string) []*Version {
	var out []*Version
	for i := range p.Versions {
		if v := &p.Versions[i]; slices.Contains(p.ModelIDs(v), id) {
			out = append(out, v)
		}
	}
	return out
}

// NoticeModels returns the models a notice concerns: its own list, else
// the union of the affected versions' models in product order, else every
// model.
func (p *Product) NoticeModels(n Notice) []Model {
	want := map[string]bool{}
	for _, id := range n.Models {
		want[id] = true
	}
	if len(want) == 0 {
		// A notice about a related system only concerns the devices
		// whose versions work with the announced versions.
		versions := n.Versions
		if len(versions) == 0 {
			for _, rv := range p.NoticeRelatedVersions(n) {
				versions = append(versions, rv.DeviceVersions...)
			}
		}
		for _, vs := range versions {
			if v := p.Version(vs); v != nil {
				for _, id := range p.ModelIDs(v) {
					want[id] = true
				}
			}
		}
	}
	var out []Model
	for _, m := range p.Models {
		if len(want) == 0 || want[m.ID] {
			out = append(out, m)
		}
	}
	return out
}

// NoticeRelatedVersions returns the versions of the related system that
// a notice announces, in the system's order; none when it names none.
func (p *Product) NoticeRelatedVersions(n Notice) []RelatedVersion {
	s := p.RelatedSystem(n.RelatedSystem)
	if s == nil {
		return nil
	}
	var out []RelatedVersion
	for _, rv := range s.Versions {
		if slices.Contains(n.RelatedVersions, rv.Version) {
			out = append(out, rv)
		}
	}
	return out
}

// NoticeVersions returns the affected versions in product order.
func (p *Product) NoticeVersions(n Notice) []*Version {
	var out []*Version
	for i := range p.Versions {
		if slices.Contains(n.Versions, p.Versions[i].Version) {
			out = append(out, &p.Versions[i])
		}
	}
	return out
}

// NoticesNewestFirst returns the product's notices newest first (by
// issue date, then ID), the order every list of notices uses.
func (p *Product) NoticesNewestFirst() []Notice {
	out := slices.Clone(p.Notices)
	slices.SortStableFunc(out, func(a, b Notice) int {
		if c := b.Issued.Time().Compare(a.Issued.Time()); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

// NoticesFor returns the notices that name version v, in file order.
func (p *Product) NoticesFor(v string) []Notice {
	var out []Notice
	for _, n := range p.Notices {
		if slices.Contains(n.Versions, v) {
			out = append(out, n)
		}
	}
	return out
}

// MilestoneDate returns the version's date of a milestone key
// (end_of_support, …), zero when unset or unknown.
func (v Version) MilestoneDate(key string) Date {
	for _, m := range v.Milestones() {
		if m.Key == key {
			return m.Date
		}
	}
	return Date{}
}

// MilestoneName is the human name of a milestone key ("End of support").
func MilestoneName(key string) string {
	for _, m := range milestoneNames {
		if m[0] == key {
			return m[1]
		}
	}
	return Label(key)
}

// CycloneDXProperty is the CycloneDX property-taxonomy name of a milestone
// key: end_of_support → cdx:lifecycle:milestone:endOfSupport.
func CycloneDXProperty(key string) string {
	parts := strings.Split(key, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return "cdx:lifecycle:milestone:" + strings.Join(parts, "")
}

// Stages are the IMDRF N70 lifecycle stages in order.
var Stages = []string{"Development", "Support", "Limited Support", "End of Support"}

// NextMilestone returns the version's first milestone after d, or a zero
// Milestone when none is left; past its end of support, the end of its
// paid extended support while that runs.
func (v Version) NextMilestone(d Date) Milestone {
	for _, m := range v.Milestones() {
		if m.Date.After(d) {
			return m
		}
	}
	if v.ExtendedSupportUntil.After(d) {
		return v.ExtendedSupportMilestone()
	}
	return Milestone{}
}

// Announces reports whether notice n announces version ver's milestone
// key, as the notice shows it: an end-of-life or end-of-support notice
// every milestone of the versions it names, a component notice their end
// of support and the milestones it moves (date_changes).
func (n Notice) Announces(ver, key string) bool {
	if n.Issued.IsZero() || !slices.Contains(n.Versions, ver) || len(n.endsModels) > 0 {
		return false // a notice about some models' end of support announces theirs, not the version's
	}
	switch n.Kind {
	case "end_of_life", "end_of_support":
		return true
	case "component_end_of_support":
		return key == "end_of_support" || slices.ContainsFunc(n.DateChanges, func(c NoticeDateChange) bool {
			return c.Version == ver && c.Milestone == key
		})
	}
	return false
}

// AnnouncedDate is the date notice n announced for version ver's
// milestone key: the milestone as announced on n's issue date (a notice
// issued later that moved it had not yet); zero when n does not announce
// it or the version has no such date then.
func (p *Product) AnnouncedDate(n Notice, ver, key string) Date {
	if !n.Announces(ver, key) {
		return Date{}
	}
	if v := p.DatesOn(n.Issued).Version(ver); v != nil {
		return v.MilestoneDate(key)
	}
	return Date{}
}

// FirstAnnouncement is the notice that first announced date d for
// version ver's milestone key (the earliest issued, the first in the
// file on the same day): customers have had notice of that date since
// it was issued. ok is false when no notice announces it.
func (p *Product) FirstAnnouncement(ver, key string, d Date) (first Notice, ok bool) {
	for _, n := range p.Notices {
		a := p.AnnouncedDate(n, ver, key)
		if a.IsZero() || a.Before(d) || a.After(d) {
			continue
		}
		if !ok || n.Issued.Before(first.Issued) {
			first, ok = n, true
		}
	}
	return first, ok
}

// SupportOutlasts is the date version v's support is known, on date on,
// to last beyond when its end of support is not announced then: the
// manufacturer promises end_of_life.notice_months of notice before an end
// of support and has given none by on, so the end comes after on plus
// that notice. A component whose support ends by that date ends before
// the version's. Zero when v's end of support is announced (compare with
// it), or no notice is promised.
func (p *Product) SupportOutlasts(v *Version, on Date) Date {
	if v == nil || !v.EndOfSupport.IsZero() || p.EndOfLife.NoticeMonths <= 0 || on.IsZero() {
		return Date{}
	}
	return on.AddMonths(p.EndOfLife.NoticeMonths)
}

// UpdatesStoppedEarly is when version v, supported on date on, stopped
// getting security updates before its end of support: its end of
// guaranteed support once passed (guaranteed), else a notice's stop of
// them (SecurityUpdatesStopped, by); a zero date when neither, or when v
// is not supported on on. The plan's and the lifecycle page's stage
// tables and the plan's patch commitments say so beside the stage.
func (p *Product) UpdatesStoppedEarly(v *Version, on Date) (at Date, guaranteed bool, by *Notice) {
	if v == nil || !v.SupportedOn(on) {
		return Date{}, false, nil
	}
	if g := v.EndOfGuaranteedSupport; !g.IsZero() && !g.After(on) {
		return g, true, nil
	}
	at, by = p.SecurityUpdatesStopped(v, on)
	return at, false, by
}

// SecurityUpdatesStopped returns the earliest date, on or before on, from
// which an end-of-life or end-of-support notice issued by on stops the
// security updates of version v (a stop of what = "security_updates", at
// one of v's milestones or on its own date), and that notice; a zero date
// when none has. A component notice's stops are its components'
// suppliers' (the manufacturer may back-port fixes), and a stop of
// "updates" is of the regular releases, not of security fixes: neither
// counts.
func (p *Product) SecurityUpdatesStopped(v *Version, on Date) (Date, *Notice) {
	s := p.stopOf(v, on, "security_updates", true)
	return s.At, s.Notice
}

// VersionStop is a notice's stop of something for one version: the date
// it took effect (At), the notice (nil when none stopped it) and the stop
// as written (its details).
type VersionStop struct {
	At     Date
	Notice *Notice
	Stop   NoticeStop
}

// NoticeID names the notice as documents cite it: its document number,
// else its id; "" without a notice.
func (s VersionStop) NoticeID() string {
	if s.Notice == nil {
		return ""
	}
	return s.Notice.CitedID()
}

// RegularUpdatesStopped is the earliest stop, on or before on, of the
// regular releases of version v (what = "updates") by an end-of-life or
// end-of-support notice issued by on; zero (Notice nil) when none. The
// README's "updates" are the regular releases, not security fixes
// (SecurityUpdatesStopped): a CSD of v must then not promise v a release
// cadence, a fix "in a regular release" or a component replaced "in the
// next release". A notice about some models' own end of support stops
// things on those models at their dates, not v's regular releases.
func (p *Product) RegularUpdatesStopped(v *Version, on Date) VersionStop {
	return p.stopOf(v, on, "updates", false)
}

// RegularUpdatesEnd is the earliest stop still ahead of on of the
// regular releases of version v (what = "updates") by an end-of-life or
// end-of-support notice issued by on; zero (Notice nil) when none, or
// when they have stopped by on already (RegularUpdatesStopped says so
// then). Until that date the regular cycle holds for v; a document that
// gives v's timelines up to a later end of its security updates must say
// that the regular releases end first.
func (p *Product) RegularUpdatesEnd(v *Version, on Date) VersionStop {
	if p.RegularUpdatesStopped(v, on).Notice != nil {
		return VersionStop{}
	}
	return p.earliestStop(v, on, "updates", false, true)
}

// stopOf is the earliest stop of what for version v, on or before on, by
// an end-of-life or end-of-support notice issued by on. models keeps
// the notices about some models' own end of support (as
// SecurityUpdatesStopped always has).
func (p *Product) stopOf(v *Version, on Date, what string, models bool) VersionStop {
	return p.earliestStop(v, on, what, models, false)
}

// earliestStop is the earliest stop of what for version v by an
// end-of-life or end-of-support notice issued by on: one that took effect
// on or before on, or, ahead, one still to come after on.
func (p *Product) earliestStop(v *Version, on Date, what string, models, ahead bool) VersionStop {
	var out VersionStop
	if v == nil || on.IsZero() {
		return out
	}
	for i := range p.Notices {
		n := &p.Notices[i]
		issued := n.IssuedOrFirst()
		if !n.AboutVersions() || !slices.Contains(n.Versions, v.Version) || issued.IsZero() || issued.After(on) {
			continue
		}
		if !models && len(n.endsModels) > 0 {
			continue
		}
		for _, s := range n.Stops {
			if s.What != what {
				continue
			}
			d := s.Date
			if s.Milestone != "" {
				d = v.MilestoneDate(s.Milestone)
			}
			if d.IsZero() || d.After(on) != ahead {
				continue
			}
			if out.At.IsZero() || d.Before(out.At) {
				out = VersionStop{At: d, Notice: n, Stop: s}
			}
		}
	}
	return out
}

// NoticeOffersNoUpgrade reports whether notice n writes upgrade_paths
// empty: the manufacturer states that it offers no path from the affected
// versions, neither to another version nor to a replacement product (the
// last version of a line discontinued without a successor). Not written
// is not that: the notice says which paths are offered is not stated.
func (p *Product) NoticeOffersNoUpgrade(n Notice) bool {
	if len(n.UpgradePaths) > 0 {
		return false
	}
	i := slices.IndexFunc(p.Notices, func(o Notice) bool { return o.ID == n.ID })
	return i >= 0 && p.Source.Has(fmt.Sprintf("notices[%d].upgrade_paths", i))
}

// NoUpgradeFrom is the last version of the product when nothing can
// follow it: no later version is listed and an end-of-life or
// end-of-support notice about it writes upgrade_paths = []
// (NoUpgradeNotice); else nil. Advice to "upgrade" at the end of support
// is then false for its customers: they can only replace (or isolate)
// the device.
func (p *Product) NoUpgradeFrom() *Version {
	if p.NoUpgradeNotice() == nil {
		return nil
	}
	return &p.Versions[len(p.Versions)-1]
}

// NoUpgradeNotice is the first end-of-life or end-of-support notice
// about the last version that offers no upgrade from it (NoUpgradeFrom),
// or nil. Only such a notice speaks for the version's own end: a
// component's end of support (.NET 6 under the console software) with
// no path written offers none from that notice, while the release that
// replaces the component is still to come, and says nothing of what is
// offered when the version's support ends. Of a product only its
// manufacturer hosts, the notice's hosted_service is what the customers
// of that version are left with: when the service stops and what
// becomes of their data, since there is no version to move to.
func (p *Product) NoUpgradeNotice() *Notice {
	if len(p.Versions) == 0 {
		return nil
	}
	last := p.Versions[len(p.Versions)-1].Version
	for i := range p.Notices {
		if n := &p.Notices[i]; n.AboutVersions() && slices.Contains(n.Versions, last) && p.NoticeOffersNoUpgrade(*n) {
			return n
		}
	}
	return nil
}

// NoticeNeedsNoControls reports whether notice n writes
// compensating_controls empty: the manufacturer states that the customer
// needs none (not: the notice does not say).
func (p *Product) NoticeNeedsNoControls(n Notice) bool {
	if len(n.Compensating) > 0 {
		return false
	}
	i := slices.IndexFunc(p.Notices, func(o Notice) bool { return o.ID == n.ID })
	return i >= 0 && p.Source.Has(fmt.Sprintf("notices[%d].compensating_controls", i))
}
