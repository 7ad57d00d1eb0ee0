package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Checks a reviewer applies to the risk file. Each rule is one function
// of the product (and the site, where it needs it), table-tested in both
// directions in validate_risk_test.go. They run after the threats' scores
// are resolved from their vectors.

// productRules are the rules that need only the product.
var productRules = []func(p *Product) Diagnostics{
	ruleUncontrolledAcceptedWithoutRationale,
	ruleThreatControlsUnverified,
	ruleControlWithoutRequirement,
	ruleResidualConclusionContradicted,
	ruleControlMitigatesNothing,
	rulePatchTimelineUnjustified,
	rulePatchTimesUnstated,
	rulePostmarketUnstated,
	ruleNoticeMonthsUnstated,
	ruleUpdatesUnstated,
	ruleCommitmentsUnstated,
	ruleRationaleCitesLabelingWithoutItem,
	ruleLabelingReliesOnOptionalControl,
	ruleThreatControlsMissPath,
	ruleOpenFindingUnreferenced,
	ruleDisclosureBeforeFix,
	ruleFixReleasedLate,
	ruleDeferredFindingWithoutInterimPlan,
	ruleReachFlowWithoutThreat,
	ruleRiskMethodUnstated,
	ruleAcceptedButNotAcceptable,
	ruleAcceptedWithoutAcceptor,
	ruleDoneAfterRelease,
	rulePenTestUnstated,
	ruleSBOMProcessUnstated,
	ruleCloudServiceDataBesideFlows,
	ruleAccountsUnstated,
	ruleBackupPartsUnwritten,
	ruleGAUnstated,
	ruleInterfacesCompleteUnstated,
	ruleDocControlUnstated,
	ruleSmallKeysUnstated,
	ruleDirectionUnstated,
}

func at(p *Product, sev Severity, path, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: sev, File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: fmt.Sprintf(format, args...)}
}

// ruleUncontrolledAcceptedWithoutRationale: a threat whose risk after
// mitigation is uncontrolled under the product's method (FDA postmarket
// guidance 2016) cannot be "acceptable" without a recorded rationale.
func ruleUncontrolledAcceptedWithoutRationale(p *Product) Diagnostics {
	if !producesAny(p, "security_plan", "risk_report", "csd") { // the CSD names the threats its labeling relies on
		return nil
	}
	var out Diagnostics
	for i, t := range p.Threats {
		ev := p.Evaluate(t)
		if !ev.HarmKnown || ev.Controlled || t.Acceptance != "acceptable" {
			continue
		}
		out = append(out, at(p, Error, fmt.Sprintf("threats[%d].acceptance", i),
			"%s: the risk after mitigation is uncontrolled under [risk.evaluation] (harm %s, exploitability %s at CVSS %.1f), but it is accepted without a rationale; set acceptance = \"acceptable_with_rationale\" with a rationale, or \"not_acceptable\"",
			t.ID, t.Harm.Label(), ev.Exploitability.Label(), t.PostScore))
	}
	return out
}

// ControlVerified reports whether a control is verified by at least one
// test: its own verification activities, or those of a requirement it
// implements.
func (p *Product) ControlVerified(c Control) bool {
	return len(p.ControlTests(c)) > 0
}

