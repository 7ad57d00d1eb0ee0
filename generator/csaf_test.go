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
