package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// siteWithoutPSIRT is minimalSite without the PSIRT and the CVD policy.
const siteWithoutPSIRT = `schema_version = 2
title = "T"
[manufacturer]
name = "M"
address = "A"
[manufacturer.security_contact]
email = "security@m.example"
`

// TestSitePSIRTNotRequired: manufacturer.psirt and cvd_policy_url are
// never required, whatever the products build: a small manufacturer may
// have a security contact alone, and requiring them would make it invent
// a team or a policy that the documents then claim. A cyber device
// without a CVD policy is still warned about (524B(b)(1)), and a PSIRT
// table that is given is still checked.
func TestSitePSIRTNotRequired(t *testing.T) {
	const mds2Only = "schema_version = 2\nid = \"a\"\nname = \"A\"\n[documents]\nbuild = [\"mds2\"]\n"
	const csd = "schema_version = 2\nid = \"b\"\nname = \"B\"\n[documents]\nbuild = [\"csd\"]\n"
	const everything = "schema_version = 2\nid = \"c\"\nname = \"C\"\n"
	const cyberMDS2 = mds2Only + "[cyber_device]\napplies = true\n"
	const cyberCSD = csd + "[cyber_device]\napplies = true\n"
	missingPSIRT := "jspgen.toml:3: manufacturer.psirt: missing required key"
	missingCVD := "jspgen.toml:3: manufacturer.cvd_policy_url: missing required key"
	cvdWarning := "a.toml:7: warning: cyber_device.applies: a cyber device's plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1))"
	cvdWarningCSD := "b.toml:7: warning: cyber_device.applies: a cyber device's plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1))"
	tests := []struct {
		name     string
		site     string
		products map[string]string
		want     []string // diagnostics that must be reported (prefixes)
		wantNot  []string // ... and must not
	}{
		{"MDS2-only site without PSIRT or CVD policy builds", siteWithoutPSIRT, map[string]string{"a": mds2Only},
			nil, []string{missingPSIRT, missingCVD}},
		{"a CSD product does not need them", siteWithoutPSIRT, map[string]string{"b": csd},
			nil, []string{missingPSIRT, missingCVD}},
		{"a product that builds every document does not need them", siteWithoutPSIRT, map[string]string{"c": everything},
			nil, []string{missingPSIRT, missingCVD}},
		{"a site with them is fine either way", minimalSite, map[string]string{"b": csd},
			nil, []string{"jspgen.toml:"}},
		{"an MDS2-only cyber device without a CVD policy is warned about", siteWithoutPSIRT, map[string]string{"a": cyberMDS2},
			[]string{cvdWarning}, []string{missingPSIRT, missingCVD}},
		{"a CSD cyber device without a CVD policy is warned about, not refused", siteWithoutPSIRT, map[string]string{"b": cyberCSD},
			[]string{cvdWarningCSD}, []string{missingPSIRT, missingCVD}},
		{"a security contact with no way to reach it is warned about", strings.Replace(siteWithoutPSIRT, "email = \"security@m.example\"\n", "name = \"Product security\"\n", 1), map[string]string{"a": mds2Only},
			[]string{"jspgen.toml:6: warning: manufacturer.security_contact: gives no email, phone or url"}, nil},
		{"a security contact with an email is not", siteWithoutPSIRT, map[string]string{"a": mds2Only},
			nil, []string{"jspgen.toml:6: warning: manufacturer.security_contact"}},
		{"a PSIRT table that is given is still checked", siteWithoutPSIRT + "[manufacturer.psirt]\nname = \"P\"\n", map[string]string{"a": mds2Only},
			[]string{"jspgen.toml:8: manufacturer.psirt.email: missing required key"}, []string{missingPSIRT}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			site := filepath.Join(dir, "jspgen.toml")
			if err := os.WriteFile(site, []byte(tc.site), 0o644); err != nil {
				t.Fatal(err)
			}
			content := filepath.Join(dir, "content")
			if err := os.MkdirAll(content, 0o755); err != nil {
				t.Fatal(err)
			}
			for id, src := range tc.products {
				if err := os.WriteFile(filepath.Join(content, id+".toml"), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, diags := Load(site, content)
			var got []string
			for _, d := range diags {
				s := d.String()
				if strings.HasPrefix(s, filepath.ToSlash(dir)+"/") {
					s = strings.TrimPrefix(s, filepath.ToSlash(dir)+"/")
				}
				got = append(got, strings.TrimPrefix(s, "content/"))
			}
			has := func(prefix string) bool {
				for _, s := range got {
					if strings.HasPrefix(s, prefix) {
						return true
					}
				}
				return false
			}
			for _, w := range tc.want {
				if !has(w) {
					t.Errorf("missing %q in:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, w := range tc.wantNot {
				if has(w) {
					t.Errorf("unexpected %q in:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}
