package vuln_test

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
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
		d := load(t, "", nil, []content.Vulnerability{{ID: "CVE-2024-99003", Status: "not_affected", Justification: "component_not_present",
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
