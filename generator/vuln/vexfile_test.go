package vuln_test

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// vexProduct is a product of two versions, 1.0 (released 2024-01-01) and
// 2.0 (released 2024-09-01, supported until 2025-06-30), and a set of
// the given entries, whose versions have purls (1.0) or not (2.0).
func vexProduct(list ...*vuln.Vulnerability) (*content.Product, *vuln.Set) {
	d := content.NewDate
	p := &content.Product{ID: "pump", Name: "Pump", Versions: []content.Version{
		{Version: "1.0", GeneralAvailability: d(2024, 1, 1)},
		{Version: "2.0", GeneralAvailability: d(2024, 9, 1), EndOfSupport: d(2025, 6, 30)},
	}}
	s := &vuln.Set{Versions: []vuln.Version{
		{Version: "1.0", Name: "Pump", PURL: "pkg:generic/acme/pump@1.0", Ref: "pkg:generic/acme/pump@1.0", Available: d(2024, 1, 1)},
		{Version: "2.0", Name: "Pump", Ref: "urn:uuid:00000000-0000-5000-8000-000000000002", Available: d(2024, 9, 1), EndOfSupport: d(2025, 6, 30)},
	}, List: list}
	return p, s
}

// TestVEXFileDated: a version's CycloneDX and OpenVEX files speak as of
// the newest date of its vulnerabilities, or a later day on which what
// they state of an affected version became so: the release of the
// version named to fix it, that version's end of support. Nothing else
// moves the date: a fix version released before the vulnerability was
// known, one not yet released (the fix is planned), the release of the
// version to fix one under investigation, or the end of support of the
// version a fixed entry names, which change nothing the files say. Nor is a file
// dated before its version's general availability: 2.0's files, all of
// whose vulnerabilities were known before 2.0 was out, were dated by the
// newest of them (lumen-aid 2.1's VEX dated 2024-02-01, its release
// 2025-05-05); a file built before the version is out (asOf) is not
// held to it.
func TestVEXFileDated(t *testing.T) {
	d := content.NewDate
	ctl := []string{"Isolate the VLAN."}
	for _, c := range []struct {
		name    string
		version string
		list    []*vuln.Vulnerability
		want    string
		asOf    content.Date
	}{
		{"known before its version was released", "2.0", []*vuln.Vulnerability{
			{ID: "CVE-2023-0001", Version: "2.0", Status: "not_affected", Justification: "vulnerable_code_not_in_execute_path", Discovered: d(2024, 2, 1), Disclosed: d(2023, 7, 12)},
			{ID: "CVE-2024-0001", Version: "2.0", Status: "fixed", FixedIn: "2.0"}}, "2024-09-01", content.Date{}},
		{"known before its version was released, built after", "2.0", []*vuln.Vulnerability{
			{ID: "CVE-2023-0001", Version: "2.0", Status: "not_affected", Justification: "vulnerable_code_not_in_execute_path", Discovered: d(2024, 2, 1)}}, "2024-09-01", d(2025, 1, 1)},
		{"found after its version was released", "2.0", []*vuln.Vulnerability{
			{ID: "CVE-2023-0001", Version: "2.0", Status: "not_affected", Justification: "vulnerable_code_not_in_execute_path", Discovered: d(2024, 2, 1)},
			{ID: "CVE-2024-0002", Version: "2.0", Status: "not_affected", Justification: "vulnerable_code_not_in_execute_path", Discovered: d(2024, 10, 1)}}, "2024-10-01", d(2025, 1, 1)},
		{"built before its version is released", "2.0", []*vuln.Vulnerability{
			{ID: "CVE-2023-0001", Version: "2.0", Status: "not_affected", Justification: "vulnerable_code_not_in_execute_path", Discovered: d(2024, 2, 1)}}, "2024-02-01", d(2024, 6, 1)},
		{"built before its version is released, no date stated", "2.0", []*vuln.Vulnerability{
			{ID: "CVE-2023-0001", Version: "2.0", Status: "not_affected", Justification: "vulnerable_code_not_in_execute_path"}}, "2024-06-01", d(2024, 6, 1)},

		{"affected, the fix released later", "1.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0", Discovered: d(2024, 3, 1), CompensatingControls: ctl}}, "2024-09-01", content.Date{}},
		{"affected, found after the version with the fix was out", "1.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0", Discovered: d(2024, 10, 1), CompensatingControls: ctl}}, "2024-10-01", content.Date{}},
		{"affected, the fix planned", "1.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0", FixPlanned: true, Discovered: d(2024, 3, 1), CompensatingControls: ctl}}, "2024-03-01", content.Date{}},
		// Nothing the files state of a version under investigation
		// names the version to fix it: its release is no change.
		{"under investigation, the version to fix it released later", "1.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "1.0", Status: "under_investigation", FixedIn: "2.0", Discovered: d(2024, 3, 1)}}, "2024-03-01", content.Date{}},
		{"affected, the version with the fix past its end of support", "1.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0", FixEnded: d(2025, 6, 30), Discovered: d(2024, 10, 1), CompensatingControls: ctl}}, "2025-06-30", content.Date{}},
		{"fixed, its own end of support past", "2.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "2.0", Status: "fixed", FixedIn: "2.0", FixEnded: d(2025, 6, 30), Discovered: d(2024, 10, 1)}}, "2024-10-01", content.Date{}},
		{"affected without a fix version, then one fixed later", "1.0", []*vuln.Vulnerability{
			{ID: "CVE-2024-0002", Version: "1.0", Status: "affected", Discovered: d(2024, 3, 1), CompensatingControls: ctl},
			{ID: "CVE-2024-0001", Version: "1.0", Status: "affected", FixedIn: "2.0", Discovered: d(2024, 3, 1), CompensatingControls: ctl}}, "2024-09-01", content.Date{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, s := vexProduct(c.list...)
			pub := vuln.Publisher{Name: "Acme", Tool: "jspgen test", AsOf: c.asOf}
			b, err := s.CycloneDX(p, c.version, pub)
			if err != nil {
				t.Fatal(err)
			}
			var bom struct {
				Metadata struct {
					Timestamp string `json:"timestamp"`
				} `json:"metadata"`
			}
			if err := json.Unmarshal(b, &bom); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(bom.Metadata.Timestamp, "T00:00:00Z"); got != c.want {
				t.Errorf("CycloneDX timestamp %s; want %s", bom.Metadata.Timestamp, c.want)
			}
			ov, err := s.OpenVEX(p, c.version, "urn:test", pub)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Timestamp  string `json:"timestamp"`
				Statements []struct {
					Timestamp string `json:"timestamp"`
				} `json:"statements"`
			}
			if err := json.Unmarshal(ov, &doc); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(doc.Timestamp, "T00:00:00Z"); got != c.want {
				t.Errorf("OpenVEX timestamp %s; want %s", doc.Timestamp, c.want)
			}
			for i, st := range doc.Statements {
				if got := strings.TrimSuffix(st.Timestamp, "T00:00:00Z"); got != c.want {
					t.Errorf("OpenVEX statement %d timestamp %s; want %s", i, st.Timestamp, c.want)
				}
			}
		})
	}
}

