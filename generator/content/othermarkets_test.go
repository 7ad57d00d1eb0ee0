package content

import "testing"

// TestOtherMarkets: the one wording of what the other markets have, for
// the product page (plain) and the documents (code spans), every case.
func TestOtherMarkets(t *testing.T) {
	v30 := &Version{Version: "3.0"}
	june := NewDate(2026, 6, 1)
	code := func(s string) string { return "`" + s + "`" }
	plain := func(s string) string { return s }
	first := MarketCurrent{Names: "the United States"}
	for _, c := range []struct {
		g            MarketCurrent
		plain, coded string
	}{
		{MarketCurrent{Names: "the European Union", Current: v30, Coming: june},
			"; in the European Union it is 3.0 until the release of 3.1 there on 1 June 2026",
			"; in the European Union it is `3.0` until the release of `3.1` there on 1 June 2026"},
		{MarketCurrent{Names: "the European Union", Current: v30},
			"; in the European Union it is 3.0: 3.1 is not released there",
			"; in the European Union it is `3.0`: `3.1` is not released there"},
		{MarketCurrent{Names: "Japan"}, "; in Japan no version is released yet", "; in Japan no version is released yet"},
		{MarketCurrent{Names: "Japan", Coming: june},
			"; in Japan no version is released yet: 3.1 is released there on 1 June 2026",
			"; in Japan no version is released yet: `3.1` is released there on 1 June 2026"},
	} {
		g := []MarketCurrent{first, c.g}
		if got := OtherMarkets(g, "3.1", plain, plain); got != c.plain {
			t.Errorf("plain: %q, want %q", got, c.plain)
		}
		if got := OtherMarkets(g, "3.1", code, plain); got != c.coded {
			t.Errorf("coded: %q, want %q", got, c.coded)
		}
	}
	if got := OtherMarkets([]MarketCurrent{first}, "3.1", plain, plain); got != "" {
		t.Errorf("one group: %q", got)
	}
}
