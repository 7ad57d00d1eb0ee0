package lifecycle

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentNoticesOfTheirVersions: in lifecycle.json a component
// carries a notice only when the notice speaks of the component's
// version. The example's end-of-life notice of 4.1.0 is made to name
// CMSIS_5 5.9.0, which 4.2.1 has too, with the same purl, and its
// security advisory to announce a vulnerability of 4.1.0's CMSIS_5 and
// one of glibc under investigation in 4.1.0 and 4.2.1: 4.2.1's CMSIS_5
// carries neither notice, though the advisory is about 4.2.1 too, while
// 4.2.1's glibc carries the advisory, the notice of 4.2.1 stays on
// 4.2.1's components, and both notices still list CMSIS_5 among theirs.
func TestComponentNoticesOfTheirVersions(t *testing.T) {
	edit := func(s string) string {
		for _, r := range [][2]string{
			{"[[notices.components]]\nname = \"poky\"\nversion = \"4.0.9\"",
				"[[notices.components]]\nname = \"CMSIS_5\"\nversion = \"5.9.0\"\nconcern = \"Test.\"\n\n[[notices.components]]\nname = \"poky\"\nversion = \"4.0.9\""},
			{`vulnerabilities = ["CVE-2024-1086"]`, `vulnerabilities = ["CVE-2024-1086", "CVE-2024-6119", "CVE-2025-0395"]`},
			{"components = [{ name = \"openssl\", version = \"3.0.8\" }]\nversions = [\"4.1.0\"]\nstatus = \"affected\"",
				"components = [{ name = \"openssl\", version = \"3.0.8\" }, { name = \"CMSIS_5\", version = \"5.9.0\" }]\nversions = [\"4.1.0\"]\nstatus = \"affected\""},
		} {
			if !strings.Contains(s, r[0]) {
				t.Fatalf("the example no longer has %q", r[0])
			}
			s = strings.Replace(s, r[0], r[1], 1)
		}
		return s
	}
	site, dir := kindtest.CopyRepo(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", kindtest.Example+".toml", edit)
	env, p, _ := loadExample(t, site, dir)
	out, err := JSON(env, p)
	if err != nil {
		t.Fatal(err)
	}
	type component struct {
		Name, Version, PURL string
		Notices             []string
	}
	var doc struct {
		CurrentVersion string `json:"current_version"`
		Versions       []struct {
			Version   string
			Attention []component `json:"components_needing_attention"`
		}
		Components []component
		Notices    []struct {
			ID         string
			Components []string
		}
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.CurrentVersion != "4.2.1" {
		t.Fatalf("current version %q, want 4.2.1", doc.CurrentVersion)
	}
	named := map[string]bool{}
	for _, n := range doc.Notices {
		if slices.ContainsFunc(n.Components, func(c string) bool { return strings.Contains(c, "CMSIS_5") }) {
			named[n.ID] = true
		}
	}
	if !named["eol-4.1.0"] || !named["sa-2024-02"] {
		t.Fatalf("the edit did not take: notices naming CMSIS_5 %v", named)
	}
	found := false
	for _, c := range doc.Components {
		if c.Name == "CMSIS_5" {
			found = true
			if len(c.Notices) != 0 {
				t.Errorf("4.2.1's CMSIS_5 carries %v: no notice speaks of 4.2.1's CMSIS_5", c.Notices)
			}
		}
	}
	if !found {
		t.Fatalf("no CMSIS_5 among the current version's components: %+v", doc.Components)
	}
	for _, v := range doc.Versions {
		if v.Version != "4.2.1" {
			continue
		}
		for name, want := range map[string][]string{"linux-imx": {"ceos-linux-6.6-openssl-3.0"}, "glibc": {"sa-2024-02"}} {
			i := slices.IndexFunc(v.Attention, func(c component) bool { return c.Name == name })
			if i < 0 || !slices.Equal(v.Attention[i].Notices, want) {
				t.Errorf("4.2.1's components needing attention: %+v, want %s with %v", v.Attention, name, want)
			}
		}
	}
}

// TestNoticeScopeOf: which notices a component of a version carries, by
// kind of notice, both ways: a notice naming versions only in those, a
// notice naming none (a component notice may) in any version holding its
// components, a security notice only where an open entry of the version
// names the component.
func TestNoticeScopeOf(t *testing.T) {
	qt := sbom.Component{Name: "Qt", Version: "5.15.2", PURL: "pkg:generic/qt/qt@5.15.2"}
	s := noticeScope{
		notices: []content.Notice{
			{ID: "eos-3-4", Kind: "end_of_support", Versions: []string{"3.4"}},
			{ID: "ceos-qt", Kind: "component_end_of_support"},
			{ID: "sa", Kind: "security", Versions: []string{"3.4", "4.0"}},
		},
		concerned: map[string][]sbom.Component{"eos-3-4": {qt}, "ceos-qt": {qt}, "sa": {qt}},
		security:  map[string]map[string][]sbom.Component{"sa": {"3.4": {qt}}},
	}
	c := inventory.Component{Component: qt}
	for version, want := range map[string][]string{
		"3.4": {"eos-3-4", "ceos-qt", "sa"},
		"4.0": {"ceos-qt"},
	} {
		if got := s.of(c, version); !slices.Equal(got, want) {
			t.Errorf("Qt of %s: notices %v, want %v", version, got, want)
		}
	}
	if got := s.of(inventory.Component{Component: sbom.Component{Name: "zlib", Version: "1.3.1", PURL: "pkg:generic/zlib@1.3.1"}}, "3.4"); len(got) != 0 {
		t.Errorf("zlib of 3.4: notices %v, want none", got)
	}
}
