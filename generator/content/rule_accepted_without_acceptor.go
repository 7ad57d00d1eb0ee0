package content

// ruleAcceptedWithoutAcceptor: the risk report dates the acceptance of
// the residual risk (risk.accepted_on) only beside the role that accepted
// it (governance.risk_acceptance); with no such role it says who accepts
// is not stated and the date is silently left out. Only the risk report
// prints the acceptance.
func ruleAcceptedWithoutAcceptor(p *Product) Diagnostics {
	if !p.Produces("risk_report") || p.Risk.AcceptedOn.IsZero() || p.Role(p.Governance.RiskAcceptance).ID != "" {
		return nil
	}
	return Diagnostics{at(p, Warning, "risk.accepted_on",
		"the residual risk is accepted on %s, but no role is named to accept it (governance.risk_acceptance): the risk report says who accepts it is not stated and leaves the date out; name the role in [governance] (risk_acceptance and its [[governance.roles]] entry)", p.Risk.AcceptedOn)}
}
