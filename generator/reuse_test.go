package generator

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/diagram"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/pdf"
)

// TestEditedProductReusesUnchangedDocuments: after an edit of a product,
// a document whose Markdown, metadata and assets came out as before takes
// its page and PDF from the last build's cache entry (the security
// advisory of 2024 and the risk report, whose drawings are the same,
// do not mention the current version's end of support); a document whose
// PDF embeds an image that changed is rendered again though its Markdown
// did not change. The cached advisory and risk report are marked to tell
// which; the rest of the site must equal a clean build's.
func TestEditedProductReusesUnchangedDocuments(t *testing.T) {
	opts := builtPortfolio(t, 2)
	contentDir, out := opts.ContentDir, opts.OutDir
	const mark = "<!-- from the last build -->"
	// the advisory, and the risk report, which has generated drawings
	heads := []string{"# Security Advisory: CVE-2024-1086\n\n**Halcyon LVP-7 Large-Volume Infusion System 001**",
		"# Cybersecurity Risk Management Report\n\n**Halcyon LVP-7 Large-Volume Infusion System 001**"}
	marked := markCached(t, opts.CacheDir, mark, func(r *rendered) bool {
		return r.Page != nil && slices.ContainsFunc(heads, func(h string) bool { return bytes.HasPrefix(r.MD, []byte(h)) })
	})
	if marked != 2 {
		t.Fatalf("%d of product 001's advisory and risk report in the cache, want 2", marked)
	}
	check := func(step string, reused bool) map[string][]byte {
		t.Helper()
		if _, err := Build(opts); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		ref := opts
		ref.CacheDir, ref.OutDir = "", filepath.Join(t.TempDir(), "site")
		if _, err := Build(ref); err != nil {
			t.Fatalf("%s: clean build: %v", step, err)
		}
		got, want := readTree(t, out), readTree(t, ref.OutDir)
		for _, page := range []string{"halcyon-lvp7-001/notices/sa-2024-02.html", "halcyon-lvp7-001/risk-report.html"} {
			if strings.HasSuffix(string(got[page]), mark) != reused {
				t.Errorf("%s: %s taken from the last build: %v, want %v", step, page, !reused, reused)
			}
			delete(got, page)
			delete(want, page)
		}
		sameTree(t, step, want, got)
		return got
	}
	p1 := filepath.Join(contentDir, "halcyon-lvp7-001.toml")
	editFile(t, p1, "end_of_support = 2028-12-31", "end_of_support = 2029-06-30")
	check("end of support", true)

	// an image the CSD's PDF embeds, changed: its Markdown is the same
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		img.Set(x, 10, color.RGBA{R: 200, A: 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(contentDir, "halcyon-lvp7-001", "diagrams", "network.png"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(out, "halcyon-lvp7-001", "csd.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	got := check("image", false) // an asset changed: nothing is taken
	if bytes.Equal(before, got["halcyon-lvp7-001/csd.pdf"]) {
		t.Error("the CSD's PDF did not change with its image")
	}
}

// TestRenderInputs: a document's inputs change with its generated
// drawings, and a drawing that cannot say what it draws from
// (pdf.FingerprintedDrawing) leaves the document without inputs.
func TestRenderInputs(t *testing.T) {
	c := &cache{global: []byte("shared inputs"), content: map[string][]byte{"pump/diagrams/network.png": []byte("sum")}}
	md := []byte("# Plan\n")
	inputs := func(drawings map[string]pdf.Drawing) []byte {
		return c.renderInputs(md, html.Page{Title: "Plan"}, pdf.Meta{Title: "Plan"}, "pump", drawings)
	}
	a, b := &diagram.Layout{Title: "Global system"}, &diagram.Layout{Title: "Global system", W: 1}
	none, withA, withB := inputs(nil), inputs(map[string]pdf.Drawing{"views/global.svg": a}), inputs(map[string]pdf.Drawing{"views/global.svg": b})
	if none == nil || withA == nil || withB == nil {
		t.Fatal("no inputs")
	}
	if bytes.Equal(none, withA) || bytes.Equal(withA, withB) {
		t.Error("the inputs do not change with the drawings")
	}
	if !bytes.Equal(withA, inputs(map[string]pdf.Drawing{"views/global.svg": &diagram.Layout{Title: "Global system"}})) {
		t.Error("equal drawings give different inputs")
	}
	if got := inputs(map[string]pdf.Drawing{"views/global.svg": opaqueDrawing{}}); got != nil {
		t.Error("a drawing without a fingerprint gave inputs")
	}
	// a build's content hashes do not change once read: another build's
	other := &cache{global: c.global, content: map[string][]byte{"pump/diagrams/network.png": []byte("other sum")}}
	if bytes.Equal(none, other.renderInputs(md, html.Page{Title: "Plan"}, pdf.Meta{Title: "Plan"}, "pump", nil)) {
		t.Error("the inputs do not change with the product's assets")
	}
}

// opaqueDrawing draws from state it does not show.
type opaqueDrawing struct{}

func (opaqueDrawing) Size() (w, h float64)                        { return 1, 1 }
func (opaqueDrawing) Draw(pdf.Painter, float64, float64, float64) {}

// TestEditedProductReusesUnchangedFiles: a built file with inputs
// (kind.File.Inputs: the MDS2 form's JSON, CSV and workbook) is kept in
// the build cache under them, so that an edit of the product that leaves
// the form as it was takes the files from there; an edit of an answer
// makes them again. The cached workbooks are marked to tell which; the
// rest of the site must equal a clean build's.
func TestEditedProductReusesUnchangedFiles(t *testing.T) {
	opts := builtPortfolio(t, 2)
	contentDir, out := opts.ContentDir, opts.OutDir
	const mark = "from the last build"
	marked := 0
	_ = filepath.WalkDir(filepath.Join(opts.CacheDir, "docs"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		data, ok := readSealedBytes(p)
		if !ok || !bytes.HasPrefix(data, []byte("PK")) {
			return nil
		}
		if err := writeSealedBytes(p, append(data, mark...)); err != nil {
			t.Fatal(err)
		}
		marked++
		return nil
	})
	if marked == 0 {
		t.Fatal("no MDS2 workbook in the cache")
	}
	// The end of support is on the current version's form (DOC and
	// support questions), not on 4.1.0's; OTHR is on both.
	check := func(step string, reused ...string) {
		t.Helper()
		res, err := Build(opts)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if len(reused) > 0 && res.ReusedFiles == 0 {
			t.Errorf("%s: no file taken from the cache", step)
		}
		ref := opts
		ref.CacheDir, ref.OutDir = "", filepath.Join(t.TempDir(), "site")
		if _, err := Build(ref); err != nil {
			t.Fatalf("%s: clean build: %v", step, err)
		}
		got, want := readTree(t, out), readTree(t, ref.OutDir)
		for _, f := range []string{"halcyon-lvp7-001/mds2.xlsx", "halcyon-lvp7-001/4.1.0/mds2.xlsx"} {
			if bytes.HasSuffix(got[f], []byte(mark)) != slices.Contains(reused, f) {
				t.Errorf("%s: %s taken from the last build: %v, want %v", step, f, !slices.Contains(reused, f), slices.Contains(reused, f))
			}
			if slices.Contains(reused, f) {
				delete(got, f)
				delete(want, f)
			}
		}
		sameTree(t, step, want, got)
	}
	p1 := filepath.Join(contentDir, "halcyon-lvp7-001.toml")
	editFile(t, p1, "end_of_support = 2028-12-31", "end_of_support = 2029-06-30")
	check("end of support", "halcyon-lvp7-001/4.1.0/mds2.xlsx")
	editFile(t, p1, "other = \"None.\"", "other = \"Ask the service desk.\"")
	check("OTHR answer")
}
