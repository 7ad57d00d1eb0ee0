package content

// SecurityUpdatesEnd returns the date after on on which an end-of-life or
// end-of-support notice issued by on stops the security updates of
// version v (a stop of what = "security_updates", at one of v's
// milestones or on its own date), and that notice: the earliest such stop
// still ahead. A zero date (nil notice) when none is announced, or when
// v's security updates have already stopped by on (SecurityUpdatesStopped
// says so then). A document speaking as of on that gives v's update
// timelines must say that they end: SecurityUpdatesStopped leaves out a
// stop still to come, and the timelines read as open-ended without it. A
// notice about some models' own end of support is left out: its stops
// are those models', not the version's on its other models.
func (p *Product) SecurityUpdatesEnd(v *Version, on Date) (Date, *Notice) {
	if at, _ := p.SecurityUpdatesStopped(v, on); !at.IsZero() {
		return Date{}, nil
	}
	s := p.earliestStop(v, on, "security_updates", false, true)
	return s.At, s.Notice
}
