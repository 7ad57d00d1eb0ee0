package vuln

// NoRemediationYet is the action a statement gives an affected version
// whose fix came out only after the date it speaks as of, when the data
// give nothing else true on that date (no compensating control, no
// "none_planned" fix plan): the fix was not out, and nothing else was
// stated. An affected statement needs an action (a CSAF VEX product
// known affected a remediation, an OpenVEX "affected" statement an action
// statement); this one promises no fix the data do not date by then. It
// names no date, so that a revision reads the same whenever it is built.
func NoRemediationYet(version string) string {
	return "No fix for version " + version + " is released yet; a remediation or compensating control is not yet stated."
}

// untilFix gives w, affected on the date it speaks as of because its fix
// came out later (knownBy cleared that fix's remediation), the action true
// then: its compensating controls or its fix plan when the data state
// them, else NoRemediationYet.
func (w *Vulnerability) untilFix() {
	if w.Status != "affected" || w.Remediation != "" || len(w.CompensatingControls) > 0 || w.Fix.NonePlanned() {
		return
	}
	w.Remediation = NoRemediationYet(w.Version)
}
