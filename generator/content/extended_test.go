package content

import (
	"strings"
	"testing"
)

// TestExtendedSupportValidate: a version's paid extended support follows
// its end of support and says what it gives and to whom; without that,
// the documents would promise updates to every customer. A well-formed one
// is no error.
func TestExtendedSupportValidate(t *testing.T) {
	const head = "schema_version = 2\n[[versions]]\nversion = \"3.4\"\ngeneral_availability = 2014-05-12\n"
	for _, tc := range []struct{ name, src, want string }{
		{"until without end_of_support", head + "extended_support_until = 2026-09-30\nextended_support = \"Security updates for a fee.\"\n",
			`p.toml:5: versions[0].extended_support_until: extended_support_until (2026-09-30) without end_of_support`},
		{"until on end_of_support", head + "end_of_support = 2026-09-30\nextended_support_until = 2026-09-30\nextended_support = \"Security updates for a fee.\"\n",
			`p.toml:6: versions[0].extended_support_until: extended_support_until (2026-09-30) is not after end_of_support (2026-09-30)`},
		{"until without terms", head + "end_of_support = 2024-06-30\nextended_support_until = 2026-09-30\n",
			`p.toml:2: versions[0].extended_support: missing: say what the extended support programme gives and to whom`},
		{"terms without until", head + "end_of_support = 2024-06-30\nextended_support = \"Security updates for a fee.\"\n",
			`p.toml:6: versions[0].extended_support: extended_support without extended_support_until`},
		{"valid", head + "end_of_support = 2024-06-30\nextended_support_until = 2026-09-30\nextended_support = \"Security updates for a fee.\"\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) { wantDecoded(t, tc.src, tc.want, "extended_support") })
	}
}

// TestExtendedSupportStage: the version is in extended support from its
// end of support until the programme's end, and its next milestone then is
// that end; the stage stays End of Support all along (the end for every
// customer who does not pay).
func TestExtendedSupportStage(t *testing.T) {
	d := func(s string) Date {
		x, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	v := Version{Version: "3.4", GeneralAvailability: d("2014-05-12"), EndOfSupport: d("2024-06-30"), ExtendedSupportUntil: d("2026-09-30"), ExtendedSupport: "x"}
	for _, tc := range []struct {
		on       string
		in, done bool
		stage    string
		next     string
	}{
		{"2024-06-29", false, false, "Support", "end_of_support"},
		{"2024-06-30", true, false, "End of Support", "extended_support_until"},
		{"2026-09-29", true, false, "End of Support", "extended_support_until"},
		{"2026-09-30", false, true, "End of Support", ""},
	} {
		on := d(tc.on)
		if got := v.InExtendedSupport(on); got != tc.in {
			t.Errorf("%s: InExtendedSupport = %v, want %v", tc.on, got, tc.in)
		}
		if got := v.ExtendedSupportEnded(on); got != tc.done {
			t.Errorf("%s: ExtendedSupportEnded = %v, want %v", tc.on, got, tc.done)
		}
		if got := v.Stage(on); got != tc.stage {
			t.Errorf("%s: Stage = %q, want %q", tc.on, got, tc.stage)
		}
		if got := v.NextMilestone(on).Key; got != tc.next {
			t.Errorf("%s: NextMilestone = %q, want %q", tc.on, got, tc.next)
		}
	}
}

// TestExtendedSupportDocumented: a version in paid extended support gets
// its own CSD and MDS2 form (documents.versions = "supported") while the
// programme runs: the customers in it still run the version. Before, a
// version past its end of support got none, leaving them nothing; after
// the programme's end it again gets none, and a version past its end of
// support without a programme never does.
func TestExtendedSupportDocumented(t *testing.T) {
	p := &Product{Documents: Documents{Versions: "supported"}, Versions: []Version{
		{Version: "3.4", GeneralAvailability: NewDate(2014, 5, 12), EndOfSupport: NewDate(2024, 6, 30), ExtendedSupportUntil: NewDate(2026, 9, 30), ExtendedSupport: "Security updates for a fee."},
		{Version: "3.9", GeneralAvailability: NewDate(2016, 1, 1), EndOfSupport: NewDate(2024, 6, 30)},
		{Version: "5.0", GeneralAvailability: NewDate(2023, 2, 6)},
	}}
	for _, tc := range []struct {
		on   Date
		want string
	}{
		{NewDate(2024, 6, 29), "3.4 3.9"}, // both supported
		{NewDate(2024, 6, 30), "3.4"},     // the programme starts on the end of support
		{NewDate(2026, 9, 29), "3.4"},     // its last day
		{NewDate(2026, 9, 30), ""},        // ended
	} {
		var got []string
		for _, v := range p.OtherSupportedVersions(tc.on) {
			got = append(got, v.Version)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("on %s: %q, want %q", tc.on, got, tc.want)
		}
		if v := p.Versions[0]; v.DocumentedOn(tc.on) != strings.Contains(tc.want, "3.4") {
			t.Errorf("on %s: 3.4 DocumentedOn = %v", tc.on, v.DocumentedOn(tc.on))
		}
	}
}
