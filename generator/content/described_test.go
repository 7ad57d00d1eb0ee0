package content

import "testing"

// TestDescribedVersion: a document is about the version current on its
// date (the newest generally available by then, even past its end of
// support); with none yet, the first to become generally available (the
// one a premarket submission is for), not the newest.
func TestDescribedVersion(t *testing.T) {
	d := NewDate
	versions := []Version{
		{Version: "1.0.0", GeneralAvailability: d(2026, 10, 1)},
		{Version: "1.1.0", GeneralAvailability: d(2027, 4, 1)},
		{Version: "0.9.0", GeneralAvailability: d(2026, 11, 1)}, // listed out of order
	}
	tests := []struct {
		on   Date
		want string
	}{
		{d(2026, 3, 2), "1.0.0"},  // premarket: the first to be released
		{d(2026, 10, 1), "1.0.0"}, // released that day
		{d(2026, 12, 1), "0.9.0"}, // the newest released by then
		{d(2030, 1, 1), "1.1.0"},  // every one released
	}
	p := &Product{Versions: versions}
	for _, tc := range tests {
		if v := p.DescribedVersion(tc.on); v == nil || v.Version != tc.want {
			t.Errorf("on %s: %v; want %s", tc.on, v, tc.want)
		}
	}
	if v := (&Product{}).DescribedVersion(d(2026, 1, 1)); v != nil {
		t.Errorf("without versions: %v; want nil", v)
	}
}
