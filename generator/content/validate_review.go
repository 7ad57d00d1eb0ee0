package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Checks a reviewer applies across the risk file, the test findings, the
// labeling and the postmarket plan. Each rule is one function of the
// product, table-tested in both directions in validate_review_test.go;
// they run with productRules.

// ruleControlMitigatesNothing: a control that no threat relies on is
// either a threat the model lacks or a control the documents need not
// claim. Only the security plan and the risk report print which threats
// a control mitigates (threatModelBuilt).
func ruleControlMitigatesNothing(p *Product) Diagnostics {
	if !threatModelBuilt(p) {
		return nil
	}
	var out Diagnostics
	for i, c := range p.Controls {
		if len(p.ThreatsMitigatedBy(c.ID)) == 0 {
			out = append(out, at(p, Warning, fmt.Sprintf("controls[%d].id", i),
				"control %s mitigates no threat: name it in the controls of the threats it acts on, or add the threat it answers", c.ID))
		}
	}
	return out
}

// rulePatchTimelineUnjustified: FDA's premarket guidance (VII.C.1) asks
// for the justification of each patch timeline, with risk as its main
// factor. The timelines are printed by the security plan, the CSD and
// the lifecycle page; a product building none of them is not asked.
func rulePatchTimelineUnjustified(p *Product) Diagnostics {
	if !producesAny(p, "security_plan", "csd", "lifecycle") {
		return nil
	}
	pt := p.Postmarket.Patching
	if pt.RegularDays == 0 && pt.CriticalDays == 0 && pt.CriticalMitigationDays == 0 && pt.CriticalSeverityDays == 0 {
		return nil
	}
	if strings.TrimSpace(pt.Justification) != "" {
		return nil
	}
	// The FDA premarket guidance asks it of devices; for health IT that
	// is not one, or a product not marketed in the United States, the
	// plan's timelines want their reason all the same.
	return Diagnostics{at(p, Warning, patchingPath(p, ".justification"),
		"the patch timelines (%s) have no justification: say why each is right for the risk%s",
		statedTimelines(pt), fdaPremarketCite(p, " (FDA premarket guidance VII.C.1)"))}
}

var citesLabeling = regexp.MustCompile(`(?i)\b(labell?ing|customer security documentation|CSD|instructions for use|IFU)\b`)

// ruleRationaleCitesLabelingWithoutItem: a residual-risk rationale that
// relies on the labeling names the labeling items it relies on in
// threats[].labeling, so the traceability matrix can show them. The
// rationale is printed by the security plan and the risk report, the
// labeling the risk relies on by the risk report and the CSD.
func ruleRationaleCitesLabelingWithoutItem(p *Product) Diagnostics {
	if !threatModelBuilt(p) && !p.Produces("csd") {
		return nil
	}
	var out Diagnostics
	for i, t := range p.Threats {
		if len(t.Labeling) > 0 || !citesLabeling.MatchString(t.Rationale) {
			continue
		}
		out = append(out, at(p, Warning, fmt.Sprintf("threats[%d].rationale", i),
			"%s: the rationale relies on the labeling but the threat names no labeling item: list the [[recommended_controls]] it relies on in labeling", t.ID))
	}
	return out
}

// prePhases are the lifecycle phases whose attack paths lie before the
// device is in use: controls acting on the device in use (verified boot,
// signed updates) do not stop a flaw that enters the signed software or
// the hardware there.
var prePhases = []string{"supply_chain", "manufacturing"}

