package vuln_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
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

// openVEX is an OpenVEX document of the given statements (JSON objects).
func openVEX(statements ...string) []byte {
	return []byte(`{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"x","timestamp":"2024-01-01T00:00:00Z","version":1,"statements":[` +
		strings.Join(statements, ",") + `]}`)
}

// ovProduct is an OpenVEX product: the pump version (its purl, with the
// given suffix) and subcomponents by purl.
func ovProduct(version, suffix string, components ...string) string {
	var subs []string
	for _, c := range components {
		subs = append(subs, `{"@id":"`+c+`"}`)
	}
	return `{"@id":"` + pumpPURL + version + suffix + `","subcomponents":[` + strings.Join(subs, ",") + `]}`
}

// TestImportStatements: how an imported statement joins the known
// vulnerabilities, both ways of each rule. Statements about 4.2.1
// (openssl 3.0.16) and 4.1.0 (openssl 3.0.8).
func TestImportStatements(t *testing.T) {
	const (
		ssl421 = "pkg:github/openssl/openssl@openssl-3.0.16"
		ssl410 = "pkg:github/openssl/openssl@openssl-3.0.8"
	)
	entry := func(id, version, status string) string { // "" when not imported
		return id + " " + version + " " + status
	}
	for _, c := range []struct {
		name      string
		statement string
		extra     []content.Vulnerability
		want      []string // entries imported, "ID version status[ fix]"
		errs      []string // errors at the VEX file, each containing
	}{
		{"the version named by its purl with qualifiers",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "?arch=arm64", ssl421) + `],"status":"under_investigation"}`,
			nil, []string{entry("CVE-2024-9001", "4.2.1", "under_investigation")}, nil},
		{"not affected, with an impact statement only",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", ssl421) + `],"status":"not_affected","impact_statement":"The function is not called."}`,
			nil, []string{entry("CVE-2024-9001", "4.2.1", "not_affected")}, nil},
		{"not affected, with a justification only",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", ssl421) + `],"status":"not_affected","justification":"vulnerable_code_not_present"}`,
			nil, []string{entry("CVE-2024-9001", "4.2.1", "not_affected")}, nil},
		{"not affected, with neither",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", ssl421) + `],"status":"not_affected"}`,
			nil, nil, []string{"CVE-2024-9001: a not_affected statement needs a justification or an impact statement"}},
		{"a product without components does not stop the next",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "") + `,` + ovProduct("4.1.0", "", ssl410) + `],"status":"under_investigation"}`,
			nil, []string{entry("CVE-2024-9001", "4.1.0", "under_investigation")}, []string{"CVE-2024-9001: the statement names no component of " + pumpPURL + "4.2.1"}},
		{"an unknown product does not stop the next; the error lists the versions' purls",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[{"@id":"pkg:generic/other-pump@1.0","subcomponents":[{"@id":"` + ssl421 + `"}]},` + ovProduct("4.1.0", "", ssl410) + `],"status":"under_investigation"}`,
			nil, []string{entry("CVE-2024-9001", "4.1.0", "under_investigation")},
			[]string{`CVE-2024-9001: unknown product "pkg:generic/other-pump@1.0" (want a version of halcyon-lvp7: ` + pumpPURL + "3.8.2, " + pumpPURL + "4.1.0, " + pumpPURL + "4.2.1"}},
		{"a version lacking the component does not stop the next",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", ssl410) + `,` + ovProduct("4.1.0", "", ssl410) + `],"status":"under_investigation"}`,
			nil, []string{entry("CVE-2024-9001", "4.1.0", "under_investigation")}, []string{"CVE-2024-9001: version 4.2.1 does not contain " + ssl410}},
		{"each component the version lacks is reported",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", "pkg:generic/xz@5.6.1", ssl410) + `],"status":"under_investigation"}`,
			nil, nil, []string{`CVE-2024-9001: unknown component "pkg:generic/xz@5.6.1"`, "CVE-2024-9001: version 4.2.1 does not contain " + ssl410}},
		{"each component the version lacks is reported, a known one first",
			`{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", ssl410, "pkg:generic/xz@5.6.1") + `],"status":"under_investigation"}`,
			nil, nil, []string{"CVE-2024-9001: version 4.2.1 does not contain " + ssl410, `CVE-2024-9001: unknown component "pkg:generic/xz@5.6.1"`}},
		{"a statement agreeing with an entry adds to it and does not stop the next product",
			`{"vulnerability":{"name":"CVE-2024-9002"},"products":[` + ovProduct("4.2.1", "", ssl421) + `,` + ovProduct("4.1.0", "", ssl410) + `],"status":"under_investigation"}`,
			[]content.Vulnerability{{ID: "CVE-2024-9002", Status: "under_investigation", Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}}}},
			[]string{entry("CVE-2024-9002", "4.1.0", "under_investigation")}, nil},
		{"a contradiction does not stop the next product",
			`{"vulnerability":{"name":"CVE-2024-9002"},"products":[` + ovProduct("4.2.1", "", ssl421) + `,` + ovProduct("4.1.0", "", ssl410) + `],"status":"fixed"}`,
			[]content.Vulnerability{{ID: "CVE-2024-9002", Status: "under_investigation", Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}}}},
			[]string{entry("CVE-2024-9002", "4.1.0", "fixed")}, []string{"CVE-2024-9002 in version 4.2.1: status fixed contradicts under_investigation"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSet(t, "x.openvex.json", openVEX(c.statement), c.extra)
			var got []string
			for _, v := range s.List {
				if strings.HasSuffix(v.Source, "x.openvex.json statements[0]") {
					got = append(got, entry(v.ID, v.Version, string(v.Status)))
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("imported %q; want %q", got, c.want)
			}
			var errs []string
			for _, d := range diags {
				if strings.HasSuffix(d.File, "x.openvex.json") {
					errs = append(errs, d.Message)
				}
			}
			if len(errs) != len(c.errs) {
				t.Errorf("errors %q; want %d: %q", errs, len(c.errs), c.errs)
			}
			for _, w := range c.errs {
				if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
					t.Errorf("no error containing %q; got %q", w, errs)
				}
			}
		})
	}
}

