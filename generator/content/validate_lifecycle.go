package content

import (
	"fmt"
	"slices"
	"strings"
)

// N70NoticeMonths is the least notice IMDRF N70 asks for before a
// version's end of life (its entry into Limited Support) as well as before
// its end of support (N70 §5.5, §7.1, §8.1).
const N70NoticeMonths = 24

// lifecycle checks the notices and the lifecycle page's document control:
// references to versions, models, interfaces, ports and milestones, the
// notice period, and that every item a notice must carry is there; and
// the regular fix promise against the release cadence
// (regularDaysCadence). The
// components a notice names are checked against the SBOM by the notices'
// document kind, which reads the SBOM files.
func (v *productValidator) lifecycle() {
	p := v.p
	if p.HasControl("lifecycle", p.Documents.Lifecycle) {
		v.document("documents.lifecycle", p.Documents.Lifecycle)
	} else if p.Builds("lifecycle") {
		v.warnf("documents", "missing [documents.lifecycle]: the permanent public lifecycle page (IMDRF N70) is not built without its document control")
	}
	v.unique("notices", "id", len(p.Notices), func(i int) string { return p.Notices[i].ID })
	versions := p.versionSet()
	v.noticeMonthsKept()
	v.regularDaysCadence()
	models := p.writtenModelIDs()
	for i, n := range p.Notices {
		v.notice(fmt.Sprintf("notices[%d]", i), n, versions, models)
	}
}

