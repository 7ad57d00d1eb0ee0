package vuln_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

const pumpPURL = "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@"

// cdxVEX is a CycloneDX VEX about one component of a pump version;
// cwes is the JSON array, or "" for none.
func cdxVEX(version, id, state, componentPURL, cwes string) []byte {
	field := ""
	if cwes != "" {
		field = `"cwes":` + cwes + `,`
	}
	return fmt.Appendf(nil, `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
"metadata":{"component":{"type":"firmware","bom-ref":"p","name":"pump","version":%q,"purl":%q}},
"components":[{"type":"library","bom-ref":"c","name":"c","purl":%q}],
"vulnerabilities":[{"id":%q,%s"analysis":{"state":%q},"recommendation":"Upgrade.","affects":[{"ref":"c"}]}]}`, version, pumpPURL+version, componentPURL, id, field, state)
}

// csafVEX is a CSAF VEX about one component of a pump version; cwe is
// the JSON object, or "" for none.
func csafVEX(version, id, componentPURL, cwe string) []byte {
	field := ""
	if cwe != "" {
		field = `"cwe":` + cwe + `,`
	}
	return fmt.Appendf(nil, `{"document":{"category":"csaf_vex","csaf_version":"2.0"},
"product_tree":{"full_product_names":[{"product_id":"P","name":"pump","product_identification_helper":{"purl":%q}},{"product_id":"C","name":"c","product_identification_helper":{"purl":%q}}],
"relationships":[{"category":"default_component_of","product_reference":"C","relates_to_product_reference":"P","full_product_name":{"product_id":"C-P","name":"c in pump"}}]},
"vulnerabilities":[{"cve":%q,%s"product_status":{"known_affected":["C-P"]},"remediations":[{"category":"vendor_fix","details":"Upgrade.","product_ids":["C-P"]}]}]}`, pumpPURL+version, componentPURL, id, field)
}

