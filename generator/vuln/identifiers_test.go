package vuln_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestImportVersionByCPE: a VEX statement may name a version by the CPE
// its SBOM subject states (4.2.1's, here); a CPE no version states names
// no version, even with a version that states one.
func TestImportVersionByCPE(t *testing.T) {
	const (
		cpe421 = "cpe:2.3:a:meridian-infusion:halcyon-lvp7-pump-software:4.2.1:*:*:*:*:*:*:*"
		ssl421 = "pkg:github/openssl/openssl@openssl-3.0.16"
	)
	for _, c := range []struct {
		name, product string
		want          []string // versions imported
		err           string   // an error at the VEX file containing it; "" for none
	}{
		{"the version's CPE", cpe421, []string{"4.2.1"}, ""},
		{"a CPE of no version", "cpe:2.3:a:meridian-infusion:halcyon-lvp7-pump-software:9.9.9:*:*:*:*:*:*:*", nil,
			`CVE-2024-9001: unknown product "cpe:2.3:a:meridian-infusion:halcyon-lvp7-pump-software:9.9.9`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, errs := importWithSBOM(t, func(sbom string) string {
				subject := `      "purl": "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.2.1"`
				if !strings.Contains(sbom, subject) {
					t.Fatal("4.2.1's SBOM subject purl not found")
				}
				return strings.Replace(sbom, subject, `      "cpe": "`+cpe421+`",`+"\n"+subject, 1)
			}, `{"@id":"`+c.product+`","subcomponents":[{"@id":"`+ssl421+`"}]}`)
			if v := s.Version("4.2.1"); v.CPE != cpe421 {
				t.Fatalf("4.2.1's CPE %q; want its SBOM subject's", v.CPE)
			}
			wantImported(t, s, errs, c.want, c.err)
		})
	}
}

// wantImported checks that importWithSBOM's statement became entries of
// the versions want, and that its errors are none, or one saying
// wantErr.
func wantImported(t *testing.T, s *vuln.Set, errs, want []string, wantErr string) {
	t.Helper()
	var got []string
	for _, v := range s.List {
		if strings.HasSuffix(v.Source, "x.openvex.json statements[0]") {
			got = append(got, v.Version)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("imported for %q; want %q", got, want)
	}
	if wantErr == "" && len(errs) > 0 || wantErr != "" && (len(errs) != 1 || !strings.Contains(errs[0], wantErr)) {
		t.Errorf("errors %q; want %q", errs, wantErr)
	}
}

// importWithSBOM imports an OpenVEX statement under investigation of
// CVE-2024-9001 about product (a JSON object) into the example, whose
// 4.2.1 SBOM (sbom.cdx.json) is changed by edit; it returns the set and
// the errors at the VEX file.
func importWithSBOM(t *testing.T, edit func(string) string, product string) (*vuln.Set, []string) {
	t.Helper()
	dir, cs, p := editedExample(t, "halcyon-lvp7/sbom.cdx.json", edit)
	vex := openVEX(`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + product + `],"status":"under_investigation"}`)
	if err := os.WriteFile(filepath.Join(dir, "halcyon-lvp7", "x.openvex.json"), vex, 0o644); err != nil {
		t.Fatal(err)
	}
	p.VEX.Files = append(p.VEX.Files, "x.openvex.json")
	asOf := content.NewDate(2026, 3, 2)
	inv, _ := inventory.Load(cs.Dir, p.Current(asOf))
	s, d := vuln.Load(cs.Dir, p, inv, asOf)
	var errs []string
	for _, e := range d {
		if strings.HasSuffix(e.File, "x.openvex.json") {
			errs = append(errs, e.Message)
		}
	}
	return s, errs
}

// TestImportComponentByName: a VEX names a component without a purl by
// what jspgen writes: in OpenVEX its CPE, else a generic purl of its name
// and version ("pkg:generic/libfoo" for one the SBOM gives no version),
// and in CycloneDX (and OpenVEX before) name@version ("libfoo@"); a bare
// name is no such identifier, and a generic purl does not name a
// component that has a purl or CPE of its own.
func TestImportComponentByName(t *testing.T) {
	const components = `  "components": [`
	const bare = `{"type": "library", "bom-ref": "libfoo", "name": "libfoo"}`
	const withCPE = `{"type": "library", "bom-ref": "libfoo", "name": "libfoo", "cpe": "cpe:2.3:a:foo:libfoo:-:*:*:*:*:*:*:*"}`
	for _, c := range []struct {
		component, id string
		want          []string // versions imported
		wantErr       string
	}{
		{bare, "libfoo@", []string{"4.2.1"}, ""},
		{bare, "pkg:generic/libfoo", []string{"4.2.1"}, ""},
		{bare, "libfoo", nil, `CVE-2024-9001: unknown component "libfoo"`},
		{withCPE, "cpe:2.3:a:foo:libfoo:-:*:*:*:*:*:*:*", []string{"4.2.1"}, ""},
		{withCPE, "pkg:generic/libfoo", nil, `CVE-2024-9001: unknown component "pkg:generic/libfoo"`},
	} {
		t.Run(c.id, func(t *testing.T) {
			s, errs := importWithSBOM(t, func(sbom string) string {
				if !strings.Contains(sbom, components) {
					t.Fatal("sbom.cdx.json's components not found")
				}
				return strings.Replace(sbom, components, components+"\n    "+c.component+",", 1)
			}, `{"@id":"`+pumpPURL+`4.2.1","subcomponents":[{"@id":"`+c.id+`"}]}`)
			wantImported(t, s, errs, c.want, c.wantErr)
		})
	}
}
