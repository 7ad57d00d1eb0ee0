package content

import "testing"

// TestSecurityUpdatesStopped: only an end-of-life or end-of-support
// notice naming the version, issued by the date, stops its security
// updates, at the stop's milestone or date when that has passed; a
// component notice's stops are its suppliers', and "updates" are the
// regular releases.
func TestSecurityUpdatesStopped(t *testing.T) {
	v := Version{Version: "3.4", EndOfLife: NewDate(2024, 6, 3), EndOfSupport: NewDate(2027, 6, 30)}
	stop := func(what, milestone string, date Date) NoticeStop {
		return NoticeStop{What: what, Milestone: milestone, Date: date}
	}
	on := NewDate(2026, 1, 19)
	for _, c := range []struct {
		name string
		n    Notice
		want Date
	}{
		{"end of support notice, at end of life", Notice{ID: "a", Kind: "end_of_support", Issued: NewDate(2024, 3, 1), Versions: []string{"3.4"},
			Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}}, NewDate(2024, 6, 3)},
		{"on its own date", Notice{ID: "a", Kind: "end_of_life", Issued: NewDate(2024, 3, 1), Versions: []string{"3.4"},
			Stops: []NoticeStop{stop("security_updates", "", NewDate(2025, 1, 1))}}, NewDate(2025, 1, 1)},
		{"stop still to come", Notice{ID: "a", Kind: "end_of_support", Issued: NewDate(2024, 3, 1), Versions: []string{"3.4"},
			Stops: []NoticeStop{stop("security_updates", "end_of_support", Date{})}}, Date{}},
		{"issued after the document", Notice{ID: "a", Kind: "end_of_support", Issued: NewDate(2026, 2, 1), Versions: []string{"3.4"},
			Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}}, Date{}},
		{"another version", Notice{ID: "a", Kind: "end_of_support", Issued: NewDate(2024, 3, 1), Versions: []string{"4.0"},
			Stops: []NoticeStop{stop("security_updates", "end_of_life", Date{})}}, Date{}},
		{"regular updates only", Notice{ID: "a", Kind: "end_of_life", Issued: NewDate(2024, 3, 1), Versions: []string{"3.4"},
			Stops: []NoticeStop{stop("updates", "end_of_life", Date{})}}, Date{}},
		{"component notice", Notice{ID: "a", Kind: "component_end_of_support", Issued: NewDate(2024, 3, 1), Versions: []string{"3.4"},
			Stops: []NoticeStop{stop("security_updates", "", NewDate(2025, 1, 1))}}, Date{}},
	} {
		p := &Product{Versions: []Version{v}, Notices: []Notice{c.n}}
		got, n := p.SecurityUpdatesStopped(&p.Versions[0], on)
		if got != c.want || (n == nil) != c.want.IsZero() {
			t.Errorf("%s: stopped %v (notice %v), want %v", c.name, got, n != nil, c.want)
		}
	}
}
