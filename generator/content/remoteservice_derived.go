package content

// Two rows of the remote-service tables follow from other keys where
// their own is not written: a service reached only through the
// customer's own remote-access means (connection customer_access) in
// sessions a user at the customer's site starts (started_by customer)
// runs only when the customer lets it, and a session a user there starts
// is one that user approves. The documents then say Yes with that
// reason; a key written is said as written.

// CustomerSwitchReason says why the customer can turn remote service on
// and off where customer_controls is not written: "remote service runs
// only through the <who>'s own remote-access means, in sessions a user
// at the <who> starts" (connection customer_access and started_by
// customer); "" otherwise. who is the document's word for the customer.
func (r RemoteService) CustomerSwitchReason(who string) string {
	if r.CustomerControls.Known() || r.Offered.IsFalse() || !r.ThroughCustomerAccess() || r.StartedBy != "customer" {
		return ""
	}
	return "remote service runs only through the " + who + "'s own remote-access means, in sessions a user at the " + who + " starts"
}

// SessionApprovalReason says why each session needs the approval of a
// user at the customer's site where session_approval is not written: "a
// user at the <who> starts each session" (started_by customer); ""
// otherwise.
func (r RemoteService) SessionApprovalReason(who string) string {
	if r.SessionApproval.Known() || r.Offered.IsFalse() || r.StartedBy != "customer" {
		return ""
	}
	return "a user at the " + who + " starts each session"
}
