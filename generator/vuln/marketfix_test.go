package vuln

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

func day(s string) content.Date {
	d, err := content.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestAdvisoryByMarket: a fix released market by market is dated per
// market in the timeline: a later market's release by the date spoken
// for is an event of its own, one after it (or never) is said beside the
// first; a product with no per-version markets keeps the event as it is.
func TestAdvisoryByMarket(t *testing.T) {
	split := func(markets []string, rel []content.MarketRelease) *content.Product {
		return &content.Product{Name: "P", Markets: []string{"us", "eu", "ca"}, Versions: []content.Version{
			{Version: "1.0", GeneralAvailability: day("2024-01-01")},
			{Version: "2.0", GeneralAvailability: day("2025-11-03"), Markets: markets, MarketReleases: rel},
		}}
	}
	eu := []content.MarketRelease{{Market: "eu", GeneralAvailability: day("2026-06-01")}}
	for _, tc := range []struct {
		name string
		p    *content.Product
		on   string
		want []string
	}{
		{"same everywhere", &content.Product{Name: "P", Markets: []string{"us", "eu"}, Versions: []content.Version{{Version: "2.0", GeneralAvailability: day("2025-11-03")}}}, "2026-02-16",
			[]string{"2025-11-03: Fix for X available: software 2.0 released."}},
		{"EU later, after the date", split(nil, eu), "2026-02-16",
			[]string{"2025-11-03: Fix for X available in the United States and Canada: software 2.0 released there (in the European Union from 1 June 2026)."}},
		{"EU later, by the date", split(nil, eu), "2026-07-01",
			[]string{"2025-11-03: Fix for X available in the United States and Canada: software 2.0 released there.", "2026-06-01: Fix for X available in the European Union: software 2.0 released there."}},
		{"never in Canada", split([]string{"us", "eu"}, eu), "2026-07-01",
			[]string{"2025-11-03: Fix for X available in the United States: software 2.0 released there (not released in Canada).", "2026-06-01: Fix for X available in the European Union: software 2.0 released there."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &Advisory{Timeline: []Event{{Date: day("2025-11-03"), What: "fix_available", ID: "X", Version: "2.0"}}}
			a.ByMarket(tc.p, day(tc.on))
			var got []string
			for _, e := range a.Timeline {
				got = append(got, e.Date.String()+": "+e.Text("M"))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("event %d: got %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestVEXFixWhere: an affected version's VEX action says where the fix
// version is out as of the build's date, and the files are dated by the
// later market's release once it is out (the action changed then); a
// build with no date, or a product without per-version markets, says
// nothing of markets.
func TestVEXFixWhere(t *testing.T) {
	p := &content.Product{ID: "p", Name: "P", Markets: []string{"us", "eu"}, Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: day("2024-01-01")},
		{Version: "2.0", GeneralAvailability: day("2025-11-03"), MarketReleases: []content.MarketRelease{{Market: "eu", GeneralAvailability: day("2026-06-01")}}},
	}}
	s := &Set{Versions: []Version{{Version: "1.0", Name: "P", Available: day("2024-01-01")}, {Version: "2.0", Name: "P", Available: day("2025-11-03")}},
		List: []*Vulnerability{{ID: "CVE-2026-1", Version: "1.0", Status: "affected", FixedIn: "2.0", Remediation: "Install 2.0.", Disclosed: day("2026-02-16")}}}
	for _, tc := range []struct {
		name, asOf, want, stamp string
		same                    bool
	}{
		{name: "EU later", asOf: "2026-03-02", want: "Install 2.0. P 2.0 is available in the United States; in the European Union from 1 June 2026.", stamp: "2026-02-16"},
		{name: "EU out by then", asOf: "2026-07-01", want: "Install 2.0.", stamp: "2026-06-01"},
		{name: "no date", want: "Install 2.0.", stamp: "2026-02-16"},
		{name: "same everywhere", asOf: "2026-03-02", want: "Install 2.0.", stamp: "2026-02-16", same: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := *p
			if tc.same {
				q.Versions = []content.Version{p.Versions[0], {Version: "2.0", GeneralAvailability: day("2025-11-03")}}
			}
			var asOf content.Date
			if tc.asOf != "" {
				asOf = day(tc.asOf)
			}
			pub := Publisher{Name: "M", Tool: "jspgen test", AsOf: asOf}
			bom := s.cycloneDXBOM(&q, "1.0", pub)
			if got := (*bom.Vulnerabilities)[0].Recommendation; got != tc.want {
				t.Errorf("CycloneDX recommendation %q, want %q", got, tc.want)
			}
			if got := bom.Metadata.Timestamp[:10]; got != tc.stamp {
				t.Errorf("CycloneDX timestamp %s, want %s", got, tc.stamp)
			}
			ov, err := s.OpenVEX(&q, "1.0", "urn:test", pub)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(ov), `"action_statement": "`+tc.want+`"`) {
				t.Errorf("OpenVEX action is not %q:\n%s", tc.want, ov)
			}
		})
	}
}
