package content

import (
	"slices"
	"strings"
	"testing"
)

// TestPlatformOutlookNamesEveryEndedPlatformVersion: the dental imaging
// plan said only that Windows 11 Pro 24H2's support ends within twelve
// months, while Windows 10 Pro 22H2 and Windows 11 Pro 23H2, on which
// the version also runs, were past their vendor's end of support: Ended
// was filled only when every platform version of a part had ended. Each
// platform version past its end is now named, in Ended beside the parts
// on ended platforms only, else in AlsoEnded; one not past it, or with no
// end written, never is.
func TestPlatformOutlookNamesEveryEndedPlatformVersion(t *testing.T) {
	d := func(s string) Date { v, _ := ParseDate(s); return v }
	labels := func(l []PlatformDate) []string {
		var out []string
		for _, e := range l {
			out = append(out, e.Label+" "+e.On.String())
		}
		return out
	}
	three := strings.Replace(win10, `versions = [{ version = "22H2", end_of_support = 2025-10-14 }]`,
		`versions = [{ version = "22H2", end_of_support = 2025-10-14 }, { version = "23H2", end_of_support = 2025-11-11 }, { version = "24H2", end_of_support = 2026-10-13 }, { version = "25H2" }]`, 1)
	// The PCs run on Windows 10 only (ended); the server on two
	// Windows Server versions, one ended.
	split := strings.Replace(win10, `parts = ["pc", "server"]`, `parts = ["pc"]`, 1) + `
[[platforms]]
name = "Windows Server"
parts = ["server"]
versions = [{ version = "2016", end_of_support = 2027-01-12 }, { version = "2012 R2", end_of_support = 2023-10-10 }]
`
	for _, tc := range []struct {
		name, src, on    string
		ended, alsoEnded []string
		ending           []string
		onEnded          []string
		speaks           bool
	}{
		{"two of four past their end", platformBase + three, "2026-03-02",
			nil, []string{"Windows 10 Pro 22H2 2025-10-14", "Windows 10 Pro 23H2 2025-11-11"}, []string{"Windows 10 Pro 24H2 2026-10-13"}, nil, true},
		{"none past yet", platformBase + three, "2025-01-02",
			nil, nil, []string{"Windows 10 Pro 22H2 2025-10-14", "Windows 10 Pro 23H2 2025-11-11"}, nil, true},
		{"long before: nothing to say", platformBase + three, "2023-01-02",
			nil, nil, nil, nil, false},
		{"every one past: Ended, not AlsoEnded", platformBase + win10, "2026-03-02",
			[]string{"Windows 10 Pro 22H2 2025-10-14"}, nil, nil, []string{"pc", "server"}, true},
		{"one part's platform ended, the other's in part", platformBase + split, "2026-03-02",
			[]string{"Windows 10 Pro 22H2 2025-10-14"}, []string{"Windows Server 2012 R2 2023-10-10"}, []string{"Windows Server 2016 2027-01-12"}, []string{"pc"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, tc.src)
			noPlatformErrors(t, diags)
			o := p.PlatformOutlookOf("1.0", d(tc.on), Date{}, false)
			if o == nil {
				t.Fatal("no outlook for a version with platforms")
			}
			if got := labels(o.Ended); !slices.Equal(got, tc.ended) {
				t.Errorf("Ended = %v, want %v", got, tc.ended)
			}
			if got := labels(o.AlsoEnded); !slices.Equal(got, tc.alsoEnded) {
				t.Errorf("AlsoEnded = %v, want %v", got, tc.alsoEnded)
			}
			if got := labels(o.Ending); !slices.Equal(got, tc.ending) {
				t.Errorf("Ending = %v, want %v", got, tc.ending)
			}
			var on []string
			for _, pt := range o.OnEnded {
				on = append(on, pt.ID)
			}
			if !slices.Equal(on, tc.onEnded) {
				t.Errorf("OnEnded = %v, want %v", on, tc.onEnded)
			}
			if o.Speaks() != tc.speaks {
				t.Errorf("Speaks = %v, want %v", o.Speaks(), tc.speaks)
			}
		})
	}
}
