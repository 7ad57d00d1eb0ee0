package content

// Checks of what the documents promise against the structured facts that
// decide it: credential lifetimes against the requirements that limit
// them, the incident-response commitment, the promised release cadence.
// Each rule is table-tested in both directions beside it (credentials_test.go, …).

// claimRules are the claim rules that need only the product.
var claimRules = []func(p *Product) Diagnostics{
	ruleCredentialOutlivesLimit,
	ruleIncidentTriageSlow,
	ruleLimitProse,
	ruleContactCarriesPersonal,
	ruleInterfaceKindUnstated,
}

// claims checks the references the claims make and runs claimRules.
func (v *productValidator) claims() {
	v.credentials()
	for _, rule := range claimRules {
		v.diags = append(v.diags, rule(v.p)...)
	}
}
