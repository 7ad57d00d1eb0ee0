package generator

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/site"
)

// A record read back is the record written: its parts as they were, nil
// and empty ones included, and every other field as gob gives it.
func TestRecordFileRoundTrip(t *testing.T) {
	rec := &productRecord{
		File: "content/a.toml", LoadKey: []byte{1, 2}, Key: []byte{3},
		Known:  content.KnownProduct{ID: "a"},
		Newest: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Parts:  [][]byte{nil, {}, []byte(`{"document":{}}`), nil},
		Files:  []string{"a/index.html"}, Documents: map[string]int{"csd": 2},
		Inputs: map[string][]byte{"k": []byte("in")}, Docs: 3, Made: 1,
	}
	file := filepath.Join(t.TempDir(), "rec")
	if err := writeRecord(file, rec); err != nil {
		t.Fatal(err)
	}
	got, ok := readRecord(file)
	if !ok {
		t.Fatal("record not read back")
	}
	for i, p := range rec.Parts {
		if (p == nil) != (got.Parts[i] == nil) || !bytes.Equal(p, got.Parts[i]) {
			t.Errorf("part %d: got %q (nil %v), want %q (nil %v)", i, got.Parts[i], got.Parts[i] == nil, p, p == nil)
		}
	}
	if len(got.Parts) != len(rec.Parts) {
		t.Fatalf("%d parts, want %d", len(got.Parts), len(rec.Parts))
	}
	// a part is a slice of the file's bytes: appending to it must not
	// write over what follows it
	for i, p := range got.Parts {
		if cap(p) != len(p) {
			t.Errorf("part %d: capacity %d beyond its %d bytes", i, cap(p), len(p))
		}
	}
	head, gotHead := *rec, *got
	head.Parts, gotHead.Parts = nil, nil
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&head); err != nil {
		t.Fatal(err)
	}
	var want productRecord
	if err := gob.NewDecoder(&buf).Decode(&want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotHead, want) {
		t.Errorf("record read back:\n%+v\nwant\n%+v", gotHead, want)
	}
}

// A rendered document read back is the one written: its Markdown, HTML,
// PDF and inputs byte for byte (nil and empty told apart), slices that
// cannot be appended over, and its page, warnings and layout as gob
// gives them.
func TestRenderedFileRoundTrip(t *testing.T) {
	r := &rendered{
		MD: []byte("# T\n"), HTML: []byte{}, PDF: []byte("%PDF-1.7\n"), Inputs: nil,
		Page:     &site.Page{IDs: []string{"top"}},
		Warnings: []string{"D-1: a warning"},
	}
	file := filepath.Join(t.TempDir(), "doc")
	if err := writeRendered(file, r, nil); err != nil {
		t.Fatal(err)
	}
	got, ok := readRendered(file)
	if !ok {
		t.Fatal("document not read back")
	}
	for _, f := range []struct {
		name      string
		got, want []byte
	}{{"MD", got.MD, r.MD}, {"HTML", got.HTML, r.HTML}, {"PDF", got.PDF, r.PDF}, {"Inputs", got.Inputs, r.Inputs}} {
		if (f.got == nil) != (f.want == nil) || !bytes.Equal(f.got, f.want) {
			t.Errorf("%s: got %q (nil %v), want %q (nil %v)", f.name, f.got, f.got == nil, f.want, f.want == nil)
		}
		if cap(f.got) != len(f.got) {
			t.Errorf("%s: capacity %d beyond its %d bytes", f.name, cap(f.got), len(f.got))
		}
	}
	if !reflect.DeepEqual(got.Page, r.Page) || !reflect.DeepEqual(got.Warnings, r.Warnings) {
		t.Errorf("read back page %+v, warnings %q; want %+v, %q", got.Page, got.Warnings, r.Page, r.Warnings)
	}
	// a document with a blob missing is no document
	body, err := encodeWithBlobs(&rendered{Page: r.Page}, [][]byte{r.MD, r.HTML, r.PDF})
	if err != nil {
		t.Fatal(err)
	}
	if err := writeSealedBytes(file, body); err != nil {
		t.Fatal(err)
	}
	if _, ok := readRendered(file); ok {
		t.Error("three blobs read as a document")
	}
}

// A real record (the example's, as a build keeps it) reads back whole,
// and what was read, written again, reads back the same.
func TestRecordFileOfABuild(t *testing.T) {
	file := onlyRecordFile(t, builtPortfolio(t, 1))
	rec, ok := readRecord(file)
	if !ok {
		t.Fatal("the build's record is unreadable")
	}
	parts := 0
	for _, p := range rec.Parts {
		parts += len(p)
	}
	if parts < 10_000 || len(rec.Pages) == 0 || len(rec.Inputs) == 0 {
		t.Fatalf("record with %d bytes of parts, %d pages, %d inputs: not the example's", parts, len(rec.Pages), len(rec.Inputs))
	}
	again := filepath.Join(t.TempDir(), "rec")
	if err := writeRecord(again, rec); err != nil {
		t.Fatal(err)
	}
	back, ok := readRecord(again)
	if !ok || !reflect.DeepEqual(back, rec) {
		t.Errorf("a record written again reads back otherwise (read %v)", ok)
	}
}

