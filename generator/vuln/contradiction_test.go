package vuln_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestStatusContradictions: an entry whose status, fix version and risk
// contradict each other is an error, since every document and VEX file
// would publish it; the consistent entries beside each pass.
func TestStatusContradictions(t *testing.T) {
	openssl := []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}} // in 4.2.1
	old := []content.VulnerableComponent{{Name: "openssl", Version: "3.0.8"}}      // in 4.1.0
	for _, tc := range []struct {
		name string
		v    content.Vulnerability
		want string // "" no error about it
	}{
		{"fixed by a later version", content.Vulnerability{Status: "fixed", FixedIn: "4.2.1", Versions: []string{"4.1.0"}, Components: old},
			"version 4.1.0 (released 2023-04-17) cannot be fixed by 4.2.1"},
		{"fixed by itself", content.Vulnerability{Status: "fixed", FixedIn: "4.2.1", Versions: []string{"4.2.1"}}, ""},
		{"affected with an older fix", content.Vulnerability{Status: "affected", Risk: "controlled", Remediation: "Upgrade.", FixedIn: "4.1.0", Versions: []string{"4.2.1"}},
			"the fix version comes after the affected ones"},
		{"affected with a later fix", content.Vulnerability{Status: "affected", Risk: "controlled", Remediation: "Upgrade.", FixedIn: "4.2.1", Versions: []string{"4.1.0"}, Components: old}, ""},
		{"fixed, uncontrolled", content.Vulnerability{Status: "fixed", FixedIn: "4.2.1", Versions: []string{"4.2.1"}, Risk: "uncontrolled"},
			"an uncontrolled risk contradicts the status fixed"},
		{"not affected, uncontrolled", content.Vulnerability{Status: "not_affected", Justification: "inline_mitigations_already_exist", Versions: []string{"4.2.1"}, Risk: "uncontrolled"},
			"an uncontrolled risk contradicts the status not_affected"},
		{"not affected, controlled", content.Vulnerability{Status: "not_affected", Justification: "inline_mitigations_already_exist", Versions: []string{"4.2.1"}, Risk: "controlled"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.v
			v.ID = "CVE-2025-55555"
			if v.Components == nil {
				v.Components = openssl
			}
			diags := load(t, "", nil, []content.Vulnerability{v})
			var errs []string
			for _, d := range diags {
				if d.Severity == content.Error {
					errs = append(errs, d.Message)
				}
			}
			if tc.want == "" && len(errs) > 0 {
				t.Errorf("errors %q, want none", errs)
			}
			if tc.want != "" && !strings.Contains(strings.Join(errs, "\n"), tc.want) {
				t.Errorf("errors %q, want one containing %q", errs, tc.want)
			}
		})
	}
}

// TestImportedAffectedNeedsAnAction: an imported affected statement
// without an action would publish OpenVEX and CSAF VEX that their specs
// reject; with one, it loads.
func TestImportedAffectedNeedsAnAction(t *testing.T) {
	const head = `{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"x","timestamp":"2024-01-01T00:00:00Z","version":1,
"statements":[{"vulnerability":{"name":"CVE-2025-10001"},"products":[{"@id":"pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.2.1","subcomponents":[{"@id":"pkg:github/openssl/openssl@openssl-3.0.16"}]}],"status":"affected"`
	for _, tc := range []struct {
		name, tail string
		err        bool
	}{
		{"no action", `}]}`, true},
		{"an action", `,"action_statement":"Upgrade to 4.2.2."}]}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			diags := load(t, "x.openvex.json", []byte(head+tc.tail), nil)
			got := strings.Contains(fmt.Sprint(diags), "an affected statement needs an action")
			if got != tc.err {
				t.Errorf("error %v, want %v: %v", got, tc.err, diags)
			}
		})
	}
}
