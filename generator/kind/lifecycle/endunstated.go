package lifecycle

import "github.com/jspgen/jspgen/generator/inventory"

// endUnstated is the components of list whose end of supplier support
// the data do not state and whose level does not say it has ended (no
// longer maintained, abandoned): whether their supplier has announced an
// end, and when, is not stated, so "none has an announced end of
// supplier support" must not cover them. The rule is the CSD's (5.2, the
// components whose end of supplier support is not stated).
func endUnstated(list []inventory.Component) []inventory.Component {
	var out []inventory.Component
	for _, c := range list {
		if c.EndOfSupport.IsZero() && !c.Support.Ended() {
			out = append(out, c)
		}
	}
	return out
}