func (v *productValidator) notice(path string, n Notice, versions, models map[string]bool) {
	p := v.p
	v.refs(path+".versions", n.Versions, versions, "version")
	v.refs(path+".models", n.Models, models, "model")
	if n.Security() {
		v.securityNotice(path, n)
	} else {
		v.lifecycleNoticeKeys(path, n)
	}
	if n.AboutVersions() && len(n.Versions) == 0 && n.RelatedSystem == "" {
		v.errorf(path+".versions", "missing: an %s notice names the versions it concerns (or a related system's, in related_system and related_versions)", n.Kind)
	}
	v.noticeRelated(path, n)
	related := p.NoticeRelatedVersions(n)
	if n.Kind == "component_end_of_support" && len(n.Components) == 0 {
		v.errorf(path+".components", "missing: a component_end_of_support notice names the components whose support ends")
	}
	// What a notice prints (the components it names, the interfaces it
	// asks to disable, why a moved date gives short notice) is warned
	// about only when the notices are built: a notice no document prints
	// needs none of it, and a warning asking for it is noise.
	printed := p.Builds("notices")
	if printed && n.AboutVersions() && len(n.Components) == 0 && len(n.Versions) > 0 {
		named, which := "no software component named", "which software components"
		if len(n.OperatingSystems) > 0 { // the notice names these in its section 2
			named, which = named+" besides its operating_systems", "which other software components"
		}
		if p.MedicalDevice.IsFalse() { // N70 covers medical devices only
			v.warnf(path+".components", "%s: customers cannot tell %s of the product the notice concerns (IMDRF N70, written for medical devices, expects a notice to list them)", named, which)
		} else {
			v.warnf(path+".components", "%s: IMDRF N70 expects a notice to list the software components concerned", named)
		}
	}
	affected := p.NoticeVersions(n)
	v.noticeModels(path, n, affected)
	v.noticeDates(path, n, affected)
	v.noticeRelatedDates(path, n)
	for j, c := range n.Components {
		if strings.TrimSpace(c.PURL) == "" && (strings.TrimSpace(c.Name) == "" || strings.TrimSpace(c.Version) == "") {
			v.errorf(fmt.Sprintf("%s.components[%d]", path, j), "want purl, or name and version, to match the component in the SBOM")
		}
	}
	v.noticeDateChanges(path, n)
	v.noticeHostedService(path, n, affected, related)
	v.stopsAfterEndOfSupport(path, n, affected)
	for j, s := range n.Stops {
		sp := fmt.Sprintf("%s.stops[%d]", path, j)
		switch {
		case s.Milestone != "" && !s.Date.IsZero():
			v.errorf(sp+".date", "give milestone or date, not both (the milestone's date comes from the versions)")
		case s.Milestone == "" && s.Date.IsZero():
			v.errorf(sp, "missing: milestone (a milestone of the affected versions) or date")
		case s.Milestone != "" && p.NoticeEndsModels(n) != nil:
			// dated by the models' milestones: modelNotice checks them
		case s.Milestone != "" && len(affected) == 0 && len(related) == 0:
			v.errorf(sp+".milestone", "the notice names no version whose %s could date this", s.Milestone)
		case s.Milestone != "":
			for _, ver := range affected {
				if ver.MilestoneDate(s.Milestone).IsZero() {
					v.errorf(sp+".milestone", "version %s has no %s date", ver.Version, s.Milestone)
				}
			}
			// Of a notice about device versions too, a stop is dated by
			// theirs; a related version adds its date only when it has one.
			for _, rv := range related {
				if len(affected) == 0 && rv.Lifecycle().MilestoneDate(s.Milestone).IsZero() {
					v.errorf(sp+".milestone", "%s %s has no %s date", p.RelatedSystem(n.RelatedSystem).Name, rv.Version, s.Milestone)
				}
			}
		}
	}
	a := n.Actions
	ap := path + ".customer_actions"
	// The interfaces and ports of the versions the notice concerns (of
	// every version when it names none).
	var views []*Product
	for _, ver := range n.Versions {
		if q := p.views[ver]; q != nil && !slices.Contains(views, q) {
			views = append(views, q)
		}
	}
	if len(views) == 0 {
		views = append(views, p)
		for _, ver := range p.Versions {
			if q := p.views[ver.Version]; q != nil && !slices.Contains(views, q) {
				views = append(views, q)
			}
		}
	}
	ifaces := map[string]bool{} // the interfaces of the versions the notice concerns
	numbers := map[int]bool{}
	for _, q := range views {
		for _, it := range q.Interfaces {
			ifaces[it.ID] = true
		}
		for _, pt := range q.Ports {
			numbers[pt.Number] = true
		}
	}
	v.refs(ap+".disable_interfaces", a.DisableInterfaces, ifaces, "interface")
	for j, id := range a.DisableInterfaces {
		if iface := p.Interface(id); printed && iface != nil && iface.CanDisable.IsFalse() {
			v.warnf(fmt.Sprintf("%s.disable_interfaces[%d]", ap, j), "interface %q cannot be disabled by the customer (can_disable = false)", id)
		}
	}
	for j, num := range a.BlockPorts {
		if !numbers[num] {
			v.errorf(fmt.Sprintf("%s.block_ports[%d]", ap, j), "unknown port %d (want one of the [[ports]] numbers: %s)", num, keysOf(numbers))
		}
	}
	if printed {
		v.noticeModelActions(ap, n, views, ifaces, numbers)
	}
	// A manufacturer that has issued no such advice can still publish a
	// true notice: it says the backup is not stated.
	if !n.Security() && strings.TrimSpace(a.Backup) == "" && strings.TrimSpace(p.Backup.Scope) == "" && !v.noticeHostedOnly(n) {
		v.warnf(ap+".backup", "not stated: no backup instructions here or in the product's [backup] (IMDRF N70 asks a notice for them), so the notice says what to back up is not stated; where the customer has nothing of the product to back up (the manufacturer takes every unit back and wipes it), write so here and why: the notice prints it as written")
	}
	// Nothing of a product only its manufacturer hosts is at the customer
	// to decommission, as there is nothing to back up; the notice says so.
	if !n.Security() && strings.TrimSpace(n.Decommissioning) == "" && len(p.Decommissioning.Steps) == 0 && !v.noticeHostedOnly(n) {
		v.warnf(path+".decommissioning", "not stated: no decommissioning steps here or in the product's [decommissioning] (IMDRF N70 asks a notice for them), so the notice says how to decommission them is not stated")
	}
	// A notice about a related system's versions only leads to another
	// version of that system.
	upgradeTo, retired := versions, n.Versions
	if s := p.RelatedSystem(n.RelatedSystem); s != nil && len(n.Versions) == 0 && n.AboutVersions() {
		upgradeTo, retired = map[string]bool{}, n.RelatedVersions
		for _, rv := range s.Versions {
			upgradeTo[rv.Version] = true
		}
	}
	for j, u := range n.UpgradePaths {
		up := fmt.Sprintf("%s.upgrade_paths[%d]", path, j)
		if u.ToVersion != "" {
			if !upgradeTo[u.ToVersion] {
				v.errorf(up+".to_version", "unknown version %q (want one of %s)", u.ToVersion, keysOf(upgradeTo))
			}
			if slices.Contains(retired, u.ToVersion) {
				if n.AboutVersions() {
					v.errorf(up+".to_version", "%s is one of the versions this notice retires", u.ToVersion)
				} else {
					// A component or security notice may keep its
					// versions supported, but its readers run them
					// already: a path there upgrades nobody.
					v.warnf(up+".to_version", "%s is one of the versions this notice is about, so the path leads its readers to the version they already run: name a later version, or leave the path out and say in the summary what they should do", u.ToVersion)
				}
			}
			v.upgradeRunsOnModels(up, n, u)
		}
		if u.Kind != "full_replacement" && u.ToVersion == "" {
			v.errorf(up+".to_version", "missing: a %s upgrade names the version it leads to", u.Kind)
		}
		if u.Kind == "full_replacement" && u.Target == "" && u.ToVersion == "" && !v.p.noticeModelsReplaced(n) {
			v.errorf(up+".target", "missing: a full replacement names the product or model that replaces the %s", v.p.Noun())
		}
	}
	if n.Document.Written() {
		v.document(path+".document", n.Document)
		d := n.Document
		if !n.Issued.IsZero() && !d.ReleaseDate.IsZero() && n.Issued.After(d.ReleaseDate) {
			v.errorf(path+".issued", "issued %s, after the release date %s of its current revision", n.Issued, d.ReleaseDate)
		}
		if len(d.History) > 0 && !n.Issued.IsZero() && d.History[0].Date != n.Issued {
			v.errorf(path+".document.history[0].date", "the first revision's date %s differs from the issue date %s", d.History[0].Date, n.Issued)
		}
	}
}