// TestOpenVEXProductIdentifiers: an OpenVEX statement's product carries
// the identifiers the version's SBOM states (its purl, a CPE 2.3 or 2.2),
// and none when it states neither: a version identified by jspgen's own
// UUID URN has no package URL another tool could match.
func TestOpenVEXProductIdentifiers(t *testing.T) {
	for _, c := range []struct {
		name     string
		purl     string
		cpe      string
		want     map[string]string
		wantNone bool
	}{
		{"purl", "pkg:generic/acme/pump@1.0", "", map[string]string{"purl": "pkg:generic/acme/pump@1.0"}, false},
		{"CPE 2.3", "", "cpe:2.3:a:acme:pump:1.0:*:*:*:*:*:*:*", map[string]string{"cpe23": "cpe:2.3:a:acme:pump:1.0:*:*:*:*:*:*:*"}, false},
		{"CPE 2.2", "", "cpe:/a:acme:pump:1.0", map[string]string{"cpe22": "cpe:/a:acme:pump:1.0"}, false},
		{"purl and CPE", "pkg:generic/acme/pump@1.0", "cpe:2.3:a:acme:pump:1.0:*:*:*:*:*:*:*",
			map[string]string{"purl": "pkg:generic/acme/pump@1.0", "cpe23": "cpe:2.3:a:acme:pump:1.0:*:*:*:*:*:*:*"}, false},
		{"neither", "", "", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, s := vexProduct(&vuln.Vulnerability{ID: "CVE-2024-0001", Version: "1.0", Status: "under_investigation"})
			s.Versions[0].PURL, s.Versions[0].CPE = c.purl, c.cpe
			s.Versions[0].Ref = cmp.Or(c.purl, c.cpe, "urn:uuid:00000000-0000-5000-8000-000000000001")
			ov, err := s.OpenVEX(p, "1.0", "urn:test", vuln.Publisher{Name: "Acme"})
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Statements []struct {
					Products []struct {
						Identifiers *map[string]string `json:"identifiers"`
					} `json:"products"`
				} `json:"statements"`
			}
			if err := json.Unmarshal(ov, &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Statements) != 1 || len(doc.Statements[0].Products) != 1 {
				t.Fatalf("want one statement about one product:\n%s", ov)
			}
			got := doc.Statements[0].Products[0].Identifiers
			switch {
			case c.wantNone && got != nil:
				t.Errorf("identifiers %v; want none", *got)
			case !c.wantNone && (got == nil || len(*got) != len(c.want)):
				t.Errorf("identifiers %v; want %v", got, c.want)
			case !c.wantNone:
				for k, v := range c.want {
					if (*got)[k] != v {
						t.Errorf("identifier %s = %q; want %q", k, (*got)[k], v)
					}
				}
			}
		})
	}
}

