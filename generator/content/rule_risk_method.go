package content

// ruleRiskMethodUnstated: without [risk.evaluation] the security plan and
// the risk report print the default thresholds and controlled/uncontrolled
// table as the product's method, and every threat is judged by them. That
// is a statement of the manufacturer's method no one wrote; the
// manufacturer writes its own, or these to confirm them.
func ruleRiskMethodUnstated(p *Product) Diagnostics {
	if !p.Produces("security_plan") && !p.Produces("risk_report") {
		return nil
	}
	if p.RiskMethodStated() {
		return nil
	}
	m := p.Risk.Evaluator()
	return Diagnostics{at(p, Warning, "risk.evaluation",
		"not stated; %s the default method, saying it is jspgen's rather than the manufacturer's, and every threat is judged by it: exploitability Medium from CVSS %.1f, High from %.1f; uncontrolled from %s exploitability for serious harm, %s for critical, %s for catastrophic, never for minor or negligible (write [risk.evaluation] with your thresholds, or with these to confirm them)",
		documentsPrinting(p), m.MediumFrom, m.HighFrom, m.UncontrolledFrom.Serious, m.UncontrolledFrom.Critical, m.UncontrolledFrom.Catastrophic)}
}

// documentsPrinting names the built documents that print the risk
// evaluation method, as the subject of "print": the risk report only when
// it is built, which takes its document control.
func documentsPrinting(p *Product) string {
	switch plan, report := p.Produces("security_plan"), p.Produces("risk_report"); {
	case plan && report:
		return "the security plan and the risk report print"
	case plan:
		return "the security plan prints"
	default:
		return "the risk report prints"
	}
}

// RiskMethodStated reports whether the product data state the risk
// evaluation method ([risk.evaluation]): any of its keys, or its table
// alone, states it; [risk.evaluation] may hold only
// [risk.evaluation.uncontrolled_from]. Without it the documents print
// the defaults, and say they are.
func (p *Product) RiskMethodStated() bool {
	return p.States("risk.evaluation") || p.States("risk.evaluation.uncontrolled_from")
}
