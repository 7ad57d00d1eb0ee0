package content

import (
	"slices"
	"strings"
	"testing"
)

// TestPlatformOutlook: a version's platforms are singled out only from
// the dates written, both ways: past or within twelve months of the
// vendor's end of support on the date, or ending before the version's
// own; an end of support not written is never counted as past nor as
// ending first; a version without platforms has no outlook.
func TestPlatformOutlook(t *testing.T) {
	d := func(s string) Date { v, _ := ParseDate(s); return v }
	labels := func(l []PlatformDate) []string {
		var out []string
		for _, e := range l {
			out = append(out, e.Label+" "+e.On.String())
		}
		return out
	}
	ids := func(l []Part) []string {
		var out []string
		for _, pt := range l {
			out = append(out, pt.ID)
		}
		return out
	}
	tests := []struct {
		name                   string
		src, version, on, ends string
		onEnded, ended, ending []string
		before                 []string
		by                     string
	}{
		{"only platform past its end", platformBase + win10, "1.0", "2026-03-02", "2027-01-04",
			[]string{"pc", "server"}, []string{"Windows 10 Pro 22H2 2025-10-14"}, nil, nil, ""},
		{"before its end, nothing past", platformBase + win10, "1.0", "2025-01-02", "2027-01-04",
			nil, nil, []string{"Windows 10 Pro 22H2 2025-10-14"}, []string{"pc", "server"}, "2025-10-14"},
		{"long before: only ends before the version's", platformBase + win10, "1.0", "2023-01-02", "2027-01-04",
			nil, nil, nil, []string{"pc", "server"}, "2025-10-14"},
		{"version's end not set: nothing compared", platformBase + win10, "1.0", "2023-01-02", "",
			nil, nil, nil, nil, ""},
		{"version ends first", platformBase + win10, "1.0", "2023-01-02", "2025-06-30",
			nil, nil, nil, nil, ""},
		{"one of two within a year", platformBase + win10 + win11For20, "2.0", "2026-03-02", "2028-01-03",
			nil, nil, []string{"Windows 11 Pro 24H2 2026-10-13"}, []string{"pc", "server"}, "2027-10-12"},
		{"end not written: neither past nor first", platformBase + strings.Replace(win10, `{ version = "22H2", end_of_support = 2025-10-14 }`, `{ version = "22H2" }`, 1), "1.0", "2026-03-02", "2027-01-04",
			nil, nil, nil, nil, ""},
		{"one written, one not: not ending first", platformBase + strings.Replace(win10, `{ version = "22H2", end_of_support = 2025-10-14 }`, `{ version = "21H2", end_of_support = 2024-06-11 }, { version = "22H2" }`, 1), "1.0", "2026-03-02", "2027-01-04",
			nil, nil, nil, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, tc.src)
			noPlatformErrors(t, diags)
			var ends Date
			if tc.ends != "" {
				ends = d(tc.ends)
			}
			o := p.PlatformOutlookOf(tc.version, d(tc.on), ends, false)
			if o == nil {
				t.Fatal("no outlook for a version with platforms")
			}
			if got := ids(o.OnEnded); !slices.Equal(got, tc.onEnded) {
				t.Errorf("OnEnded = %v, want %v", got, tc.onEnded)
			}
			if got := labels(o.Ended); !slices.Equal(got, tc.ended) {
				t.Errorf("Ended = %v, want %v", got, tc.ended)
			}
			if got := labels(o.Ending); !slices.Equal(got, tc.ending) {
				t.Errorf("Ending = %v, want %v", got, tc.ending)
			}
			if got := ids(o.EndBefore); !slices.Equal(got, tc.before) {
				t.Errorf("EndBefore = %v, want %v", got, tc.before)
			}
			if tc.by != "" && o.EndBeforeBy.String() != tc.by {
				t.Errorf("EndBeforeBy = %s, want %s", o.EndBeforeBy, tc.by)
			}
			if want := tc.onEnded != nil || tc.ending != nil || tc.before != nil; o.Flagged() != want {
				t.Errorf("Flagged = %v, want %v", o.Flagged(), want)
			}
		})
	}
	p, _ := loadParts(t, platformBase)
	if o := p.PlatformOutlookOf("1.0", d("2026-03-02"), d("2027-01-04"), false); o != nil {
		t.Errorf("a version without platforms has an outlook: %+v", o)
	}
}
