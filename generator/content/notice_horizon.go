package content

// NoticeHorizon is the last day, counted from date on, of the notice the
// manufacturer owes before an end of support: end_of_life.notice_months
// when the product data commit to some, else the 24 months IMDRF N70 asks
// for (N70NoticeMonths); months is that notice. One rule for check and
// the customer documents: check warns when a major component's support
// ends by then in a version whose end of life is not set, and the CSD and
// the lifecycle page list a component whose supplier support ends by then
// among those that need attention in a version whose end of support is
// not announced (SupportOutlasts, EndsSoonBy).
func (p *Product) NoticeHorizon(on Date) (horizon Date, months int) {
	months = p.EndOfLife.NoticeMonths
	if months <= 0 {
		months = N70NoticeMonths
	}
	return on.AddMonths(months), months
}

// EndsSoonBy is, for version v whose end of support is not announced on
// date on and whose support is not known to outlast a date
// (SupportOutlasts: no notice is committed), the end of the notice IMDRF
// N70 asks for (NoticeHorizon): a component whose supplier support ends
// by then needs attention, though whether it ends before the version's
// own end of support is not stated. Zero when v's end of support is
// announced (its components are compared with it) or SupportOutlasts is
// set (they are compared with that, the same horizon).
func (p *Product) EndsSoonBy(v *Version, on Date) (by Date, months int) {
	if v == nil || !v.EndOfSupport.IsZero() || on.IsZero() || !p.SupportOutlasts(v, on).IsZero() {
		return Date{}, 0
	}
	return p.NoticeHorizon(on)
}
