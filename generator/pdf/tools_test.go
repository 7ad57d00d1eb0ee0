package pdf

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/testtools"
	"github.com/yuin/goldmark/ast"
)

// tortureFile renders the torture document to a temporary file for the
// outside tools.
func tortureFile(t *testing.T, paper string) string {
	t.Helper()
	out, _ := renderTorture(t, paper)
	path := filepath.Join(t.TempDir(), "torture.pdf")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestQPDFCheck(t *testing.T) {
	testtools.Need(t, "qpdf")
	for _, paper := range []string{"letter", "a4"} {
		out := run(t, "qpdf", "--check", tortureFile(t, paper))
		if !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("%s: qpdf --check:\n%s", paper, out)
		}
	}
}

// TestFontsEmbedded checks with pdffonts that every font is embedded as a
// subset (its name tagged "ABCDEF+") and that only our faces are used.
func TestFontsEmbedded(t *testing.T) {
	testtools.Need(t, "pdffonts")
	out := run(t, "pdffonts", tortureFile(t, ""))
	allowed := map[string]bool{}
	for _, f := range fontFiles {
		allowed["utf8"+f.family+f.style] = true
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", out)
	}
	for _, l := range lines[2:] {
		fields := strings.Fields(l)
		// name type... encoding emb sub uni object ID
		if len(fields) < 7 {
			t.Fatalf("unexpected pdffonts line %q", l)
		}
		name, emb, sub := fields[0], fields[len(fields)-5], fields[len(fields)-4]
		if !regexp.MustCompile(`^[A-Z]{6}\+`).MatchString(name) {
			t.Errorf("font %q has no subset tag", name)
		}
		if _, face, _ := strings.Cut(name, "+"); !allowed[face] {
			t.Errorf("font %q is not one of our faces", name)
		}
		if emb != "yes" || sub != "yes" {
			t.Errorf("font %q not embedded as a subset: %s", name, l)
		}
	}
}

// TestTextExtraction checks that pdftotext recovers the text in reading
// order, table cells included.
func TestTextExtraction(t *testing.T) {
	testtools.Need(t, "pdftotext")
	path := tortureFile(t, "")
	layout := run(t, "pdftotext", "-layout", path, "-")
	plain := run(t, "pdftotext", path, "-")
	raw := run(t, "pdftotext", "-raw", path, "-")
	inOrder(t, "pdftotext -raw", raw, "Flow rate 0.1–999 mL/h ± 5 %", "Bolus volume 500 µL ± 2 %", "Check ✓ ✗")

	inOrder(t, "pdftotext", plain,
		"Halcyon Medical Systems, Inc.",
		"Product Security Plan",
		"HAL-SEC-001",
		"Contents",
		"Scope and context",
		"This torture document exercises every construct",
		"The Halcyon LVP-7 is a large-volume infusion pump. This paragraph mixes bold, italic, bold italic, inline",
		"a link to the FDA guidance and an autolink",
		"Typography check: é ß Ω Ж “quoted” — € 12 ± 0.5 µm at 37 °C",
		"check mark ✓ and cross ✗ come from the fallback font",
		"arrows too: A → B ≤ C.",
		"such as \uFFFD and \uFFFD, must be replaced",
		"Level six heading",
		"Données à caractère personnel",
		"A nested quote, one level deeper",
		"First level item one.",
		"Fourth level item, the deepest one.",
		"7. Seventh step",
		"10. Tenth step",
		`"bomFormat": "CycloneDX",`,
		`{"name": "component-89", "version": "1.5.4"},`,
		"Software bill of materials",
		"Ports and services",
		"Network architecture: pump, gateway and EHR",
		"Device photograph",
		"A second top-level heading",
		"The end, with a final link back to the top.",
	)
	for _, re := range []string{
		`(?m)^\s*#\s+Component\s+Version\s+Supplier\s+Licence\s+Purl\s+Support`,
		`(?m)^\s*17\s+zlib critical — patched in 2\.4\s+3\.7\.4\s+Zlib authors\s+Zlib\s+pkg:deb/debian/zlib@3\.7\.`,
		`(?m)^\s*443\s+TCP\s+HTTPS\s+in\s+mTLS\s+TLS\s+on\s+clinical\s+yes\s+Pump\s+9f86d081884c7d659a2feaa0`,
		// poppler's layout mode drops the spaces of very short runs of
		// digits and symbols ("± 2 %" → "±2%"); the raw mode below shows
		// they are in the file.
		`(?m)^\s*Bolus volume\s+500 µL\s+± ?2 ?%`,
		`Page 1 of \d+`,
		`HAL-SEC-001 · Revision C`,
	} {
		if !regexp.MustCompile(re).MatchString(layout) {
			t.Errorf("pdftotext -layout output does not match %s", re)
		}
	}
	// The header row repeats on every page the SBOM table spans.
	if n := len(regexp.MustCompile(`(?m)^\s*#\s+Component\s+Version`).FindAllString(layout, -1)); n < 3 {
		t.Errorf("SBOM header row printed %d times, want one per page (≥ 3)", n)
	}
	// No blank pages: every page has body text besides header and footer.
	pages := strings.Split(strings.TrimRight(layout, "\f\n"), "\f")
	for i, page := range pages {
		body := 0
		for _, l := range strings.Split(page, "\n") {
			l = strings.TrimSpace(l)
			if l != "" && !strings.HasPrefix(l, "Halcyon LVP-7 Large-Volume Infusion System ·") && !strings.HasPrefix(l, "HAL-SEC-001 · Revision C") {
				body++
			}
		}
		if body == 0 {
			t.Errorf("page %d of %d has no body text", i+1, len(pages))
		}
	}
	for _, bad := range []string{"alert(1)", "<script", "<div", "{nb}"} {
		if strings.Contains(plain, bad) {
			t.Errorf("text contains %q", bad)
		}
	}
}

