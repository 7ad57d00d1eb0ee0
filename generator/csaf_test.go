package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoticeCSAFTwinFollowsDates: the CSAF twin of an end-of-support
// notice carries the notice's dates from the versions' milestones; moving
// the version's end of support in the product file moves it in the twin.
func TestNoticeCSAFTwinFollowsDates(t *testing.T) {
	dir := t.TempDir()
	contentDir := filepath.Join(dir, "content")
	if err := os.CopyFS(contentDir, os.DirFS("../content")); err != nil {
		t.Fatal(err)
	}
	product := filepath.Join(contentDir, "halcyon-lvp7.toml")
	src, err := os.ReadFile(product)
	if err != nil {
		t.Fatal(err)
	}
	const old = "end_of_support = 2025-06-30" // version 3.8.2, announced by notice eos-3.8.2
	if strings.Count(string(src), old) != 1 {
		t.Fatalf("the example no longer has exactly one %q", old)
	}
	twin := func(out string) string {
		b, err := os.ReadFile(filepath.Join(out, ".well-known/csaf/white/2022/mis-lvp7-eos-382.json"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	opts := exampleOptions(filepath.Join(dir, "site1"))
	opts.ContentDir = contentDir
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	before := twin(opts.OutDir)
	if !strings.Contains(before, "End of support: 2025-06-30") {
		t.Fatalf("the twin does not carry the notice's end of support 2025-06-30:\n%s", before)
	}
	if err := os.WriteFile(product, []byte(strings.Replace(string(src), old, "end_of_support = 2025-08-29", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	opts.OutDir = filepath.Join(dir, "site2")
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	after := twin(opts.OutDir)
	if !strings.Contains(after, "End of support: 2025-08-29") || strings.Contains(after, "2025-06-30") {
		t.Errorf("moving 3.8.2's end of support to 2025-08-29 did not move it in the twin:\n%s", after)
	}
	notice, err := os.ReadFile(filepath.Join(opts.OutDir, "halcyon-lvp7/notices/eos-3.8.2.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(notice), "29 August 2025") && !strings.Contains(string(notice), "2025-08-29") {
		t.Errorf("the notice itself does not show the moved date")
	}
}

// TestSecurityNoticeFollowsFixDate: a security notice and its CSAF twin
// take the fix date from the vulnerability; moving CVE-2024-1086's fix
// date in [[vulnerabilities]] moves it in both. A revision released
// before the fix speaks as of its release: it does not show the fix.
func TestSecurityNoticeFollowsFixDate(t *testing.T) {
	dir := t.TempDir()
	contentDir := filepath.Join(dir, "content")
	if err := os.CopyFS(contentDir, os.DirFS("../content")); err != nil {
		t.Fatal(err)
	}
	product := filepath.Join(contentDir, "halcyon-lvp7.toml")
	src, err := os.ReadFile(product)
	if err != nil {
		t.Fatal(err)
	}
	// Every [[vulnerabilities]] block of CVE-2024-1086 gets the new date.
	blocks := strings.Split(string(src), "[[vulnerabilities]]\n")
	moved := 0
	for i, b := range blocks {
		if strings.HasPrefix(b, `id = "CVE-2024-1086"`) {
			if strings.Count(b, "\nfixed = 2025-05-12\n") != 1 {
				t.Fatalf("a CVE-2024-1086 block no longer has fixed = 2025-05-12:\n%s", b)
			}
			blocks[i] = strings.Replace(b, "\nfixed = 2025-05-12\n", "\nfixed = 2025-05-19\n", 1)
			moved++
		}
	}
	if moved != 2 {
		t.Fatalf("%d [[vulnerabilities]] blocks of CVE-2024-1086; the test expects 2", moved)
	}
	// A fix a week after 4.2.1's release was installed under the same
	// number: 4.2.1's SBOM must then list it as it runs since the fix, or
	// check fails (TestFixedInPlace).
	sbomFile := filepath.Join(contentDir, "halcyon-lvp7", "sbom.cdx.json")
	sb, err := os.ReadFile(sbomFile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sb), `"timestamp": "2025-05-02T00:00:00Z"`) {
		t.Fatal("4.2.1's SBOM is no longer dated 2025-05-02")
	}
	sb = []byte(strings.Replace(string(sb), `"timestamp": "2025-05-02T00:00:00Z"`, `"timestamp": "2025-05-19T00:00:00Z"`, 1))
	const (
		noticeMD = "halcyon-lvp7/notices/sa-2024-02.md"
		twinJSON = ".well-known/csaf/white/2024/mis-sa-2024-02.json"
	)
	read := func(out, rel string) string {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	opts := exampleOptions(filepath.Join(dir, "site1"))
	opts.ContentDir = contentDir
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	const (
		oldRow  = "| 2025-05-12 | Fix for CVE-2024-1086 available: software 4.2.1 released. |"
		newRow  = "| 2025-05-19 | Fix for CVE-2024-1086 available: software 4.2.1 released. |"
		oldNote = `2025-05-12: Fix for CVE-2024-1086 available`
		newNote = `2025-05-19: Fix for CVE-2024-1086 available`
		oldFix  = `"date": "2025-05-12T00:00:00.000Z",` + "\n          \"details\": \"Linux 6.6.52 includes the upstream fix"
		newFix  = `"date": "2025-05-19T00:00:00.000Z",` + "\n          \"details\": \"Linux 6.6.52 includes the upstream fix"
	)
	if n, j := read(opts.OutDir, noticeMD), read(opts.OutDir, twinJSON); !strings.Contains(n, oldRow) || !strings.Contains(j, oldNote) || !strings.Contains(j, oldFix) {
		t.Fatalf("before the move, the notice or its twin lacks the 2025-05-12 fix date")
	}
	if err := os.WriteFile(product, []byte(strings.Join(blocks, "[[vulnerabilities]]\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sbomFile, sb, 0o644); err != nil {
		t.Fatal(err)
	}
	opts.OutDir = filepath.Join(dir, "site2")
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	// Revision B (2025-05-12) now predates the fix: neither it nor its
	// twin may announce it.
	n, j := read(opts.OutDir, noticeMD), read(opts.OutDir, twinJSON)
	if strings.Contains(n, "Fix for CVE-2024-1086 available") || strings.Contains(j, "Fix for CVE-2024-1086 available") || strings.Contains(j, `"Upgrade to 4.2.1`) {
		t.Errorf("revision B, released 2025-05-12, announces the fix released 2025-05-19:\n%s", n)
	}
	// Revision B released with the fix, on 2025-05-19.
	const revB = "[notices.document]\nid = \"MIS-SA-2024-02\"\nrevision = \"B\"\nrelease_date = 2025-05-12\n"
	const histB = "[[notices.document.history]]\nrevision = \"B\"\ndate = 2025-05-12\n"
	moved2 := strings.Join(blocks, "[[vulnerabilities]]\n")
	if !strings.Contains(moved2, revB) || !strings.Contains(moved2, histB) {
		t.Fatal("the example's notice MIS-SA-2024-02 no longer has revision B of 2025-05-12")
	}
	moved2 = strings.Replace(moved2, revB, strings.Replace(revB, "2025-05-12", "2025-05-19", 1), 1)
	moved2 = strings.Replace(moved2, histB, strings.Replace(histB, "2025-05-12", "2025-05-19", 1), 1)
	if err := os.WriteFile(product, []byte(moved2), 0o644); err != nil {
		t.Fatal(err)
	}
	opts.OutDir = filepath.Join(dir, "site3")
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	n, j = read(opts.OutDir, noticeMD), read(opts.OutDir, twinJSON)
	if !strings.Contains(n, newRow) || strings.Contains(n, oldRow) {
		t.Errorf("the notice's timeline does not show the fix on 2025-05-19 (only):\n%s", n)
	}
	if !strings.Contains(j, newNote) || strings.Contains(j, oldNote) || !strings.Contains(j, newFix) || strings.Contains(j, oldFix) {
		t.Errorf("the CSAF twin's timeline or vendor fix does not carry 2025-05-19 (only):\n%s", j)
	}
}