// TestParseCWE: each VEX format's weakness field is read where the format
// has one (CSAF cwe with its name, CycloneDX cwes as numbers) and nothing
// is made up where it has none.
func TestParseCWE(t *testing.T) {
	const ssl = "pkg:github/openssl/openssl@openssl-3.0.16"
	for _, c := range []struct {
		name string
		data []byte
		want []content.CWE
	}{
		{"CycloneDX cwes, in order, without names", cdxVEX("4.2.1", "CVE-2024-9999", "exploitable", ssl, "[416,20]"), []content.CWE{{ID: "CWE-416"}, {ID: "CWE-20"}}},
		{"CycloneDX without cwes", cdxVEX("4.2.1", "CVE-2024-9999", "exploitable", ssl, ""), nil},
		{"CycloneDX XML cwes", []byte(`<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><vulnerabilities><vulnerability><id>CVE-2024-9999</id><cwes><cwe>79</cwe></cwes><analysis><state>in_triage</state></analysis></vulnerability></vulnerabilities></bom>`), []content.CWE{{ID: "CWE-79"}}},
		{"CSAF cwe with its name", csafVEX("4.2.1", "CVE-2024-9999", ssl, `{"id":"CWE-416","name":"Use After Free"}`), []content.CWE{{ID: "CWE-416", Name: "Use After Free"}}},
		{"CSAF without cwe", csafVEX("4.2.1", "CVE-2024-9999", ssl, ""), nil},
		{"OpenVEX has no weakness field", []byte(`{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"x","timestamp":"2024-01-01T00:00:00Z","version":1,
"statements":[{"vulnerability":{"name":"CVE-2024-9999"},"products":[{"@id":"` + pumpPURL + `4.2.1","subcomponents":[{"@id":"` + ssl + `"}]}],"status":"under_investigation"}]}`), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stmts, err := vuln.Parse(c.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(stmts) != 1 {
				t.Fatalf("%d statements; want 1", len(stmts))
			}
			if diff := cmp.Diff(c.want, stmts[0].CWEs); diff != "" {
				t.Errorf("CWEs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestImportedCWE: the weakness an imported VEX states reaches the
// vulnerability; it fills in one the product file leaves out, agrees with
// one it states, and contradicting it is an error at the statement.
func TestImportedCWE(t *testing.T) {
	const (
		ssl     = "pkg:github/openssl/openssl@openssl-3.0.16"
		linux61 = "pkg:github/nxp-imx/linux-imx@lf-6.1.22-2.0.0"
		linux66 = "pkg:github/nxp-imx/linux-imx@lf-6.6.52-2.2.0"
	)
	useAfterFree := &content.CWE{ID: "CWE-416", Name: "Use After Free"}
	for _, c := range []struct {
		name, file string
		data       []byte
		id, ver    string
		want       *content.CWE
		wantErr    string
	}{
		{"CycloneDX: first CWE, no name", "x.cdx.json", cdxVEX("4.2.1", "CVE-2024-9999", "exploitable", ssl, "[79,20]"), "CVE-2024-9999", "4.2.1", &content.CWE{ID: "CWE-79"}, ""},
		{"CSAF: the CWE with its name", "x.csaf.json", csafVEX("4.2.1", "CVE-2024-9999", ssl, `{"id":"CWE-416","name":"Use After Free"}`), "CVE-2024-9999", "4.2.1", useAfterFree, ""},
		{"CycloneDX without cwes: not stated", "x.cdx.json", cdxVEX("4.2.1", "CVE-2024-9999", "exploitable", ssl, ""), "CVE-2024-9999", "4.2.1", nil, ""},
		// The product file states CVE-2024-1086 in 4.1.0 with CWE-416 and
		// in 4.2.1 (fixed) without a CWE.
		{"fills in what the product file leaves out", "x.cdx.json", cdxVEX("4.2.1", "CVE-2024-1086", "resolved", linux66, "[416]"), "CVE-2024-1086", "4.2.1", &content.CWE{ID: "CWE-416"}, ""},
		{"agrees with the product file, which keeps its name", "x.cdx.json", cdxVEX("4.1.0", "CVE-2024-1086", "exploitable", linux61, "[20,416]"), "CVE-2024-1086", "4.1.0", useAfterFree, ""},
		{"agrees with the product file, the first it names", "x.cdx.json", cdxVEX("4.1.0", "CVE-2024-1086", "exploitable", linux61, "[416,20]"), "CVE-2024-1086", "4.1.0", useAfterFree, ""},
		{"contradicts the product file", "x.cdx.json", cdxVEX("4.1.0", "CVE-2024-1086", "exploitable", linux61, "[20]"), "CVE-2024-1086", "4.1.0", useAfterFree, "weakness CWE-20 contradicts CWE-416"},
		{"CSAF CWE not of the form CWE-<number>", "x.csaf.json", csafVEX("4.2.1", "CVE-2024-9999", ssl, `{"id":"CWE-0","name":"x"}`), "CVE-2024-9999", "4.2.1", nil, `want a CWE of the form CWE-<number> (CWE-416); got "CWE-0"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSet(t, c.file, c.data, nil)
			var errs []string
			for _, d := range diags {
				if d.Severity == content.Error {
					errs = append(errs, d.Path+": "+d.Message)
				}
			}
			if c.wantErr == "" && len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if c.wantErr != "" {
				if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, c.wantErr) }) {
					t.Errorf("errors %v; want one containing %q", errs, c.wantErr)
				}
			}
			var got *content.CWE
			found := false
			for _, v := range s.For(c.ver) {
				if v.ID == c.id {
					got, found = v.CWE, true
				}
			}
			if !found && c.wantErr == "" {
				t.Fatalf("no entry %s in %s", c.id, c.ver)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("CWE (-want +got):\n%s", diff)
			}
		})
	}
}

// TestImportedCWEName: a weakness a VEX names by its ID only (CycloneDX)
// takes the name a later statement (CSAF) gives it; a name the entry
// already has stays.
func TestImportedCWEName(t *testing.T) {
	const (
		ssl     = "pkg:github/openssl/openssl@openssl-3.0.16"
		linux61 = "pkg:github/nxp-imx/linux-imx@lf-6.1.22-2.0.0"
	)
	useAfterFree := &content.CWE{ID: "CWE-416", Name: "Use After Free"}
	for _, c := range []struct {
		name        string
		first, then []byte // the first VEX file (nil for none) and the one read after it
		id, ver     string
	}{
		// CycloneDX names CWE-416 without its name; the CSAF names it.
		{"the ID alone, then its name", cdxVEX("4.2.1", "CVE-2024-9999", "exploitable", ssl, "[416]"),
			csafVEX("4.2.1", "CVE-2024-9999", ssl, `{"id":"CWE-416","name":"Use After Free"}`), "CVE-2024-9999", "4.2.1"},
		// The product file names CWE-416 for CVE-2024-1086 in 4.1.0 (no
		// fix planned).
		{"named, then named otherwise", nil,
			bytes.Replace(csafVEX("4.1.0", "CVE-2024-1086", linux61, `{"id":"CWE-416","name":"UAF"}`), []byte(`"vendor_fix"`), []byte(`"no_fix_planned"`), 1), "CVE-2024-1086", "4.1.0"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSetWith(t, "y.csaf.json", c.then, nil, func(p *content.Product) {
				if c.first == nil {
					return
				}
				dir := filepath.Join(filepath.Dir(p.Source.File), p.ID)
				if err := os.WriteFile(filepath.Join(dir, "x.cdx.json"), c.first, 0o644); err != nil {
					t.Fatal(err)
				}
				// Read before the CSAF file.
				p.VEX.Files = append([]string{"x.cdx.json"}, p.VEX.Files...)
			})
			for _, d := range diags {
				if d.Severity == content.Error {
					t.Errorf("error: %s: %s", d.Path, d.Message)
				}
			}
			n := 0
			for _, v := range s.For(c.ver) {
				if v.ID == c.id {
					n++
					if diff := cmp.Diff(useAfterFree, v.CWE); diff != "" {
						t.Errorf("CWE (-want +got):\n%s", diff)
					}
				}
			}
			if n != 1 {
				t.Errorf("%d entries of %s in %s; want one", n, c.id, c.ver)
			}
		})
	}
}
