package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// minimalSite is a valid site file.
const minimalSite = `schema_version = 2
title = "T"
[manufacturer]
name = "M"
address = "A"
cvd_policy_url = "https://m.example/cvd"
[manufacturer.security_contact]
email = "security@m.example"
[manufacturer.psirt]
name = "PSIRT"
email = "psirt@m.example"
`

// decodeProduct decodes src as a product file and validates it.
func decodeProduct(src string) Diagnostics {
	p := &Product{}
	_, diags, ok := DecodeTOML("p.toml", []byte(src), p)
	if ok {
		p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
		c := &Content{Products: []*Product{p}}
		diags = append(diags, c.validate()...)
	}
	diags.Sort()
	return diags
}

// wantDecoded decodes src as decodeProduct does and checks its
// diagnostics whose key path contains one of keys (every diagnostic when
// none is given): with want "", there is none; else one starts with want.
func wantDecoded(t *testing.T, src, want string, keys ...string) {
	t.Helper()
	var got []string
	for _, d := range decodeProduct(src) {
		if len(keys) == 0 || slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(d.Path, k) }) {
			got = append(got, d.String())
		}
	}
	if want == "" {
		if len(got) > 0 {
			t.Errorf("want no diagnostic at %s, got\n  %s", strings.Join(keys, " or "), strings.Join(got, "\n  "))
		}
		return
	}
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, want) }) {
		t.Errorf("want %q among\n  %s", want, strings.Join(got, "\n  "))
	}
}

