package inventory_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// copyExample copies the example repository into a temporary folder,
// applies edits (file relative to the repository → edit of its text) and
// loads it: the example product with its inventory diagnostics.
func copyExample(t *testing.T, edits map[string]func(string) string) (*content.Product, content.Diagnostics) {
	t.Helper()
	site, _ := kindtest.CopyRepo(t, filepath.Join(repo, "jspgen.toml"), filepath.Join(repo, "content"), "", nil)
	root := filepath.Dir(site)
	for file, edit := range edits {
		path := filepath.Join(root, filepath.FromSlash(file))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if edited := edit(string(b)); edited == string(b) {
			t.Fatalf("the edit of %s changed nothing: the example changed, update the test", file)
		} else if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags := kindtest.Load(t, filepath.Join(root, "jspgen.toml"), filepath.Join(root, "content"))
	if err := diags.Err(); err != nil {
		t.Fatalf("loading: %v", err)
	}
	for _, p := range c.Products {
		if p.ID == kindtest.Example {
			// The support check is the current version's (4.2.1 on the
			// example's as-of date); the file's top level is 3.8.2.
			cur := p.Current(content.NewDate(2026, 3, 2))
			_, d := inventory.Load(c.Dir, cur)
			return cur, d
		}
	}
	t.Fatal("no example product")
	return nil, nil
}

// cut removes the text between the first match of start (a regular
// expression) and the next blank line, or the end of the file.
func cut(start string) func(string) string {
	re := regexp.MustCompile(start)
	return func(s string) string {
		loc := re.FindStringIndex(s)
		if loc == nil {
			return s
		}
		end := strings.Index(s[loc[0]:], "\n\n")
		if end < 0 {
			return s[:loc[0]] // the last table of the file
		}
		return s[:loc[0]] + s[loc[0]+end+2:]
	}
}

// lineOf is the 1-based line of the first occurrence of sub in file.
func lineOf(t *testing.T, file, sub string) int {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), sub)
	if i < 0 {
		t.Fatalf("%s: no %q", file, sub)
	}
	return strings.Count(string(b[:i]), "\n") + 1
}

