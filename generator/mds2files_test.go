package generator

import (
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestMDS2IntroNamesTheFilesBuilt: the MDS2 form's introduction said its
// answers were published as mds2.json and mds2.csv, and left out the
// mds2.xlsx workbook built beside them. Each MDS2 document (the current
// version's and each version's own) now names exactly the mds2.* files
// the build wrote beside it: none left out, none not written.
func TestMDS2IntroNamesTheFilesBuilt(t *testing.T) {
	files, _ := buildFixtureEdited(t, "marketsplit", "", nil)
	sentence := regexp.MustCompile(`The same answers are published as (.*?) beside this document\.`)
	span := regexp.MustCompile("`([^`]+)`")
	docs := 0
	for rel, text := range files {
		if path.Base(rel) != "mds2.md" {
			continue
		}
		docs++
		m := sentence.FindStringSubmatch(text)
		if m == nil {
			t.Errorf("%s names no files of the form", rel)
			continue
		}
		var named []string
		for _, s := range span.FindAllStringSubmatch(m[1], -1) {
			named = append(named, s[1])
		}
		var built []string
		for other := range files {
			if path.Dir(other) == path.Dir(rel) && strings.HasPrefix(path.Base(other), "mds2.") && !slices.Contains([]string{".md", ".html", ".pdf"}, path.Ext(other)) {
				built = append(built, path.Base(other))
			}
		}
		slices.Sort(named)
		slices.Sort(built)
		if !slices.Equal(named, built) {
			t.Errorf("%s names %v beside it; the build wrote %v", rel, named, built)
		}
		if !strings.Contains(m[0], "`mds2.json`, `mds2.csv` and `mds2.xlsx`") {
			t.Errorf("%s: %q", rel, m[0])
		}
	}
	if docs != 3 {
		t.Errorf("%d MDS2 documents, want 3 (current, 2.4, 3.0)", docs)
	}
}