func TestDecodeDiagnostics(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key with suggestion", "schema_version = 2\nnmae = \"x\"\n", `p.toml:2: nmae: unknown key (did you mean "name"?)`},
		{"wrong type", "schema_version = 2\nname = 3\n", "p.toml:2: name: want a string; got integer 3"},
		{"empty key", "schema_version = 2\n\"\" = \"\"\n", `p.toml:1: unknown key "" (a key must have a name)`},
		{"empty key in a table", "schema_version = 2\n[spdf]\n\"\" = 1\n", `p.toml:2: spdf: unknown key "" (a key must have a name)`},
		{"missing schema version", "name = \"x\"\n", "p.toml:1: schema_version: missing required key"},
		{"schema version as string", "schema_version = \"2\"\n", `p.toml:1: schema_version: want the integer 2; got string "2"`},
		{"future schema", "schema_version = 3\n", "p.toml:1: schema_version: unknown schema version: want 2; got 3"},
		{"format 1 names migrate", "# product\nschema_version = 1\n", "p.toml:2: schema_version: this file is in content format 1, where Markdown fields were plain text; this jspgen reads format 2: run jspgen migrate p.toml to convert it"},
		{"syntax error line", "schema_version = 2\n\nname = \"x\n", "p.toml:3: TOML syntax:"},
		{"missing required top-level key", "schema_version = 2\n", "p.toml:1: name: missing required key"},
		{"missing key in table reported at the table", "schema_version = 2\n\n[spdf]\nframeworks = [\"JSP2\"]\n", "p.toml:3: spdf.description: missing required key"},
		{"array of tables index and line", "schema_version = 2\n[[ports]]\nnumber = 443\n[[ports]]\nnumber = 70000\n", "p.toml:5: ports[1].number: want a value from 1 to 65535; got 70000"},
		{"nested array of tables", "schema_version = 2\n[[versions]]\nversion = \"1\"\n[[versions]]\nversion = \"2\"\ngeneral_availability = \"2024-13-01\"\n", `p.toml:6: versions[1].general_availability: want an ISO 8601 date YYYY-MM-DD; got "2024-13-01"`},
		{"date with time", "schema_version = 2\n[documents.security_plan]\nrelease_date = 2026-01-02T03:04:05Z\n", "p.toml:3: documents.security_plan.release_date: want a date YYYY-MM-DD without time"},
		{"enum", "schema_version = 2\n[[ports]]\ndirection = \"inbound\"\n", `p.toml:3: ports[0].direction: want one of in, out, both; got "inbound"`},
		{"closed vocabulary: carries", "schema_version = 2\n[[interfaces]]\nid = \"eth\"\ncarries = [\"logs\", \"PHI\"]\n", `p.toml:4: interfaces[0].carries[1]: want one of phi, pii, configuration, logs, software, credentials, therapy, alarms, measurements, sample_data, process_records, statistics; got "PHI"`},
		{"closed vocabulary: data_stores.data", "schema_version = 2\n[[data_stores]]\nid = \"db\"\ndata = [\"patient\"]\n", `p.toml:4: data_stores[0].data[0]: want one of phi, pii, configuration, logs, software, credentials, therapy, alarms, measurements, sample_data, process_records, statistics; got "patient"`},
		{"closed vocabulary: data_flows.data", "schema_version = 2\n[[data_flows]]\nid = \"f\"\ndata = [\"phi\", \"records\"]\n", `p.toml:4: data_flows[0].data[1]: want one of phi, pii`},
		{"closed vocabulary: accounts.sign_in", "schema_version = 2\n[[accounts]]\nrole = \"Nurse\"\nsign_in = [\"local\", \"ldap\"]\n", `p.toml:4: accounts[0].sign_in[1]: want one of local, directory, federated; got "ldap"`},
		{"closed vocabulary: interface kind", "schema_version = 2\n[[interfaces]]\nid = \"x\"\nkind = \"lan\"\n", `p.toml:4: interfaces[0].kind: want one of ethernet, wifi, bluetooth, cellular, usb, serial, contact, removable_media, nfc, infrared, radio, display, virtual_nic, web_ui, api, other; got "lan"`},
		{"unsafe id", "schema_version = 2\nid = \"../x\"\n", `p.toml:2: id: want a slug`},
		{"id with slash", "schema_version = 2\nid = \"a/b\"\n", `p.toml:2: id: want a slug`},
		{"empty id", "schema_version = 2\nid = \"\"\n", `p.toml:2: id: want a slug`},
		{"inline table array entries", "schema_version = 2\nmodels = [\n  { id = \"a\", name = \"A\" },\n  { id = \"a\", name = \"B\" },\n]\n", `p.toml:4: models[1].id: duplicate id "a" (first at models[0], line 3)`},
		{"unknown reference", "schema_version = 2\n[[threats]]\nid = \"T-1\"\ncontrols = [\"C-9\"]\n", `p.toml:4: threats[0].controls[0]: unknown control "C-9" (want one of none defined)`},
		{"interoperability names an unknown control", "schema_version = 2\n[[controls]]\nid = \"C-1\"\n[[interoperability]]\nprotocol = \"HL7\"\ncontrols = [\"C-1\", \"C-9\"]\n", `p.toml:6: interoperability[0].controls[1]: unknown control "C-9" (want one of C-1)`},
		{"test tool without its version", "schema_version = 2\n[[verification.activities]]\nid = \"VA-1\"\ntools = [{ name = \"Nmap\" }]\n", `p.toml:4: verification.activities[0].tools[0].version: missing`},
		{"milestones out of order", "schema_version = 2\n[[versions]]\nversion = \"1\"\ngeneral_availability = 2024-01-01\nend_of_life = 2023-01-01\n", "p.toml:5: versions[0].end_of_life: End of life (2023-01-01) is before General availability (2024-01-01)"},
		{"bad url", "schema_version = 2\n[[x]]\n", "p.toml:2: x: unknown key"},
		// A submission document's control embeds DocumentControl: its keys
		// are the table's own, decoded and checked as such.
		{"submission control: embedded key decoded and typed", "schema_version = 2\n[documents.risk_report]\nrelease_date = \"soon\"\n", `p.toml:3: documents.risk_report.release_date: want an ISO 8601 date YYYY-MM-DD; got "soon"`},
		// id, revision and release_date are optional (no "missing required key"); typed still
		{"submission control: embedded optional key typed", "schema_version = 2\n[documents.estar]\nid = 5\n", "p.toml:3: documents.estar.id: want a string; got integer 5"},
		{"submission control: typo suggests its own key", "schema_version = 2\n[documents.estar]\nverison = \"3.1\"\n", `p.toml:3: documents.estar.verison: unknown key (did you mean "version"?)`},
		{"submission control: typo suggests an embedded key", "schema_version = 2\n[documents.estar]\nrevison = \"A\"\n", `p.toml:3: documents.estar.revison: unknown key (did you mean "revision"?)`},
		{"multi-line string does not shift lines", "schema_version = 2\ndescription = \"\"\"\nline\nname = 5\n\"\"\"\nname = 5\n", "p.toml:6: name: want a string; got integer 5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			diags := decodeProduct(tc.src)
			for _, d := range diags {
				if strings.HasPrefix(d.String(), tc.want) {
					return
				}
			}
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
		})
	}
}

