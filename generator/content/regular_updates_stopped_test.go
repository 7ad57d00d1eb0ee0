package content

import "testing"

// TestRegularUpdatesStopped: a notice's stop of "updates" is of the
// regular releases (README, notices.stops.what), which the CSD of a
// version so stopped must not promise; it counted nowhere, so dentalxray's
// 2.4 CSD promised releases every six months after the notice stopped
// them. A stop of security updates alone, a component notice, a stop still
// to come, a notice issued after the document and one about some models'
// own end of support do not stop the version's regular releases.
func TestRegularUpdatesStopped(t *testing.T) {
	v := Version{Version: "2.4", EndOfLife: NewDate(2025, 10, 14), EndOfSupport: NewDate(2026, 10, 14)}
	stop := func(what, milestone string, date Date) NoticeStop {
		return NoticeStop{What: what, Milestone: milestone, Date: date, Details: "No new features."}
	}
	on := NewDate(2026, 3, 2)
	issued := NewDate(2025, 6, 2)
	for _, c := range []struct {
		name string
		n    Notice
		want Date
	}{
		{"at end of life, passed", Notice{ID: "eos-2.4", Kind: "end_of_support", Issued: issued, Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{}), stop("technical_support", "end_of_support", Date{})}}, NewDate(2025, 10, 14)},
		{"on its own date", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("updates", "", NewDate(2025, 12, 1))}}, NewDate(2025, 12, 1)},
		{"the earliest of two", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("updates", "", NewDate(2025, 12, 1)), stop("updates", "end_of_life", Date{})}}, NewDate(2025, 10, 14)},
		{"still to come", Notice{ID: "a", Kind: "end_of_support", Issued: issued, Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("updates", "end_of_support", Date{})}}, Date{}},
		{"issued after the document", Notice{ID: "a", Kind: "end_of_support", Issued: NewDate(2026, 4, 1), Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
		{"another version", Notice{ID: "a", Kind: "end_of_support", Issued: issued, Versions: []string{"3.1"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
		{"security updates only", Notice{ID: "a", Kind: "end_of_life", Issued: issued, Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}}, Date{}},
		{"component notice", Notice{ID: "a", Kind: "component_end_of_support", Issued: issued, Versions: []string{"2.4"},
			Stops: []NoticeStop{stop("updates", "", NewDate(2025, 12, 1))}}, Date{}},
		{"some models' own end of support", Notice{ID: "a", Kind: "end_of_support", Issued: issued, Versions: []string{"2.4"}, endsModels: []string{"X-1"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
	} {
		p := &Product{Versions: []Version{v}, Notices: []Notice{c.n}}
		got := p.RegularUpdatesStopped(&p.Versions[0], on)
		if got.At != c.want || (got.Notice == nil) != c.want.IsZero() {
			t.Errorf("%s: stopped %v (notice %v), want %v", c.name, got.At, got.Notice != nil, c.want)
		}
		if !c.want.IsZero() && (got.NoticeID() != c.n.ID || got.Stop.Details != "No new features.") {
			t.Errorf("%s: notice %q, details %q", c.name, got.NoticeID(), got.Stop.Details)
		}
		// A stop of regular releases is never one of security updates.
		if at, _ := p.SecurityUpdatesStopped(&p.Versions[0], on); c.n.Stops[0].What == "updates" && !at.IsZero() {
			t.Errorf("%s: a stop of updates counted as one of security updates", c.name)
		}
	}
	// The notice's document number names it where it has one.
	p := &Product{Versions: []Version{v}, Notices: []Notice{{ID: "eos-2.4", Kind: "end_of_support", Issued: issued, Versions: []string{"2.4"},
		Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}, Document: DocumentControl{ID: "ODI-DS-EOS-24"}}}}
	if got := p.RegularUpdatesStopped(&p.Versions[0], on).NoticeID(); got != "ODI-DS-EOS-24" {
		t.Errorf("NoticeID = %q, want the document number", got)
	}
	if got := p.RegularUpdatesStopped(nil, on); got.Notice != nil || (VersionStop{}).NoticeID() != "" {
		t.Errorf("no version: %+v", got)
	}
}
