package mds2form

import "github.com/jspgen/jspgen/generator/content"

// conn3OffAsShipped qualifies CONN-3's "joins the customer's network" for a
// port or interface the data say is off as shipped (default_enabled =
// false): it joins the network only once the customer enables it.
func conn3OffAsShipped(it content.Interface, pt content.Port) string {
	if it.DefaultEnabled.IsFalse() || pt.DefaultEnabled.IsFalse() {
		return " once enabled (off as shipped)"
	}
	return ""
}
