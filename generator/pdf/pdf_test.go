package pdf

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/markdown"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// tortureMeta is the Meta of the torture document.
func tortureMeta(paper string) Meta {
	return Meta{
		Title:        "Product Security Plan",
		Product:      "Halcyon LVP-7 Large-Volume Infusion System",
		DocumentID:   "HAL-SEC-001",
		Revision:     "C",
		ReleaseDate:  "2026-03-02",
		Manufacturer: "Halcyon Medical Systems, Inc.",
		Subject:      "Cybersecurity of the Halcyon LVP-7 (HSCC JSP)",
		Keywords:     []string{"JSP", "cybersecurity", "SBOM"},
		Language:     "en",
		Creator:      "jspgen 0.1.0",
		Date:         time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC),
		Paper:        paper,
		Images:       os.DirFS("testdata"),
	}
}

func renderTorture(t testing.TB, paper string) ([]byte, []string) {
	t.Helper()
	src, err := os.ReadFile("testdata/torture.md")
	if err != nil {
		t.Fatal(err)
	}
	out, warns, err := Render(markdown.Parse(src), tortureMeta(paper))
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	return out, warns
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct{ paper, file string }{
		{"", "torture.pdf"},
		{"a4", "torture-a4.pdf"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, _ := renderTorture(t, tc.paper)
			path := filepath.Join("testdata", "golden", tc.file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/pdf -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s differs from the output: got %d bytes, want %d, first difference at offset %d (run go test ./generator/pdf -update after checking the change)",
					path, len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestDeterministic(t *testing.T) {
	a, _ := renderTorture(t, "")
	b, _ := renderTorture(t, "")
	if !bytes.Equal(a, b) {
		t.Fatalf("two renders differ: %d and %d bytes, first difference at offset %d", len(a), len(b), firstDiff(a, b))
	}
}

func TestWarnings(t *testing.T) {
	_, warns := renderTorture(t, "")
	joined := strings.Join(warns, "\n")
	for _, want := range []string{
		"HAL-SEC-001 (Product Security Plan): character U+4E2D \"中\" has no glyph in the embedded fonts (Liberation Sans, DejaVu Sans)",
		"HAL-SEC-001 (Product Security Plan): character U+6587 \"文\"",
		"#no-such-heading",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("warnings lack %q:\n%s", want, joined)
		}
	}
	if n := strings.Count(joined, "U+4E2D"); n != 1 {
		t.Errorf("U+4E2D reported %d times, want once:\n%s", n, joined)
	}
	// Printed from the fallback font, so not reported.
	if strings.Contains(joined, "U+2713") || strings.Contains(joined, "U+2192") {
		t.Errorf("a character the fallback font has was reported:\n%s", joined)
	}
}