// Sealed bytes that are not a whole record in this layout are refused,
// never read as a record with fewer or shorter parts.
func TestRecordFileRefusesOtherLayouts(t *testing.T) {
	var body bytes.Buffer
	if err := gob.NewEncoder(&body).Encode(&productRecord{File: "content/a.toml"}); err != nil {
		t.Fatal(err)
	}
	head := binary.AppendUvarint(nil, uint64(body.Len()))
	head = append(head, body.Bytes()...)
	withParts := func(tail ...byte) []byte { return append(append([]byte{}, head...), tail...) }
	for _, tc := range []struct {
		name string
		data []byte
		ok   bool
	}{
		{"whole: two parts, nil and \"ab\"", withParts(2, 0, 3, 'a', 'b'), true},
		{"no parts", withParts(0), true},
		{"the old layout: a sealed gob", body.Bytes(), false},
		{"count missing", withParts(), false},
		{"fewer parts than counted", withParts(3, 0, 3, 'a', 'b'), false},
		{"part longer than the file", withParts(1, 5, 'a', 'b'), false},
		{"bytes after the last part", withParts(1, 2, 'a', 'z'), false},
		{"count beyond the file", withParts(0xff, 0xff, 0xff, 0xff, 0x0f), false},
		{"gob length beyond the file", append(binary.AppendUvarint(nil, uint64(body.Len()+1)), body.Bytes()...), false},
		{"empty", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "rec")
			if err := writeSealedBytes(file, tc.data); err != nil {
				t.Fatal(err)
			}
			rec, ok := readRecord(file)
			if ok != tc.ok {
				t.Fatalf("read %v, want %v (%+v)", ok, tc.ok, rec)
			}
		})
	}
}

// Whatever bytes a record file holds under a good seal, decoding them
// gives a record or false, and a record decoded encodes to what decodes
// to it again.
func FuzzDecodeRecord(f *testing.F) {
	var body bytes.Buffer
	_ = gob.NewEncoder(&body).Encode(&productRecord{File: "content/a.toml", Parts: [][]byte{[]byte("x")}})
	seed := binary.AppendUvarint(nil, uint64(body.Len()))
	seed = append(seed, body.Bytes()...)
	f.Add(append(seed, 2, 0, 3, 'a', 'b'))
	f.Add(body.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, ok := decodeRecord(data)
		if !ok {
			return
		}
		again, err := encodeRecord(rec)
		if err != nil {
			t.Fatal(err)
		}
		back, ok := decodeRecord(again)
		if !ok || len(back.Parts) != len(rec.Parts) {
			t.Fatalf("a record decoded does not decode again: %v", ok)
		}
		for i := range rec.Parts {
			if !bytes.Equal(back.Parts[i], rec.Parts[i]) || (back.Parts[i] == nil) != (rec.Parts[i] == nil) {
				t.Fatalf("part %d: %q, want %q", i, back.Parts[i], rec.Parts[i])
			}
		}
	})
}

