package pdf

import (
	"bytes"
	"fmt"
	"image"
	stdpng "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/jspgen/jspgen/generator/markdown"
)

// TestDeterministicAcrossProcesses renders in a child process and compares:
// anything seeded per process (map order, hashing) would show here.
func TestDeterministicAcrossProcesses(t *testing.T) {
	if path := os.Getenv("JSPGEN_PDF_CHILD_OUT"); path != "" {
		out, _ := renderTorture(t, "")
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	path := filepath.Join(t.TempDir(), "child.pdf")
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeterministicAcrossProcesses$")
	cmd.Env = append(os.Environ(), "JSPGEN_PDF_CHILD_OUT="+path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	child, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	here, _ := renderTorture(t, "")
	if !bytes.Equal(here, child) {
		t.Fatalf("renders in two processes differ: %d and %d bytes, first difference at offset %d", len(here), len(child), firstDiff(here, child))
	}
}

func TestRenderErrors(t *testing.T) {
	png, err := os.ReadFile("testdata/images/network.png")
	if err != nil {
		t.Fatal(err)
	}
	var deep bytes.Buffer // 16 bits per channel, with alpha
	if err := stdpng.Encode(&deep, image.NewNRGBA64(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	// The good PNG cut short, and with a byte of its image data flipped
	// (the zlib stream's checksum no longer matches).
	truncated := png[:len(png)*2/3]
	corrupt := bytes.Clone(png)
	idat := bytes.Index(corrupt, []byte("IDAT"))
	corrupt[idat+4+(len(png)-idat)/2] ^= 0xFF
	images := fstest.MapFS{
		"truncated.png": {Data: truncated},
		"corrupt.png":   {Data: corrupt},
		"deep.png":      {Data: deep.Bytes()},
		"ok.png":        {Data: png},
		"bad.png":       {Data: []byte("not an image")},
		"pic.gif":       {Data: []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;")},
		"dir/x.md":      {Data: []byte("x")},
	}
	for _, tc := range []struct {
		name, md string
		meta     Meta
		want     string // in the error; "" for success
	}{
		{"bad paper", "# T\n", Meta{DocumentID: "D-1", Paper: "legal"}, `D-1: paper "legal"`},
		{"A4 in capitals is A4", "# T\n", Meta{Paper: "A4"}, ""},
		{"no image folder", "# T\n\n![x](ok.png)\n", Meta{DocumentID: "D-1", Title: "T"}, `D-1 (T): image "ok.png": no image folder`},
		{"missing image", "# T\n\n![x](nope.png)\n", Meta{Images: images}, `image "nope.png"`},
		{"not an image", "# T\n\n![x](bad.png)\n", Meta{Images: images}, `image "bad.png": not a PNG or JPEG`},
		{"truncated PNG", "# T\n\n![x](truncated.png)\n", Meta{DocumentID: "D-1", Images: images}, `D-1: image "truncated.png": damaged PNG image`},
		{"corrupt PNG", "# T\n\n![x](corrupt.png)\n", Meta{DocumentID: "D-1", Images: images}, `D-1: image "corrupt.png": damaged PNG image`},
		{"escaping the folder", "# T\n\n![x](../secret.png)\n", Meta{Images: images}, `image "../secret.png": not a relative path`},
		{"remote image", "# T\n\n![x](https://example.com/a.png)\n", Meta{Images: images}, `image "https://example.com/a.png"`},
		{"16-bit PNG with alpha", "# T\n\n![x](deep.png)\n", Meta{Images: images}, ""},
		{"good image", "# T\n\n![x](ok.png)\n", Meta{Images: images}, ""},
		// A document in a folder of its own (4.1.0/csd) links the product
		// folder's images with ../; nothing leaves the image folder.
		{"image from the document's folder", "# T\n\n![x](../ok.png)\n", Meta{Images: images, ImageDir: "4.1.0"}, ""},
		{"image beside it in its folder", "# T\n\n![x](ok.png)\n", Meta{Images: images, ImageDir: "4.1.0"}, `image "ok.png"`},
		{"escaping from the document's folder", "# T\n\n![x](../../ok.png)\n", Meta{Images: images, ImageDir: "4.1.0"}, `image "../../ok.png": not a relative path`},
		{"empty document", "", Meta{}, ""},
		{"no title heading", "## Only a section\n\ntext\n", Meta{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := Render(markdown.Parse([]byte(tc.md)), tc.meta)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.want == "" && !bytes.HasPrefix(out, []byte("%PDF-")):
				t.Fatalf("output is not a PDF")
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestPaperSize(t *testing.T) {
	for _, tc := range []struct {
		paper string
		want  string
	}{{"", "/MediaBox [0 0 612.00 792.00]"}, {"a4", "/MediaBox [0 0 595.28 841.89]"}} {
		out, _, err := Render(markdown.Parse([]byte("# T\n\nx\n")), Meta{Paper: tc.paper})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(out, []byte(tc.want)) {
			t.Errorf("paper %q: no %s in output", tc.paper, tc.want)
		}
	}
}

// fuzzSeeds are FuzzLayout's seeds. They are small, so that the fuzzer
// runs thousands of inputs a minute (the torture document is covered by the
// golden tests; as a seed it made each run a full manual).
var fuzzSeeds = []string{
	"",
	"# T\n",
	"> > > > > > > > > > > > > > > > > > > > deep\n",
	"- a\n  - b\n    - c\n      - d\n        - e\n          - f\n",
	"| a | b |\n|---|---|\n| " + strings.Repeat("x", 300) + " | y |\n",
	"|" + strings.Repeat(" c |", 60) + "\n|" + strings.Repeat("---|", 60) + "\n",
	"```\n" + strings.Repeat("line\n", 80) + "```\n",
	"[x](#nowhere) <b>raw</b> \x00 \uFFFD ✓ 中文 \U0001F600\n",
	"![alt](img.png)\n",
	"![gone](gone.png)\n",
	"0. zero\n1. one\n\n99999999999. big\n",
	"***\n---\n___\n",
	"Setext\n======\n\nText\\\nbreak\n",
	"# T\n\n## A\n\n" + strings.Repeat("para\n\n", 120) + "## B\n\n### C\n",
}

// fuzzMeta is the document FuzzLayout lays out: img.png is a small image.
func fuzzMeta(t testing.TB) Meta {
	var png bytes.Buffer
	if err := stdpng.Encode(&png, image.NewGray(image.Rect(0, 0, 3, 2))); err != nil {
		t.Fatal(err)
	}
	return Meta{Title: "Fuzz", DocumentID: "FZ-1", Images: fstest.MapFS{"img.png": {Data: png.Bytes()}}}
}

// FuzzLayout lays arbitrary Markdown out with every pass Render runs, fpdf's
// drawing calls included, but without writing the file (see layout): a
// full render spends most of its time subsetting and compressing fonts,
// which made a minute of fuzzing try a few dozen documents. Errors are
// allowed (an image that is missing), except the renderer's own internal
// errors: the drawing pass put something elsewhere than the measuring
// passes said.
func FuzzLayout(f *testing.F) {
	for _, seed := range fuzzSeeds {
		f.Add([]byte(seed))
	}
	meta := fuzzMeta(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := layout(markdown.Parse(src), meta)
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
	})
}

// TestRenderFuzzSeeds renders FuzzLayout's seeds and its stored corpus whole
// and wants what layout said: the same warnings and error, and a PDF when
// there is no error. So the part of Render the fuzzer leaves out still runs
// on every shape of document it starts from.
func TestRenderFuzzSeeds(t *testing.T) {
	type input struct {
		name string
		src  []byte
	}
	var inputs []input
	for i, seed := range fuzzSeeds {
		inputs = append(inputs, input{fmt.Sprintf("seed %d", i), []byte(seed)})
	}
	corpus, _ := filepath.Glob("testdata/fuzz/FuzzLayout/*")
	for _, file := range corpus {
		src, err := fuzzCorpusBytes(file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		inputs = append(inputs, input{file, src})
	}
	meta := fuzzMeta(t)
	for _, in := range inputs {
		src := in.src
		t.Run(in.name, func(t *testing.T) {
			out, warnings, err := Render(markdown.Parse(src), meta)
			layoutWarnings, layoutErr := layout(markdown.Parse(src), meta)
			if fmt.Sprint(err) != fmt.Sprint(layoutErr) {
				t.Fatalf("Render: error %v; layout: %v", err, layoutErr)
			}
			if strings.Join(warnings, "\n") != strings.Join(layoutWarnings, "\n") {
				t.Errorf("Render warned\n%s\nlayout warned\n%s", strings.Join(warnings, "\n"), strings.Join(layoutWarnings, "\n"))
			}
			if err == nil && !bytes.HasPrefix(out, []byte("%PDF-")) {
				t.Fatal("no PDF and no error")
			}
		})
	}
}

// fuzzCorpusBytes reads the one []byte value of a stored fuzz input.
func fuzzCorpusBytes(file string) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 || lines[0] != "go test fuzz v1" || !strings.HasPrefix(lines[1], "[]byte(") || !strings.HasSuffix(lines[1], ")") {
		return nil, fmt.Errorf("not one []byte fuzz input")
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	return []byte(s), err
}

func BenchmarkPDF(b *testing.B) {
	b.Run("torture", func(b *testing.B) {
		src, err := os.ReadFile("testdata/torture.md")
		if err != nil {
			b.Fatal(err)
		}
		benchRender(b, src, tortureMeta(""))
	})
	// The CSD: long, with contents, tables and an image. (The security
	// plan's diagrams are drawings the build makes, not files.)
	b.Run("csd", func(b *testing.B) {
		src, err := os.ReadFile("../../golden/halcyon-lvp7/csd.md")
		if err != nil {
			b.Skipf("no CSD to render yet: %v", err)
		}
		m := tortureMeta("")
		m.Images = os.DirFS("../../golden/halcyon-lvp7")
		benchRender(b, src, m)
	})
}

func benchRender(b *testing.B, src []byte, m Meta) {
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Render(markdown.Parse(src), m); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentRender renders from several goroutines, as the site builder
// may: the shared font data must stay read-only (run with -race).
func TestConcurrentRender(t *testing.T) {
	want, _ := renderTorture(t, "")
	var wg sync.WaitGroup
	outs := make([][]byte, 4)
	for i := range outs {
		wg.Go(func() {
			src, _ := os.ReadFile("testdata/torture.md")
			outs[i], _, _ = Render(markdown.Parse(src), tortureMeta(""))
		})
	}
	wg.Wait()
	for i, got := range outs {
		if !bytes.Equal(got, want) {
			t.Errorf("goroutine %d: output differs (%d bytes, want %d)", i, len(got), len(want))
		}
	}
}

// TestSkippedPassesChangeNothing renders documents of every shape with all
// layout passes and with only those Render needs, and wants the same bytes
// and warnings: a skipped pass could not have changed the result.
func TestSkippedPassesChangeNothing(t *testing.T) {
	torture, err := os.ReadFile("testdata/torture.md")
	if err != nil {
		t.Fatal(err)
	}
	type doc struct {
		name string
		src  []byte
		meta Meta
	}
	long := strings.Repeat("A paragraph of body text that fills the page, line after line, with nothing to list. 中\n\n", 400)
	docs := []doc{
		{"torture", torture, tortureMeta("")},
		{"torture A4", torture, tortureMeta("a4")},
		{"empty", nil, Meta{}},
		{"short, two headings", []byte("# T\n\n## A\n\ntext\n\n## B\n\ntext\n"), Meta{Title: "Short"}},
		{"long, no headings", []byte(long), Meta{Title: "Long"}},
		{"long, one heading", []byte("# T\n\n## Only\n\n" + long), Meta{Title: "Long"}},
		{"long, headings", []byte("# T\n\n## One\n\n" + long + "## Two\n\n" + long + "> ## Quoted ✓\n\n- ### In a list\n"), Meta{Title: "Long"}},
		{"three pages, headings", []byte("# T\n\n## One\n\n" + long[:len(long)/5] + "## Two\n\ntext\n"), Meta{Title: "Three"}},
	}
	files, _ := filepath.Glob("../../golden/*/*.md")
	notices, _ := filepath.Glob("../../golden/*/notices/*.md")
	for _, f := range append(files, notices...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := tortureMeta("")
		m.Images = os.DirFS(filepath.Dir(f))
		docs = append(docs, doc{f, src, m})
	}
	defer func() { allPasses = false }()
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			allPasses = true
			want, wantWarn, wantErr := Render(markdown.Parse(d.src), d.meta)
			allPasses = false
			got, gotWarn, gotErr := Render(markdown.Parse(d.src), d.meta)
			if (wantErr == nil) != (gotErr == nil) {
				t.Fatalf("errors differ: all passes %v, fewer %v", wantErr, gotErr)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from all passes': %d bytes, want %d, first difference at offset %d", len(got), len(want), firstDiff(got, want))
			}
			if strings.Join(gotWarn, "\n") != strings.Join(wantWarn, "\n") {
				t.Errorf("warnings differ:\n%s\nwant\n%s", strings.Join(gotWarn, "\n"), strings.Join(wantWarn, "\n"))
			}
		})
	}
}

// TestLayoutPasses: the last layout pass records its drawing, so a
// document is laid out once for its drawing, and a long one with contents
// once more, only until it is long enough for contents.
func TestLayoutPasses(t *testing.T) {
	torture, err := os.ReadFile("testdata/torture.md")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("A paragraph of body text that fills the page, line after line. \n\n", 400)
	for _, tc := range []struct {
		name string
		src  string
		want int
	}{
		{"long, with contents", string(torture), 2},
		// ten pages or more: the footer's count is as wide as no guess
		{"long, no headings", long, 1},
		{"short, two headings", "# T\n\n## A\n\ntext\n\n## B\n\ntext\n", 1},
	} {
		s, err := newPassShared(markdown.Parse([]byte(tc.src)), tortureMeta(""), false)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.render(); err != nil {
			t.Fatal(err)
		}
		if s.passes != tc.want {
			t.Errorf("%s: %d layout passes, want %d", tc.name, s.passes, tc.want)
		}
	}
}