// TestImportedFixMerges: a VEX statement agreeing with a product file
// entry on the status adds to it; on the fix, one that states a fix plan
// the entry contradicts is an error, one that states none leaves the
// entry's, and one stating a plan the entry leaves out fills it in.
func TestImportedFixMerges(t *testing.T) {
	doc := func(response string) []byte {
		r := ""
		if response != "" {
			r = `,"response":["` + response + `"]`
		}
		return fmt.Appendf(nil, `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
"metadata":{"component":{"type":"firmware","bom-ref":"p","name":"pump","version":"4.1.0","purl":%q}},
"components":[{"type":"library","bom-ref":"c","name":"openssl","version":"3.0.8","purl":"pkg:github/openssl/openssl@openssl-3.0.8"}],
"vulnerabilities":[{"id":"CVE-2024-5535","analysis":{"state":"exploitable"%s},"recommendation":"Upgrade to 4.2.1.","affects":[{"ref":"c"}]}]}`, pumpPURL+"4.1.0", r)
	}
	for _, c := range []struct {
		name     string
		fix      content.FixPlan // the product file's
		response string          // the VEX's
		want     content.FixPlan
		err      bool
	}{
		{"none planned, the VEX says an update is out", "none_planned", "update", "none_planned", true},
		{"none planned, the VEX says nothing of a fix", "none_planned", "", "none_planned", false},
		{"not stated, the VEX says will not fix", "", "will_not_fix", "none_planned", false},
		{"none planned, the VEX agrees", "none_planned", "will_not_fix", "none_planned", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSet(t, "x.cdx.json", doc(c.response), []content.Vulnerability{fixEntry("CVE-2024-5535", c.fix, "4.2.1", "Upgrade to 4.2.1.")})
			var errs []string
			for _, d := range diags {
				if strings.HasSuffix(d.File, "x.cdx.json") && d.Severity == content.Error {
					errs = append(errs, d.Message)
				}
			}
			if got := len(errs) > 0; got != c.err || c.err && !strings.Contains(errs[0], "CVE-2024-5535 in version 4.1.0: fix released contradicts no fix planned") {
				t.Errorf("errors %q; want an error about the fix: %v", errs, c.err)
			}
			for _, v := range s.For("4.1.0") {
				if v.ID == "CVE-2024-5535" && v.Fix != c.want {
					t.Errorf("fix %q; want %q", v.Fix, c.want)
				}
			}
		})
	}
}

// TestImportedCVSSMerges: a VEX statement agreeing with a product file
// entry gives it its CVSS vector when the entry states none, and leaves
// the entry's own when it states one.
func TestImportedCVSSMerges(t *testing.T) {
	const (
		vex31   = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
		entry31 = "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N"
	)
	doc := fmt.Appendf(nil, `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
"metadata":{"component":{"type":"firmware","bom-ref":"p","name":"pump","version":"4.2.1","purl":%q}},
"components":[{"type":"library","bom-ref":"c","name":"openssl","version":"3.0.16","purl":"pkg:github/openssl/openssl@openssl-3.0.16"}],
"vulnerabilities":[{"id":"CVE-2024-9003","ratings":[{"method":"CVSSv31","vector":%q}],"analysis":{"state":"in_triage"},"affects":[{"ref":"c"}]}]}`, pumpPURL+"4.2.1", vex31)
	for _, c := range []struct {
		name, entryCVSS, want string
	}{
		{"the entry states none", "", vex31},
		{"the entry states its own", entry31, entry31},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSet(t, "x.cdx.json", doc, []content.Vulnerability{{ID: "CVE-2024-9003", Status: "under_investigation", CVSS: c.entryCVSS,
				Versions: []string{"4.2.1"}, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}}}})
			for _, d := range diags {
				if strings.HasSuffix(d.File, "x.cdx.json") && d.Severity == content.Error {
					t.Errorf("error in the VEX: %s", d.Message)
				}
			}
			n := 0
			for _, v := range s.For("4.2.1") {
				if v.ID != "CVE-2024-9003" {
					continue
				}
				n++
				if got := ""; v.CVSS == nil || v.CVSS.Vector != c.want {
					if v.CVSS != nil {
						got = v.CVSS.Vector
					}
					t.Errorf("CVSS %q; want %q", got, c.want)
				}
			}
			if n != 1 {
				t.Errorf("%d entries of CVE-2024-9003 in 4.2.1; want the one, merged", n)
			}
		})
	}
}