// TestRenderedFilesAreTheSitesFiles: a rendered document's Markdown, HTML
// and PDF in the cache are second names of the files the build wrote into
// the site, not copies; read back, they are the document; one changed in
// place (which changes the site's file too) is no document; and a
// document stored again under the same entry replaces its names, never
// writing into the files they named.
func TestRenderedFilesAreTheSitesFiles(t *testing.T) {
	dir := t.TempDir()
	r := &rendered{MD: []byte("# T\n"), HTML: []byte("<p>T</p>\n"), PDF: []byte("%PDF-1.7\n")}
	written := [3]string{}
	for i, data := range [3][]byte{r.MD, r.HTML, r.PDF} {
		written[i] = filepath.Join(dir, "site"+renderedExts[i])
		if err := os.WriteFile(written[i], data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, "docs", "ab", "abcd")
	link := func(i int, dst string) error {
		return linkNew(func(tmp string) error { return os.Link(written[i], tmp) }, dst)
	}
	if err := writeRendered(file, r, link); err != nil {
		t.Fatal(err)
	}
	for i := range renderedExts {
		a, errA := os.Stat(written[i])
		b, errB := os.Stat(file + renderedExts[i])
		if errA != nil || errB != nil || !os.SameFile(a, b) {
			t.Errorf("%s in the cache is not the site's file (%v, %v)", renderedExts[i], errA, errB)
		}
	}
	got, ok := readRendered(file)
	if !ok || !bytes.Equal(got.MD, r.MD) || !bytes.Equal(got.HTML, r.HTML) || !bytes.Equal(got.PDF, r.PDF) {
		t.Fatalf("read back %+v (%v); want the document", got, ok)
	}
	// stored again, as a copy: the site's files keep their bytes
	again := &rendered{MD: []byte("# U\n"), HTML: []byte("<p>U</p>\n"), PDF: []byte("%PDF-1.7\nU\n")}
	if err := writeRendered(file, again, nil); err != nil {
		t.Fatal(err)
	}
	for i, want := range [3][]byte{r.MD, r.HTML, r.PDF} {
		if b, _ := os.ReadFile(written[i]); !bytes.Equal(b, want) {
			t.Errorf("site file %s now %q; want %q as it was", renderedExts[i], b, want)
		}
	}
	if got, ok := readRendered(file); !ok || !bytes.Equal(got.PDF, again.PDF) {
		t.Fatalf("read back %+v (%v); want the document stored again", got, ok)
	}
	// a file changed in place is not taken for the document
	if err := os.WriteFile(file+".html", []byte("<p>V</p>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := readRendered(file); ok {
		t.Error("a document whose HTML changed in place read back")
	}
}

// TestBuildCacheHoldsNoSecondCopy: after a build, every document's files
// in the cache are the site's own files (hard links), so the cache adds
// no second copy of the site's bytes.
func TestBuildCacheHoldsNoSecondCopy(t *testing.T) {
	opts := builtPortfolio(t, 1)
	docs, linked := 0, 0
	_ = filepath.WalkDir(filepath.Join(opts.CacheDir, "docs"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".pdf") {
			return err
		}
		docs++
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		_ = filepath.WalkDir(opts.OutDir, func(q string, e fs.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(q, ".pdf") {
				if s2, err := os.Stat(q); err == nil && os.SameFile(st, s2) {
					linked++
				}
			}
			return nil
		})
		return nil
	})
	if docs < 10 || linked != docs {
		t.Errorf("%d of the cache's %d PDFs are the site's files; want every one of the example's", linked, docs)
	}
}

// TestWriteNewNeverWritesIntoAName: a cache name that is a site file's
// second name (a document stored before as links) is taken away and made
// again for the new bytes, never written through: the site's file keeps
// its bytes. Nothing but dst is left in the folder.
func TestWriteNewNeverWritesIntoAName(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "csd.pdf")
	if err := os.WriteFile(site, []byte("the site's PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "abcd.pdf")
	if err := os.Link(site, dst); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	if err := writeNew(dst, []byte("the cache's copy"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(site); string(b) != "the site's PDF" {
		t.Errorf("the site's file now holds %q", b)
	}
	if b, _ := os.ReadFile(dst); string(b) != "the cache's copy" {
		t.Errorf("the cache's file holds %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("the folder holds %d names, want the site's file and dst", len(entries))
	}
}

// TestLinkNew: a name not taken is made, in a folder made if missing, and
// where the folder exists by the link itself; a name taken is removed and
// made again by a second link (no rename over it, which on ext4 flushes
// the file linked), the file it named left as it was; no temporary name
// is left behind either way.
func TestLinkNew(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	old := filepath.Join(dir, "old")
	for f, data := range map[string]string{src: "new bytes", old: "old bytes"} {
		if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var asked []string
	link := func(name string) error { asked = append(asked, name); return os.Link(src, name) }
	fresh := filepath.Join(dir, "docs", "ab", "fresh")
	if err := linkNew(link, fresh); err != nil {
		t.Fatal(err)
	}
	direct := filepath.Join(dir, "docs", "ab", "direct")
	asked = nil
	if err := linkNew(link, direct); err != nil {
		t.Fatal(err)
	}
	if len(asked) != 1 || asked[0] != direct {
		t.Errorf("links asked for %q, want only %s", asked, direct)
	}
	taken := filepath.Join(dir, "taken")
	if err := os.Link(old, taken); err != nil {
		t.Fatal(err)
	}
	asked = nil
	if err := linkNew(link, taken); err != nil {
		t.Fatal(err)
	}
	if len(asked) != 2 || asked[0] != taken || asked[1] != taken {
		t.Errorf("links asked for %q, want %s twice", asked, taken)
	}
	for _, name := range []string{fresh, direct, taken} {
		a, errA := os.Stat(src)
		b, errB := os.Stat(name)
		if errA != nil || errB != nil || !os.SameFile(a, b) {
			t.Errorf("%s is not a link of the file given (%v, %v)", name, errA, errB)
		}
	}
	if b, _ := os.ReadFile(old); string(b) != "old bytes" {
		t.Errorf("the replaced name's file now holds %q", b)
	}
	for _, d := range []string{dir, filepath.Dir(fresh)} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("temporary name %s left in %s", e.Name(), d)
			}
		}
	}
}