// TestSupportEachSourceIsNeeded: the example states the support of every
// component (check is clean), and removing one support fact of each
// source — an SBOM property, an annotation, a product rule, a site rule —
// makes check fail for exactly the components that only it covered,
// naming each and the product file's place to fix it, file:line.
func TestSupportEachSourceIsNeeded(t *testing.T) {
	p, diags := copyExample(t, nil)
	if err := diags.Err(); err != nil {
		t.Fatalf("the example is not clean: %v", err)
	}
	for _, d := range diags {
		t.Errorf("the example has a warning: %s", d)
	}
	_ = p
	// Places in the edited product file: the SBOM's key, an annotation.
	const sbomKey = "files = [\"sbom.cdx.json\"]"
	const linux = "[[components]]\nname = \"linux-imx\""
	const qtbase = "[[components]]\nname = \"qtbase\""

	for _, tc := range []struct {
		name  string
		edits map[string]func(string) string
		want  [][3]string // per error: text at its line in the edited product file, path, "component name version"
	}{
		{
			name: "SBOM property",
			edits: map[string]func(string) string{"content/" + kindtest.Example + "/sbom.cdx.json": func(s string) string {
				// halcyon-ui's properties are its only support statement.
				i := strings.Index(s, `"purl": "pkg:generic/meridian-infusion/halcyon-ui@4.2.1",`)
				if i < 0 {
					return s
				}
				j := strings.Index(s[i:], "\n      ]")
				return s[:i] + `"purl": "pkg:generic/meridian-infusion/halcyon-ui@4.2.1"` + s[i+j+len("\n      ]"):]
			}},
			want: [][3]string{{sbomKey, "versions[2].changes.sbom_files[0]", "component halcyon-ui 4.2.1 "}},
		},
		{
			name: "annotation",
			edits: map[string]func(string) string{"content/" + kindtest.Example + ".toml": func(s string) string {
				return strings.Replace(s, "support = \"maintained\"\nend_of_support = 2026-12-31\nsupport_source = \"https://www.kernel.org/category/releases.html\"\n", "", 1)
			}},
			want: [][3]string{{linux, "components[0]", "component linux-imx 6.6.52 "}},
		},
		{
			name:  "product rule",
			edits: map[string]func(string) string{"content/" + kindtest.Example + ".toml": cut(`\[\[support_rules\]\]\nid = "qt-6.8-lts"`)},
			want: [][3]string{
				{qtbase, "components[4]", "component qtbase 6.8.3 "},
				{sbomKey, "versions[2].changes.sbom_files[0]", "component qtdeclarative 6.8.3 "},
			},
		},
		{
			name:  "site rule",
			edits: map[string]func(string) string{"jspgen.toml": cut(`\[\[support_rules\]\]\nid = "github-libraries"`)},
			want: [][3]string{
				{sbomKey, "versions[2].changes.sbom_files[0]", "component cJSON 1.7.18 "},
				{sbomKey, "versions[2].changes.sbom_files[0]", "component curl 8.7.1 "},
				{sbomKey, "versions[2].changes.sbom_files[0]", "component libnl 3.9.0 "},
				{sbomKey, "versions[2].changes.sbom_files[0]", "component nanopb 0.4.8 "},
				{sbomKey, "versions[2].changes.sbom_files[0]", "component protobuf-c 1.5.0 "},
				{sbomKey, "versions[2].changes.sbom_files[0]", "component stm32f4xx-hal-driver 1.8.3 "},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := copyExample(t, tc.edits)
			var got []string
			for _, d := range diags {
				if d.Severity != content.Error {
					continue
				}
				if d.File != p.Source.File {
					t.Errorf("error in %s, want the product file: %s", d.File, d)
				}
				if !strings.Contains(d.Message, "no support level and no justification") || !strings.Contains(d.Message, "[[support_rules]]") {
					t.Errorf("message does not say what is missing and where to state it: %s", d)
				}
				got = append(got, fmt.Sprintf("%d: %s: %s", d.Line, d.Path, d.Message))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n  %s", len(got), len(tc.want), strings.Join(got, "\n  "))
			}
			for i, w := range tc.want {
				if w := fmt.Sprintf("%d: %s: %s", lineOf(t, p.Source.File, w[0]), w[1], w[2]); !strings.HasPrefix(got[i], w) {
					t.Errorf("error %d:\n got  %s\n want %s…", i, got[i], w)
				}
			}
		})
	}
}

