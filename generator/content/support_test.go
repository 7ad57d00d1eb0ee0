package content

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestSupportDecodeAndValidate: the support level is a closed vocabulary
// in [[components]], [[notices.components]] and [[support_rules]]; a rule
// must match something, state something, and give a live level a date or
// a justification; rule IDs are unique.
func TestSupportDecodeAndValidate(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"components.support vocabulary", "schema_version = 2\n[[components]]\nname = \"z\"\nversion = \"1\"\nsupport = \"supported\"\n",
			`p.toml:5: components[0].support: want one of maintained, limited, no_longer_maintained, abandoned; got "supported"`},
		{"rule level vocabulary", "schema_version = 2\n[[support_rules]]\nid = \"r\"\nname = \"*\"\nlevel = \"eol\"\n",
			`p.toml:5: support_rules[0].level: want one of maintained, limited, no_longer_maintained, abandoned; got "eol"`},
		{"rule matches nothing", "schema_version = 2\n[[support_rules]]\nid = \"r\"\nlevel = \"abandoned\"\n",
			`p.toml:2: support_rules[0]: rule "r" matches nothing: give at least one of purl, name, supplier, type`},
		{"rule states nothing", "schema_version = 2\n[[support_rules]]\nid = \"r\"\npurl = \"pkg:npm/*\"\n",
			`p.toml:2: support_rules[0]: rule "r" states no support: give level, end_of_support or justification`},
		{"live level without date or justification", "schema_version = 2\n[[support_rules]]\nid = \"r\"\npurl = \"pkg:npm/*\"\nlevel = \"limited\"\n",
			`p.toml:2: support_rules[0]: rule "r": level "limited" needs end_of_support, or a justification of why the maker publishes none`},
		{"components.extended_until before end_of_support", "schema_version = 2\n[[components]]\nname = \"z\"\nversion = \"1\"\nsupport = \"limited\"\nend_of_support = 2025-10-14\nextended_until = 2025-10-13\n",
			`p.toml:7: components[0].extended_until: extended_until (2025-10-13) is before end_of_support (2025-10-14)`},
		{"components.extended_until without end_of_support", "schema_version = 2\n[[components]]\nname = \"z\"\nversion = \"1\"\nsupport = \"limited\"\nextended_until = 2026-10-13\n",
			`p.toml:6: components[0].extended_until: extended_until (2026-10-13) without end_of_support`},
		{"rule extended_until before end_of_support", "schema_version = 2\n[[support_rules]]\nid = \"r\"\nname = \"*\"\nlevel = \"limited\"\nend_of_support = 2025-10-14\nextended_until = 2024-01-01\n",
			`p.toml:7: support_rules[0].extended_until: rule "r": extended_until (2024-01-01) is before end_of_support (2025-10-14)`},
		{"rule extended_until without end_of_support", "schema_version = 2\n[[support_rules]]\nid = \"r\"\nname = \"*\"\nlevel = \"limited\"\njustification = \"none published\"\nextended_until = 2026-10-13\n",
			`p.toml:7: support_rules[0].extended_until: rule "r": extended_until (2026-10-13) without end_of_support`},
		{"duplicate rule id", "schema_version = 2\n[[support_rules]]\nid = \"r\"\nname = \"a\"\nlevel = \"abandoned\"\n[[support_rules]]\nid = \"R\"\nname = \"b\"\nlevel = \"abandoned\"\n",
			`p.toml:7: support_rules[1].id: duplicate id "R" (first at support_rules[0], line 2)`},
	} {
		t.Run(tc.name, func(t *testing.T) { wantDecoded(t, tc.src, tc.want) })
	}
}

// TestSupportRuleMatches: globs (* crosses "/", ? is one character) on
// purl (case-sensitive), name and supplier (case-insensitive), type
// exactly; every key given must match.
func TestSupportRuleMatches(t *testing.T) {
	for _, tc := range []struct {
		rule                      SupportRule
		purl, name, supplier, typ string
		want                      bool
	}{
		{SupportRule{PURL: "pkg:npm/*"}, "pkg:npm/@scope/left-pad@1.0.0", "left-pad", "", "library", true},
		{SupportRule{PURL: "pkg:npm/*"}, "pkg:NPM/left-pad@1", "left-pad", "", "", false},
		{SupportRule{PURL: "pkg:github/qt/*@v6.8.*"}, "pkg:github/qt/qtbase@v6.8.3", "", "", "", true},
		{SupportRule{PURL: "pkg:github/qt/*@v6.8.*"}, "pkg:github/qt/qtbase@v6.9.0", "", "", "", false},
		{SupportRule{Name: "qt?ase"}, "", "QTBASE", "", "", true},
		{SupportRule{Supplier: "nxp *"}, "", "x", "NXP Semiconductors", "", true},
		{SupportRule{Supplier: "NXP*", Type: "firmware"}, "", "x", "NXP Semiconductors", "operating-system", false},
		{SupportRule{Name: "a.b"}, "", "aXb", "", "", false}, // "." is literal
		{SupportRule{}, "pkg:npm/x@1", "x", "s", "library", false},
	} {
		if got := tc.rule.Matches(tc.purl, tc.name, tc.supplier, tc.typ); got != tc.want {
			t.Errorf("%+v matches (%q, %q, %q, %q) = %v, want %v", tc.rule, tc.purl, tc.name, tc.supplier, tc.typ, got, tc.want)
		}
	}
}

