package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// relatedSupportProduct is a device with versions 1.0 (end of life
// 2026-06-30, end of support 2027-06-30) and 2.0 (end of support
// 2030-06-30) and a server whose 4.2 (until 2025-06-30) works with 1.0
// and 5.3 (until 2031-06-30) with both: device_versions on lines 19 and
// 24.
const relatedSupportProduct = `schema_version = 2
id = "p"
[[versions]]
version = "1.0"
general_availability = 2024-01-01
end_of_life = 2026-06-30
end_of_support = 2027-06-30
[[versions]]
version = "2.0"
general_availability = 2025-01-01
end_of_support = 2030-06-30
[[related_systems]]
id = "srv"
name = "Server"
kind = "server_software"
runs = "customer_hosted"
[[related_systems.versions]]
version = "4.2"
device_versions = ["1.0"]
general_availability = 2023-06-01
end_of_support = 2025-06-30
[[related_systems.versions]]
version = "5.3"
device_versions = ["1.0", "2.0"]
general_availability = 2025-01-01
end_of_support = 2031-06-30
`

// Edits of relatedSupportProduct's lines.
const (
	old42 = `device_versions = ["1.0"]`
	old53 = `device_versions = ["1.0", "2.0"]`
)

func TestRuleRelatedSupport(t *testing.T) {
	tests := []struct {
		name string
		edit []string // old, new pairs replaced in relatedSupportProduct
		asOf string
		want []string // each diagnostic's start, with file:line
	}{
		{"every supported version has a supported server version", nil, "2026-01-01", nil},
		{"the current version only on an ended server version", []string{old53, `device_versions = ["1.0"]`, old42 + "\n", `device_versions = ["1.0", "2.0"]` + "\n"}, "2026-01-01", []string{
			"p.toml:19: warning: related_systems[0].versions[0].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (4.2) ended its support on 2025-06-30, before the as-of date 2026-01-01: a supported device on an unsupported Server (IMDRF N70)",
		}},
		{"the same before the server version ends: it ends before the device's end of support", []string{old53, `device_versions = ["1.0"]`, old42 + "\n", `device_versions = ["1.0", "2.0"]` + "\n"}, "2025-03-01", []string{
			"p.toml:19: warning: related_systems[0].versions[0].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (4.2) is supported only until 2025-06-30: until the device's end of support it would depend on an unsupported Server (IMDRF N70)",
		}},
		{"the server versions end before the device's end of support", []string{"end_of_support = 2031-06-30", "end_of_support = 2029-06-30"}, "2026-01-01", []string{
			"p.toml:24: warning: related_systems[0].versions[1].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (5.3) is supported only until 2029-06-30",
		}},
		{"the longest-supported of several versions decides", []string{"end_of_support = 2030-06-30", "end_of_support = 2031-06-30", old42, `device_versions = ["1.0", "2.0"]`}, "2025-03-01", nil},
		{"a server version with no end of support announced covers any date", []string{"end_of_support = 2031-06-30\n", ""}, "2026-01-01", nil},
		{"a supported version no server version works with", []string{old53, `device_versions = ["1.0"]`}, "2026-01-01", []string{
			"p.toml:9: warning: versions[1].version: software 2.0 is supported until 2030-06-30, but no version of Server states that it works with it, while Server 4.2, 5.3 state the software versions each works with",
		}},
		{"a server version that states nothing is named, not counted as incompatible", []string{old53 + "\n", ""}, "2026-01-01", []string{
			"p.toml:9: warning: versions[1].version: software 2.0 is supported until 2030-06-30, but no version of Server states that it works with it, while Server 4.2 states the software versions it works with: add 2.0 to the device_versions of the Server versions that work with it (Server 5.3 states no device versions",
			"p.toml:19: warning: related_systems[0].versions[0].device_versions: software 1.0 is supported until 2027-06-30, but the Server version that works with it (4.2) ended its support on 2025-06-30, before the as-of date 2026-01-01: a supported device on an unsupported Server (IMDRF N70); list a supported version of Server that works with 1.0 (Server 5.3 states no device versions: say whether it works with 1.0)",
		}},
		{"a server none of whose versions states device versions is not checked", []string{old53 + "\n", "", old42 + "\n", ""}, "2026-01-01", nil},
		{"a version in Limited Support is checked", []string{old53, `device_versions = ["2.0"]`}, "2026-08-01", []string{
			"p.toml:19: warning: related_systems[0].versions[0].device_versions: software 1.0 is supported until 2027-06-30, but the Server version that works with it (4.2) ended its support on 2025-06-30",
		}},
		{"a version past its end of support is history", []string{old53, `device_versions = ["2.0"]`}, "2027-07-01", nil},
		{"a planned version is not checked", []string{old53, `device_versions = ["1.0"]`}, "2024-06-01", nil},
		{"a version with no end of support announced on an ended server version", []string{"end_of_support = 2030-06-30\n", "", old53, `device_versions = ["1.0"]`, old42 + "\n", `device_versions = ["1.0", "2.0"]` + "\n"}, "2026-01-01", []string{
			"p.toml:18: warning: related_systems[0].versions[0].device_versions: software 2.0 is in Support on 2026-01-01 with no end of support announced, but the Server version that works with it (4.2) ended its support on 2025-06-30",
		}},
		{"a version with no end of support announced is not held to a server's later end", []string{"end_of_support = 2030-06-30\n", ""}, "2026-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := relatedSupportProduct
			for i := 0; i < len(tt.edit); i += 2 {
				if !strings.Contains(src, tt.edit[i]) {
					t.Fatalf("no %q in the product", tt.edit[i])
				}
				src = strings.Replace(src, tt.edit[i], tt.edit[i+1], 1)
			}
			p := &Product{}
			if _, ds, ok := DecodeTOML("p.toml", []byte(src), p); !ok { // missing keys of other documents do not matter
				t.Fatalf("decoding: %v", ds)
			}
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			asOf, err := ParseDate(tt.asOf)
			if err != nil {
				t.Fatal(err)
			}
			diags := RuleRelatedSupport(p, asOf)
			diags.Sort()
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			wantPrefixes(t, got, tt.want)
		})
	}
}

// TestRunsRelatedSupport: the rule runs in one document, the first of the
// CSD, the plan and the lifecycle page that the product builds.
func TestRunsRelatedSupport(t *testing.T) {
	tests := []struct {
		build []string
		want  string
	}{
		{nil, "csd"},
		{[]string{"security_plan", "csd"}, "csd"},
		{[]string{"security_plan", "lifecycle"}, "security_plan"},
		{[]string{"lifecycle", "notices"}, "lifecycle"},
		{[]string{"notices"}, ""},
	}
	for _, tt := range tests {
		p := &Product{Documents: Documents{Build: tt.build}}
		for _, doc := range relatedSupportDocuments {
			if got := p.RunsRelatedSupport(doc); got != (doc == tt.want) {
				t.Errorf("build %v: RunsRelatedSupport(%q) = %v, want the rule run by %q", tt.build, doc, got, tt.want)
			}
		}
	}
}