func TestLoadReportsEveryFileSorted(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "jspgen.toml")
	os.WriteFile(site, []byte(strings.Replace(minimalSite, "title", "bogus = 1\ntitle", 1)), 0o644)
	content := filepath.Join(dir, "content")
	os.MkdirAll(content, 0o755)
	os.WriteFile(filepath.Join(content, "b.toml"), []byte("schema_version = 2\nid = \"p\"\nname = 1\n"), 0o644)
	os.WriteFile(filepath.Join(content, "a.toml"), []byte("schema_version = 2\nid = \"p\"\nname = 2\n"), 0o644)
	_, diags := Load(site, content)
	text := make([]string, len(diags))
	for i, d := range diags {
		text[i] = d.String()
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"jspgen.toml:2: bogus: unknown key", "a.toml:3: name: want a string", "b.toml:3: name: want a string", `b.toml:2: id: duplicate product ID "p" (already used by ` + filepath.ToSlash(content) + "/a.toml:2)"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in:\n%s", want, all)
		}
	}
	for i := 1; i < len(diags); i++ {
		if diags[i-1].File > diags[i].File || (diags[i-1].File == diags[i].File && diags[i-1].Line > diags[i].Line) {
			t.Errorf("diagnostics not sorted by file and line:\n%s", all)
		}
	}
}

func TestVersionStage(t *testing.T) {
	v := Version{GeneralAvailability: NewDate(2020, 1, 1), EndOfLife: NewDate(2024, 1, 1), EndOfSupport: NewDate(2026, 1, 1)}
	for _, tc := range []struct {
		d    Date
		want string
	}{{NewDate(2019, 12, 31), "Development"}, {NewDate(2020, 1, 1), "Support"}, {NewDate(2024, 1, 1), "Limited Support"}, {NewDate(2025, 12, 31), "Limited Support"}, {NewDate(2026, 1, 1), "End of Support"}} {
		if got := v.Stage(tc.d); got != tc.want {
			t.Errorf("Stage(%s) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

// FuzzDecodeProduct: arbitrary input never panics loading and validation,
// and every diagnostic names the file.
func FuzzDecodeProduct(f *testing.F) {
	// Small seeds: the fuzzer mutates and re-runs each one many times a
	// second; the 130 KB example as a seed ran 9 inputs a minute.
	f.Add(minimalSite)
	f.Add("schema_version = 2\nid = \"p\"\nname = \"P\"\n[[threats]]\nid = \"T-1\"\npre_score = 9.8\npost_score = nan\ncontrols = [\"C-1\"]\n")
	f.Add("schema_version = 2\n[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-01\nend_of_life = 2024-01-01T00:00:00\n[[models]]\nid = \"M\"\n[[models]]\nid = \"m\"\n")
	f.Add("schema_version = 2\r\nid = \"nul\"\r\ndescription = \"\"\"\r\na {[\r\n\"\"\"\r\nx = {a={b={c=1}}}\r\n")
	f.Add("schema_version = 2\n[[interfaces]]\nid = \"eth0\"\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\ninterface = \"eth0\"\ndirection = \"in\"\n[mds2.answers]\n\"MPII-2.5\" = \"yes\"\n")
	f.Add("schema_version = 2\n[[ports]]\nnumber = 1\n[[ports]]\nx = [\n{a=1},\n]\n")
	f.Add("schema_version = 2\nversions = [{version=\"1\", general_availability=2020-01-01}]")
	f.Fuzz(func(t *testing.T, src string) {
		for _, d := range decodeProduct(src) {
			if d.File != "p.toml" || d.Message == "" {
				t.Fatalf("bad diagnostic %+v", d)
			}
		}
		s := &Site{}
		DecodeTOML("s.toml", []byte(src), s)
	})
}
