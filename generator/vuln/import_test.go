package vuln_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/vuln"
)

// cdxDoc is a CycloneDX VEX with the given metadata component (JSON, or
// "" for none) and one vulnerability (JSON members) about the component
// "c" (openssl).
func cdxDoc(metadataComponent, vulnerability string) []byte {
	meta := ""
	if metadataComponent != "" {
		meta = `"metadata":{"component":` + metadataComponent + `},`
	}
	return fmt.Appendf(nil, `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,%s
"components":[{"type":"library","bom-ref":"c","name":"openssl","version":"3.0.16","purl":"pkg:generic/openssl@3.0.16"}],
"vulnerabilities":[{"id":"CVE-2024-0001",%s}]}`, meta, vulnerability)
}

// TestParseCycloneDXTargets: a CycloneDX VEX speaks about the BOM's
// metadata component (by its purl, else its CPE, else name@version) and
// the components its affects list, less the product itself; a statement
// that names neither has no target (Load reports that it names no
// product), one that names a product but no component has the product
// alone (Load reports that it names no component of it).
func TestParseCycloneDXTargets(t *testing.T) {
	const state = `"analysis":{"state":"in_triage"}`
	for _, c := range []struct {
		name string
		doc  []byte
		want string // the targets, "product: components; …"
	}{
		{"product by purl, a component",
			cdxDoc(`{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0","purl":"pkg:generic/acme/pump@1.0"}`, state+`,"affects":[{"ref":"c"}]`),
			"pkg:generic/acme/pump@1.0: pkg:generic/openssl@3.0.16"},
		{"the product's own ref among the affects",
			cdxDoc(`{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0","purl":"pkg:generic/acme/pump@1.0"}`, state+`,"affects":[{"ref":"p"},{"ref":"c"}]`),
			"pkg:generic/acme/pump@1.0: pkg:generic/openssl@3.0.16"},
		{"product by CPE",
			cdxDoc(`{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0","cpe":"cpe:2.3:o:acme:pump:1.0:*:*:*:*:*:*:*"}`, state+`,"affects":[{"ref":"c"}]`),
			"cpe:2.3:o:acme:pump:1.0:*:*:*:*:*:*:*: pkg:generic/openssl@3.0.16"},
		{"product by name and version",
			cdxDoc(`{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0"}`, state+`,"affects":[{"ref":"c"}]`),
			"pump@1.0: pkg:generic/openssl@3.0.16"},
		{"a product, no component", cdxDoc(`{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0","purl":"pkg:generic/acme/pump@1.0"}`, state),
			"pkg:generic/acme/pump@1.0: "},
		{"no product, a component", cdxDoc("", state+`,"affects":[{"ref":"c"}]`), ": pkg:generic/openssl@3.0.16"},
		{"neither", cdxDoc("", state), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stmts, err := vuln.Parse(c.doc)
			if err != nil {
				t.Fatal(err)
			}
			if len(stmts) != 1 {
				t.Fatalf("%d statements; want 1", len(stmts))
			}
			var got []string
			for _, tg := range stmts[0].Targets {
				got = append(got, tg.Product+": "+strings.Join(tg.Components, ", "))
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("targets %q; want %q", g, c.want)
			}
		})
	}
}

// TestParseCycloneDXAnalysis: the first CVSS rating with a vector gives
// the statement's vector (a VEX rating the same vulnerability in CVSS
// 3.1 and 4.0 is read as its first), and an analysis state CycloneDX
// does not define is kept as written, so that the error names it.
func TestParseCycloneDXAnalysis(t *testing.T) {
	const p = `{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0","purl":"pkg:generic/acme/pump@1.0"}`
	_, stmts, err := vuln.Parse(cdxDoc(p, `"ratings":[{"method":"other","vector":"x"},
{"method":"CVSSv31","vector":"AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"},
{"method":"CVSSv4","vector":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}],
"analysis":{"state":"exploitable"},"affects":[{"ref":"c"}]`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := stmts[0].CVSS, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"; got != want {
		t.Errorf("vector %q; want the first CVSS rating's, %q", got, want)
	}
	for state, want := range map[string]string{"exploited": "exploited", "": ""} {
		analysis := `"analysis":{"state":"` + state + `"}`
		if state == "" {
			analysis = `"analysis":{"detail":"Looking."}`
		}
		_, stmts, err := vuln.Parse(cdxDoc(p, analysis+`,"affects":[{"ref":"c"}]`))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(stmts[0].Status); got != want {
			t.Errorf("state %q read as status %q; want %q", state, got, want)
		}
	}
}

// csafDoc is a CSAF VEX about openssl in pump 1.0 with one vulnerability
// (JSON members before its product status, which lists the component in
// the pump as under investigation).
func csafDoc(members string) []byte {
	return fmt.Appendf(nil, `{"document":{"category":"csaf_vex","csaf_version":"2.0"},
"product_tree":{"full_product_names":[{"product_id":"P","name":"pump","product_identification_helper":{"purl":"pkg:generic/acme/pump@1.0"}},{"product_id":"C","name":"c","product_identification_helper":{"purl":"pkg:generic/openssl@3.0.16"}}],
"relationships":[{"category":"default_component_of","product_reference":"C","relates_to_product_reference":"P","full_product_name":{"product_id":"C-P","name":"c in pump"}}]},
"vulnerabilities":[{%s"product_status":{"under_investigation":["C-P"]}}]}`, members)
}

// TestParseCSAFID: a CSAF vulnerability is its CVE; one without a CVE is
// the first of its other IDs (a GHSA); with neither it has no ID (Load
// reports it).
func TestParseCSAFID(t *testing.T) {
	const ghsa = `"ids":[{"system_name":"GitHub","text":"GHSA-jfh8-c2jp-5v3q"}],`
	for _, c := range []struct {
		name, members, want string
	}{
		{"a CVE", `"cve":"CVE-2024-6387",`, "CVE-2024-6387"},
		{"a CVE and a GHSA", `"cve":"CVE-2024-6387",` + ghsa, "CVE-2024-6387"},
		{"a GHSA only", ghsa, "GHSA-jfh8-c2jp-5v3q"},
		{"neither", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stmts, err := vuln.Parse(csafDoc(c.members))
			if err != nil {
				t.Fatal(err)
			}
			if len(stmts) != 1 {
				t.Fatalf("%d statements; want 1", len(stmts))
			}
			if stmts[0].ID != c.want {
				t.Errorf("ID %q; want %q", stmts[0].ID, c.want)
			}
			if tg := stmts[0].Targets; len(tg) != 1 || tg[0].Product != "pkg:generic/acme/pump@1.0" || !slices.Equal(tg[0].Components, []string{"pkg:generic/openssl@3.0.16"}) {
				t.Errorf("targets %+v; want openssl in pump 1.0", tg)
			}
		})
	}
}