// TestCycloneDXAffects: a CycloneDX VEX entry affects the components the
// vulnerability is in, each by its purl, else by name@version (what the
// importer reads back); a version not affected because it does not
// contain the component affects the version itself, and only that
// justification does: a version not affected because the vulnerable code
// is not in its component still names the component. An entry with
// nothing done about it (under investigation) has no response. A CISA
// justification is written as the first CycloneDX one of its meaning, and
// none for "cannot be controlled by adversary", which has no CycloneDX
// equivalent that claims no more.
func TestCycloneDXAffects(t *testing.T) {
	zlib := sbom.Component{Name: "zlib", Version: "1.3"} // no purl: from the product file's [[components]]
	ssl := sbom.Component{Name: "openssl", Version: "3.0.8", PURL: "pkg:generic/openssl@3.0.8"}
	for _, c := range []struct {
		name         string
		v            vuln.Vulnerability
		wantAffects  []string
		wantResponse bool
		wantJust     string
	}{
		{"affected, components with and without purl",
			vuln.Vulnerability{Status: "affected", Components: []sbom.Component{ssl, zlib}, Remediation: "Update.", CompensatingControls: []string{"Isolate the VLAN."}},
			[]string{"pkg:generic/openssl@3.0.8", "zlib@1.3"}, true, ""},
		{"not affected, the component not present",
			vuln.Vulnerability{Status: "not_affected", Justification: "component_not_present", Components: []sbom.Component{ssl}},
			[]string{"pkg:generic/acme/pump@1.0"}, false, "requires_dependency"},
		{"not affected, the vulnerable code not present",
			vuln.Vulnerability{Status: "not_affected", Justification: "vulnerable_code_not_present", Components: []sbom.Component{ssl}},
			[]string{"pkg:generic/openssl@3.0.8"}, false, "code_not_present"},
		{"not affected, mitigations in the product",
			vuln.Vulnerability{Status: "not_affected", Justification: "inline_mitigations_already_exist", Components: []sbom.Component{ssl}},
			[]string{"pkg:generic/openssl@3.0.8"}, false, "protected_by_mitigating_control"},
		{"not affected, the adversary cannot control the code",
			vuln.Vulnerability{Status: "not_affected", Justification: "vulnerable_code_cannot_be_controlled_by_adversary", Impact: "Only the service port reaches it.", Components: []sbom.Component{ssl}},
			[]string{"pkg:generic/openssl@3.0.8"}, false, ""},
		{"under investigation",
			vuln.Vulnerability{Status: "under_investigation", Components: []sbom.Component{zlib}},
			[]string{"zlib@1.3"}, false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := c.v
			v.ID, v.Version = "CVE-2024-0001", "1.0"
			p, s := vexProduct(&v)
			b, err := s.CycloneDX(p, "1.0", vuln.Publisher{Name: "Acme", Tool: "jspgen test"})
			if err != nil {
				t.Fatal(err)
			}
			var bom struct {
				Components []struct {
					Ref string `json:"bom-ref"`
				} `json:"components"`
				Vulnerabilities []struct {
					Affects []struct {
						Ref string `json:"ref"`
					} `json:"affects"`
					Analysis map[string]any `json:"analysis"`
				} `json:"vulnerabilities"`
			}
			if err := json.Unmarshal(b, &bom); err != nil {
				t.Fatal(err)
			}
			if len(bom.Vulnerabilities) != 1 {
				t.Fatalf("%d vulnerabilities; want 1", len(bom.Vulnerabilities))
			}
			var got []string
			for _, a := range bom.Vulnerabilities[0].Affects {
				got = append(got, a.Ref)
			}
			if !slices.Equal(got, c.wantAffects) {
				t.Errorf("affects %v; want %v", got, c.wantAffects)
			}
			for _, ref := range got {
				if ref != s.Versions[0].Ref && !slices.ContainsFunc(bom.Components, func(x struct {
					Ref string `json:"bom-ref"`
				}) bool {
					return x.Ref == ref
				}) {
					t.Errorf("affects %s, which is not among the BOM's components", ref)
				}
			}
			if got, _ := bom.Vulnerabilities[0].Analysis["justification"].(string); got != c.wantJust {
				t.Errorf("justification %q; want %q", got, c.wantJust)
			}
			if _, has := bom.Vulnerabilities[0].Analysis["response"]; has != c.wantResponse {
				t.Errorf("analysis %v; want a response: %v", bom.Vulnerabilities[0].Analysis, c.wantResponse)
			}
		})
	}
}