// noticeModels checks that the models a notice names run an affected
// version.
func (v *productValidator) noticeModels(path string, n Notice, affected []*Version) {
	if len(affected) == 0 {
		return
	}
	runs := map[string]bool{}
	for _, ver := range affected {
		for _, id := range v.p.ModelIDs(ver) {
			runs[id] = true
		}
	}
	for j, id := range n.Models {
		if v.p.Model(id) != nil && !runs[id] {
			v.warnf(fmt.Sprintf("%s.models[%d]", path, j), "model %q runs none of the versions this notice names", id)
		}
	}
	// An end of life or end of support is a version's milestone, every
	// model's that runs it: a notice naming some models only announces
	// their own end of support instead (modelnotice.go), and each must
	// state one.
	if !n.AboutVersions() || len(n.Models) == 0 {
		return
	}
	if left := v.p.noticeModelsLeftOut(n); len(left) > 0 {
		v.modelNotice(path, n, left)
	}
}

// noticeDates checks that the versions carry the milestone the notice
// announces, and that customers had it early enough: at least 24 months
// before the milestone, end of life as well as end of support (IMDRF N70),
// and at least the plan's own notice period before end of support. The
// notice given is that of the first notice announcing the same milestone
// of the same version with the same date (noticeLead), so a later notice
// (a formal end-of-support notice on the day support ends, a notice
// saying it has ended) is not judged by its own issue date. A component
// notice shows the end of support of the versions it names (Announces):
// when it is the first to announce it, customers had notice of it from
// its issue date, and it is judged too. A milestone it moves is judged by
// noticeDateChanges, where short_notice_reason answers the short notice.
// A notice without an issue date (reported as missing) announces nothing
// (Announces), so only its versions' missing milestones are reported.
func (v *productValidator) noticeDates(path string, n Notice, affected []*Version) {
	component := n.Kind == "component_end_of_support"
	if !n.AboutVersions() && !component || v.p.NoticeEndsModels(n) != nil {
		return
	}
	for _, ver := range affected {
		if n.Kind == "end_of_life" && ver.EndOfLife.IsZero() {
			v.errorf(path+".versions", "version %s has no end_of_life date for this end-of-life notice to announce", ver.Version)
		}
		if n.Kind == "end_of_life" && !ver.EndOfLife.IsZero() {
			v.noticeLead(path, n, ver.Version, "end_of_life")
		}
		if ver.EndOfSupport.IsZero() {
			if n.Kind == "end_of_support" {
				v.errorf(path+".versions", "version %s has no end_of_support date for this end-of-support notice to announce", ver.Version)
			}
			continue
		}
		v.noticeLead(path, n, ver.Version, "end_of_support")
	}
}

