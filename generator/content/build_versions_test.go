package content

import (
	"strings"
	"testing"
)

// TestOtherSupportedVersions: with documents.versions = "supported", every
// released version other than the current one that is not past its end of
// support gets documents; without it, none does.
func TestOtherSupportedVersions(t *testing.T) {
	p := &Product{Documents: Documents{Versions: "supported"}, Versions: []Version{
		{Version: "1.0", GeneralAvailability: NewDate(2020, 1, 1), EndOfSupport: NewDate(2025, 6, 30)},
		{Version: "2.0", GeneralAvailability: NewDate(2023, 1, 1), EndOfSupport: NewDate(2027, 1, 1)},
		{Version: "2.5", GeneralAvailability: NewDate(2024, 1, 1)}, // no end of support stated: supported
		{Version: "3.0", GeneralAvailability: NewDate(2025, 1, 1), EndOfSupport: NewDate(2030, 1, 1)},
		{Version: "4.0", GeneralAvailability: NewDate(2027, 1, 1)}, // not released yet
	}}
	names := func(d Date) string {
		var out []string
		for _, v := range p.OtherSupportedVersions(d) {
			out = append(out, v.Version)
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		asOf Date
		want string
	}{
		{NewDate(2025, 6, 29), "1.0 2.0 2.5"}, // 1.0's last day of support
		{NewDate(2025, 6, 30), "2.0 2.5"},     // 1.0 ends on its end-of-support date
		{NewDate(2026, 12, 31), "2.0 2.5"},    // 4.0 not yet released
		{NewDate(2027, 1, 1), "2.5 3.0"},      // 4.0 current, 2.0 ended
		{NewDate(2019, 1, 1), ""},             // nothing released
	} {
		if got := names(tc.asOf); got != tc.want {
			t.Errorf("as of %s: %q, want %q", tc.asOf, got, tc.want)
		}
	}
	p.Documents.Versions = ""
	if got := names(NewDate(2025, 6, 29)); got != "" {
		t.Errorf("documents.versions unset: %q, want none (current only)", got)
	}
}

// TestVersionFolderNames: a version that names a folder must be a plain
// path segment, reported at its key; without documents.versions =
// "supported" no version names a folder and any string is accepted.
func TestVersionFolderNames(t *testing.T) {
	for _, tc := range []struct {
		version, versions string
		bad               bool
	}{
		{"4.1.0", "supported", false},
		{"v4.1-rc_2", "supported", false},
		{"../x", "supported", true},
		{"4.1 LTS", "supported", true},
		{".hidden", "supported", true},
		{"notices", "supported", true},
		{"4.1 LTS", "current", false},
		{"../x", "", false},
	} {
		src := "schema_version = 2\nid = \"p\"\n[documents]\nversions = \"" + tc.versions + "\"\n[[versions]]\nversion = \"" + tc.version + "\"\ngeneral_availability = 2024-01-01\n"
		if tc.versions == "" {
			src = strings.Replace(src, "versions = \"\"\n", "", 1)
		}
		_, diags := loadParts(t, src)
		got := false
		for _, d := range diags {
			if d.Path == "versions[0].version" && strings.Contains(d.Message, "cannot name the folder") {
				got = true
				if d.Line != 6 {
					t.Errorf("%q reported at line %d, want 6", tc.version, d.Line)
				}
			}
		}
		if got != tc.bad {
			t.Errorf("version %q with documents.versions %q: reported %v, want %v", tc.version, tc.versions, got, tc.bad)
		}
	}
}