// ruleThreatControlsMissPath: a threat whose attack path lies in the
// supply chain or in manufacturing needs at least one control that acts
// on that path (a control whose phases name it). Only the security plan
// and the risk report print the threats (threatModelBuilt).
func ruleThreatControlsMissPath(p *Product) Diagnostics {
	if !threatModelBuilt(p) {
		return nil
	}
	var out Diagnostics
	for i, t := range p.Threats {
		if !slices.Contains(prePhases, t.Phase) {
			continue
		}
		acts := false
		var unwritten []string // controls whose phases are not written
		for _, id := range t.Controls {
			c := p.Control(id)
			if slices.Contains(c.Phases, t.Phase) {
				acts = true
			}
			if len(c.Phases) == 0 {
				unwritten = append(unwritten, id)
			}
		}
		if acts {
			continue
		}
		path := fmt.Sprintf("threats[%d].controls", i)
		if len(unwritten) > 0 {
			// A control with no phases written may act there all the
			// same: the data say only that none names the phase.
			out = append(out, at(p, Warning, path,
				"%s arises in the %s phase, but none of its controls (%s) names that phase in phases, and %s %s no phases: write phases = [%q] on the control that acts on that path, or add one that does",
				t.ID, strings.ToLower(Label(t.Phase)), strings.Join(t.Controls, ", "), AndList(unwritten), writeVerb(len(unwritten)), t.Phase))
			continue
		}
		out = append(out, at(p, Warning, path,
			"%s arises in the %s phase, but none of its controls (%s) acts there: add a control whose phases include %q",
			t.ID, strings.ToLower(Label(t.Phase)), strings.Join(t.Controls, ", "), t.Phase))
	}
	return out
}

// ruleOpenFindingUnreferenced: a deferred or accepted test finding
// qualifies what the documents claim; every control, CSD item, security
// setting and MDS2 answer it contradicts (finding.contradicts) must list
// it in its findings, so that the claim is printed with its exception.
func ruleOpenFindingUnreferenced(p *Product) Diagnostics {
	var out Diagnostics
	for i, f := range p.Verification.PenTest.Findings {
		for j, target := range f.Contradicts {
			path := fmt.Sprintf("verification.penetration_test.findings[%d].contradicts[%d]", i, j)
			if f.Status == "fixed" {
				out = append(out, at(p, Warning, path, "finding %s is fixed, so it contradicts nothing: remove contradicts", f.ID))
				break
			}
			sites, ok := p.findingTargets(target)
			if !ok {
				out = append(out, at(p, Error, path, "unknown %q: want a control ID, a recommended-control ID, setting:<security setting name> or mds2:<question ID> that has a note", target))
				continue
			}
			for _, site := range sites {
				if !slices.Contains(site.findings, f.ID) {
					out = append(out, at(p, Warning, site.path,
						"%s is contradicted by %s finding %s (%s) but does not reference it: add %q to its findings",
						target, f.Status, f.ID, f.Title, f.ID))
				}
			}
		}
	}
	return out
}

// writeVerb is "writes" for one control, "write" for more.
func writeVerb(n int) string {
	if n == 1 {
		return "writes"
	}
	return "write"
}

// findingSite is one place a statement a finding contradicts is written:
// the key path of its findings list and the findings it lists.
type findingSite struct {
	path     string
	findings []string
}

// findingTargets resolves a finding's contradicts entry to every place the
// statement is written: a setting or an MDS2 note a version replaces is
// written again there, and must name the finding again.
func (p *Product) findingTargets(target string) ([]findingSite, bool) {
	if q, found := strings.CutPrefix(target, "mds2:"); found {
		return p.mds2NoteSites(q)
	}
	if name, found := strings.CutPrefix(target, "setting:"); found {
		var sites []findingSite
		for _, s := range p.everySetting() {
			if s.entry.Name == name {
				sites = append(sites, findingSite{s.path + ".findings", s.entry.Findings})
			}
		}
		return sites, len(sites) > 0
	}
	for i, c := range p.Controls {
		if c.ID == target {
			return []findingSite{{fmt.Sprintf("controls[%d].findings", i), c.Findings}}, true
		}
	}
	// A recommended control a version adds or changes is written again
	// there, and must name the finding again.
	var sites []findingSite
	for _, rc := range p.everyRecommendedControl() {
		if rc.entry.ID == target {
			sites = append(sites, findingSite{rc.path + ".findings", rc.entry.Findings})
		}
	}
	return sites, len(sites) > 0
}