// TestSupportPrecedence: annotation > SBOM > product rule > site rule, the
// first source that states anything deciding all; the origin is recorded.
func TestSupportPrecedence(t *testing.T) {
	sbomWith := `{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1",
		"properties": [{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2027-01-31"}, {"name": "jspgen:support:level", "value": "limited"}]}`
	sbomEOSOnly := `{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1",
		"properties": [{"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2027-01-31"}]}`
	sbomJustificationOnly := `{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1",
		"properties": [{"name": "jspgen:support:justification", "value": "the maker publishes no date"}]}`
	annotation := content.Component{Name: "zlib", Version: "1.3.1", Support: "abandoned", Justification: "gone"}
	notesOnly := content.Component{Name: "zlib", Version: "1.3.1", Notes: "only notes"}
	productRule := content.SupportRule{ID: "generic", PURL: "pkg:generic/*", Level: "maintained", EndOfSupport: content.NewDate(2030, 1, 1), Notes: "rule notes"}
	siteRule := content.SupportRule{ID: "zl", Name: "ZL*", Level: "no_longer_maintained"}
	for _, tc := range []struct {
		name        string
		sbom        string
		components  []content.Component
		product     []content.SupportRule
		site        []content.SupportRule
		wantLevel   content.SupportLevel
		wantOrigin  string
		wantEOS     string
		wantNotes   string
		wantMissing bool
	}{
		{"annotation wins", sbomWith, []content.Component{annotation}, []content.SupportRule{productRule}, []content.SupportRule{siteRule}, "abandoned", "Annotation", "", "", false},
		{"annotation with notes only leaves support to the SBOM", sbomWith, []content.Component{notesOnly}, []content.SupportRule{productRule}, nil, "limited", "SBOM (a.cdx.json)", "2027-01-31", "only notes", false},
		{"SBOM before rules", sbomWith, nil, []content.SupportRule{productRule}, []content.SupportRule{siteRule}, "limited", "SBOM (a.cdx.json)", "2027-01-31", "", false},
		{"product rule before site rule", zlibJSON, nil, []content.SupportRule{productRule}, []content.SupportRule{siteRule}, "maintained", "Product rule generic", "2030-01-01", "rule notes", false},
		{"site rule (name glob, case-insensitive)", zlibJSON, nil, nil, []content.SupportRule{siteRule}, "no_longer_maintained", "Site rule zl", "", "", false},
		{"rule that does not match", zlibJSON, nil, []content.SupportRule{{ID: "npm", PURL: "pkg:npm/*", Level: "maintained", Justification: "x"}}, nil, "", "", "", "", true},
		{"the later of two annotations wins, at its own key", sbomWith, []content.Component{notesOnly, annotation}, nil, nil, "abandoned", "Annotation", "", "", false},
		{"SBOM end of support alone, before rules", sbomEOSOnly, nil, []content.SupportRule{productRule}, nil, "", "SBOM (a.cdx.json)", "2027-01-31", "", true},
		{"SBOM justification alone, before rules", sbomJustificationOnly, nil, []content.SupportRule{productRule}, nil, "", "SBOM (a.cdx.json)", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := withSBOMs(t, [][2]string{{"a.cdx.json", cdxJSON(tc.sbom)}})
			p.Components, p.SupportRules, p.SiteSupportRules = tc.components, tc.product, tc.site
			inv, diags := inventory.Load(filepath.Dir(p.Source.File), p)
			if len(inv.List) != 1 {
				t.Fatalf("got %d components", len(inv.List))
			}
			c := inv.List[0]
			if c.Support != tc.wantLevel || c.Origin.Label() != tc.wantOrigin || c.EndOfSupport.String() != tc.wantEOS || c.Notes != tc.wantNotes {
				t.Errorf("got level %q origin %q eos %q notes %q; want %q %q %q %q", c.Support, c.Origin.Label(), c.EndOfSupport, c.Notes,
					tc.wantLevel, tc.wantOrigin, tc.wantEOS, tc.wantNotes)
			}
			if tc.wantOrigin == "Annotation" {
				if want := fmt.Sprintf("components[%d]", len(tc.components)-1); c.Origin.Path != want || c.Origin.Line != p.Source.Line(want) {
					t.Errorf("annotation's origin %s line %d; want %s line %d", c.Origin.Path, c.Origin.Line, want, p.Source.Line(want))
				}
			}
			if missing := diags.Err() != nil; missing != tc.wantMissing {
				t.Errorf("error = %v, want an error: %v", diags.Err(), tc.wantMissing)
			}
		})
	}
}

