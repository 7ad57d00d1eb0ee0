package vuln_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestNotPresentComponentInNoVersion: "not affected: component not
// present" about a component no version contains (an OpenSSH CVE on a
// device whose SSH server is Dropbear) is the true statement, and is
// accepted from the product file and from an imported OpenVEX file,
// with the component named or for the whole version; the other
// statements still need a component some version contains.
func TestNotPresentComponentInNoVersion(t *testing.T) {
	const openssh = "pkg:generic/openssh@9.6p1"
	notPresent := content.Vulnerability{ID: "CVE-2024-6387", Status: "not_affected", Justification: "component_not_present",
		Impact: "No OpenSSH.", Versions: []string{"4.1.0", "4.2.1"}, Components: []content.VulnerableComponent{{Name: "openssh", Version: "9.6p1"}}}
	get := func(s *vuln.Set, id, version string) *vuln.Vulnerability {
		for _, v := range s.List {
			if v.ID == id && v.Version == version {
				return v
			}
		}
		return nil
	}
	noErrors := func(t *testing.T, d content.Diagnostics) {
		t.Helper()
		for _, x := range d {
			if x.Severity == content.Error && (strings.Contains(x.Message, "CVE-2024-6387") || strings.Contains(x.Message, "openssh")) {
				t.Errorf("unexpected diagnostic: %s", x)
			}
		}
	}
	t.Run("product file", func(t *testing.T) {
		s, d := loadSet(t, "", nil, []content.Vulnerability{notPresent})
		noErrors(t, d)
		for _, ver := range []string{"4.1.0", "4.2.1"} {
			if v := get(s, "CVE-2024-6387", ver); v == nil || v.ComponentNames() != "openssh 9.6p1" {
				t.Errorf("CVE-2024-6387 in %s: %+v; want not present, openssh 9.6p1", ver, v)
			}
		}
	})
	t.Run("OpenVEX, a subcomponent no version contains", func(t *testing.T) {
		s, d := loadSet(t, "x.openvex.json", openVEX(`{"vulnerability":{"name":"CVE-2024-6387"},"products":[`+ovProduct("4.2.1", "", openssh)+
			`],"status":"not_affected","justification":"component_not_present"}`), nil)
		noErrors(t, d)
		if v := get(s, "CVE-2024-6387", "4.2.1"); v == nil || v.ComponentNames() != "openssh 9.6p1" {
			t.Errorf("CVE-2024-6387 in 4.2.1: %+v; want not present, openssh 9.6p1", v)
		}
	})
	t.Run("OpenVEX, the whole version", func(t *testing.T) {
		s, d := loadSet(t, "x.openvex.json", openVEX(`{"vulnerability":{"name":"CVE-2024-6387"},"products":[`+ovProduct("4.2.1", "")+
			`],"status":"not_affected","justification":"component_not_present"}`), nil)
		noErrors(t, d)
		if v := get(s, "CVE-2024-6387", "4.2.1"); v == nil || len(v.Components) != 0 || v.Justification != "component_not_present" {
			t.Errorf("CVE-2024-6387 in 4.2.1: %+v; want not present, no component", v)
		}
	})
	t.Run("OpenVEX agreeing with the product file: one component", func(t *testing.T) {
		s, d := loadSet(t, "x.openvex.json", openVEX(`{"vulnerability":{"name":"CVE-2024-6387"},"products":[`+ovProduct("4.2.1", "", openssh)+
			`],"status":"not_affected","justification":"component_not_present"}`), []content.Vulnerability{notPresent})
		noErrors(t, d)
		if v := get(s, "CVE-2024-6387", "4.2.1"); v == nil || v.ComponentNames() != "openssh 9.6p1" {
			t.Errorf("CVE-2024-6387 in 4.2.1: %+v; want openssh 9.6p1 once", v)
		}
	})
	t.Run("another justification still needs the component", func(t *testing.T) {
		e := notPresent
		e.Justification = "vulnerable_code_not_present"
		d := load(t, "x.openvex.json", openVEX(`{"vulnerability":{"name":"CVE-2024-6388"},"products":[`+ovProduct("4.2.1", "")+
			`],"status":"not_affected","justification":"vulnerable_code_not_present"}`), []content.Vulnerability{e})
		wantDiag(t, d, "halcyon-lvp7.toml", `unknown component "openssh 9.6p1": no version of the product contains it`)
		wantDiag(t, d, "x.openvex.json", "CVE-2024-6388: the statement names no component of "+pumpPURL+"4.2.1")
	})
}
