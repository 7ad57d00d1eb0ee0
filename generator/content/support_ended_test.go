package content

import "testing"

// TestSupportEnded: a product is past all support on a date only when it
// lists versions and every version, and every related system's version,
// had reached its end of support by then; a version without an end of
// support, or whose end of support does not apply, keeps it supported.
func TestSupportEnded(t *testing.T) {
	on := NewDate(2026, 12, 1)
	ver := func(eos Date) Version {
		return Version{Version: "v", GeneralAvailability: NewDate(2016, 1, 1), EndOfSupport: eos}
	}
	past, same, later := NewDate(2023, 12, 31), on, NewDate(2027, 6, 30)
	for _, c := range []struct {
		name string
		p    Product
		want bool
	}{
		{"every version past its end of support", Product{Versions: []Version{ver(past), ver(NewDate(2025, 12, 1))}}, true},
		{"the last end of support on the date itself", Product{Versions: []Version{ver(past), ver(same)}}, true},
		{"one version supported until later", Product{Versions: []Version{ver(past), ver(later)}}, false},
		{"one version's end of support not stated", Product{Versions: []Version{ver(past), ver(Date{})}}, false},
		{"one version's end of support not applicable", Product{Versions: []Version{ver(past), ver(NotApplicableDate())}}, false},
		{"no version listed", Product{}, false},
		{"a related system still supported", Product{Versions: []Version{ver(past)}, RelatedSystems: []RelatedSystem{{Versions: []RelatedVersion{{Version: "1", EndOfSupport: later}}}}}, false},
		{"a related system past its support too", Product{Versions: []Version{ver(past)}, RelatedSystems: []RelatedSystem{{Versions: []RelatedVersion{{Version: "1", EndOfSupport: past}}}}}, true},
	} {
		if got := c.p.SupportEnded(on); got != c.want {
			t.Errorf("%s: SupportEnded(%s) = %v, want %v", c.name, on, got, c.want)
		}
	}
}
