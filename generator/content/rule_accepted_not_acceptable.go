package content

// ruleAcceptedButNotAcceptable: an acceptance date (risk.accepted_on)
// beside a conclusion that the residual risk is not acceptable says both
// that it was accepted and that it was not; the risk report would print
// either. Only the risk report prints the acceptance and the conclusion.
func ruleAcceptedButNotAcceptable(p *Product) Diagnostics {
	if !p.Produces("risk_report") || p.Risk.AcceptedOn.IsZero() || !p.Risk.ResidualAcceptable.IsFalse() {
		return nil
	}
	return Diagnostics{at(p, Error, "risk.accepted_on",
		"the residual risk is accepted on %s, but risk.residual_acceptable says it is not acceptable: remove the date, or correct the conclusion", p.Risk.AcceptedOn)}
}
