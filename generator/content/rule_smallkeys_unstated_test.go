package content

import (
	"strings"
	"testing"
)

// TestRuleSmallKeysUnstated: a platform without versions and a security
// setting without changed_by are each named, with the documents that then
// say what is not stated; written, or with no document printing them,
// nothing is said. A site file without manufacturer.address is told so
// once; one with it, nothing.
func TestRuleSmallKeysUnstated(t *testing.T) {
	const parts = "[[parts]]\nid = \"client\"\nname = \"Client\"\nruns = \"customer_device\"\n"
	const platform = "[[platforms]]\nname = \"Windows 11\"\nvendor = \"Microsoft\"\nparts = [\"client\"]\n"
	const setting = "[[security_settings]]\nname = \"TLS\"\ndefault = \"Off\"\n"
	tests := []struct {
		name, src string
		want      []string // the diagnostics' starts, in order; none for nil
	}{
		{"platform with versions", parts + platform + "versions = [{ version = \"23H2\" }]\n", nil},
		{"platform without versions", parts + platform,
			[]string{"p.toml:7: warning: platforms[0]: Windows 11: versions not written: the security plan, the CSD and the lifecycle page name Windows 11 alone and say which of its versions the product supports is not stated"}},
		{"platform without versions, CSD only", "[documents]\nbuild = [\"csd\"]\n" + parts + platform,
			[]string{"p.toml:9: warning: platforms[0]: Windows 11: versions not written: the CSD names Windows 11 alone and says"}},
		{"platform without versions, MDS2 only", "[documents]\nbuild = [\"mds2\"]\n" + parts + platform, nil},
		{"setting with changed_by", setting + "changed_by = \"Administrator\"\n", nil},
		{"setting without changed_by", setting,
			[]string{"p.toml:3: warning: security_settings[0]: TLS: changed_by not written: the CSD's settings table says Not stated"}},
		{"setting without changed_by, no CSD", "[documents]\nbuild = [\"security_plan\"]\n" + setting, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
			got := ruleSmallKeysUnstated(p)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v; want %d diagnostics %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i].String(), w) || got[i].Severity != Warning {
					t.Errorf("got %q; want a warning starting %q", got[i].String(), w)
				}
			}
		})
	}
}
