package content

import "testing"

// TestRegularUpdatesEnd: a notice's stop of "updates" still ahead of the
// document's date ends the version's regular releases then; modelfamily's
// plan gave 5.0 its regular cycle up to the end of its security updates a
// year later, as only a stop already past counted (RegularUpdatesStopped).
// A stop already past, a stop of security updates alone, a component
// notice, a notice issued after the document and one about some models'
// own end of support give no end ahead.
func TestRegularUpdatesEnd(t *testing.T) {
	v := Version{Version: "5.0", EndOfLife: NewDate(2026, 12, 31), EndOfSupport: NewDate(2027, 12, 31)}
	stop := func(what, milestone string, date Date) NoticeStop {
		return NoticeStop{What: what, Milestone: milestone, Date: date, Details: "No new features."}
	}
	on := NewDate(2026, 5, 15)
	issued := NewDate(2026, 1, 15)
	for _, c := range []struct {
		name string
		n    Notice
		want Date
	}{
		{"at end of life, ahead", Notice{ID: "eol-5-0", Kind: "end_of_life", Issued: issued, Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{}), stop("security_updates", "end_of_support", Date{})}}, NewDate(2026, 12, 31)},
		{"on its own date, ahead", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("updates", "", NewDate(2026, 9, 1))}}, NewDate(2026, 9, 1)},
		{"the earliest of two ahead", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{}), stop("updates", "", NewDate(2026, 9, 1))}}, NewDate(2026, 9, 1)},
		{"already stopped", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("updates", "", NewDate(2026, 3, 1)), stop("updates", "end_of_life", Date{})}}, Date{}},
		{"issued after the document", Notice{ID: "a", Kind: "end_of_life", Issued: NewDate(2026, 6, 1), Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
		{"another version", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"5.2"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
		{"security updates only", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("security_updates", "end_of_support", Date{})}}, Date{}},
		{"component notice", Notice{ID: "a", Kind: "component_end_of_support", Issued: issued, Versions: []string{"5.0"},
			Stops: []NoticeStop{stop("updates", "", NewDate(2026, 9, 1))}}, Date{}},
		{"some models' own end of support", Notice{ID: "a", Kind: "end_of_support", Issued: issued, Versions: []string{"5.0"}, endsModels: []string{"TV-300T"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
	} {
		p := &Product{Versions: []Version{v}, Notices: []Notice{c.n}}
		got := p.RegularUpdatesEnd(&p.Versions[0], on)
		if got.At != c.want || (got.Notice == nil) != c.want.IsZero() {
			t.Errorf("%s: ends %v (notice %v), want %v", c.name, got.At, got.Notice != nil, c.want)
		}
		if !c.want.IsZero() && (got.NoticeID() != c.n.ID || got.Stop.Details != "No new features.") {
			t.Errorf("%s: notice %q, details %q", c.name, got.NoticeID(), got.Stop.Details)
		}
	}
	if got := (&Product{}).RegularUpdatesEnd(nil, on); got.Notice != nil {
		t.Errorf("no version: %+v", got)
	}
}
