package content

import "testing"

// TestSecurityUpdatesEnd: a stop of security updates announced by a
// notice issued by the date but taking effect after it is the end of the
// version's update timelines; SecurityUpdatesStopped, which looks only at
// stops that have taken effect, keeps saying nothing of it. A stop that has
// taken effect, one of another version, of regular releases, or in a
// notice issued later gives no end still to come.
func TestSecurityUpdatesEnd(t *testing.T) {
	v := Version{Version: "6.0.0", EndOfLife: NewDate(2026, 12, 31), EndOfSupport: NewDate(2028, 6, 30)}
	stop := func(what, milestone string, date Date) NoticeStop {
		return NoticeStop{What: what, Milestone: milestone, Date: date}
	}
	on := NewDate(2026, 6, 30)
	for _, c := range []struct {
		name  string
		ns    []Notice
		want  Date
		notes string
	}{
		{"announced, at end of life still to come", []Notice{{ID: "eos-6", Kind: "end_of_support", Issued: on, Versions: []string{"6.0.0"},
			Document: DocumentControl{ID: "BCS-OR-EOS-002"},
			Stops:    []NoticeStop{stop("security_updates", "end_of_life", Date{}), stop("technical_support", "end_of_support", Date{})}}}, NewDate(2026, 12, 31), "BCS-OR-EOS-002"},
		{"on its own date", []Notice{{ID: "a", Kind: "end_of_life", Issued: NewDate(2026, 1, 5), Versions: []string{"6.0.0"},
			Stops: []NoticeStop{stop("security_updates", "", NewDate(2027, 3, 1))}}}, NewDate(2027, 3, 1), "a"},
		{"the earliest of two", []Notice{
			{ID: "late", Kind: "end_of_support", Issued: NewDate(2026, 1, 5), Versions: []string{"6.0.0"}, Stops: []NoticeStop{stop("security_updates", "end_of_support", Date{})}},
			{ID: "early", Kind: "end_of_life", Issued: NewDate(2026, 2, 5), Versions: []string{"6.0.0"}, Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}},
		}, NewDate(2026, 12, 31), "early"},
		{"already stopped", []Notice{
			{ID: "past", Kind: "end_of_life", Issued: NewDate(2026, 1, 5), Versions: []string{"6.0.0"}, Stops: []NoticeStop{stop("security_updates", "", NewDate(2026, 3, 1))}},
			{ID: "later", Kind: "end_of_support", Issued: NewDate(2026, 1, 5), Versions: []string{"6.0.0"}, Stops: []NoticeStop{stop("security_updates", "end_of_support", Date{})}},
		}, Date{}, ""},
		{"issued after the document", []Notice{{ID: "a", Kind: "end_of_support", Issued: NewDate(2026, 7, 1), Versions: []string{"6.0.0"},
			Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}}}, Date{}, ""},
		{"another version", []Notice{{ID: "a", Kind: "end_of_support", Issued: on, Versions: []string{"5.4.0"},
			Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}}}, Date{}, ""},
		{"regular releases only", []Notice{{ID: "a", Kind: "end_of_life", Issued: on, Versions: []string{"6.0.0"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}}, Date{}, ""},
		{"component notice", []Notice{{ID: "a", Kind: "component_end_of_support", Issued: on, Versions: []string{"6.0.0"},
			Stops: []NoticeStop{stop("security_updates", "", NewDate(2027, 1, 1))}}}, Date{}, ""},
	} {
		p := &Product{Versions: []Version{v}, Notices: c.ns}
		got, n := p.SecurityUpdatesEnd(&p.Versions[0], on)
		if got != c.want || (n == nil) != c.want.IsZero() {
			t.Errorf("%s: ends %v (notice %v), want %v", c.name, got, n != nil, c.want)
			continue
		}
		if n != nil && n.CitedID() != c.notes {
			t.Errorf("%s: notice %s, want %s", c.name, n.CitedID(), c.notes)
		}
		if c.name == "announced, at end of life still to come" {
			// stopOf's meaning is unchanged: nothing has stopped yet.
			if at, _ := p.SecurityUpdatesStopped(&p.Versions[0], on); !at.IsZero() {
				t.Errorf("%s: SecurityUpdatesStopped says %v, want nothing stopped yet", c.name, at)
			}
		}
	}
}
