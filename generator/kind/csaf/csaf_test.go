package csaf_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	kcsaf "github.com/jspgen/jspgen/generator/kind/csaf"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/internal/testtools"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemasDir is ../shared/schemas/csaf-2.0 beside the repository.
const schemasDir = "../../../../shared/schemas/csaf-2.0"

const (
	csafSchemaID     = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json"
	providerSchemaID = "https://docs.oasis-open.org/csaf/csaf/v2.0/provider_json_schema.json"
)

// schemas compiles the CSAF 2.0 and provider metadata schemas, with the
// CVSS schemas registered under their $id URLs (no network).
func schemas(t *testing.T) (doc, provider *jsonschema.Schema) {
	t.Helper()
	if _, err := os.Stat(schemasDir); err != nil {
		testtools.Missing(t, "the CSAF 2.0 schemas ("+schemasDir+") are absent")
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for file, id := range map[string]string{
		"csaf_json_schema.json":     csafSchemaID,
		"provider_json_schema.json": providerSchemaID,
		"cvss-v2.0.json":            "https://www.first.org/cvss/cvss-v2.0.json",
		"cvss-v3.0.json":            "https://www.first.org/cvss/cvss-v3.0.json",
		"cvss-v3.1.json":            "https://www.first.org/cvss/cvss-v3.1.json",
	} {
		f, err := os.Open(filepath.Join(schemasDir, file))
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if err := c.AddResource(id, v); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
	}
	var err error
	if doc, err = c.Compile(csafSchemaID); err != nil {
		t.Fatal(err)
	}
	if provider, err = c.Compile(providerSchemaID); err != nil {
		t.Fatal(err)
	}
	return doc, provider
}

// prepareExample prepares the example product with the csaf kind.
func prepareExample(t *testing.T, edit func(*content.Product)) (kind.Prepared, *kind.Env) {
	t.Helper()
	c := kindtest.LoadExample(t)
	p, diags := kindtest.Product(t, c, kindtest.Example)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(p.Product)
	}
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	out, diags := kindtest.Prepare(t, kcsaf.Kind, env, p)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	return out, env
}

func siteFile(p kind.Prepared, path string) []byte {
	for _, f := range p.SiteFiles {
		if f.Path == path {
			return f.Data
		}
	}
	return nil
}

