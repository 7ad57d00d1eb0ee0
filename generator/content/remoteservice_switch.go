package content

// ShippedState says whether remote service is on as shipped, for a
// summary beside a standing "Yes" (the CSD's key facts, the plan's first
// sentence of 6.8): "off as shipped", "on as shipped", or "" where
// enabled_as_shipped is not written, which says nothing of it.
func (r RemoteService) ShippedState() string {
	switch {
	case r.EnabledAsShipped.IsFalse():
		return "off as shipped"
	case r.EnabledAsShipped.IsTrue():
		return "on as shipped"
	}
	return ""
}

// SwitchedBy says who turns remote service on and off, from
// customer_controls: "the <who> turns it on and off" (who: "hospital" or
// "customer", the document's word), "only <maker> turns it on and off",
// or "" where it is not written.
func (r RemoteService) SwitchedBy(who, maker string) string {
	switch {
	case r.CustomerControls.IsTrue():
		return "the " + who + " turns it on and off"
	case r.CustomerControls.IsFalse():
		return "only " + maker + " turns it on and off"
	}
	return ""
}