// lifecycleNoticeKeys checks the keys every end-of-life, end-of-support
// and component notice carries (IMDRF N70's items), and that it names no
// vulnerabilities (a security notice does).
func (v *productValidator) lifecycleNoticeKeys(path string, n Notice) {
	missing := func(key, what string) {
		v.errorf(path+"."+key, "missing: every %s notice states %s", n.Kind, what)
	}
	// No operating system of the customer's runs a version only the
	// manufacturer hosts; the notice says so and that its hosting's are
	// not stated.
	if n.NoOperatingSystem && len(n.OperatingSystems) > 0 {
		v.errorf(path+".no_operating_system", "true, but operating_systems lists operating systems: write one or the other")
	}
	// Optional: a sparse specification may not say what an old version
	// ran on. The notice then says which operating system the versions
	// run on is not stated; check warns, so the writer can add it.
	if len(n.OperatingSystems) == 0 && !n.NoOperatingSystem && !v.p.StatesPlatformsFor(n.Versions) && !v.noticeHostedOnly(n) {
		v.warnf(path+".operating_systems", "not written: the notice says which operating system the affected %s on is not stated (IMDRF N70 asks a notice for them); write them, or list them in those versions' [[platforms]], or set no_operating_system", Plural(len(n.Versions), "version runs", "versions run"))
	}
	// An end-of-life or end-of-support notice may leave out the
	// maintenance that remains, what stops and the upgrade paths: it then
	// says each is not stated, and derives none of them from its kind
	// (an end of support alone does not say that security updates stop
	// on its date). A component's notice still states them.
	versionsNotice := n.AboutVersions()
	if strings.TrimSpace(n.Maintenance) == "" {
		if versionsNotice {
			v.warnf(path+".maintenance", "not stated: IMDRF N70 asks a notice for the maintenance that remains after the change (security updates, fixes, technical support, for how long), so the notice says which maintenance remains is not stated")
		} else {
			missing("maintenance", "the maintenance that remains")
		}
	}
	if len(n.Stops) == 0 {
		if versionsNotice {
			v.warnf(path+".stops", "not stated: IMDRF N70 asks a notice what stops (updates, security updates, technical support, service, spare parts) and when, so the notice says what stops, beyond the dates it gives, is not stated")
		} else {
			missing("stops", "what stops, and when")
		}
	}
	// Not written, the notice says which controls the manufacturer
	// recommends is not stated: "none" would be a claim (written []).
	if len(n.Compensating) == 0 && !v.p.Source.Has(path+".compensating_controls") {
		v.warnf(path+".compensating_controls", "not stated: IMDRF N70 asks a notice for the compensating controls the customer should put in place, so the notice says which the manufacturer recommends is not stated (compensating_controls = [] when the customer needs none)")
	}
	// Without a part on the customer's network (a service the
	// manufacturer hosts, an app on patients' own phones, a device whose
	// only network is its own cellular modem), or when the versions the
	// notice concerns join no network at all (a stand-alone device whose
	// only data path is a USB port), there is nothing of the product to
	// isolate; the notice says so itself.
	if strings.TrimSpace(n.Actions.NetworkIsolation) == "" && v.noticeOnCustomerNetwork(n) && !v.noticeNoNetwork(n) {
		v.warnf(path+".customer_actions.network_isolation", "not stated: IMDRF N70 asks a notice how the customer should isolate the affected devices on its network, so the notice says how is not stated")
	}
	if len(n.UpgradePaths) == 0 && !v.p.Source.Has(path+".upgrade_paths") {
		if versionsNotice {
			v.warnf(path+".upgrade_paths", "not stated: IMDRF N70 asks a notice for the upgrade paths offered, so the notice says which upgrade path is offered is not stated (upgrade_paths = [] when none is offered)")
		} else {
			// A component's notice offers no path from the version's own
			// end of support (Product.NoUpgradeNotice): its empty list is
			// no more than "none yet", while the fixing release is to come.
			missing("upgrade_paths", "the upgrade paths offered (upgrade_paths = [] when none is offered yet; that speaks for this notice only, not for the end of support of the versions it concerns)")
		}
	}
	if len(n.UpgradePaths) == 0 && v.p.Source.Has(path+".upgrade_paths") {
		v.noUpgradeLater(path, n)
	}
	if len(n.Vulnerabilities) > 0 {
		v.errorf(path+".vulnerabilities", "only a security notice names vulnerabilities; this one is %s", n.Kind)
	}
}

// upgradeRunsOnModels reports a software-only upgrade path (the same
// hardware) to a version that none of the models the notice concerns
// runs (versions.models): the customer's devices cannot take it. One
// that some of them run is offered to those only, and the notice names
// them beside the version (Product.VersionOnlyOn).
func (v *productValidator) upgradeRunsOnModels(up string, n Notice, u UpgradePath) {
	ver := v.p.Version(u.ToVersion)
	if u.Kind != "software_only" || ver == nil || len(ver.Models) == 0 || len(n.Versions) == 0 || !n.AboutVersions() {
		return
	}
	var about []string
	for _, m := range v.p.NoticeModels(n) {
		if slices.Contains(ver.Models, m.ID) {
			return
		}
		about = append(about, m.ID)
	}
	if len(about) == 0 {
		return
	}
	v.errorf(up+".to_version", "version %s runs on %s only (versions.models), none of the models this notice concerns (%s): a software-only upgrade keeps their hardware, which cannot run it; offer a partial or full replacement, or correct the versions' models", u.ToVersion, modelWord(ver.Models), AndList(about))
}

