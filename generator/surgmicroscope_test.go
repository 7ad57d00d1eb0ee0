package generator

import (
	"strings"
	"testing"
)

// TestSurgmicroscopeFindings: the Aurion OM-7 review (round 2, findings
// 2-4). Its twice-yearly cycle is a field-service package of the OEM PC's
// firmware and Windows updates, not a release of the maker's software:
// check had insisted on release_cadence, and once set the documents gave
// "Every six months" as the release cadence beside releases 18 months
// apart; now check asks, and with the key left out the cycle stays in
// words. The lifecycle page's section 7 had called the BIOS entry, which
// gives only why its end of support is not known, an assessment of its
// support, against section 4. The risk report had called the media-only
// USB port plain "USB" where the CSD and the plan say "USB (media only)".
func TestSurgmicroscopeFindings(t *testing.T) {
	files, res := buildFixtureEdited(t, "surgmicroscope", "aurion-om7.toml", func(s string) string { return s + "\n# built by the test unchanged but for this line\n" })
	doc := func(rel string) string {
		t.Helper()
		s, ok := files["aurion-om7/"+rel]
		if !ok {
			t.Fatalf("no aurion-om7/%s in the built site", rel)
		}
		return s
	}
	for _, tc := range []struct {
		rel         string
		want, never []string
	}{
		{"csd.md",
			[]string{"| Software updates | Twice a year: Lindqvist field service installs a validated package"},
			[]string{"Every six months"}},
		{"security-plan.md",
			[]string{"| Regular release cadence | The regular update cycle below is stated in words only, not as a calendar cadence of releases."},
			[]string{"Every six months"}},
		{"lifecycle.md",
			[]string{"of version `2.4` that Lindqvist Surgical Optics AB annotates (1 of them with its own assessment of that support; for the other, only why its end of supplier support is not known)"},
			[]string{"(each with its own assessment of that support)"}},
		{"risk-report.md",
			[]string{"| USB export port | USB (media only) | Export of recordings"},
			[]string{"| USB export port | USB |"}},
	} {
		page := doc(tc.rel)
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: want %q", tc.rel, w)
			}
		}
		for _, n := range tc.never {
			if strings.Contains(page, n) {
				t.Errorf("%s: never %q", tc.rel, n)
			}
		}
	}
	const ask = `the text names a cadence ("Twice a year") that postmarket.patching.release_cadence does not state. Set postmarket.patching.release_cadence only if the text is how often the product's own versions are released`
	var asked bool
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, ask) && strings.Contains(d.Message, "if it is another cycle (operating-system or third-party update packages, patches that are no new version, service visits), or if the product data do not say which, leave it unset") {
			asked = true
		}
		if strings.Contains(d.Message, "promises a release cadence") {
			t.Errorf("check insists on a release cadence: %s", d.Message)
		}
	}
	if !asked {
		t.Errorf("no warning asking whether the regular cycle is the release cadence; got %d warnings", len(res.Warnings))
	}
}
