package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/diag"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// checkSBOM decodes src and runs the SBOM checks: sbomOnRequest's
// diagnostics, and what CSD labeling item 5 finds missing.
func checkSBOM(t *testing.T, src string) (diags []string, missing []string) {
	t.Helper()
	p := &Product{}
	src = "schema_version = 2\n" + src
	_, ds, _ := DecodeTOML("p.toml", []byte(src), p)
	for _, d := range ds {
		if strings.Contains(d.Message, "TOML syntax") {
			t.Fatalf("%s", d)
		}
	}
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	v := &productValidator{p: p}
	v.sbomOnRequest()
	for _, d := range v.diags {
		sev := "error: "
		if d.Severity == diag.Warning {
			sev = "warning: "
		}
		diags = append(diags, sev+d.Path+": "+d.Message)
	}
	return diags, LabelingItems[4].Missing(p)
}

// TestSBOMOnRequest: an SBOM given to customers on request covers CSD
// labeling item 5 (the CSD says how to get it) without a published file;
// an empty on_request says nothing and is an error; and where the eSTAR
// is built with no SBOM file, check says the submission still needs the
// SBOM, which customers' access to it does not provide.
func TestSBOMOnRequest(t *testing.T) {
	const estar = "[documents]\nbuild = [\"csd\", \"estar\"]\n[documents.estar]\nid = \"E-1\"\nrevision = \"A\"\nrelease_date = 2026-01-01\n"
	const ask = "on_request = \"Ask your account manager; under NDA.\"\n"
	for _, tc := range []struct {
		name, src   string
		item5, diag string // item5: labeling item 5 missing; diag: the one diagnostic, "" for none
	}{
		{"nothing written", estar, "sbom.files", ""},
		{"no file, not on request", estar + "[sbom]\nfiles = []\n", "sbom.files", ""},
		{"on request, no file, eSTAR built", estar + "[sbom]\nfiles = []\n" + ask, "", "warning: sbom.on_request: the SBOM is given to customers on request and no SBOM file is named"},
		{"on request, no file, no eSTAR", "[documents]\nbuild = [\"csd\"]\n[sbom]\n" + ask, "", ""},
		{"on request beside a file", estar + "[sbom]\nfiles = [\"sbom.cdx.json\"]\n" + ask, "", ""},
		{"a file only", estar + "[sbom]\nfiles = [\"sbom.cdx.json\"]\n", "", ""},
		// An SBOM produced from 6.0 on, 5.1's components on request: the
		// eSTAR names 6.0's file (found by h148: a home CPAP).
		{"on request, a later version's file", estar + "[sbom]\n" + ask + "[[versions]]\nversion = \"5.1\"\n[[versions]]\nversion = \"6.0\"\n[versions.changes]\nsbom_files = [\"fw-6.0.spdx.json\"]\n", "", ""},
		{"on request, blank", estar + "[sbom]\non_request = \"  \"\n", "sbom.files", "error: sbom.on_request: empty: say how customers obtain the SBOM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			diags, missing := checkSBOM(t, tc.src)
			if got := strings.Join(missing, "; "); (tc.item5 == "") != (got == "") || !strings.Contains(got, tc.item5) {
				t.Errorf("item 5 missing %q, want %q", got, tc.item5)
			}
			switch {
			case tc.diag == "" && len(diags) > 0:
				t.Errorf("diagnostics %q, want none", diags)
			case tc.diag != "" && (len(diags) != 1 || !strings.Contains(diags[0], tc.diag)):
				t.Errorf("diagnostics %q, want one containing %q", diags, tc.diag)
			}
		})
	}
}