// TestSupportBadSBOMProperty: a support property the vocabulary or the
// date format rejects is an error at the SBOM's sbom.files key, naming the
// file, the component and the property.
func TestSupportBadSBOMProperty(t *testing.T) {
	p := withSBOMs(t, [][2]string{{"a.cdx.json", cdxJSON(`{"type": "library", "name": "zlib", "version": "1.3.1",
		"properties": [{"name": "jspgen:support:level", "value": "supported"}, {"name": "cdx:lifecycle:milestone:endOfSupport", "value": "31/12/2027"}]}`)}})
	_, diags := inventory.Load(filepath.Dir(p.Source.File), p)
	var got []string
	for _, d := range diags {
		if d.Severity == content.Error {
			got = append(got, d.Path+": "+d.Message)
		}
	}
	want := []string{
		`sbom.files[0]: a.cdx.json: component zlib 1.3.1: property jspgen:support:level: want one of maintained, limited, no_longer_maintained, abandoned; got "supported"`,
		`sbom.files[0]: a.cdx.json: component zlib 1.3.1: property cdx:lifecycle:milestone:endOfSupport: want an ISO 8601 date YYYY-MM-DD; got "31/12/2027"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestSupportNotACyberDevice: a device that is not a cyber device may
// leave support unstated.
func TestSupportNotACyberDevice(t *testing.T) {
	p := withSBOMs(t, [][2]string{{"a.cdx.json", cdxJSON(zlibJSON)}})
	p.SupportRules, p.SiteSupportRules = nil, nil
	if _, diags := inventory.Load(filepath.Dir(p.Source.File), p); diags.Err() == nil {
		t.Fatal("cyber device: want an error for zlib without support")
	}
	p.CyberDevice.Applies = content.False
	if _, diags := inventory.Load(filepath.Dir(p.Source.File), p); diags.Err() != nil {
		t.Fatalf("not a cyber device: %v", diags.Err())
	}
}

// spdx3JSON is an SPDX 3.0.1 JSON-LD SBOM of zlib 1.3.1 with the given
// supportLevel (a JSON value) and validUntilTime.
func spdx3JSON(supportLevel, validUntil string) string {
	return `{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
{"type": "CreationInfo", "@id": "_:ci", "specVersion": "3.0.1", "created": "2026-01-01T00:00:00Z", "createdBy": []},
{"type": "software_Package", "spdxId": "urn:zlib", "creationInfo": "_:ci", "name": "zlib", "software_packageVersion": "1.3.1",
 "software_packageUrl": "pkg:generic/zlib@1.3.1", "supportLevel": ` + supportLevel + `, "validUntilTime": "` + validUntil + `"}]}`
}

// TestSupportFromSPDX3: an SPDX 3 SBOM's supportLevel and validUntilTime
// are the SBOM source of support, between the annotation and the rules;
// noAssertion states nothing, so the rules (or nothing) decide.
func TestSupportFromSPDX3(t *testing.T) {
	annotation := content.Component{Name: "zlib", Version: "1.3.1", Support: "abandoned", Justification: "gone"}
	productRule := content.SupportRule{ID: "generic", PURL: "pkg:generic/*", Level: "maintained", EndOfSupport: content.NewDate(2030, 1, 1)}
	for _, tc := range []struct {
		name        string
		level       string
		components  []content.Component
		rules       []content.SupportRule
		wantLevel   content.SupportLevel
		wantOrigin  string
		wantEOS     string
		wantMissing bool
	}{
		{"limitedSupport before rules", `["limitedSupport"]`, nil, []content.SupportRule{productRule}, "limited", "SBOM (a.spdx.json)", "2027-01-31", false},
		{"endOfSupport", `["endOfSupport"]`, nil, nil, "no_longer_maintained", "SBOM (a.spdx.json)", "2027-01-31", false},
		{"annotation wins", `["support"]`, []content.Component{annotation}, []content.SupportRule{productRule}, "abandoned", "Annotation", "", false},
		{"noAssertion leaves it to the rule", `["noAssertion"]`, nil, []content.SupportRule{productRule}, "maintained", "Product rule generic", "2030-01-01", false},
		{"noAssertion and no rule is missing support", `["noAssertion"]`, nil, nil, "", "", "", true},
		{"development is not a level either", `["development"]`, nil, nil, "", "", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := withSBOMs(t, [][2]string{{"a.spdx.json", spdx3JSON(tc.level, "2027-01-31T00:00:00Z")}})
			p.Components, p.SupportRules, p.SiteSupportRules = tc.components, tc.rules, nil
			inv, diags := inventory.Load(filepath.Dir(p.Source.File), p)
			if len(inv.List) != 1 {
				t.Fatalf("got %d components (%v)", len(inv.List), diags)
			}
			c := inv.List[0]
			if c.Support != tc.wantLevel || c.Origin.Label() != tc.wantOrigin || c.EndOfSupport.String() != tc.wantEOS {
				t.Errorf("got level %q origin %q eos %q; want %q %q %q", c.Support, c.Origin.Label(), c.EndOfSupport, tc.wantLevel, tc.wantOrigin, tc.wantEOS)
			}
			if missing := diags.Err() != nil; missing != tc.wantMissing {
				t.Errorf("error = %v, want an error: %v", diags.Err(), tc.wantMissing)
			}
		})
	}
}
