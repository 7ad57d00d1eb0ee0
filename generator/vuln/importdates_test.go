package vuln_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestParseStatementDates: an imported statement is dated when it was
// made (Stated: the manufacturer knew of the vulnerability by then, which
// is not when it identified it), else when the document was; its
// identification (discovered) and public disclosure (disclosed) only
// where the format states them. The importers dropped every date, so an imported
// statement was in every VEX and CSAF file, however early it was built.
func TestParseStatementDates(t *testing.T) {
	const (
		pump    = `{"type":"firmware","bom-ref":"p","name":"pump","version":"1.0","purl":"pkg:generic/acme/pump@1.0"}`
		ovStmt  = `"vulnerability":{"name":"CVE-2024-0001"},"products":[{"@id":"pkg:generic/acme/pump@1.0","subcomponents":[{"@id":"pkg:generic/openssl@3.0.16"}]}],"status":"under_investigation"`
		csafDoc = `{"document":{"category":"csaf_vex","csaf_version":"2.0"%s},
"product_tree":{"full_product_names":[{"product_id":"P","name":"pump","product_identification_helper":{"purl":"pkg:generic/acme/pump@1.0"}},{"product_id":"C","name":"c","product_identification_helper":{"purl":"pkg:generic/openssl@3.0.16"}}],
"relationships":[{"category":"default_component_of","product_reference":"C","relates_to_product_reference":"P","full_product_name":{"product_id":"C-P","name":"c in pump"}}]},
"vulnerabilities":[{"cve":"CVE-2024-0001",%s"product_status":{"under_investigation":["C-P"]}}]}`
		tracking = `,"tracking":{"id":"X","current_release_date":"2024-06-01T00:00:00.000Z","initial_release_date":"2024-01-01T00:00:00.000Z","revision_history":[],"status":"final","version":"3"}`
	)
	ov := func(docTimestamp, statementMembers string) []byte {
		ts := ""
		if docTimestamp != "" {
			ts = `"timestamp":"` + docTimestamp + `",`
		}
		return []byte(`{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"x",` + ts + `"version":1,"statements":[{` + ovStmt + statementMembers + `}]}`)
	}
	cdxMeta := func(timestamp string) string {
		if timestamp == "" {
			return `"metadata":{"component":` + pump + `},`
		}
		return `"metadata":{"timestamp":"` + timestamp + `","component":` + pump + `},`
	}
	cdx := func(meta, vulnerability string) []byte {
		return fmt.Appendf(nil, `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,%s
"components":[{"type":"library","bom-ref":"c","name":"openssl","version":"3.0.16","purl":"pkg:generic/openssl@3.0.16"}],
"vulnerabilities":[{"id":"CVE-2024-0001",%s"affects":[{"ref":"c"}]}]}`, meta, vulnerability)
	}
	for _, c := range []struct {
		name                          string
		doc                           []byte
		stated, discovered, disclosed string
	}{
		{"OpenVEX, the statement's timestamp", ov("2024-01-01T00:00:00Z", `,"timestamp":"2024-03-05T10:00:00Z"`), "2024-03-05", "", ""},
		{"OpenVEX, the statement's timestamp, in UTC", ov("2024-01-01T00:00:00Z", `,"timestamp":"2024-03-05T22:00:00-05:00"`), "2024-03-06", "", ""},
		{"OpenVEX, none: the document's", ov("2024-01-01T00:00:00Z", ""), "2024-01-01", "", ""},
		{"OpenVEX, neither", ov("", ""), "", "", ""},
		{"CycloneDX, the analysis first issued", cdx(cdxMeta("2024-06-01T00:00:00Z"), `"analysis":{"state":"in_triage","firstIssued":"2024-03-05T00:00:00Z"},`), "2024-03-05", "", ""},
		{"CycloneDX, not issued: the document's", cdx(cdxMeta("2024-06-01T00:00:00Z"), `"analysis":{"state":"in_triage"},`), "2024-06-01", "", ""},
		{"CycloneDX, published", cdx(cdxMeta("2024-06-01T00:00:00Z"), `"published":"2024-02-20T00:00:00Z","analysis":{"state":"in_triage"},`), "2024-06-01", "", "2024-02-20"},
		{"CycloneDX, none", cdx(cdxMeta(""), `"analysis":{"state":"in_triage"},`), "", "", ""},
		{"CycloneDX, a timestamp that is none", cdx(cdxMeta("last week"), `"analysis":{"state":"in_triage"},`), "", "", ""},
		{"CSAF, discovery and release dates", fmt.Appendf(nil, csafDoc, tracking, `"discovery_date":"2024-02-01T00:00:00.000Z","release_date":"2024-02-20T00:00:00.000Z",`), "2024-06-01", "2024-02-01", "2024-02-20"},
		{"CSAF, released only: the document's current release", fmt.Appendf(nil, csafDoc, tracking, `"release_date":"2024-02-20T00:00:00.000Z",`), "2024-06-01", "", "2024-02-20"},
		{"CSAF, none", fmt.Appendf(nil, csafDoc, "", ""), "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stmts, err := vuln.Parse(c.doc)
			if err != nil {
				t.Fatal(err)
			}
			if len(stmts) != 1 {
				t.Fatalf("%d statements; want 1", len(stmts))
			}
			if got := stmts[0].Stated.String(); got != c.stated {
				t.Errorf("stated %q; want %q", got, c.stated)
			}
			if got := stmts[0].Discovered.String(); got != c.discovered {
				t.Errorf("discovered %q; want %q", got, c.discovered)
			}
			if got := stmts[0].Disclosed.String(); got != c.disclosed {
				t.Errorf("disclosed %q; want %q", got, c.disclosed)
			}
		})
	}
}