// TestSupportLevelLabels: the guidance's wording, and which levels have
// ended.
func TestSupportLevelLabels(t *testing.T) {
	for _, tc := range []struct {
		level SupportLevel
		label string
		ended bool
	}{{"maintained", "Actively maintained", false}, {"limited", "Limited support", false},
		{"no_longer_maintained", "No longer maintained", true}, {"abandoned", "Abandoned", true}, {"", "", false}} {
		if tc.level.Label() != tc.label || tc.level.Ended() != tc.ended || (tc.level != "" && Label(string(tc.level)) != tc.label) {
			t.Errorf("%q: label %q ended %v", tc.level, tc.level.Label(), tc.level.Ended())
		}
	}
}

// TestSiteSupportRulesValidated: the site file's rules are checked like
// the product's, at the site file's lines, and reach every product.
func TestSiteSupportRulesValidated(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "jspgen.toml")
	src := minimalSite + "[[support_rules]]\nid = \"npm\"\npurl = \"pkg:npm/*\"\nlevel = \"maintained\"\n"
	if err := os.WriteFile(site, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	content := filepath.Join(dir, "content")
	if err := os.MkdirAll(content, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(content, "p.toml"), []byte("schema_version = 2\nid = \"p\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, diags := Load(site, content)
	line := strings.Count(minimalSite, "\n") + 1 // the [[support_rules]] header
	want := filepath.ToSlash(site) + ":" + strconv.Itoa(line) + ": support_rules[0]: rule \"npm\": level \"maintained\" needs end_of_support"
	found := false
	for _, d := range diags {
		found = found || strings.HasPrefix(d.String(), want)
	}
	if !found {
		t.Errorf("want %q among %v", want, diags)
	}
	if len(c.Products) != 1 || len(c.Products[0].SiteSupportRules) != 1 || c.Products[0].SiteSource.File != filepath.ToSlash(site) {
		t.Errorf("the site rules do not reach the product")
	}
}

// TestExtendedUntilValid: extended security updates after (or ending on)
// the supplier's end of support are no error.
func TestExtendedUntilValid(t *testing.T) {
	for _, ext := range []string{"2026-10-13", "2025-10-14"} {
		src := "schema_version = 2\n[[components]]\nname = \"z\"\nversion = \"1\"\nsupport = \"limited\"\nend_of_support = 2025-10-14\nextended_until = " + ext + "\nextended_for = \"every_customer\"\n" +
			"[[support_rules]]\nid = \"r\"\nname = \"*\"\nlevel = \"limited\"\nend_of_support = 2025-10-14\nextended_until = " + ext + "\nextended_for = \"customers_who_buy\"\n"
		for _, d := range decodeProduct(src) {
			if strings.Contains(d.Path, "extended_until") {
				t.Errorf("extended_until %s: %s", ext, d)
			}
		}
	}
}

// TestExtendedFor: who receives a component's extended security updates.
// Without extended_for the documents cannot say whether every customer
// does (a warning at extended_until, for an entry and a rule); extended_for
// without extended_until is an error; a value outside the vocabulary is
// refused.
func TestExtendedFor(t *testing.T) {
	const comp = "schema_version = 2\n[[components]]\nname = \"z\"\nversion = \"1\"\nsupport = \"limited\"\nend_of_support = 2025-10-14\n"
	const rule = "[[support_rules]]\nid = \"r\"\nname = \"*\"\nlevel = \"limited\"\nend_of_support = 2025-10-14\n"
	for _, tc := range []struct {
		name, src string
		want      []string // diagnostics, as "severity path: text"
	}{
		{"not stated", comp + "extended_until = 2026-10-13\n" + rule + "extended_until = 2026-10-13\n", []string{
			"warning components[0].extended_until: extended_until (2026-10-13) without extended_for: the documents cannot say whether every customer receives these updates",
			"warning support_rules[0].extended_until: rule \"r\": extended_until (2026-10-13) without extended_for"}},
		{"without extended_until", comp + "extended_for = \"every_customer\"\n" + rule + "extended_for = \"customers_who_buy\"\n", []string{
			"error components[0].extended_for: extended_for without extended_until",
			"error support_rules[0].extended_for: rule \"r\": extended_for without extended_until"}},
		{"unknown value", comp + "extended_until = 2026-10-13\nextended_for = \"everyone\"\n", []string{
			"error components[0].extended_for: "}},
		{"stated", comp + "extended_until = 2026-10-13\nextended_for = \"customers_who_buy\"\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range decodeProduct(tc.src) {
				if strings.Contains(d.Path, "extended_") {
					sev := "error"
					if d.Severity == Warning {
						sev = "warning"
					}
					got = append(got, fmt.Sprintf("%s %s: %s", sev, d.Path, d.Message))
				}
			}
			for _, w := range tc.want {
				if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
					t.Errorf("want %q among %q", w, got)
				}
			}
			if tc.want == nil && got != nil {
				t.Errorf("want no diagnostic; got %q", got)
			}
		})
	}
}
