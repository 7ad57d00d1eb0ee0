package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// The handmds2 fixture's form covers versions 2.3 and 3.0 (mds2.versions),
// whose facts are the same: 3.0 changes only hand answers
// (mds2_answers_changed).

const (
	handMDS2Doc = "dps40/mds2.md"
	// what the form and check say when the covered versions' data decide
	// a printed answer differently
	handMDS2Follows     = "the answers derived from the product data describe version `3.0`"
	handMDS2FollowsWarn = "the MDS2 form covers versions 2.3 and 3.0, and the product data of version 2.3 decide "
)

// TestHandMDS2FollowsOnlyWhereTheFactsDiffer: the form said "The versions
// it covers differ in their interfaces, ports, data stores, data flows
// or SBOM", and check warned so, of two versions whose facts are the
// same, because 3.0 changes its hand answers (a new view of the
// product). The form says whose facts its derived answers describe only
// where the versions' data decide a printed answer differently: a Wi-Fi
// interface 3.0 adds does.
func TestHandMDS2FollowsOnlyWhereTheFactsDiffer(t *testing.T) {
	// The form derives CONN-1.1 and CONN-1.1.1 (wireless, Wi-Fi), which
	// the hand answers no longer give, from each version's interfaces.
	deriveWireless := func(src string) string {
		for _, line := range []string{"\n\"CONN-1.1\" = \"no\"\n", "\n\"CONN-1.1.1\" = \"no\"\n"} {
			if !strings.Contains(src, line) {
				t.Fatalf("dps40.toml no longer has %q", line)
			}
			src = strings.Replace(src, line, "\n", 1)
		}
		// The interfaces listed are then every interface of the device,
		// so that each version's list decides the wireless questions
		// (a list not called whole would decide no No).
		return strings.Replace(src, "schema_version = 2\n", "schema_version = 2\ninterfaces_complete = true\n", 1)
	}
	addWiFi := kindtest.Replace("[[interfaces]]\nid = \"lan\"\n", `[[versions.changes.interfaces_added]]
id = "wifi"
kind = "wifi"
name = "Control PC Wi-Fi"
purpose = "Sending scanned images over the laboratory's wireless network."

[[interfaces]]
id = "lan"
`)
	for _, tc := range []struct {
		name string
		edit func(string) string
		want bool
	}{
		{"only the hand answers differ", deriveWireless, false},
		{"3.0 adds a Wi-Fi interface", func(s string) string { return addWiFi(deriveWireless(s)) }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, res := buildFixtureEdited(t, "handmds2", "dps40.toml", tc.edit)
			md := files[handMDS2Doc]
			if md == "" {
				t.Fatalf("no %s", handMDS2Doc)
			}
			if got := strings.Contains(md, handMDS2Follows); got != tc.want {
				t.Errorf("the form says %q: %v, want %v", handMDS2Follows, got, tc.want)
			}
			kindtest.SaysNone(t, handMDS2Doc, md, "differ in their interfaces, ports, data stores, data flows or SBOM")
			warned := 0
			for _, d := range res.Warnings {
				if strings.Contains(d.Message, "the MDS2 form covers versions") && strings.Contains(d.Message, "its answers follow") {
					warned++
					if !strings.HasPrefix(d.Message, handMDS2FollowsWarn) || !strings.Contains(d.Message, "CONN-1.1") {
						t.Errorf("the warning does not name the versions and the answers their data decide differently: %s", d)
					}
				}
			}
			if (warned == 1) != tc.want || warned > 1 {
				t.Errorf("%d warnings that the answers follow 3.0; want one: %v", warned, tc.want)
			}
		})
	}
}