// ControlTests are the IDs of the verification activities that test a
// control: its own, then those of its requirements, without repeats.
func (p *Product) ControlTests(c Control) []string {
	var out []string
	seen := map[string]bool{}
	add := func(ids []string) {
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	add(c.Verification)
	for _, r := range p.Requirements {
		for _, id := range c.Requirements {
			if r.ID == id {
				add(r.Verification)
			}
		}
	}
	return out
}

// ThreatsMitigatedBy are the IDs of the threats that name control id
// among their controls, in the threat model's order: none is a gap of
// the traceability matrix (the risk report's, the eSTAR's note on it,
// check's warning).
func (p *Product) ThreatsMitigatedBy(id string) []string {
	var out []string
	for _, t := range p.Threats {
		if slices.Contains(t.Controls, id) {
			out = append(out, t.ID)
		}
	}
	return out
}

// Control returns the control with the given ID (zero when there is none).
func (p *Product) Control(id string) Control {
	for _, c := range p.Controls {
		if c.ID == id {
			return c
		}
	}
	return Control{}
}

// ruleThreatControlsUnverified: every control a threat relies on is
// verified by a test (FDA premarket guidance V.C, threat mitigation testing).
func ruleThreatControlsUnverified(p *Product) Diagnostics {
	if !threatModelBuilt(p) {
		return nil
	}
	var out Diagnostics
	for i, t := range p.Threats {
		var unverified []string
		for _, id := range t.Controls {
			if c := p.Control(id); c.ID != "" && !p.ControlVerified(c) {
				unverified = append(unverified, id)
			}
		}
		if len(unverified) > 0 {
			out = append(out, at(p, Warning, fmt.Sprintf("threats[%d].controls", i),
				"%s relies on %s, not verified by any test: link the control's requirements to verification activities, or give the control its own verification", t.ID, strings.Join(unverified, ", ")))
		}
	}
	return out
}

// ruleControlWithoutRequirement: every control is traced to a security
// requirement, so that the traceability matrix has no gap.
func ruleControlWithoutRequirement(p *Product) Diagnostics {
	if !threatModelBuilt(p) {
		return nil
	}
	var out Diagnostics
	for i, c := range p.Controls {
		if len(c.Requirements) == 0 {
			out = append(out, at(p, Warning, fmt.Sprintf("controls[%d].requirements", i),
				"control %s is not traced to any security requirement", c.ID))
		}
	}
	return out
}

var acceptableClaim = regexp.MustCompile(`(?i)\b(is|are|remains|remain|be)\s+(considered\s+)?acceptable\b`)

// ConclusionAcceptable reports whether the residual-risk conclusion says
// the overall residual risk is acceptable: risk.residual_acceptable when
// stated, else the words of risk.residual_conclusion.
func (r Risk) ConclusionAcceptable() bool {
	if r.ResidualAcceptable.Known() {
		return r.ResidualAcceptable.IsTrue()
	}
	return acceptableClaim.MatchString(r.ResidualConclusion)
}

// ruleResidualConclusionContradicted: the overall residual risk cannot be
// concluded acceptable while a threat's residual risk is not, or while
// whether it is has still to be concluded (acceptance "pending"). Only
// the plan and the risk report print the conclusion.
func ruleResidualConclusionContradicted(p *Product) Diagnostics {
	if !threatModelBuilt(p) || !p.Risk.ConclusionAcceptable() {
		return nil
	}
	var bad, pending []string
	for _, ev := range p.Evaluations() {
		switch {
		case ev.Pending:
			pending = append(pending, ev.Threat.ID)
		case !ev.Acceptable:
			bad = append(bad, ev.Threat.ID)
		}
	}
	var why []string
	if len(bad) > 0 {
		why = append(why, "the residual risk of "+strings.Join(bad, ", ")+" is not acceptable")
	}
	if len(pending) > 0 {
		why = append(why, "whether the residual risk of "+strings.Join(pending, ", ")+" is acceptable is still to be concluded (acceptance = \"pending\")")
	}
	if len(why) == 0 {
		return nil
	}
	path := "risk.residual_conclusion"
	if p.Risk.ResidualAcceptable.Known() {
		path = "risk.residual_acceptable"
	}
	return Diagnostics{at(p, Error, path, "the residual-risk conclusion says the overall residual risk is acceptable, but %s", strings.Join(why, ", and "))}
}

// ruleCyberDeviceCVD: a cyber device's plan includes coordinated
// vulnerability disclosure procedures (FD&C Act 524B(b)(1)); the
// statute asks for the procedures, not a published URL, so the warning
// says only that the documents have no policy to print, and offers both
// remedies: the policy's address, or cvd_policy = "none_published" where
// none is published. A site that states none is published is reminded
// that the plan still needs the procedures.
func ruleCyberDeviceCVD(s *Site, p *Product) Diagnostics {
	if s == nil || !p.CyberDevice.Applies.IsTrue() || strings.TrimSpace(s.Manufacturer.CVDPolicyURL) != "" {
		return nil
	}
	if s.Manufacturer.CVDPolicyNone() {
		return Diagnostics{at(p, Warning, "cyber_device.applies",
			"a cyber device's plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1)), and the site file states that the manufacturer publishes no coordinated vulnerability disclosure policy (manufacturer.cvd_policy = \"none_published\"), so the documents say none is published: the plan still needs the procedures")}
	}
	return Diagnostics{at(p, Warning, "cyber_device.applies",
		"a cyber device's plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1)), and the site file states no manufacturer.cvd_policy_url for the documents to print its policy from, so they say the policy is not stated: if one is published, write its address there; if none is, state manufacturer.cvd_policy = \"none_published\" (the plan still needs the procedures)")}
}

var cwePattern = regexp.MustCompile(`^CWE-[0-9]+$`)

// risk resolves the threats' scores from their vectors, checks the links
// the traceability matrix follows, and runs the reviewer's rules.
func (v *productValidator) risk() {
	p := v.p
	v.resolveScores()
	rcs := map[string]bool{} // a threat's labeling may rely on any version's
	for _, rc := range p.everyRecommendedControl() {
		rcs[rc.entry.ID] = true
	}
	activities := map[string]bool{}
	for _, a := range p.Verification.Activities {
		activities[a.ID] = true
	}
	for i, t := range p.Threats {
		v.refs(fmt.Sprintf("threats[%d].labeling", i), t.Labeling, rcs, "recommended control")
	}
	for i, c := range p.Controls {
		v.refs(fmt.Sprintf("controls[%d].verification", i), c.Verification, activities, "verification activity")
	}
	v.unique("anomalies", "id", len(p.Anomalies), func(i int) string { return p.Anomalies[i].ID })
	for i, a := range p.Anomalies {
		for j, c := range a.CWE {
			if !cwePattern.MatchString(c) {
				v.errorf(fmt.Sprintf("anomalies[%d].cwe[%d]", i, j), "want a CWE identifier such as CWE-400; got %q", c)
			}
		}
	}
	if m := p.Risk.Evaluator(); m.MediumFrom >= m.HighFrom {
		v.errorf("risk.evaluation.exploitability_high_from", "exploitability High starts at %.1f, not above Medium's %.1f", m.HighFrom, m.MediumFrom)
	}
	if p.Documents.RiskReport.ID != "" {
		v.submission("documents.risk_report", p.Documents.RiskReport)
	} else if p.Documents.RiskReport.Written() {
		// its id is what builds it (Product.Produces): written without one, it would silently not be built
		v.errorf("documents.risk_report.id", "missing required key: the risk report is built only with its document number")
	}
	if p.Documents.ESTAR.ID != "" {
		v.submission("documents.estar", p.Documents.ESTAR)
	} else if p.Documents.ESTAR.Written() {
		v.errorf("documents.estar.id", "missing required key: the eSTAR cross-reference is built only with its document number")
	}
	v.findingRefs()
	v.threatPaths()
	for _, rule := range productRules {
		v.diags = append(v.diags, rule(p)...)
	}
}
