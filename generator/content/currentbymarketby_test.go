package content

import "testing"

// TestCurrentByMarketByUndated: a notice released on 2025-12-01 and built
// on 2026-03-02 said the European Union had 3.0 "until the release of 3.1
// there on 15 January 2026", a date after the notice that is the day 3.1
// came out there, not the one planned then. Such markets go together,
// undated, whatever their dates; a release still after the build keeps
// its date, and a document that speaks as of its build reads as before.
func TestCurrentByMarketByUndated(t *testing.T) {
	p := &Product{Markets: []string{"us", "eu", "uk", "jp"}, Versions: []Version{
		{Version: "3.0", GeneralAvailability: NewDate(2024, 5, 6), Markets: []string{"us", "eu", "uk"}},
		{Version: "3.1", GeneralAvailability: NewDate(2025, 11, 3), MarketReleases: []MarketRelease{
			{Market: "eu", GeneralAvailability: NewDate(2026, 1, 15)},
			{Market: "uk", GeneralAvailability: NewDate(2026, 2, 1)},
			{Market: "jp", GeneralAvailability: NewDate(2026, 6, 1)},
		}},
	}}
	plain := func(s string) string { return s }
	notice, build := NewDate(2025, 12, 1), NewDate(2026, 3, 2)
	for _, c := range []struct {
		name    string
		d, asOf Date
		want    string
	}{
		{"notice built later", notice, build,
			"; in the European Union and the United Kingdom it is 3.0 until 3.1 is released there; in Japan no version is released yet: 3.1 is released there on 1 June 2026"},
		{"built on its date", notice, notice,
			"; in the European Union it is 3.0 until the release of 3.1 there on 15 January 2026; in the United Kingdom it is 3.0 until the release of 3.1 there on 1 February 2026; in Japan no version is released yet: 3.1 is released there on 1 June 2026"},
		{"built after every release", NewDate(2025, 11, 3), NewDate(2026, 7, 1),
			"; in the European Union and the United Kingdom it is 3.0 until 3.1 is released there; in Japan no version is released yet: 3.1 is released there later"},
	} {
		g := p.CurrentByMarketBy(c.d, c.asOf)
		if len(g) == 0 || g[0].Names != "the United States" {
			t.Fatalf("%s: groups %+v", c.name, g)
		}
		if got := OtherMarkets(g, "3.1", plain, plain); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
