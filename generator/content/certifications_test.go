package content

import (
	"strings"
	"testing"
)

// certBase has three versions and a related system whose version 5.3 is
// also a device version's number.
const certBase = `schema_version = 2
[[versions]]
version = "4.1.0"
general_availability = 2023-01-01
[[versions]]
version = "4.2.1"
general_availability = 2025-01-01
[[versions]]
version = "5.3"
general_availability = 2026-01-01
[[related_systems]]
id = "connect"
name = "Connect"
part = "srv"
[[related_systems.versions]]
version = "5.3"
`

// cert is a [[certifications]] entry with the scope and extra lines given.
func cert(scope, extra string) string {
	return "[[certifications]]\nname = \"UL 2900-2-1\"\nbody = \"UL\"\ndate = 2025-04-18\nscope = \"" + scope + "\"\n" + extra
}

func TestCertificationValidation(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // a diagnostic starting with this must be present ("" = none of absent may be present)
		absent    string // no diagnostic may contain this
	}{
		{"known versions", certBase + cert("Software 4.2.1", `versions = ["4.2.1"]`+"\n"), "", "certifications["},
		{"unknown version: an error at the key", certBase + cert("Software 4.2.1", `versions = ["4.2.1", "4.9"]`+"\n"),
			`p.toml:22: certifications[0].versions[1]: unknown version "4.9" (want one of 4.1.0, 4.2.1, 5.3)`, ""},
		{"scope names a version, versions not written", certBase + cert("Software 4.2.1 with Connect", ""),
			"p.toml:21: warning: certifications[0].scope: names version 4.2.1, but versions is not written: the certification then counts for every version, in the CSD of any version", ""},
		{"scope names a version versions leaves out", certBase + cert("Software 4.1.0 and 4.2.1", `versions = ["4.2.1"]`+"\n"),
			"p.toml:21: warning: certifications[0].scope: names version 4.1.0, which versions (4.2.1) does not list: the CSD of 4.1.0 leaves the certification out", ""},
		{"scope names no version, versions not written", certBase + cert("The development process for the product line", ""), "", "certifications["},
		{"scope names every version, versions not written", certBase + cert("Software 4.1.0, 4.2.1 and 5.3", ""), "", "certifications["},
		{"scope names two of three versions, versions not written", certBase + cert("Software 4.1.0 and 4.2.1", ""),
			"p.toml:21: warning: certifications[0].scope: names versions 4.1.0, 4.2.1, but versions is not written", ""},
		// The MDS2 form is built: the warning names both documents.
		{"both documents read it", certBase + "[mds2]\nother = \"None.\"\n" + cert("Software 4.1.0", `versions = ["4.2.1"]`+"\n"),
			"p.toml:23: warning: certifications[0].scope: names version 4.1.0, which versions (4.2.1) does not list: the CSD and MDS2 form (SAHD-2) of 4.1.0 leave the certification out", ""},
		// 5.3 is also the related system's version: "Connect 5.3" is not
		// the device's.
		{"a related system's version in the scope", certBase + cert("Connect 5.3", `versions = ["4.2.1"]`+"\n"), "", "certifications["},
		{"a longer version is not the version", certBase + cert("Software 4.2.10 and 14.1.0 and 4.2.1-rc1", ""), "", "certifications["},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			if tc.want != "" && !strings.Contains("\n"+strings.Join(got, "\n"), "\n"+tc.want) {
				t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if tc.absent != "" {
				for _, g := range got {
					if strings.Contains(g, tc.absent) {
						t.Errorf("unexpected diagnostic %s", g)
					}
				}
			}
		})
	}
}

func TestNamesVersion(t *testing.T) {
	for _, tc := range []struct {
		text, ver string
		want      bool
	}{
		{"Halcyon LVP-7 software 4.2.1 with Halcyon Connect 5.3", "4.2.1", true},
		{"software 4.2.1.", "4.2.1", true},
		{"software v4.2.1", "4.2.1", true},
		{"(4.2.1)", "4.2.1", true},
		{"software 4.2.10", "4.2.1", false},
		{"software 14.2.1", "4.2.1", false},
		{"software 4.2.1-rc1", "4.2.1", false},
		{"software 4.2.1.3", "4.2.1", false},
		{"rev4.2.1", "4.2.1", false},
		{"IEC 81001-5-1:2021", "2021", false}, // no dot: not looked for
		{"IEC 62443-4-1:2018.1", "2018.1", false},
		{"4.2.1", "4.2.1", true},
		{"after 4.2.10, 4.2.1", "4.2.1", true},
	} {
		if got := namesVersion(tc.text, tc.ver); got != tc.want {
			t.Errorf("namesVersion(%q, %q) = %v, want %v", tc.text, tc.ver, got, tc.want)
		}
	}
}

func TestCertificationsFor(t *testing.T) {
	p := &Product{Certifications: []Certification{
		{Name: "UL 2900-2-1", Versions: []string{"4.2.1"}},
		{Name: "IEC 81001-5-1"},
	}}
	names := func(cs []Certification) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return strings.Join(out, ", ")
	}
	for _, tc := range []struct{ version, want string }{
		{"4.1.0", "IEC 81001-5-1"},
		{"4.2.1", "UL 2900-2-1, IEC 81001-5-1"},
		{"", "UL 2900-2-1, IEC 81001-5-1"},
	} {
		if got := names(p.CertificationsFor(tc.version)); got != tc.want {
			t.Errorf("CertificationsFor(%q) = %s, want %s", tc.version, got, tc.want)
		}
	}
}