// mds2NoteSites are the notes that explain the answer to question q, in
// every version's form: the top-level [[mds2.notes]] entry, and each
// versions[i].changes.mds2_notes_changed entry a version's answer points
// to. None when no version's answer has a note.
func (p *Product) mds2NoteSites(q string) ([]findingSite, bool) {
	var sites []findingSite
	seen := map[string]bool{}
	add := func(path string, n MDS2Note) {
		if !seen[path] {
			seen[path] = true
			sites = append(sites, findingSite{path + ".findings", n.Findings})
		}
	}
	// noteAt finds note number n as version index i (-1: the top level)
	// sees it: the nearest version at or before i that changes it, else
	// the top-level entry.
	noteAt := func(i, n int) {
		for k := i; k >= 0; k-- {
			for j, note := range p.Versions[k].Changes.MDS2NotesChanged {
				if note.Number == n {
					add(fmt.Sprintf("versions[%d].changes.mds2_notes_changed[%d]", k, j), note)
					return
				}
			}
		}
		for j, note := range p.MDS2.Notes {
			if note.Number == n {
				add(fmt.Sprintf("mds2.notes[%d]", j), note)
				return
			}
		}
	}
	if a, has := p.MDS2.Answers[q]; has && a.Note != 0 {
		noteAt(-1, a.Note)
	}
	for i, v := range p.Versions {
		if a, has := p.At(v.Version).MDS2.Answers[q]; has && a.Note != 0 {
			noteAt(i, a.Note)
		}
	}
	return sites, len(sites) > 0
}

// findingRefs checks that every findings list names a finding that exists
// and is still open.
func (v *productValidator) findingRefs() {
	p := v.p
	open := map[string]bool{}
	for _, f := range p.Verification.PenTest.Findings {
		open[f.ID] = f.Status != "fixed"
	}
	check := func(path string, ids []string) {
		for j, id := range ids {
			isOpen, known := open[id]
			switch {
			case !known:
				v.errorf(fmt.Sprintf("%s[%d]", path, j), "unknown finding %q (want one of %s)", id, keysOf(open))
			case !isOpen:
				v.warnf(fmt.Sprintf("%s[%d]", path, j), "finding %s is fixed: it no longer qualifies this statement", id)
			}
		}
	}
	for i, c := range p.Controls {
		check(fmt.Sprintf("controls[%d].findings", i), c.Findings)
	}
	for _, rc := range p.everyRecommendedControl() {
		check(rc.path+".findings", rc.entry.Findings)
	}
	for _, s := range p.everySetting() {
		check(s.path+".findings", s.entry.Findings)
	}
	for i, n := range p.MDS2.Notes {
		check(fmt.Sprintf("mds2.notes[%d].findings", i), n.Findings)
	}
	for i, ver := range p.Versions {
		for j, n := range ver.Changes.MDS2NotesChanged {
			check(fmt.Sprintf("versions[%d].changes.mds2_notes_changed[%d].findings", i, j), n.Findings)
		}
	}
}

// ruleDisclosureBeforeFix: the coordinated-disclosure target cannot come
// before the committed regular fix, or the policy promises to publish a
// vulnerability while its fix is still allowed to be outstanding. Only
// the security plan prints the disclosure target.
func ruleDisclosureBeforeFix(p *Product) Diagnostics {
	if !p.Produces("security_plan") {
		return nil
	}
	cvd, pt := p.Postmarket.CVD, p.Postmarket.Patching
	if cvd.DisclosureDays == 0 || pt.RegularDays == 0 || cvd.DisclosureDays >= pt.RegularDays {
		return nil
	}
	return Diagnostics{at(p, Warning, "postmarket.cvd.disclosure_days",
		"public disclosure is targeted at %s, before the regular fix commitment of %s (postmarket.patching.regular_days): a vulnerability would be published while its fix may still be outstanding; align the two",
		plural(cvd.DisclosureDays, "day"), plural(pt.RegularDays, "day"))}
}