// TestHandMDS2OlderVersionUnanswered: with 2.3's answers to the
// questions 3.0 answers by mds2_answers_changed removed, check reported
// nothing and the form printed "Version 2.3: not stated" in a note of
// jspgen's, unwarned. Check and build now report 2.3's missing answers
// as its form does, naming the version, once even where 2.3 also has a
// form of its own (documents.versions = "supported"); a question no
// covered version answers is reported as before, without a version. An
// unanswered question is a warning, not an error: the form says "Not
// stated" (See Note with each version's answer where one version answers
// it).
func TestHandMDS2OlderVersionUnanswered(t *testing.T) {
	ids := []string{"NAUT-1", "NAUT-3", "CONN-7", "CONN-7.1", "TXCF-2.1", "TXCF-5", "TXIG-1"}
	drop23 := func(src string) string {
		for _, line := range []string{`"NAUT-1" = "no"`, `"NAUT-3" = "no"`, `"CONN-7" = "no"`, `"CONN-7.1" = { answer = "na", reason = "No TLS (CONN-7)" }`, `"TXCF-2.1" = "no"`, `"TXCF-5" = "no"`, `"TXIG-1" = "no"`} {
			if !strings.Contains(src, "\n"+line+"\n") {
				t.Fatalf("dps40.toml no longer has %s", line)
			}
			src = strings.Replace(src, "\n"+line+"\n", "\n", 1)
		}
		return src
	}
	supported := kindtest.Replace("[documents]\n", "[documents]\nversions = \"supported\"\n")
	dropTXIG1Everywhere := func(src string) string {
		return strings.Replace(strings.Replace(src, "\"TXIG-1\" = \"no\"\n", "", 1), "\"TXIG-1\" = { answer = \"yes\", note = 5 }\n", "", 1)
	}
	const versionNote = "Version 2.3: not stated. Version 3.0: Yes"
	for _, tc := range []struct {
		name string
		edit func(string) string
		// want: each ID's one warning, its message's start
		want map[string]string
		// form: what the form prints for them
		form []string
	}{
		{"2.3 leaves them unanswered", drop23, nil, []string{"| NAUT-1 | Do the device and the systems it exchanges data with authenticate each other? | See Note |", versionNote}},
		{"2.3 has a form of its own too", func(s string) string { return supported(drop23(s)) }, nil, []string{versionNote}},
		{"no version answers", dropTXIG1Everywhere, map[string]string{"mds2.answers": "section TXIG (Transmission Integrity): TXIG-1 has no answer ("}, // the section's warning: no hint
			[]string{"| TXIG-1 | Does the device protect data in transit against undetected change, for example with digital signatures or message authentication codes? | Not stated |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = map[string]string{}
				for _, id := range ids {
					want[id] = "version 2.3, which the MDS2 form covers (mds2.versions): " + id + " has no answer ("
				}
			}
			// The lifecycle page announces no support date, so nothing
			// decides RDMP-3 and no version answers it.
			want["RDMP-3"] = "RDMP-3 has no answer ("
			dir := filepath.Join("testdata", "handmds2")
			site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "dps40.toml", tc.edit)
			out := filepath.Join(t.TempDir(), "site")
			opts := Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}
			for name, run := range map[string]func(Options) (*Result, error){"check": Check, "build": Build} {
				res, err := run(opts)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				got := map[string][]string{}
				for _, d := range res.Warnings {
					if d.Severity == contentpkg.Error {
						t.Errorf("%s: an error among the warnings: %s", name, d)
					}
					if strings.Contains(d.Message, "has no answer") {
						id := strings.TrimPrefix(d.Path, "mds2.answers.")
						got[id] = append(got[id], d.Message)
					}
				}
				for id, msg := range want {
					if len(got[id]) != 1 || !strings.HasPrefix(got[id][0], msg) || !strings.HasSuffix(got[id][0], `; the form says "Not stated"`) {
						t.Errorf("%s: %s: warnings %q; want one %q…%q", name, id, got[id], msg, `; the form says "Not stated"`)
					}
				}
				if len(got) != len(want) {
					t.Errorf("%s: missing answers reported for %d questions, want %d: %q", name, len(got), len(want), got)
				}
			}
			md, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(handMDS2Doc)))
			if err != nil {
				t.Fatal(err)
			}
			kindtest.SaysAll(t, handMDS2Doc, string(md), tc.form...)
		})
	}
}
