package content

import "slices"

// HarmStated reports whether some threat states the severity of the harm
// it could cause (threats.harm): only such a threat is judged controlled
// or uncontrolled by the risk evaluation method's table.
func (p *Product) HarmStated() bool {
	return slices.ContainsFunc(p.Threats, func(t Threat) bool { return t.Harm.Known() })
}
