package vuln_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestDeclaredEntryChecks: the checks of a product file entry report
// every unknown version it lists, whatever comes between, and a component
// named neither by purl nor by name and version; an entry repeating
// another's version is an error there, and its other versions still
// count.
func TestDeclaredEntryChecks(t *testing.T) {
	ssl := []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}}
	t.Run("unknown versions around a known one", func(t *testing.T) {
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-6119", Status: "not_affected", Justification: "component_not_present",
			Versions: []string{"9.9", "4.2.1", "9.8"}, Components: ssl}})
		wantDiag(t, d, "halcyon-lvp7.toml", `unknown version "9.9"`)
		wantDiag(t, d, "halcyon-lvp7.toml", `unknown version "9.8" (want one of 3.8.2, 4.1.0, 4.2.1)`)
	})
	t.Run("fixed in a released version, an unknown version listed", func(t *testing.T) {
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-6119", Status: "fixed", FixedIn: "4.2.1",
			Versions: []string{"9.9"}, Components: ssl}})
		wantDiag(t, d, "halcyon-lvp7.toml", `unknown version "9.9"`)
	})
	t.Run("a component in no version", func(t *testing.T) {
		// Not component_not_present: that is true of a component no
		// version contains (TestNotPresentComponentInNoVersion).
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-99003", Status: "under_investigation",
			Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "xz", Version: "5.6.1"}}}})
		wantDiag(t, d, "halcyon-lvp7.toml", "sbom.cdx.json (4.2.1)")
	})
	t.Run("a component by name alone", func(t *testing.T) {
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-6119", Status: "not_affected", Justification: "component_not_present",
			Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "openssl"}}}})
		wantDiag(t, d, "halcyon-lvp7.toml", "name a component by purl, or by name and version")
	})
	t.Run("a version stated twice", func(t *testing.T) {
		e := content.Vulnerability{ID: "CVE-2024-99001", Status: "not_affected", Justification: "component_not_present", Impact: "x", Components: ssl}
		first, second := e, e
		first.Versions, second.Versions = []string{"4.2.1"}, []string{"4.2.1", "4.1.0"}
		s, d := loadSet(t, "", nil, []content.Vulnerability{first, second})
		wantDiag(t, d, "halcyon-lvp7.toml", "CVE-2024-99001 in version 4.2.1 is already stated at")
		var versions []string
		for _, v := range s.All() {
			if v.ID == "CVE-2024-99001" {
				versions = append(versions, v.Version)
			}
		}
		if len(versions) != 2 {
			t.Errorf("CVE-2024-99001 stated for %v; want 4.2.1 and 4.1.0", versions)
		}
	})
	t.Run("a version without the component", func(t *testing.T) {
		s, d := loadSet(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-99002", Status: "not_affected", Justification: "vulnerable_code_not_present",
			Impact: "x", Versions: []string{"3.8.2", "4.2.1"}, Components: ssl}})
		wantDiag(t, d, "halcyon-lvp7.toml", "version 3.8.2 contains none of the components (openssl 3.0.16 is in 4.2.1)")
		if !slices.ContainsFunc(s.All(), func(v *vuln.Vulnerability) bool { return v.ID == "CVE-2024-99002" && v.Version == "4.2.1" }) {
			t.Error("CVE-2024-99002 not stated for 4.2.1, which has the component")
		}
	})
}

// TestDeclaredVersionWithoutComponentList: a version no SBOM file
// describes (an old release made before SBOMs were) has no component
// list, so an entry may state that it is affected: the components the
// entry names that no version with a list contains are taken as its
// statement of what the version contains, never "contains none of the
// components", which claims a list the data does not have. Naming only
// other versions' components leaves the version's unnamed: an error that
// asks for it (the anaesthesia workstation probe, whose 2.4.0 had no SBOM).
func TestDeclaredVersionWithoutComponentList(t *testing.T) {
	old := content.VulnerableComponent{Name: "openssl", Version: "1.0.2u"}
	ssl := content.VulnerableComponent{Name: "openssl", Version: "3.0.16"}
	affected := content.Vulnerability{ID: "CVE-2024-99004", Status: "affected", Risk: "controlled", Remediation: "x"}
	t.Run("its own component named", func(t *testing.T) {
		e := affected
		e.Versions, e.Components = []string{"3.8.2", "4.2.1"}, []content.VulnerableComponent{ssl, old}
		s, d := loadSetWithout382SBOM(t, e)
		for _, x := range d {
			if strings.Contains(x.Message, "CVE-2024-99004") || strings.Contains(x.Path, "vulnerabilities") {
				t.Errorf("unexpected diagnostic: %s", x)
			}
		}
		got := map[string][]string{}
		for _, v := range s.All() {
			if v.ID == e.ID {
				for _, c := range v.Components {
					got[v.Version] = append(got[v.Version], c.Name+" "+c.Version)
				}
			}
		}
		if !slices.Equal(got["3.8.2"], []string{"openssl 1.0.2u"}) || !slices.Equal(got["4.2.1"], []string{"openssl 3.0.16"}) {
			t.Errorf("components per version %v; want 3.8.2: openssl 1.0.2u, 4.2.1: openssl 3.0.16", got)
		}
	})
	t.Run("only another version's component named", func(t *testing.T) {
		e := affected
		e.Versions, e.Components = []string{"3.8.2"}, []content.VulnerableComponent{ssl}
		_, d := loadSetWithout382SBOM(t, e)
		wantDiag(t, d, "halcyon-lvp7.toml", "version 3.8.2 has no component list (no SBOM file describes it), and every component named is another version's (openssl 3.0.16 is in 4.2.1)")
		for _, x := range d {
			if strings.Contains(x.Message, "contains none of the components") {
				t.Errorf("claims a component list 3.8.2 does not have: %s", x)
			}
		}
	})
}

// loadSetWithout382SBOM is loadSet over the example whose 3.8.2 has no SBOM
// file (its sbom.files emptied, and its end-of-support notice's sbom
// left out), with the extra entry e.
func loadSetWithout382SBOM(t *testing.T, e content.Vulnerability) (*vuln.Set, content.Diagnostics) {
	t.Helper()
	_, c, p := editedExample(t, "halcyon-lvp7.toml", func(src string) string {
		src = strings.Replace(src, `files = ["sbom-3.8.2.cdx.json"]`, `files = []`, 1)
		src = strings.Replace(src, `sbom = "sbom-3.8.2.cdx.json"`, ``, 1)
		if strings.Contains(src, "sbom-3.8.2") {
			t.Fatal("the example still names sbom-3.8.2.cdx.json")
		}
		return src
	})
	p.Vulns = append(p.Vulns, e)
	inv, _ := inventory.Load(c.Dir, p.Current(content.NewDate(2026, 3, 2)))
	return vuln.Load(c.Dir, p, inv, content.NewDate(2026, 3, 2))
}