// TestCycloneDXResponse: what the CycloneDX VEX says the manufacturer
// does about an affected version. "update" offers a release to update
// to: a fix released, or no fix planned for the version but a later,
// released and supported version that has it; with no fix planned and no
// version named that has the fix, there is nothing to update to.
func TestCycloneDXResponse(t *testing.T) {
	d := content.NewDate
	ctl := []string{"Isolate the VLAN."}
	for _, c := range []struct {
		name string
		v    vuln.Vulnerability
		want []string
	}{
		{"no fix planned, none anywhere", vuln.Vulnerability{Status: "affected", Fix: "none_planned", Remediation: "No fix will be released.", CompensatingControls: ctl},
			[]string{"will_not_fix", "workaround_available"}},
		{"no fix planned, a later version has it", vuln.Vulnerability{Status: "affected", Fix: "none_planned", FixedIn: "2.0", CompensatingControls: ctl},
			[]string{"will_not_fix", "update", "workaround_available"}},
		{"no fix planned, the later version with it not yet released", vuln.Vulnerability{Status: "affected", Fix: "none_planned", FixedIn: "2.0", FixPlanned: true},
			[]string{"will_not_fix"}},
		{"no fix planned, the later version with it past its end of support", vuln.Vulnerability{Status: "affected", Fix: "none_planned", FixedIn: "2.0", FixEnded: d(2025, 6, 30)},
			[]string{"will_not_fix"}},
		{"fix released, no compensating controls", vuln.Vulnerability{Status: "affected", Fix: "released", Remediation: "Install patch P-17."},
			[]string{"update"}},
		{"fixed in a released version", vuln.Vulnerability{Status: "affected", FixedIn: "2.0", Remediation: "Update to 2.0."},
			[]string{"update"}},
		{"fix planned in a version not yet released", vuln.Vulnerability{Status: "affected", FixedIn: "2.0", FixPlanned: true, CompensatingControls: ctl},
			[]string{"workaround_available"}},
		{"fixed", vuln.Vulnerability{Status: "fixed", FixedIn: "1.0"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := c.v
			v.ID, v.Version = "CVE-2024-0001", "1.0"
			p, s := vexProduct(&v)
			b, err := s.CycloneDX(p, "1.0", vuln.Publisher{Name: "Acme", Tool: "jspgen test"})
			if err != nil {
				t.Fatal(err)
			}
			var bom struct {
				Vulnerabilities []struct {
					Analysis struct {
						Response []string `json:"response"`
					} `json:"analysis"`
				} `json:"vulnerabilities"`
			}
			if err := json.Unmarshal(b, &bom); err != nil {
				t.Fatal(err)
			}
			if len(bom.Vulnerabilities) != 1 {
				t.Fatalf("%d vulnerabilities; want 1", len(bom.Vulnerabilities))
			}
			if got := bom.Vulnerabilities[0].Analysis.Response; !slices.Equal(got, c.want) {
				t.Errorf("response %v; want %v", got, c.want)
			}
		})
	}
}

