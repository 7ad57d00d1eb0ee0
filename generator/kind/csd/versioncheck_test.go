package csd

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// glibc235 is the match of the example's rule that states the support of
// 4.1.0's glibc; rauc1113 the support its [[components]] entry states of
// 4.2.1's (current) rauc, which no rule matches.
const (
	glibc235 = "purl = \"pkg:generic/glibc@2.35\"\n"
	rauc1113 = "version = \"1.11.3\"\nsupport = \"maintained\"\njustification = \"RAUC announces no end of support and fixes new releases only; Meridian moves to the newest release in the regular cycle when a fix applies to the update client.\"\n"
)

// TestCSDOfAnotherVersionIsCheckedLikeTheCurrent: check held the
// components of the current version only to the support rule (a
// component with no support level and no justification is an error),
// while the build published a CSD of 4.1.0 whose section 5.4 said "Not
// stated" for nine of its components, and a build as of 2024 (4.1.0
// current) refused them. Each version a CSD is about is now checked for
// what it prints, with the same severity, naming the CSD; a version with
// no CSD of its own is not; the current version is checked as before.
func TestCSDOfAnotherVersionIsCheckedLikeTheCurrent(t *testing.T) {
	const older = "CSD of version 4.1.0: component glibc 2.35 (pkg:generic/glibc@2.35) of sbom-4.1.0.cdx.json: no support level and no justification"
	const current = "component rauc 1.11.3 (pkg:github/rauc/rauc@v1.11.3) of sbom.cdx.json: no support level and no justification"
	for _, tc := range []struct {
		name  string
		edits []func(string) string
		// want are the starts of messages among the diagnostics of the
		// inventory and of the CSD kind (each an error); never the
		// starts of messages that must not be there.
		want, never []string
	}{
		{"4.1.0 has a CSD of its own", []func(string) string{kindtest.Replace(glibc235, "purl = \"pkg:generic/glibc@0\"\n")},
			[]string{older}, []string{"component glibc 2.35"}},
		{"no CSD of 4.1.0", []func(string) string{kindtest.Replace(glibc235, "purl = \"pkg:generic/glibc@0\"\n"), kindtest.Replace("versions = \"supported\"\n", "")},
			nil, []string{"CSD of version 4.1.0", "component glibc 2.35"}},
		{"the current version", []func(string) string{kindtest.Replace(rauc1113, "version = \"1.11.3\"\n")},
			[]string{current}, []string{"CSD of version"}},
		{"both", []func(string) string{kindtest.Replace(glibc235, "purl = \"pkg:generic/glibc@0\"\n"), kindtest.Replace(rauc1113, "version = \"1.11.3\"\n")},
			[]string{older, current}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit := func(s string) string {
				for _, e := range tc.edits {
					s = e(s)
				}
				return s
			}
			site, dir := kindtest.CopyRepo(t, filepath.Join(kindtest.Repo, "jspgen.toml"), filepath.Join(kindtest.Repo, "content"), kindtest.Example+".toml", edit)
			c, diags := kindtest.Load(t, site, dir)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			p, pd := kindtest.Product(t, c, kindtest.Example)
			_, kd := kindtest.Prepare(t, Kind, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
			all := append(pd, kd...)
			var msgs []string
			for _, d := range all {
				msgs = append(msgs, d.Message)
			}
			for _, w := range tc.want {
				i := -1
				for k, m := range msgs {
					if strings.HasPrefix(m, w) {
						i = k
					}
				}
				if i < 0 {
					t.Errorf("no diagnostic %q among:\n%s", w, strings.Join(msgs, "\n"))
				} else if all[i].Severity != content.Error {
					t.Errorf("%q is a %v, want an error as for the current version", w, all[i].Severity)
				}
			}
			for _, n := range tc.never {
				for _, m := range msgs {
					if strings.HasPrefix(m, n) {
						t.Errorf("diagnostic %q, want none starting with %q", m, n)
					}
				}
			}
		})
	}
}

// TestCSDOfAnotherVersionLabelingItems: a CSD about another version is
// checked for the labeling items its own facts leave empty, naming it
// ("CSD of version 4.1.0: FDA labeling item 8 …"), as the main CSD is
// (unprefixed); an item both leave empty is reported once, by the main
// CSD; a version with no CSD of its own is not checked.
func TestCSDOfAnotherVersionLabelingItems(t *testing.T) {
	const removed = "sbom_files = [\"sbom-4.1.0.cdx.json\"]\nsafeguards_removed = [\"Independent safety microcontroller\", \"Operation without network\", \"Disabling interfaces\", \"Verified boot and safe state\"]\n"
	const readded = "sbom_files = [\"sbom.cdx.json\"]\nsafeguards_added = [{ title = \"Independent safety microcontroller\", protects = \"Infusion delivery\", behaviour = \"Stops delivery with an alarm.\" }]\n"
	const older = "CSD of version 4.1.0: FDA labeling item 8 (Protection of critical functionality) is empty"
	const main = "CSD: FDA labeling item 8 (Protection of critical functionality) is empty"
	for _, tc := range []struct {
		name        string
		edits       []func(string) string
		want, never []string
	}{
		{"only 4.1.0 has none", []func(string) string{
			kindtest.Replace("sbom_files = [\"sbom-4.1.0.cdx.json\"]\n", removed),
			kindtest.Replace("sbom_files = [\"sbom.cdx.json\"]\n", readded)},
			[]string{older}, []string{main}},
		{"neither has any", []func(string) string{
			kindtest.Replace("sbom_files = [\"sbom-4.1.0.cdx.json\"]\n", removed)},
			[]string{main}, []string{older}},
		{"no CSD of 4.1.0", []func(string) string{
			kindtest.Replace("sbom_files = [\"sbom-4.1.0.cdx.json\"]\n", removed),
			kindtest.Replace("sbom_files = [\"sbom.cdx.json\"]\n", readded),
			kindtest.Replace("versions = \"supported\"\n", "")},
			nil, []string{older, main}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit := func(s string) string {
				for _, e := range tc.edits {
					s = e(s)
				}
				return s
			}
			site, dir := kindtest.CopyRepo(t, filepath.Join(kindtest.Repo, "jspgen.toml"), filepath.Join(kindtest.Repo, "content"), kindtest.Example+".toml", edit)
			c, diags := kindtest.Load(t, site, dir)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			p, _ := kindtest.Product(t, c, kindtest.Example)
			_, kd := kindtest.Prepare(t, Kind, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
			var msgs []string
			for _, d := range kd {
				msgs = append(msgs, d.Message)
			}
			all := strings.Join(msgs, "\n")
			for _, w := range tc.want {
				if n := strings.Count(all, w); n != 1 {
					t.Errorf("%d warnings %q, want 1, among:\n%s", n, w, all)
				}
			}
			for _, n := range tc.never {
				for _, m := range msgs {
					if strings.HasPrefix(m, n) {
						t.Errorf("warning %q, want none starting with %q", m, n)
					}
				}
			}
		})
	}
}
