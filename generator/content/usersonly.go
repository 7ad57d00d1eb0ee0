package content

// UsersOnly reports a product with no customer apart from its own users:
// an in-house device, used only by the institution that makes it, or a
// product patients use at home without a customer organisation
// (loneUser). The plan then names its notifications and incident
// reports after the product's users, as NoticeAudience names whom the
// notices reach: "Customer notification" would promise notices to an
// organisation that does not exist.
func (p *Product) UsersOnly() bool {
	return p != nil && (p.InHouse || p.loneUser())
}
