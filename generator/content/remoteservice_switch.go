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

// CustomerMeans says how the manufacturer reaches the product where it
// does so only through the customer's own remote-access means
// (connection customer_access), for a summary beside a "Yes" that would
// otherwise read as the manufacturer's standing access: "only through
// the <who>'s own remote-access means, in sessions a user at the <who>
// starts" (the sessions where started_by = customer); "" for another
// connection or none stated.
func (r RemoteService) CustomerMeans(who string) string {
	if !r.ThroughCustomerAccess() {
		return ""
	}
	s := "only through the " + who + "'s own remote-access means"
	if r.StartedBy == "customer" {
		s += ", in sessions a user at the " + who + " starts"
	}
	return s
}