// TestVEXSourcesAndTool: the CycloneDX VEX names where each
// vulnerability is described (the NVD for a CVE, GitHub's advisory
// database for a GHSA) and the version of the tool that wrote it; the
// OpenVEX statement carries an action statement for an affected version
// only (the remediation it states is not about a version that is fixed,
// not affected or still being investigated).
func TestVEXSourcesAndTool(t *testing.T) {
	p, s := vexProduct(
		&vuln.Vulnerability{ID: "CVE-2024-6387", Version: "1.0", Status: "affected", Remediation: "Update to 2.0.", FixedIn: "2.0"},
		&vuln.Vulnerability{ID: "GHSA-jfh8-c2jp-5v3q", Version: "1.0", Status: "under_investigation", Remediation: "Assessing."},
		&vuln.Vulnerability{ID: "CVE-2024-0002", Version: "1.0", Status: "fixed", FixedIn: "1.0", Remediation: "Fixed in 1.0."},
	)
	for tool, want := range map[string]string{"jspgen 0.1.0": "0.1.0", "jspgen": ""} {
		b, err := s.CycloneDX(p, "1.0", vuln.Publisher{Name: "Acme", Tool: tool})
		if err != nil {
			t.Fatal(err)
		}
		var bom struct {
			Metadata struct {
				Tools struct {
					Components []struct {
						Name    string `json:"name"`
						Version string `json:"version"`
					} `json:"components"`
				} `json:"tools"`
			} `json:"metadata"`
			Vulnerabilities []struct {
				ID     string `json:"id"`
				Source struct {
					Name string `json:"name"`
					URL  string `json:"url"`
				} `json:"source"`
			} `json:"vulnerabilities"`
		}
		if err := json.Unmarshal(b, &bom); err != nil {
			t.Fatal(err)
		}
		if tc := bom.Metadata.Tools.Components; len(tc) != 1 || tc[0].Name != "jspgen" || tc[0].Version != want {
			t.Errorf("tool %q: tools %+v; want jspgen %q", tool, tc, want)
		}
		sources := map[string]string{}
		for _, v := range bom.Vulnerabilities {
			sources[v.ID] = v.Source.Name + " " + v.Source.URL
		}
		for id, want := range map[string]string{
			"CVE-2024-6387":       "NVD https://nvd.nist.gov/vuln/detail/CVE-2024-6387",
			"GHSA-jfh8-c2jp-5v3q": "GitHub https://github.com/advisories/GHSA-jfh8-c2jp-5v3q",
		} {
			if sources[id] != want {
				t.Errorf("source of %s = %q; want %q", id, sources[id], want)
			}
		}
	}
	ov, err := s.OpenVEX(p, "1.0", "urn:test", vuln.Publisher{Name: "Acme"})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Statements []struct {
			Vulnerability struct {
				Name string `json:"name"`
			} `json:"vulnerability"`
			Action string `json:"action_statement"`
		} `json:"statements"`
	}
	if err := json.Unmarshal(ov, &doc); err != nil {
		t.Fatal(err)
	}
	actions := map[string]string{}
	for _, st := range doc.Statements {
		actions[st.Vulnerability.Name] = st.Action
	}
	want := map[string]string{"CVE-2024-6387": "Update to 2.0.", "GHSA-jfh8-c2jp-5v3q": "", "CVE-2024-0002": ""}
	if len(actions) != len(want) {
		t.Errorf("statements %v; want %v", actions, want)
	}
	for id, w := range want {
		if actions[id] != w {
			t.Errorf("OpenVEX action of %s = %q; want %q", id, actions[id], w)
		}
	}
}

// TestOpenVEXSubcomponents: an OpenVEX statement names the components
// concerned as subcomponents, each @id an IRI as OpenVEX requires: by
// purl, with the purl as its identifier, else by CPE, with the CPE as its
// identifier, else by a generic purl of its name and version with no
// identifier (none is stated; "zlib@1.3" was written, which is no IRI).
func TestOpenVEXSubcomponents(t *testing.T) {
	p, s := vexProduct(&vuln.Vulnerability{ID: "CVE-2024-0001", Version: "1.0", Status: "under_investigation", Components: []sbom.Component{
		{Name: "openssl", Version: "3.0.8", PURL: "pkg:generic/openssl@3.0.8"}, {Name: "zlib", Version: "1.3"},
		{Name: "busybox", Version: "1.36.1", CPE: "cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*"}, {Name: "vendor blob", Version: "r2/7"}}})
	ov, err := s.OpenVEX(p, "1.0", "urn:test", vuln.Publisher{Name: "Acme"})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Statements []struct {
			Products []struct {
				Subcomponents []struct {
					ID          string            `json:"@id"`
					Identifiers map[string]string `json:"identifiers"`
				} `json:"subcomponents"`
			} `json:"products"`
		} `json:"statements"`
	}
	if err := json.Unmarshal(ov, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) != 1 || len(doc.Statements[0].Products) != 1 {
		t.Fatalf("want one statement about one product:\n%s", ov)
	}
	var got []string
	for _, sc := range doc.Statements[0].Products[0].Subcomponents {
		got = append(got, fmt.Sprintf("%s %v", sc.ID, sc.Identifiers))
	}
	want := []string{"pkg:generic/openssl@3.0.8 map[purl:pkg:generic/openssl@3.0.8]", "pkg:generic/zlib@1.3 map[]",
		"cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:* map[cpe23:cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*]", "pkg:generic/vendor%20blob@r2%2F7 map[]"}
	if !slices.Equal(got, want) {
		t.Errorf("subcomponents %q; want %q", got, want)
	}
}