// noUpgradeLater warns about a notice that offers no upgrade path
// (upgrade_paths = []) while a version later than every one it concerns
// exists and is not retired by it: the notice would say the customer has
// nowhere to go while the product data list a newer version.
func (v *productValidator) noUpgradeLater(path string, n Notice) {
	last := -1
	for i, ver := range v.p.Versions {
		if slices.Contains(n.Versions, ver.Version) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for _, ver := range v.p.Versions[last+1:] {
		v.warnf(path+".upgrade_paths", "written empty (no upgrade path offered), but version %s is later than the versions this notice concerns: name it as a path (to_version), or say in the summary why it is none", ver.Version)
		return
	}
}

// noticeOnCustomerNetwork reports whether a version the notice concerns
// (the product as written when it names none) has a part on the
// customer's network to isolate (IsolatedOnCustomerNetwork), or runs in
// the devices its customers make (IsolatedInMakersDevices), whose
// isolation the notice then says is not stated.
func (v *productValidator) noticeOnCustomerNetwork(n Notice) bool {
	return !v.everyNoticeVersion(n, func(p *Product) bool { return !p.IsolatedOnCustomerNetwork() && !p.IsolatedInMakersDevices() })
}

// noticeHostedOnly reports whether every version a notice concerns (the
// product as written when it names none) runs only where the manufacturer
// hosts it (HostedOnly): nothing of the product is at the customer's to
// back up, and the notice says so.
func (v *productValidator) noticeHostedOnly(n Notice) bool {
	return v.everyNoticeVersion(n, (*Product).HostedOnly)
}

// noticeNoNetwork reports whether every version a notice concerns (the
// product as written when it names none) joins no network (NoNetwork).
func (v *productValidator) noticeNoNetwork(n Notice) bool {
	return v.everyNoticeVersion(n, (*Product).NoNetwork)
}

// everyNoticeVersion reports whether is holds of the product as each
// version the notice concerns has it, or as written when it names none,
// on the models the notice concerns (ForModels, as the notice reads it):
// the notice of a version only a transport model without a network runs
// has nothing to isolate, whatever interfaces the other models have.
func (v *productValidator) everyNoticeVersion(n Notice, is func(*Product) bool) bool {
	var ids []string
	for _, m := range v.p.NoticeModels(n) {
		ids = append(ids, m.ID)
	}
	vs := v.p.NoticeVersions(n)
	if len(vs) == 0 {
		return is(v.p.ForModels(ids))
	}
	for _, ver := range vs {
		if !is(v.p.At(ver.Version).ForModels(ids)) {
			return false
		}
	}
	return true
}

// securityNotice checks what a security notice may say itself. Its
// versions, components and dates come from the vulnerabilities it names
// (checked against the known vulnerabilities by the notices kind, which
// has them): restating them here could only disagree.
func (v *productValidator) securityNotice(path string, n Notice) {
	if len(n.Vulnerabilities) == 0 {
		v.errorf(path+".vulnerabilities", "missing: a security notice names the vulnerabilities it announces (IDs from [[vulnerabilities]] or the imported VEX)")
	}
	seen := map[string]bool{}
	for j, id := range n.Vulnerabilities {
		if seen[id] {
			v.errorf(fmt.Sprintf("%s.vulnerabilities[%d]", path, j), "%s is named twice", id)
		}
		seen[id] = true
	}
	notHere := func(key, why string) {
		v.errorf(path+"."+key, "a security notice does not state %s: %s", key, why)
	}
	if len(n.Versions) > 0 {
		notHere("versions", "the affected and fixed versions come from its vulnerabilities")
	}
	if len(n.Components) > 0 {
		notHere("components", "the components come from its vulnerabilities")
	}
	if n.RelatedSystem != "" || len(n.RelatedVersions) > 0 {
		notHere("related_system", "it announces vulnerabilities of the "+v.p.Noun()+" software; a related system's end of support is an end_of_support notice")
	}
	if n.SBOM != "" {
		notHere("sbom", "its vulnerabilities are checked against the versions' SBOMs")
	}
	if len(n.Stops) > 0 {
		notHere("stops", "nothing stops; announce an end of support in an end_of_support notice")
	}
	if strings.TrimSpace(n.Maintenance) != "" {
		notHere("maintenance", "it announces no change of maintenance")
	}
	if strings.TrimSpace(n.Decommissioning) != "" {
		notHere("decommissioning", "it retires no "+v.p.Noun())
	}
}

// noticeLead checks the notice customers had of version ver's milestone
// key (end_of_life or end_of_support) as notice n announces it: the
// milestone's date on n's issue date (a later notice that moved it had
// not yet), given since the first notice announcing that date
// (FirstAnnouncement). Only that first notice is judged: a later one
// gives no less notice than customers already had, and may well be issued
// on or after the milestone to say it has come. The first one is
// reported when it came after the milestone, or less than 24 months
// before it (IMDRF N70), or, for end of support, less than
// end_of_life.notice_months before it (the documents print that
// commitment, and a notice that gives less contradicts them; it is
// checked even below N70's 24 months).
func (v *productValidator) noticeLead(path string, n Notice, ver, key string) {
	p := v.p
	d := p.AnnouncedDate(n, ver, key)
	if d.IsZero() {
		return
	}
	if first, ok := p.FirstAnnouncement(ver, key, d); !ok || first.ID != n.ID {
		return
	}
	what := fmt.Sprintf("version %s's %s on %s", ver, strings.ToLower(MilestoneName(key)), d)
	v.milestoneLeadWarn(path, n, what, d, "[[versions]]", key)
}

// leadWarn reports the first notice n announcing milestone what, dated
// d, when it was issued after d or less than 24 months before it (IMDRF
// N70), or, where commits, less than end_of_life.notice_months before
// it; table is where the date is written ([[versions]], [[models]]).
func (v *productValidator) leadWarn(path string, n Notice, what string, d Date, table string, commits bool) {
	key := "end_of_support"
	if !commits {
		key = "end_of_life"
	}
	v.milestoneLeadWarn(path, n, what, d, table, key)
}

// milestoneLeadWarn is leadWarn for milestone key (end_of_life or
// end_of_support). N70's 24 months are cited for the milestone the notice
// announces: an end of life is said to need them as an end of support
// does, so that the warning does not read as if the end-of-support figure
// were stretched to it (REPORT-anaesthesia 13). Only an end of support is
// held to end_of_life.notice_months, which promises notice before end of
// support alone.
func (v *productValidator) milestoneLeadWarn(path string, n Notice, what string, d Date, table, key string) {
	p := v.p
	commits := key == "end_of_support"
	n70, ofEOL := fmt.Sprintf("%s at least %d months'", p.N70Asks(), N70NoticeMonths), ""
	if !commits {
		ofEOL = " notice of an end of life (the entry into Limited Support), as it does of an end of support"
	}
	earlier := "; a notice issued earlier that announced the same date counts: add it to [[notices]] if one was sent"
	if n.Issued.After(d) {
		v.warnf(path+".issued", "issued %s, after %s, and no notice issued earlier announces that date: customers had no notice of it (%s%s); if the date is wrong, correct it in %s%s",
			n.Issued, what, n70, ofEOL, table, earlier)
		return
	}
	months := n.Issued.MonthsUntil(d)
	if months < N70NoticeMonths {
		if ofEOL == "" {
			ofEOL = " notice"
		}
		v.warnf(path+".issued", "issued %s, %s %s; %s%s%s",
			n.Issued, leadBefore(n.Issued, d), what, n70, ofEOL, earlier)
	}
	if commit := p.EndOfLife.NoticeMonths; commits && commit > 0 && months < commit {
		v.warnf(path+".issued", "issued %s, %s %s; end_of_life.notice_months commits to %d%s",
			n.Issued, leadBefore(n.Issued, d), what, commit, earlier)
	}
}

// leadBefore says, for a warning, how long before date d a notice
// issued on issued came: in whole months ("13 months before"), or, under
// a month, in days ("28 days before"), never "0 months before", which
// reads as if it came on the day or after (REPORT-cloudsamd 12); "on the
// day of" when issued on d, and how long after when issued after it.
func leadBefore(issued, d Date) string {
	if issued.After(d) {
		if months := d.MonthsUntil(issued); months > 0 {
			return plural(months, "month") + " after"
		}
		return plural(d.DaysUntil(issued), "day") + " after"
	}
	if months := issued.MonthsUntil(d); months > 0 {
		return plural(months, "month") + " before"
	}
	if days := issued.DaysUntil(d); days > 0 {
		return plural(days, "day") + " before"
	}
	return "on the day of"
}

// noticeDateChanges: a moved milestone names one of the notice's versions
// and a milestone that version dates, and its previous date differs from
// the new one, or the notice would announce a change that is not one.
func (v *productValidator) noticeDateChanges(path string, n Notice) {
	for j, c := range n.DateChanges {
		cp := fmt.Sprintf("%s.date_changes[%d]", path, j)
		if !slices.Contains(n.Versions, c.Version) {
			v.errorf(cp+".version", "%q is not one of the notice's versions (%s)", c.Version, strings.Join(n.Versions, ", "))
			continue
		}
		ver := v.p.Version(c.Version)
		if ver == nil || c.Milestone == "" || c.Previous.IsZero() {
			continue
		}
		now := ver.milestoneValue(c.Milestone)
		switch {
		case now.NotApplicable():
			// A milestone that no longer applies has moved from its date.
		case now.IsZero():
			v.errorf(cp+".milestone", "version %s has no %s date to move to", c.Version, c.Milestone)
		case !now.Before(c.Previous) && !now.After(c.Previous):
			v.errorf(cp+".previous", "version %s's %s is still %s: a date that did not move is not a change", c.Version, c.Milestone, now)
		case v.p.Builds("notices") && (c.Milestone == "end_of_life" || c.Milestone == "end_of_support") && !n.Issued.IsZero() &&
			n.Issued.MonthsUntil(now) < N70NoticeMonths && strings.TrimSpace(c.ShortNotice) == "":
			// A moved end of life or support is announced by this notice:
			// the same 24 months apply as to a notice about it.
			v.warnf(cp, "moves version %s's %s to %s, %s after the notice is issued (%s); %s at least %d months' notice: say why in short_notice_reason, which the notice prints",
				c.Version, strings.ReplaceAll(c.Milestone, "_", " "), now, plural(n.Issued.MonthsUntil(now), "month"), n.Issued, v.p.N70Asks(), N70NoticeMonths)
		}
	}
}

// milestoneValue is the version's value for a milestone key, keeping
// "not_applicable", which MilestoneDate reports as unset.
func (v Version) milestoneValue(key string) Date {
	dates := v.milestoneDates()
	for i, m := range milestoneNames {
		if m[0] == key {
			return dates[i]
		}
	}
	return Date{}
}

// noticeMonthsKept warns about a version whose end of support comes
// sooner after its release than the notice end_of_life.notice_months
// promises: the documents print the promise beside the dates that break
// it (its end of support cannot have been announced that long before).
func (v *productValidator) noticeMonthsKept() {
	p := v.p
	n := p.EndOfLife.NoticeMonths
	if n <= 0 {
		return
	}
	for i, ver := range p.Versions {
		if ver.GeneralAvailability.IsZero() || ver.EndOfSupport.IsZero() || !ver.GeneralAvailability.AddMonths(n).After(ver.EndOfSupport) {
			continue
		}
		v.warnf(fmt.Sprintf("versions[%d].end_of_support", i), "version %s reaches end of support on %s, %s after its general availability on %s: less than the %s notice end_of_life.notice_months promises, which the documents print beside it",
			ver.Version, ver.EndOfSupport, plural(ver.GeneralAvailability.MonthsUntil(ver.EndOfSupport), "month"), ver.GeneralAvailability, Count(n, "month's", "months'"))
	}
}

// noticeHostedService checks what a notice says of the service the
// manufacturer runs (hosted_service). Only an end-of-life or
// end-of-support notice retires versions, so only it may say so (an
// error elsewhere). Its dates are held to what cannot be: the customer
// cannot export data after the manufacturer has deleted it, nor take up
// an export offer whose last day had passed when the notice was first
// issued (errors). What can be but needs a look is a warning: a
// switch-off or deletion before the notice was issued (customers had no
// notice of it); a deletion before the switch-off (data gone while the
// versions still run); a switch-off before an affected version's end of
// support, when the lifecycle page, the CSD and the MDS2 form still say
// the version is supported (IMDRF N70's end of support is the end of all
// support, and says nothing of a service the manufacturer runs, so the
// order is not decided by it); the keys on a notice about versions the
// manufacturer does not run; and, for a product only the manufacturer
// runs, a notice that leaves them out (it then prints "Not stated").
func (v *productValidator) noticeHostedService(path string, n Notice, affected []*Version, related []RelatedVersion) {
	p, h := v.p, n.HostedService
	hp := path + ".hosted_service"
	if h.IsZero() {
		if n.AboutVersions() && p.Builds("notices") && p.NoticeHostedOnly(n) {
			v.warnf(hp, "not stated: the product runs only where the manufacturer hosts it, and the notice does not say when the manufacturer stops running the affected versions (switch_off), until when and how the customer can export its data (export_until, export), or when the data left is deleted (data_deleted); the notice prints \"Not stated\" for each")
		}
		return
	}
	if !n.AboutVersions() {
		v.errorf(hp, "only an end_of_life or end_of_support notice retires versions and says when their hosted service stops; this one is %s", n.Kind)
		return
	}
	if !p.NoticeHostsService(n) {
		v.warnf(hp, "the versions this notice concerns run on no part the manufacturer hosts (parts[].runs = \"manufacturer_hosted\"), so there is no hosted service of theirs to switch off; the notice prints it as given")
	}
	missing := func(key, what string) {
		if p.Builds("notices") && p.NoticeHostedOnly(n) {
			v.warnf(hp+"."+key, "not stated: %s; the notice prints \"Not stated\"", what)
		}
	}
	if h.SwitchOff.IsZero() {
		missing("switch_off", "the date the manufacturer stops running the affected versions")
	}
	if h.ExportUntil.IsZero() {
		missing("export_until", "the last day the customer can export its data")
	}
	if strings.TrimSpace(h.Export) == "" {
		missing("export", "how the customer exports its data")
	}
	if h.DataDeleted.IsZero() {
		missing("data_deleted", "when the manufacturer deletes the customer data left")
	}
	if !h.ExportUntil.IsZero() && !h.DataDeleted.IsZero() && h.ExportUntil.After(h.DataDeleted) {
		v.errorf(hp+".export_until", "%s is after data_deleted %s: the customer cannot export data the manufacturer has deleted", h.ExportUntil, h.DataDeleted)
	}
	if !n.Issued.IsZero() {
		if !h.ExportUntil.IsZero() && h.ExportUntil.Before(n.Issued) {
			v.errorf(hp+".export_until", "%s is before the notice was issued (%s): no customer could export its data by a day that had passed when the notice offered it", h.ExportUntil, n.Issued)
		}
		if !h.SwitchOff.IsZero() && h.SwitchOff.Before(n.Issued) {
			v.warnf(hp+".switch_off", "%s is before the notice was issued (%s): customers had no notice of the switch-off", h.SwitchOff, n.Issued)
		}
		if !h.DataDeleted.IsZero() && h.DataDeleted.Before(n.Issued) {
			v.warnf(hp+".data_deleted", "%s is before the notice was issued (%s): customers had no notice that their data would be deleted", h.DataDeleted, n.Issued)
		}
	}
	if !h.SwitchOff.IsZero() && !h.DataDeleted.IsZero() && h.DataDeleted.Before(h.SwitchOff) {
		v.warnf(hp+".data_deleted", "%s is before the switch-off %s: the customer's data would be deleted while the manufacturer still runs the affected versions; if that is meant, say why in export", h.DataDeleted, h.SwitchOff)
	}
	if h.SwitchOff.IsZero() {
		return
	}
	for _, ver := range affected {
		if !ver.EndOfSupport.IsZero() && h.SwitchOff.Before(ver.EndOfSupport) {
			v.warnf(hp+".switch_off", "%s is before version %s's end of support on %s: the lifecycle page, the CSD and the MDS2 form say the version is supported until then, while the manufacturer no longer runs it", h.SwitchOff, ver.Version, ver.EndOfSupport)
		}
	}
	if s := p.RelatedSystem(n.RelatedSystem); s != nil && p.RelatedHosting(*s).IsManufacturerHosted() {
		for _, rv := range related {
			if eos := rv.Lifecycle().MilestoneDate("end_of_support"); !eos.IsZero() && h.SwitchOff.Before(eos) {
				v.warnf(hp+".switch_off", "%s is before %s %s's end of support on %s: the documents say that version is supported until then, while the manufacturer no longer runs it", h.SwitchOff, s.Name, rv.Version, eos)
			}
		}
	}
}

// noticeModelActions warns about an interface to disable or a port to
// block that only models the notice does not concern have (notices.models,
// else the models that run its versions): it is on none of the devices
// the notice is about, and the notice leaves it out of its tables
// (Product.ForModels). views are the facts of the versions the notice
// concerns; ifaces and numbers what they have, of any model.
func (v *productValidator) noticeModelActions(ap string, n Notice, views []*Product, ifaces map[string]bool, numbers map[int]bool) {
	var ids []string
	for _, m := range v.p.NoticeModels(n) {
		ids = append(ids, m.ID)
	}
	onIface, onPort := map[string]bool{}, map[int]bool{}
	models := map[string][]string{} // interface → its models, as the views write them
	for _, q := range views {
		for _, it := range q.Interfaces {
			models[it.ID] = it.Models
		}
		q = q.ForModels(ids)
		for _, it := range q.Interfaces {
			onIface[it.ID] = true
		}
		for _, pt := range q.Ports {
			onPort[pt.Number] = true
		}
	}
	about := AndList(ids)
	for j, id := range n.Actions.DisableInterfaces {
		if ifaces[id] && !onIface[id] {
			v.warnf(fmt.Sprintf("%s.disable_interfaces[%d]", ap, j), "interface %q is on %s only, none of the models this notice concerns (%s): the notice does not list it; remove it, or correct the notice's models or the interface's", id, modelWord(models[id]), about)
		}
	}
	for j, num := range n.Actions.BlockPorts {
		if numbers[num] && !onPort[num] {
			v.warnf(fmt.Sprintf("%s.block_ports[%d]", ap, j), "every port %d is on models this notice does not concern (it concerns %s): the notice does not list it; remove it, or correct the notice's models or the port's", num, about)
		}
	}
}