// everySetting lists the security settings of every version: the first
// version's, then each one a later version adds or changes
// ([versions.changes]), in file order.
func (p *Product) everySetting() []written[SecuritySetting] {
	return everyWritten(p, "security_settings", p.SecuritySettings,
		func(c VersionChanges) []SecuritySetting { return c.SettingsAdded }, func(c VersionChanges) []SecuritySetting { return c.SettingsChanged })
}

// ruleFixReleasedLate: a fix released later after the vulnerability was
// identified than the documents promise for its risk
// (postmarket.patching.critical_days for an uncontrolled risk,
// regular_days otherwise: LateFix) breaks that commitment; the
// documents then say why (fix_delay_reason), or the metrics and the
// commitment quietly disagree with the record. Only an affected entry
// owes the fix (a fixed one records it); one released on a date not
// stated (fixed) took a time not known; one for versions the promise
// did not hold for when it fell due (FixCommitmentFor) broke none. An
// open fix past the promise is RuleFixOverdue's.
func ruleFixReleasedLate(p *Product) Diagnostics {
	var out Diagnostics
	for i, v := range p.Vulns {
		if v.Status != "affected" || v.Fixed.IsZero() || strings.TrimSpace(v.FixDelayReason) != "" {
			continue
		}
		fixed, w := p.InstallableFix(v.FixedIn, v.Fixed)
		if fixed.IsZero() {
			continue // withdrawn, its replacement's release not stated
		}
		late, ok := p.LateFix(v.Risk, v.Versions, v.Discovered, fixed, fixed)
		if !ok {
			continue
		}
		released := fmt.Sprintf("its fix, released on %s,", fixed)
		if w != nil {
			released = fmt.Sprintf("its fix, first released on %s in version %s (withdrawn on %s) and then on %s in version %s, which replaced it,", v.Fixed, w.Version, w.Withdrawn, fixed, w.ReplacedBy)
		}
		out = append(out, at(p, Warning, fmt.Sprintf("vulnerabilities[%d].fixed", i),
			"%s affects %s and %s came %s after it was identified (%s), %s beyond the %s the documents promise for %s (postmarket.patching.%s): state why it took longer and what protected patients meanwhile in fix_delay_reason",
			v.ID, AndList(v.Versions), released, plural(late.Days, "day"), v.Discovered, plural(late.Days-late.Limit, "day"), plural(late.Limit, "day"), late.What, late.Key))
	}
	return out
}

// ruleDeferredFindingWithoutInterimPlan: FDA's premarket guidance (V.C)
// asks, for each finding left open, which devices get the fix, how long
// it takes to reach them and what protects them meanwhile. Only the
// security plan prints a deferred finding's interim plan.
func ruleDeferredFindingWithoutInterimPlan(p *Product) Diagnostics {
	if !p.Produces("security_plan") {
		return nil
	}
	var out Diagnostics
	for i, f := range p.Verification.PenTest.Findings {
		if f.Status == "deferred" && strings.TrimSpace(f.InterimPlan) == "" {
			if p.MedicalDevice.IsFalse() { // no device, and FDA asks nothing of it
				out = append(out, at(p, Warning, fmt.Sprintf("verification.penetration_test.findings[%d].status", i),
					"finding %s is deferred without interim_plan: say which installations get the fix, how long it takes to reach them and what protects them meanwhile", f.ID))
				continue
			}
			cite := " (FDA premarket guidance V.C)"
			if p.NotForUS() {
				cite = ""
			}
			out = append(out, at(p, Warning, fmt.Sprintf("verification.penetration_test.findings[%d].status", i),
				"finding %s is deferred without interim_plan: say which devices get the fix, how long it takes to reach them and what protects them meanwhile%s", f.ID, cite))
		}
	}
	return out
}