func inOrder(t *testing.T, what, text string, want ...string) {
	t.Helper()
	rest := text
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q is out of order", what, w)
			} else {
				t.Errorf("%s: %q missing", what, w)
			}
			continue
		}
		rest = rest[i+len(w):]
	}
}

// TestOutline checks with qpdf that the outline lists every heading, nested
// by level.
func TestOutline(t *testing.T) {
	testtools.Need(t, "qpdf")
	out := run(t, "qpdf", "--json", "--json-key=outlines", tortureFile(t, ""))
	var doc struct {
		Outlines []outlineNode `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	type entry struct {
		title string
		depth int
	}
	var got []entry
	var walk func(ns []outlineNode, depth int)
	walk = func(ns []outlineNode, depth int) {
		for _, n := range ns {
			got = append(got, entry{n.Title, depth})
			walk(n.Kids, depth+1)
		}
	}
	walk(doc.Outlines, 0)

	src, _ := os.ReadFile("testdata/torture.md")
	md := markdown.Parse(src)
	var want []entry
	_ = ast.Walk(md.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			want = append(want, entry{plainText(h, md.Source), h.Level - 1})
		}
		return ast.WalkContinue, nil
	})
	// The contents has its own entry, under the title.
	want = append(want[:1], append([]entry{{"Contents", 1}}, want[1:]...)...)
	if len(got) != len(want) {
		t.Fatalf("outline has %d entries, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("outline entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

type outlineNode struct {
	Title string        `json:"title"`
	Kids  []outlineNode `json:"kids"`
}

// TestContentsPageNumbers checks that every contents entry names the page
// its heading is printed on.
func TestContentsPageNumbers(t *testing.T) {
	testtools.Need(t, "pdftotext")
	for _, paper := range []string{"letter", "a4"} {
		pages := strings.Split(run(t, "pdftotext", "-layout", tortureFile(t, paper), "-"), "\f")
		entry := regexp.MustCompile(`^\s*(\S.*?)\s*(?:\. )+\.?\s+(\d+)$`)
		n := 0
		for _, l := range strings.Split(pages[0], "\n") {
			m := entry.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			n++
			title, page := m[1], m[2]
			var p int
			if _, err := fmt.Sscan(page, &p); err != nil || p < 2 || p > len(pages) {
				t.Errorf("%s: entry %q: page %q out of range", paper, title, page)
				continue
			}
			if !regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(title) + `\s*$`).MatchString(pages[p-1]) {
				t.Errorf("%s: contents says %q is on page %d, but it is not printed there", paper, title, p)
			}
		}
		if n < 8 {
			t.Errorf("%s: found %d contents entries on page 1, want ≥ 8", paper, n)
		}
	}
}

// TestTextInsideMargins checks with pdftotext -bbox that no word runs into
// the margins: long tokens must have been broken.
func TestTextInsideMargins(t *testing.T) {
	testtools.Need(t, "pdftotext")
	for _, paper := range []string{"letter", "a4"} {
		geo, _ := pageGeometry(paper)
		out := run(t, "pdftotext", "-bbox", tortureFile(t, paper), "-")
		word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
		n := 0
		for _, m := range word.FindAllStringSubmatch(out, -1) {
			n++
			var x0, y0, x1, y1 float64
			fmt.Sscan(m[1], &x0)
			fmt.Sscan(m[2], &y0)
			fmt.Sscan(m[3], &x1)
			fmt.Sscan(m[4], &y1)
			const slack = 1.5 // glyph side bearings
			if x0 < geo.left-slack || x1 > geo.right+slack || y0 < margin-30 || y1 > geo.height-margin+30 {
				t.Errorf("%s: word %q at x %.1f–%.1f, y %.1f–%.1f is outside the text area", paper, m[5], x0, x1, y0, y1)
			}
		}
		if n < 1000 {
			t.Errorf("%s: only %d words found", paper, n)
		}
	}
}
