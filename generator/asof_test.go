package generator

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReleasedDocumentsSpeakAsOfTheirRelease: a released revision says
// the same whenever it is built. The examples built on a later date
// (SOURCE_DATE_EPOCH) give the same text in every document, notice,
// lifecycle page and lifecycle.json: each speaks as of its own release
// date, not the build's (which used to rewrite "On 16 February 2026 the
// current version is", the stages and the notices listed).
func TestReleasedDocumentsSpeakAsOfTheirRelease(t *testing.T) {
	later := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	build := func(source *time.Time) map[string][]byte {
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: "../jspgen.toml", ContentDir: "../content", OutDir: out, SourceDate: source}); err != nil {
			t.Fatal(err)
		}
		return readTree(t, out)
	}
	then, now := build(nil), build(&later)
	compared := 0
	for name, b := range then {
		if !strings.HasSuffix(name, ".md") && !strings.HasSuffix(name, "lifecycle.json") {
			continue
		}
		compared++
		if got, ok := now[name]; !ok {
			t.Errorf("%s: not built on %s", name, later.Format(time.DateOnly))
		} else if string(got) != string(b) {
			t.Errorf("%s differs when built on %s", name, later.Format(time.DateOnly))
		}
	}
	if compared < 20 {
		t.Errorf("compared %d documents, want every one of the examples'", compared)
	}
}