// TestImportedStatementDated: an imported statement's entry carries its
// date (Stated, for Known), so a file as of an earlier day leaves it out
// (KnownBy) and one as of that day or later states it; an entry the
// product file dates keeps its own date, one it leaves undated takes the
// statement's, and neither prints the statement's as its discovered. A statement
// that leaves its entry without any date is warned of, at the statement.
func TestImportedStatementDated(t *testing.T) {
	const ssl421 = "pkg:github/openssl/openssl@openssl-3.0.16"
	stmt := func(timestamp string) string {
		ts := ""
		if timestamp != "" {
			ts = `,"timestamp":"` + timestamp + `"`
		}
		return `{"vulnerability":{"name":"CVE-2024-9001"},"products":[` + ovProduct("4.2.1", "", ssl421) + `],"status":"under_investigation"` + ts + `}`
	}
	undatedDoc := func(statement string) []byte {
		return []byte(`{"@context":"https://openvex.dev/ns/v0.2.0","@id":"urn:x","author":"x","version":1,"statements":[` + statement + `]}`)
	}
	entry := func(discovered content.Date) []content.Vulnerability {
		return []content.Vulnerability{{ID: "CVE-2024-9001", Status: "under_investigation", Versions: []string{"4.2.1"}, Discovered: discovered,
			Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.16"}}}}
	}
	d := content.NewDate
	for _, c := range []struct {
		name  string
		doc   []byte
		extra []content.Vulnerability
		want  string // the entry's Known: when a document may first state it
		warn  bool
	}{
		{"the statement's timestamp", openVEX(stmt("2025-06-10T00:00:00Z")), nil, "2025-06-10", false},
		{"the document's", openVEX(stmt("")), nil, "2024-01-01", false},
		{"no date", undatedDoc(stmt("")), nil, "", true},
		{"the product file's date stays", openVEX(stmt("2025-06-10T00:00:00Z")), entry(d(2025, 6, 1)), "2025-06-01", false},
		{"an undated product file entry takes the statement's", openVEX(stmt("2025-06-10T00:00:00Z")), entry(content.Date{}), "2025-06-10", false},
		{"an undated statement about a dated product file entry", undatedDoc(stmt("")), entry(d(2025, 6, 1)), "2025-06-01", false},
		{"undated both", undatedDoc(stmt("")), entry(content.Date{}), "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSet(t, "x.openvex.json", c.doc, c.extra)
			var x *vuln.Vulnerability
			for _, v := range s.For("4.2.1") {
				if v.ID == "CVE-2024-9001" {
					x = v
				}
			}
			if x == nil {
				t.Fatalf("CVE-2024-9001 not imported: %v", diags)
			}
			if got := x.Known().String(); got != c.want {
				t.Errorf("known %q; want %q", got, c.want)
			}
			// The statement's date is not when the vulnerability was
			// identified: discovered stays as the product file writes it.
			wantDiscovered := ""
			if len(c.extra) > 0 {
				wantDiscovered = c.extra[0].Discovered.String()
			}
			if got := x.Discovered.String(); got != wantDiscovered {
				t.Errorf("discovered %q; want %q", got, wantDiscovered)
			}
			warned := false
			for _, dg := range diags {
				if strings.HasSuffix(dg.File, "x.openvex.json") && dg.Severity == content.Warning && strings.Contains(dg.Message, "CVE-2024-9001 in version 4.2.1: the statement states no date") {
					warned = true
				}
			}
			if warned != c.warn {
				t.Errorf("warned of no date: %v; want %v (%v)", warned, c.warn, diags)
			}
			if c.want == "" {
				return
			}
			// Held back the day before; stated on the day.
			day, _ := content.ParseDate(c.want)
			in := func(asOf content.Date) bool {
				for _, v := range s.KnownBy(asOf).For("4.2.1") {
					if v.ID == "CVE-2024-9001" {
						return true
					}
				}
				return false
			}
			if in(content.DateOf(day.Time().AddDate(0, 0, -1))) {
				t.Errorf("stated as of the day before %s", c.want)
			}
			if !in(day) {
				t.Errorf("not stated as of %s", c.want)
			}
		})
	}
}
