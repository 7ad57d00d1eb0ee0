package content

import (
	"strings"
	"testing"
)

// TestNoticeUpgradeToOwnVersion: a component end-of-support notice about
// 4.2.1 (the example's ceos-linux-6.6-openssl-3.0) offered a software-only
// "upgrade" to 4.2.1, which its readers run already, and check said
// nothing; only an end-of-life or end-of-support notice's path to a
// version it retires was refused. check now warns of a component
// notice's path to one of its own versions; a path to a later version
// raises nothing, and the retired-version error stays as it was.
func TestNoticeUpgradeToOwnVersion(t *testing.T) {
	const warn = "warning: notices[0].upgrade_paths[0].to_version: 1.0 is one of the versions this notice is about"
	component := func(s string) string {
		return strings.Replace(s, `kind = "end_of_support"`, `kind = "component_end_of_support"`, 1)
	}
	toOwn := func(s string) string { return strings.Replace(s, `to_version = "2.0"`, `to_version = "1.0"`, 1) }
	for _, tc := range []struct {
		name, src string
		want      string // a diagnostic containing this must be present ("" = none)
		absent    string // no diagnostic may contain this
	}{
		{"component notice, path to its own version", lifecycleBase + toOwn(component(notice(""))),
			"p.toml:54: " + warn + ", so the path leads its readers to the version they already run", "versions this notice retires"},
		{"component notice, path to a later version", lifecycleBase + component(notice("")), "", "upgrade_paths"},
		{"end-of-support notice, path to its own version", lifecycleBase + toOwn(notice("")),
			"p.toml:54: notices[0].upgrade_paths[0].to_version: 1.0 is one of the versions this notice retires", "versions this notice is about"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			all := strings.Join(got, "\n")
			if tc.want != "" && !strings.Contains(all, tc.want) {
				t.Errorf("no diagnostic containing\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if tc.absent != "" && strings.Contains(all, tc.absent) {
				t.Errorf("unexpected diagnostic containing %q:\n  %s", tc.absent, strings.Join(got, "\n  "))
			}
		})
	}
}