// TestCSAFSchema validates every CSAF document and the provider metadata
// the example publishes against the OASIS CSAF 2.0 schemas.
func TestCSAFSchema(t *testing.T) {
	docSchema, providerSchema := schemas(t)
	out, _ := prepareExample(t, nil)
	var n int
	categories := map[string]int{}
	for _, f := range out.SiteFiles {
		if !strings.HasSuffix(f.Path, ".json") {
			continue
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		sch := docSchema
		if f.Path == kcsaf.ProviderMetadata {
			sch = providerSchema
		} else {
			var d struct {
				Document struct{ Category string }
			}
			json.Unmarshal(f.Data, &d)
			categories[d.Document.Category]++
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("%s does not validate:\n%v", f.Path, err)
		}
		n++
	}
	if categories["csaf_vex"] != 3 || categories["csaf_informational_advisory"] != 2 || categories["csaf_security_advisory"] != 1 {
		t.Errorf("documents by category = %v; want 3 csaf_vex (one per version with vulnerabilities), 2 csaf_informational_advisory (EOS 3.8.2, EOL 4.1.0) and 1 csaf_security_advisory (MIS-SA-2024-02)", categories)
	}
	t.Logf("%d files validated", n)
	// The validator is not vacuous: a document without its tracking
	// version, or of another CSAF version, fails.
	for _, bad := range []string{
		`{"document":{"category":"csaf_vex","csaf_version":"2.0","publisher":{"category":"vendor","name":"x","namespace":"https://x.example"},"title":"t","tracking":{"id":"x","current_release_date":"2024-01-01T00:00:00Z","initial_release_date":"2024-01-01T00:00:00Z","revision_history":[{"date":"2024-01-01T00:00:00Z","number":"1","summary":"s"}],"status":"final"}}}`,
		`{"document":{"category":"csaf_vex","csaf_version":"2.1","publisher":{"category":"vendor","name":"x","namespace":"https://x.example"},"title":"t","tracking":{"id":"x","current_release_date":"2024-01-01T00:00:00Z","initial_release_date":"2024-01-01T00:00:00Z","revision_history":[{"date":"2024-01-01T00:00:00Z","number":"1","summary":"s"}],"status":"final","version":"1"}}}`,
	} {
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if docSchema.Validate(v) == nil {
			t.Errorf("an invalid document validated: %s", bad)
		}
	}
}

// TestProviderListsExactlyTheDocuments: index.txt and changes.csv list
// every CSAF document written and nothing else; provider-metadata points
// at the folder that holds them.
func TestProviderListsExactlyTheDocuments(t *testing.T) {
	out, _ := prepareExample(t, nil)
	var written []string
	for _, f := range out.SiteFiles {
		if strings.HasPrefix(f.Path, kcsaf.Root+"white/") && strings.HasSuffix(f.Path, ".json") {
			written = append(written, strings.TrimPrefix(f.Path, kcsaf.Root+"white/"))
		}
	}
	slices.Sort(written)
	index := strings.Fields(string(siteFile(out, kcsaf.IndexTxt)))
	if !slices.Equal(index, written) {
		t.Errorf("index.txt = %v; want the documents written %v", index, written)
	}
	rows, err := csv.NewReader(bytes.NewReader(siteFile(out, kcsaf.ChangesCSV))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var changed []string
	for i, r := range rows {
		changed = append(changed, r[0])
		if i > 0 && r[1] > rows[i-1][1] {
			t.Errorf("changes.csv is not newest first at row %d: %v after %v", i+1, r, rows[i-1])
		}
	}
	slices.Sort(changed)
	if !slices.Equal(changed, written) {
		t.Errorf("changes.csv lists %v; want the documents written %v", changed, written)
	}
	var pm struct {
		Distributions []struct {
			DirectoryURL string `json:"directory_url"`
		}
	}
	if err := json.Unmarshal(siteFile(out, kcsaf.ProviderMetadata), &pm); err != nil {
		t.Fatal(err)
	}
	if len(pm.Distributions) != 1 || !strings.HasSuffix(pm.Distributions[0].DirectoryURL, "/.well-known/csaf/white/") {
		t.Errorf("provider-metadata distributions = %+v; want the white/ directory", pm.Distributions)
	}
}

// TestSecurityTxt: RFC 9116 fields from the site file; Expires less than
// a year after the as-of date (2026-03-02), as RFC 9116 recommends; no Canonical or CSAF line without a base URL.
func TestSecurityTxt(t *testing.T) {
	out, env := prepareExample(t, nil)
	got := string(siteFile(out, kcsaf.SecurityTxt))
	kindtest.SaysAll(t, "security.txt", got,
		"Contact: mailto:security@meridian-infusion.example\n",
		"Policy: "+env.Content.Site.Manufacturer.CVDPolicyURL+"\n",
		"Expires: 2027-03-01T00:00:00.000Z\n",
	)
	if strings.Contains(got, "Canonical:") || strings.Contains(got, "CSAF:") {
		t.Errorf("security.txt names a Canonical or CSAF URL though the site has no base_url:\n%s", got)
	}
	env.Content.Site.BaseURL = "https://security.example.org/docs"
	c := kindtest.LoadExample(t)
	c.Site.BaseURL = env.Content.Site.BaseURL
	p, _ := kindtest.Product(t, c, kindtest.Example)
	out, _ = kindtest.Prepare(t, kcsaf.Kind, kindtest.Env(c, content.NewDate(2026, 3, 2)), p)
	got = string(siteFile(out, kcsaf.SecurityTxt))
	kindtest.SaysAll(t, "with base_url, security.txt", got,
		"Canonical: https://security.example.org/docs/.well-known/security.txt\n",
		"CSAF: https://security.example.org/docs/.well-known/csaf/provider-metadata.json\n",
	)
	// No CSAF document: no provider, so neither its metadata, its listings
	// nor a CSAF line.
	files, err := kcsaf.SiteFiles(env, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	none := kind.Prepared{SiteFiles: files}
	if txt := string(siteFile(none, kcsaf.SecurityTxt)); strings.Contains(txt, "CSAF:") {
		t.Errorf("security.txt of a site without CSAF documents names a provider:\n%s", txt)
	}
	for _, f := range []string{kcsaf.ProviderMetadata, kcsaf.IndexTxt, kcsaf.ChangesCSV} {
		if siteFile(none, f) != nil {
			t.Errorf("%s published without a CSAF document", f)
		}
	}
}

// TestFileName follows CSAF 2.0 section 5.1.
func TestFileName(t *testing.T) {
	for id, want := range map[string]string{
		"HALCYON-LVP7-4.2.1-VEX": "halcyon-lvp7-4_2_1-vex.json",
		"MIS-LVP7-EOS-382":       "mis-lvp7-eos-382.json",
		"Example Co 2019:YH/3":   "example_co_2019_yh_3.json",
	} {
		if got := kcsaf.FileName(id); got != want {
			t.Errorf("FileName(%q) = %q; want %q", id, got, want)
		}
	}
}

// TestCSAFVEXParsesBack: every csaf_vex document jspgen writes is read
// back by the CSAF VEX importer with a statement per product status entry,
// each naming a version of the product and one of its components.
func TestCSAFVEXParsesBack(t *testing.T) {
	out, _ := prepareExample(t, nil)
	var docs int
	for _, f := range out.SiteFiles {
		if !strings.HasSuffix(f.Path, "-vex.json") {
			continue
		}
		docs++
		format, stmts, err := vuln.Parse(f.Data)
		if err != nil || format != vuln.FormatCSAF {
			t.Fatalf("%s: format %q, %v", f.Path, format, err)
		}
		if len(stmts) == 0 {
			t.Errorf("%s: no statements", f.Path)
		}
		for _, st := range stmts {
			if len(st.Targets) != 1 || !strings.HasPrefix(st.Targets[0].Product, "pkg:generic/meridian-infusion/") || len(st.Targets[0].Components) != 1 {
				t.Errorf("%s %s: targets %+v; want one version purl with its component", f.Path, st.Loc, st.Targets)
			}
			if st.Status == "not_affected" && st.Justification == "" {
				t.Errorf("%s %s: not_affected without its justification flag", f.Path, st.Loc)
			}
		}
	}
	if docs != 3 {
		t.Errorf("%d csaf_vex documents; want 3", docs)
	}
}

// TestSecurityAdvisoryTwin: the CSAF twin of the example's security
// notice carries the product versions' status, the CWE, the score, the
// remediation with its date and the dates of the vulnerability, all from
// [[vulnerabilities]], and the notice's tracking.
func TestSecurityAdvisoryTwin(t *testing.T) {
	out, _ := prepareExample(t, nil)
	b := siteFile(out, ".well-known/csaf/white/2024/mis-sa-2024-02.json")
	if b == nil {
		t.Fatal("no .well-known/csaf/white/2024/mis-sa-2024-02.json")
	}
	var d struct {
		Document struct {
			Category string
			Tracking struct {
				ID, Version string
				Initial     string `json:"initial_release_date"`
				Current     string `json:"current_release_date"`
			}
		}
		Vulnerabilities []struct {
			CVE           string
			CWE           struct{ ID, Name string }
			DiscoveryDate string `json:"discovery_date"`
			ReleaseDate   string `json:"release_date"`
			ProductStatus struct {
				KnownAffected []string `json:"known_affected"`
				Fixed         []string
			} `json:"product_status"`
			Remediations []struct {
				Category, Date, Details string
				ProductIDs              []string `json:"product_ids"`
			}
			Scores []struct {
				CVSSv3 struct {
					BaseScore float64 `json:"baseScore"`
				} `json:"cvss_v3"`
				Products []string
			}
			Threats []struct{ Category, Details string }
		}
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	tr := d.Document.Tracking
	if d.Document.Category != "csaf_security_advisory" || tr.ID != "MIS-SA-2024-02" || tr.Version != "2" ||
		tr.Initial != "2024-06-06T00:00:00.000Z" || tr.Current != "2025-05-12T00:00:00.000Z" {
		t.Errorf("document = %s %+v; want csaf_security_advisory MIS-SA-2024-02 version 2, 2024-06-06 to 2025-05-12", d.Document.Category, tr)
	}
	if len(d.Vulnerabilities) != 1 {
		t.Fatalf("%d vulnerabilities; want CVE-2024-1086 only", len(d.Vulnerabilities))
	}
	v := d.Vulnerabilities[0]
	if v.CVE != "CVE-2024-1086" || v.CWE.ID != "CWE-416" || v.DiscoveryDate != "2024-05-30T00:00:00.000Z" || v.ReleaseDate != "2024-01-31T00:00:00.000Z" {
		t.Errorf("vulnerability = %s %s discovered %s released %s", v.CVE, v.CWE.ID, v.DiscoveryDate, v.ReleaseDate)
	}
	if !slices.Equal(v.ProductStatus.KnownAffected, []string{"halcyon-lvp7-3.8.2", "halcyon-lvp7-4.1.0"}) || !slices.Equal(v.ProductStatus.Fixed, []string{"halcyon-lvp7-4.2.1"}) {
		t.Errorf("product status = %+v", v.ProductStatus)
	}
	// 3.8.2 and 4.1.0 get no fix of their own (fix = "none_planned"): no
	// vendor_fix names them, whatever 4.2.1 has; 4.2.1 is the fixed one.
	var noFix, fix, mitigations int
	for _, r := range v.Remediations {
		switch r.Category {
		case "no_fix_planned":
			if slices.Equal(r.ProductIDs, []string{"halcyon-lvp7-3.8.2", "halcyon-lvp7-4.1.0"}) {
				noFix++
				if r.Date != "" || !strings.Contains(r.Details, "Upgrade to 4.2.1") {
					t.Errorf("no fix planned = %+v; want the way out (the upgrade to 4.2.1), undated", r)
				}
			}
		case "vendor_fix":
			if slices.Contains(r.ProductIDs, "halcyon-lvp7-3.8.2") || slices.Contains(r.ProductIDs, "halcyon-lvp7-4.1.0") {
				t.Errorf("vendor fix for a version that gets none: %+v", r)
			}
			if slices.Equal(r.ProductIDs, []string{"halcyon-lvp7-4.2.1"}) {
				fix++
				if r.Date != "2025-05-12T00:00:00.000Z" {
					t.Errorf("vendor fix = %+v; want 4.2.1's, dated 2025-05-12", r)
				}
			}
		case "mitigation":
			mitigations++
		}
	}
	if noFix != 1 || fix != 1 || mitigations != 3 {
		t.Errorf("%d no-fix-planned remediations for 3.8.2 and 4.1.0, %d vendor fixes for 4.2.1 and %d mitigations; want 1, 1 and the 3 compensating controls, each once", noFix, fix, mitigations)
	}
	// The score is for the affected versions: 4.2.1 has the fix (CSAF
	// 2.0 test 6.2.19).
	if len(v.Scores) != 1 || v.Scores[0].CVSSv3.BaseScore != 7.8 || !slices.Equal(v.Scores[0].Products, []string{"halcyon-lvp7-3.8.2", "halcyon-lvp7-4.1.0"}) {
		t.Errorf("scores = %+v; want one 7.8 score for 3.8.2 and 4.1.0", v.Scores)
	}
	var uncontrolled bool
	for _, th := range v.Threats {
		uncontrolled = uncontrolled || (th.Category == "impact" && strings.Contains(th.Details, "uncontrolled"))
	}
	if !uncontrolled {
		t.Errorf("no impact threat stating the uncontrolled risk: %+v", v.Threats)
	}
}

// TestFeedListsOnlyBuiltNotices: the Atom feed links a notice's page only
// when the product builds its notices; without them its title promises
// advisories only.
func TestFeedListsOnlyBuiltNotices(t *testing.T) {
	for _, tc := range []struct {
		build   []string
		notices bool
	}{
		{nil, true},
		{[]string{"csd", "notices"}, true},
		{[]string{"csd", "mds2"}, false},
	} {
		out, _ := prepareExample(t, func(p *content.Product) { p.Documents.Build = tc.build })
		feed := string(siteFile(out, "feed.xml"))
		if feed == "" {
			t.Fatal("no feed.xml")
		}
		if got := strings.Contains(feed, "/notices/"); got != tc.notices {
			t.Errorf("build %v: feed links notice pages: %v, want %v", tc.build, got, tc.notices)
		}
		if got := strings.Contains(feed, "— notices and advisories</title>"); got != tc.notices {
			t.Errorf("build %v: title speaks of notices: %v, want %v", tc.build, got, tc.notices)
		}
	}
}
