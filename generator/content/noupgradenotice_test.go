package content

import (
	"fmt"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// noticeProduct decodes a product of versions 6.0 and 6.1 with one
// notice about 6.1 of the given kind whose upgrade paths are written as
// paths ("" leaves the key out).
func noticeProduct(t *testing.T, kind, paths string) *Product {
	t.Helper()
	src := "schema_version = 2\n[[versions]]\nversion = \"6.0\"\n[[versions]]\nversion = \"6.1\"\n" +
		"[[notices]]\nid = \"n\"\nkind = \"" + kind + "\"\nversions = [\"6.1\"]\n"
	if paths != "" {
		src += "upgrade_paths = " + paths + "\n"
	}
	p := &Product{}
	if _, diags, ok := DecodeTOML("p.toml", []byte(src), p); !ok {
		t.Fatalf("decode: %v", diags)
	}
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	return p
}

// TestNoUpgradeNoticeIsTheVersionsOwn: the CT scanner's plan and
// lifecycle page said "no upgrade is offered from version 6.1, the last
// version" at its end of support because a notice of .NET 6's end of
// support under 6.1 wrote upgrade_paths = [] (the release that replaces
// .NET 6 is still to come), while the CSD says the maker offers an
// upgrade. A component's or a security notice's empty list speaks for
// that notice only; only the version's own end-of-life or end-of-support
// notice says that nothing follows the last version.
func TestNoUpgradeNoticeIsTheVersionsOwn(t *testing.T) {
	path := `[{ kind = "software_only", to_version = "6.0", description = "d" }]`
	for _, tc := range []struct {
		kind, paths string
		want        bool
	}{
		{"end_of_life", "[]", true},
		{"end_of_support", "[]", true},
		{"component_end_of_support", "[]", false},
		{"security", "[]", false},
		{"end_of_support", "", false},
		{"end_of_support", path, false},
	} {
		t.Run(fmt.Sprintf("%s %q", tc.kind, tc.paths), func(t *testing.T) {
			p := noticeProduct(t, tc.kind, tc.paths)
			if got := p.NoUpgradeNotice() != nil; got != tc.want {
				t.Errorf("NoUpgradeNotice found: %v; want %v", got, tc.want)
			}
			if got := p.NoUpgradeFrom() != nil; got != tc.want {
				t.Errorf("NoUpgradeFrom found: %v; want %v", got, tc.want)
			}
			if tc.want && p.NoUpgradeFrom().Version != "6.1" {
				t.Errorf("NoUpgradeFrom = %s; want 6.1", p.NoUpgradeFrom().Version)
			}
		})
	}
}

// TestComponentNoticeUpgradePathsMissing: upgrade_paths is required on a
// component's notice as on a version's, but there an empty list is no
// more than "none yet" and does not rule out an upgrade at the version's
// own end of support (TestNoUpgradeNoticeIsTheVersionsOwn): the error
// says so to the author of a component's notice only.
func TestComponentNoticeUpgradePathsMissing(t *testing.T) {
	const src = "schema_version = 2\nname = \"P\"\n[[versions]]\nversion = \"6.1\"\ngeneral_availability = 2024-01-01\n[[notices]]\nid = \"n\"\nkind = \"%s\"\nversions = [\"6.1\"]\n"
	for _, tc := range []struct{ kind, want string }{
		{"component_end_of_support", "p.toml:6: notices[0].upgrade_paths: missing: every component_end_of_support notice states the upgrade paths offered (upgrade_paths = [] when none is offered yet; that speaks for this notice only, not for the end of support of the versions it concerns)"},
		{"end_of_support", "p.toml:6: warning: notices[0].upgrade_paths: not stated: IMDRF N70 asks a notice for the upgrade paths offered, so the notice says which upgrade path is offered is not stated (upgrade_paths = [] when none is offered)"},
	} {
		t.Run(tc.kind, func(t *testing.T) { wantDecoded(t, fmt.Sprintf(src, tc.kind), tc.want, "upgrade_paths") })
	}
}
