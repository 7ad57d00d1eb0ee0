package content

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

func TestReleaseGaps(t *testing.T) {
	d := func(s string) Date { v, _ := ParseDate(s); return v }
	// Releases of the pump: 3.8.2, 4.1.0, 4.2.1.
	pump := []Release{
		{"3.8.2", d("2019-09-16"), d("2025-06-30")},
		{"4.1.0", d("2023-04-17"), d("2027-09-30")},
		{"4.2.1", d("2025-05-12"), d("2028-12-31")},
	}
	tests := []struct {
		name        string
		releases    []Release
		months      int
		since, asOf string
		want        []string
	}{
		{"no calendar promised: nothing to check", pump, 0, "", "2026-02-16", nil},
		{"quarterly from the first plan: two gaps", pump, 3, "2023-02-06", "2026-02-16", []string{
			"4.1.0 (2023-04-17) to 4.2.1 (2025-05-12), 24 months",
			"4.2.1 (2025-05-12) to the as-of date 2026-02-16, 9 months",
		}},
		{"quarterly since the first release: the 3.x gap too", pump, 3, "", "2026-02-16", []string{
			"3.8.2 (2019-09-16) to 4.1.0 (2023-04-17), 43 months",
			"4.1.0 (2023-04-17) to 4.2.1 (2025-05-12), 24 months",
			"4.2.1 (2025-05-12) to the as-of date 2026-02-16, 9 months",
		}},
		{"a gap that began before the promise counts from the promise", pump, 12, "2024-06-01", "2025-06-01", nil},
		{"yearly since 2024-01-01: 4.2.1 came 16 months later", pump, 12, "2024-01-01", "2025-06-01", []string{
			"4.1.0 (2023-04-17) to 4.2.1 (2025-05-12), 24 months",
		}},
		{"releases within the interval pass", []Release{
			{"1.0", d("2025-01-15"), Date{}}, {"1.1", d("2025-04-10"), Date{}}, {"1.2", d("2025-07-10"), Date{}},
		}, 3, "", "2025-09-30", nil},
		{"exactly three months passes, one day more fails", []Release{
			{"1.0", d("2025-01-15"), Date{}}, {"1.1", d("2025-04-15"), Date{}}, {"1.2", d("2025-07-16"), Date{}},
		}, 3, "", "2025-07-16", []string{"1.1 (2025-04-15) to 1.2 (2025-07-16), 3 months"}},
		{"no gap while no version was supported", []Release{
			{"1.0", d("2020-01-01"), d("2020-03-01")}, {"2.0", d("2022-01-01"), Date{}}, // 1.0 out of support before a release was due
		}, 3, "", "2022-02-01", nil},
		{"a planned release after the as-of date is not made", []Release{
			{"1.0", d("2025-01-01"), Date{}}, {"2.0", d("2025-12-01"), Date{}},
		}, 3, "", "2025-06-01", []string{"1.0 (2025-01-01) to the as-of date 2025-06-01, 5 months"}},
		{"no as-of date: the record's own gaps only", []Release{
			{"1.0", d("2025-01-01"), Date{}},
		}, 3, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gaps := ReleaseGaps(sortReleases(tt.releases), tt.months, d(tt.since), d(tt.asOf))
			var got []string
			for _, g := range gaps {
				got = append(got, g.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Fatalf("gaps\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// cadenceProduct promises quarterly releases and a quarterly related
// system, with versions released 2025-01-15 and 2025-04-10, supported.
const cadenceProduct = `schema_version = 2
name = "Pump"

[[versions]]
version = "1.0"
general_availability = 2025-01-15

[[versions]]
version = "1.1"
general_availability = 2025-04-10

[postmarket.patching]
regular_cycle = "A maintenance release every quarter."
release_cadence = "quarterly"

[[related_systems]]
id = "server"
name = "Server"
kind = "server_software"
patch_policy = "Maintenance releases whenever a fix is due."
release_cadence = "as_needed"

[[related_systems.versions]]
version = "5.1"
general_availability = 2024-01-10
`

func TestReleaseCadenceRules(t *testing.T) {
	d := func(s string) Date { v, _ := ParseDate(s); return v }
	tests := []struct {
		name     string
		old, new string // replaced in cadenceProduct
		asOf     string
		want     []string // each diagnostic's start, with file:line
	}{
		{"quarterly releases kept pass", "", "", "2025-07-01", nil},
		{"quarterly releases broken warn with the gap", "", "", "2025-08-01", []string{
			"p.toml:14: warning: postmarket.patching.release_cadence: a release of Pump is promised at least every 3 months (quarterly), but none came from 1.1 (2025-04-10) to the as-of date 2025-08-01, 3 months, while a version was supported",
		}},
		{"as needed promises no calendar", `release_cadence = "quarterly"`, `release_cadence = "as_needed"`, "2026-08-01", []string{
			`p.toml:13: warning: postmarket.patching.regular_cycle: the text promises a release cadence ("every quarter"), but postmarket.patching.release_cadence says as needed, no fixed calendar: make the two agree`,
		}},
		{"a cadence in the text only warns that nothing checks it", `release_cadence = "quarterly"` + "\n", "", "2025-07-01", []string{
			`p.toml:13: warning: postmarket.patching.regular_cycle: the text names a cadence ("every quarter") that postmarket.patching.release_cadence does not state`,
		}},
		{"text without a cadence passes", "A maintenance release every quarter.", "A maintenance release whenever a fix is due.", "2025-07-01", nil},
		{"a supplier's rhythm is no promise of the product's releases", "regular_cycle = \"A maintenance release every quarter.\"\nrelease_cadence = \"quarterly\"\n",
			"regular_cycle = \"Microsoft’s monthly security updates are validated and published within 30 days; the vendor's quarterly rollups too.\"\n", "2025-07-01", nil},
		{"the product's own rhythm beside a supplier's still warns", "regular_cycle = \"A maintenance release every quarter.\"\nrelease_cadence = \"quarterly\"\n",
			"regular_cycle = \"Microsoft's monthly updates are validated; a maintenance release every quarter.\"\n", "2025-07-01", []string{
				`p.toml:13: warning: postmarket.patching.regular_cycle: the text names a cadence ("every quarter") that postmarket.patching.release_cadence does not state`,
			}},
		{"the product's own name before its rhythm still warns", "regular_cycle = \"A maintenance release every quarter.\"\nrelease_cadence = \"quarterly\"\n",
			"regular_cycle = \"Pump's quarterly maintenance releases.\"\n", "2025-07-01", []string{
				`p.toml:13: warning: postmarket.patching.regular_cycle: the text names a cadence ("quarterly") that postmarket.patching.release_cadence does not state`,
			}},
		{"the manufacturer's name before its rhythm still warns", "regular_cycle = \"A maintenance release every quarter.\"\nrelease_cadence = \"quarterly\"\n",
			"regular_cycle = \"Acme's quarterly maintenance releases; Microsoft's monthly updates are validated.\"\n", "2025-07-01", []string{
				`p.toml:13: warning: postmarket.patching.regular_cycle: the text names a cadence ("quarterly") that postmarket.patching.release_cadence does not state`,
			}},
		{"a related system's own name before its rhythm still warns", "Maintenance releases whenever a fix is due.", "The Server's quarterly maintenance releases.", "2025-07-01", []string{
			`p.toml:20: warning: related_systems[0].patch_policy: the text promises a release cadence ("quarterly"), but related_systems[0].release_cadence says as needed`,
		}},
		{"a related system's yearly promise is held against its versions", `release_cadence = "as_needed"`, `release_cadence = "yearly"`, "2025-07-01", []string{
			"p.toml:21: warning: related_systems[0].release_cadence: a release of Server is promised at least every 12 months (yearly), but none came from 5.1 (2024-01-10) to the as-of date 2025-07-01, 17 months",
		}},
		{"a related system's quarterly prose against as needed warns", "Maintenance releases whenever a fix is due.", "Quarterly maintenance releases.", "2025-07-01", []string{
			`p.toml:20: warning: related_systems[0].patch_policy: the text promises a release cadence ("Quarterly"), but related_systems[0].release_cadence says as needed`,
		}},
		{"an unknown cadence fails at decoding", `release_cadence = "quarterly"`, `release_cadence = "every 3 months"`, "2025-07-01", []string{
			"p.toml:14: postmarket.patching.release_cadence: want one of as_needed, continuous, monthly, quarterly, half_yearly, yearly",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := cadenceProduct
			if tt.old != "" {
				if !strings.Contains(src, tt.old) {
					t.Fatalf("no %q in the product", tt.old)
				}
				src = strings.Replace(src, tt.old, tt.new, 1)
			}
			p := &Product{}
			diags, _ := func() (Diagnostics, bool) { _, ds, ok := DecodeTOML("p.toml", []byte(src), p); return ds, ok }()
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			diags = append(diags, ruleCadenceProse(&Site{Manufacturer: Manufacturer{Name: "Acme Medical, Inc."}}, p)...)
			diags = append(diags, RuleReleaseCadence(p, Date{}, d(tt.asOf))...)
			diags.Sort()
			var got []string
			for _, d := range diags {
				if !strings.Contains(d.Message, "missing required key") {
					got = append(got, d.String())
				}
			}
			wantPrefixes(t, got, tt.want)
		})
	}
}

func TestReleaseCadenceLabel(t *testing.T) {
	for c, want := range map[ReleaseCadence][2]any{
		"as_needed": {"As needed, no fixed calendar", 0}, "continuous": {"Continuous: deployed as soon as verified", 0},
		"quarterly": {"Quarterly", 3}, "half_yearly": {"Every six months", 6}, "": {"Not stated", 0},
	} {
		if c.Label() != want[0] || c.Months() != want[1] {
			t.Errorf("%q: %q %d, want %v", c, c.Label(), c.Months(), want)
		}
	}
	dc := DocumentControl{ReleaseDate: NewDate(2026, 2, 16), History: []Revision{{Date: NewDate(2023, 2, 6)}, {Date: NewDate(2026, 2, 16)}}}
	if got := dc.FirstIssued(); got != NewDate(2023, 2, 6) {
		t.Errorf("FirstIssued = %s", got)
	}
	if got := (DocumentControl{ReleaseDate: NewDate(2026, 2, 16)}).FirstIssued(); got != NewDate(2026, 2, 16) {
		t.Errorf("FirstIssued without history = %s", got)
	}
}

// TestReleaseGapsNoneMadeYet: releases all after the as-of date are
// planned, not made: no gap, and nothing to count from.
func TestReleaseGapsNoneMadeYet(t *testing.T) {
	planned := []Release{{"1.0", NewDate(2027, 1, 1), Date{}}, {"1.1", NewDate(2027, 6, 1), Date{}}}
	if gaps := ReleaseGaps(planned, 3, Date{}, NewDate(2026, 1, 1)); len(gaps) != 0 {
		t.Errorf("gaps %v, want none", gaps)
	}
	if gaps := ReleaseGaps(nil, 3, Date{}, NewDate(2026, 1, 1)); len(gaps) != 0 {
		t.Errorf("no releases: gaps %v, want none", gaps)
	}
}

// TestPromisedCadenceAfterAnothersRhythm: a text that first names another
// party's rhythm and then promises its own is the product's promise; one
// that names only another's is not.
func TestPromisedCadenceAfterAnothersRhythm(t *testing.T) {
	re := regexp.MustCompile(`(?i)\bquarterly\b`)
	for _, tc := range []struct {
		text, want string
	}{
		{"Unlike Microsoft's quarterly rollups, Halcyon releases come quarterly.", "quarterly"},
		{"Halcyon follows Microsoft's quarterly rollups.", ""},
		{"Meridian's quarterly releases.", "quarterly"},
	} {
		if got := promisedCadence(re, tc.text, "Halcyon LVP-7", "Meridian Infusion Systems"); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
