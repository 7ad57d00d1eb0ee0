package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"errors"
	"hash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/internal/parallel"
	"github.com/jspgen/jspgen/templates"
)

// The build cache: .jspgen-cache/ next to the site folder, owned by jspgen
// (it carries a marker, and a .gitignore that keeps it out of git). It
// holds every document rendered (Markdown, HTML, PDF and the PDF's
// warnings) and every machine-readable file a kind builds when it is
// written (kind.File.Make: the MDS2 workbook, say) under a hash of
// everything it depends on, and, per
// site folder, the key of the last build with what it wrote, so that a
// build whose inputs did not change stops early. It also holds a record
// of each product of that build (productRecord, carry.go), by which the
// next build carries an unchanged product over, and the hashes of the
// site-level files, by which it links an unchanged one from the previous
// site instead of writing it.
//
// A document's key hashes: the cache format, jspgen's version and its
// executable, SOURCE_DATE_EPOCH, the as-of date, the kinds built, the site
// file, every template (shipped and overriding), the product file and every
// file of the product's asset folder, and the document's path. Kinds
// prepare each product from that product's files alone (and the shared
// inputs above), which is what makes the key complete; a kind that reads
// another product's data would need that data in the key.
//
// The cache is never needed for a correct build: an entry that is
// missing, unreadable, or fails its checksum is rendered again, a cache
// folder without the marker is neither read nor written, and Options.Clean
// renders everything.

// DefaultCacheDir is the build cache of the site folder out: .jspgen-cache
// in the folder that holds out.
func DefaultCacheDir(out string) string {
	return filepath.Join(filepath.Dir(filepath.Clean(out)), ".jspgen-cache")
}

// CacheMarkerName is the marker file of a build cache folder, a standard
// cache directory tag (backup tools skip the folder).
const CacheMarkerName = "CACHEDIR.TAG"

const cacheMarker = "Signature: 8a477f597d28d172789f06886806bc55\n" +
	"# This folder is jspgen's build cache; jspgen may delete anything in it.\n" +
	"# Removing it is always safe: the next build renders everything again.\n"

// cacheFormat changes whenever what an entry holds or how keys are made
// changes.
const cacheFormat = "jspgen build cache 6"

type cache struct {
	dir     string
	created bool // this build made the folder
	clean   bool // read nothing

	stamps  *inputSums        // the input files' hashes by their stamps
	inputs  []byte            // hash of the inputs every product shares, without the as-of date
	names   []string          // the input paths as given, which messages show
	content map[string][]byte // content folder: slash path → hash of the file; not changed once newCache made it
	// byFolder is content by its top-level folder (assets), made once.
	byFolder     map[string]map[string][]byte
	byFolderOnce sync.Once
	global       []byte // inputs plus the as-of date: set by begin

	mu   sync.Mutex
	used map[string]bool // document keys this build used

	contentDir string
	// The last build of the site folder, as it recorded itself, and the
	// site folder as it is now, each grouped by top-level name
	// (readPrevious); nil when unknown.
	prev              *buildState
	prevTree, curTree map[string][]treeEntry
	tree              []treeEntry               // the site folder as it is now
	noCarry           bool                      // read every product (see carry.go)
	fetched           map[string]*productRecord // by product file: the records prefetch read; nil before it ran
	fetchDone         chan struct{}             // closed when prefetch has read them; nil before it ran
	refs              map[string]productRef     // by product file: the products this build recorded or carried
	carriedIDs        map[string]bool           // the folders this build carried over
	pending           []*productRecord          // records of the products written, stored by finish
	// The site-level files (sharedFile) as the last build recorded them
	// and as they are now, and the hashes of those this build writes.
	prevShared, curShared map[string]treeEntry
	sums                  map[string][sha256.Size]byte
	// linkPrevious puts the previous site's site-level file rel, with the
	// hash sum, into the new site (keptsitefiles.go); nil: it cannot.
	linkPrevious func(rel string, sum [sha256.Size]byte) error
	// linkOut gives the file rel this build wrote into the site the new
	// name dst in the cache (putWritten); nil: it cannot.
	linkOut func(rel, dst string) error
}

// newCache hashes the inputs of a build with a cache; it returns nil (no
// cache) when opts name none or the inputs cannot be read (the build then
// reports the problem itself).
func newCache(opts Options) *cache {
	if opts.CacheDir == "" {
		return nil
	}
	stamps := newInputSums(opts.CacheDir, opts.Clean)
	exe := executableHash(stamps)
	if exe == nil {
		return nil
	}
	wd, _ := os.Getwd()
	c := &cache{dir: opts.CacheDir, clean: opts.Clean, used: map[string]bool{}, contentDir: opts.ContentDir, refs: map[string]productRef{},
		names: []string{opts.SiteFile, opts.ContentDir, opts.TemplatesDir, wd}, stamps: stamps}
	h := sha256.New()
	field(h, cacheFormat)
	field(h, Version)
	h.Write(exe)
	if opts.SourceDate != nil {
		field(h, strconv.FormatInt(opts.SourceDate.Unix(), 10))
	} else {
		field(h, "-")
	}
	field(h, strings.Join(KindSlugs(opts.Kinds), ","))
	site, err := os.ReadFile(opts.SiteFile)
	if err != nil {
		return nil
	}
	fieldBytes(h, site)
	h.Write(shippedTemplatesHash())
	if f := templateFiles(opts.TemplatesDir); f.Override != nil {
		files, err := hashTree(opts.TemplatesDir, stamps)
		if err != nil {
			return nil
		}
		hashFiles(h, files)
	} else {
		field(h, "no overrides")
	}
	c.inputs = h.Sum(nil)
	c.content, err = hashTree(opts.ContentDir, stamps)
	if err != nil {
		return nil
	}
	return c
}

// field writes s to h with its length, so that fields cannot run together.
func field(h hash.Hash, s string) { fieldBytes(h, []byte(s)) }

// fieldBytes is field for bytes, written as they are: converting a
// Markdown document or a file's inputs to a string for field copied them
// twice per key.
func fieldBytes(h hash.Hash, b []byte) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(b)))
	h.Write(n[:])
	h.Write(b)
}

// hashTree hashes every file under dir by slash path relative to dir; a
// missing dir has no files. Files are read through symbolic links, as the
// build reads them.
func hashTree(dir string, stamps *inputSums) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil {
			if file == dir && errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			return err
		}
		sum, err := stamps.sum(file)
		if err != nil {
			sum = sha256.Sum256([]byte("unreadable: " + err.Error()))
		}
		files[filepath.ToSlash(rel)] = sum[:]
		return nil
	})
	return files, err
}

// hashFiles writes a tree's hashes to h in path order.
func hashFiles(h hash.Hash, files map[string][]byte) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	field(h, strconv.Itoa(len(names)))
	for _, name := range names {
		field(h, name)
		h.Write(files[name])
	}
}

// runningBuildID is goBuildID of the running program's executable, read
// by the first build of the process: the program that runs does not
// change, even if its file is replaced meanwhile (jspgen serve).
var runningBuildID = func() func(exe string) (string, bool) {
	var once sync.Once
	var id string
	var ok bool
	return func(exe string) (string, bool) {
		once.Do(func() { id, ok = goBuildID(exe) })
		return id, ok
	}
}()

// exeHashed is the running program's hash, as the first build of the
// process took it (jspgen serve builds many times).
var exeHashed struct {
	sync.Mutex
	path string
	sum  stampedSum
}

// executableHash is the hash of the running program: a rebuilt jspgen,
// even of the same version, does not trust what another one rendered.
// It is the hash of the Go build ID where the executable carries one
// (goBuildID), read once per process, else of the whole file.
func executableHash(stamps *inputSums) []byte {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	if exe, err = filepath.Abs(exe); err != nil {
		return nil
	}
	if id, ok := runningBuildID(exe); ok {
		sum := sha256.Sum256([]byte("go build id\x00" + id))
		return sum[:]
	}
	exeHashed.Lock()
	defer exeHashed.Unlock()
	if exeHashed.path == exe {
		stamps.known(exe, exeHashed.sum)
	}
	sum, err := stamps.sum(exe)
	if err != nil {
		return nil
	}
	exeHashed.path, exeHashed.sum = exe, stamps.now[exe]
	return sum[:]
}

var (
	shippedOnce sync.Once
	shippedSum  []byte
)

// shippedTemplatesHash hashes the templates built into jspgen.
func shippedTemplatesHash() []byte {
	shippedOnce.Do(func() {
		h := sha256.New()
		_ = fs.WalkDir(templates.FS, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(templates.FS, name)
			if err != nil {
				return err
			}
			field(h, name)
			fieldBytes(h, data)
			return nil
		})
		shippedSum = h.Sum(nil)
	})
	return shippedSum
}

// upToDateKey is the key of a whole build: every input, the site folder
// included, so that a build with the same key writes the same site.
func (c *cache) upToDateKey(out string) string {
	h := sha256.New()
	field(h, "whole build")
	h.Write(c.inputs)
	hashFiles(h, c.content)
	for _, name := range c.names { // warnings name files by the paths given
		field(h, name)
	}
	abs, _ := filepath.Abs(out)
	field(h, abs)
	return hex.EncodeToString(h.Sum(nil))
}

// begin completes the shared inputs with the as-of date, which comes from
// the loaded content.
func (c *cache) begin(asOf content.Date) {
	if c == nil {
		return
	}
	h := sha256.New()
	h.Write(c.inputs)
	field(h, asOf.String())
	c.global = h.Sum(nil)
}

// productKey hashes what every document of p depends on besides the
// shared inputs: its product file and its asset folder.
func (c *cache) productKey(p *content.Product, contentDir string) []byte {
	if c == nil {
		return nil
	}
	h := sha256.New()
	h.Write(c.global)
	rel, err := filepath.Rel(contentDir, p.Source.File)
	if sum, ok := c.content[filepath.ToSlash(rel)]; err == nil && ok {
		field(h, filepath.ToSlash(rel))
		h.Write(sum)
	} else {
		data, err := os.ReadFile(p.Source.File)
		if err != nil {
			return nil // not cached
		}
		field(h, p.Source.File)
		fieldBytes(h, data)
	}
	hashFiles(h, c.assets(p.ID))
	return h.Sum(nil)
}

// documentKey is the cache key of one document of a product; "" means
// not cached.
func (c *cache) documentKey(product []byte, doc kind.Document) string {
	if c == nil || product == nil {
		return ""
	}
	h := sha256.New()
	h.Write(product)
	field(h, doc.Path)
	field(h, doc.Template)
	return hex.EncodeToString(h.Sum(nil))
}

// pageKey is the cache key of a site-level page that templates make from
// data alone (the index): the shared inputs (jspgen, the site file, every
// template, the as-of date) and data as JSON, which holds all a template
// can read of it (exported fields; a product carried over gives its view
// through gob, which keeps no more). "" means not cached.
func (c *cache) pageKey(name string, data any) string {
	if c == nil || c.global == nil {
		return ""
	}
	js, err := json.Marshal(data)
	if err != nil {
		return ""
	}
	h := sha256.New()
	h.Write(c.global)
	field(h, "site page")
	field(h, name)
	h.Write(js)
	return hex.EncodeToString(h.Sum(nil))
}

// fileKey is the cache key of a machine-readable file a kind builds when
// it is written (kind.File.Make) for a product; "" means not cached. A
// file with inputs (kind.File.Inputs) is keyed by them and the shared
// inputs, not by the product's key: a product edit that leaves them as
// they were finds the file made by the last build.
func (c *cache) fileKey(product []byte, f kind.File) string {
	if c == nil || product == nil {
		return ""
	}
	h := sha256.New()
	if f.Inputs != nil && c.global != nil {
		h.Write(c.global)
		field(h, "file inputs")
		field(h, f.Path)
		fieldBytes(h, f.Inputs)
		return hex.EncodeToString(h.Sum(nil))
	}
	h.Write(product)
	field(h, "file")
	field(h, f.Path)
	return hex.EncodeToString(h.Sum(nil))
}

// getFile returns the file stored under key, or nil.
func (c *cache) getFile(key string) []byte {
	if c == nil || key == "" || c.clean {
		return nil
	}
	data, ok := readSealedBytes(c.docFile(key))
	if !ok {
		return nil
	}
	c.markUsed(key)
	return data
}

// putFile stores a built file under key.
func (c *cache) putFile(key string, data []byte) {
	if c == nil || key == "" {
		return
	}
	// the entry is the file's bytes, sealed; a copy: the seal is
	// appended to it
	if writeSealedBytes(c.docFile(key), append(make([]byte, 0, len(data)+sha256.Size), data...)) == nil {
		c.markUsed(key)
	}
}

func (c *cache) docFile(key string) string { return filepath.Join(c.dir, "docs", key[:2], key) }

// get returns the document stored under key, or nil; the entry is kept
// for the next build.
func (c *cache) get(key string) *rendered {
	r := c.peek(key)
	if r != nil {
		c.markUsed(key)
		r.stored = true
	}
	return r
}

// peek returns the document stored under key, or nil, without keeping
// the entry for the next build (get keeps it): a document of the last
// build, whose page and PDF a changed document may take again.
func (c *cache) peek(key string) *rendered {
	if c == nil || key == "" || c.clean {
		return nil
	}
	r, ok := readRendered(c.docFile(key))
	if !ok || r.Page == nil {
		return nil
	}
	return r
}

// renderInputs hashes what a document's page and PDF are made from, given
// the shared inputs of the build (jspgen, every template, the site file,
// the as-of date): its Markdown, the page's and the PDF's metadata, the
// files of the product's asset folder (the PDF embeds its images) and
// its generated drawings (pdf.Meta.Drawings, made from the product data,
// not its Markdown), each by its fingerprint. A document with a drawing
// that has none has no inputs: nil, as without a cache.
func (c *cache) renderInputs(md []byte, page html.Page, meta pdf.Meta, id string, drawings map[string]pdf.Drawing) []byte {
	if c == nil || c.global == nil {
		return nil
	}
	prints := make(map[string][]byte, len(drawings))
	for dest, d := range drawings {
		f, ok := d.(pdf.FingerprintedDrawing)
		if !ok {
			return nil
		}
		sum := sha256.Sum256(f.Fingerprint())
		prints[dest] = sum[:]
	}
	js, err := json.Marshal(struct {
		Page html.Page
		PDF  pdf.Meta
	}{page, meta})
	if err != nil {
		return nil
	}
	h := sha256.New()
	h.Write(c.global)
	field(h, "rendered")
	h.Write(js)
	hashFiles(h, c.assets(id))
	field(h, "drawings")
	hashFiles(h, prints)
	fieldBytes(h, md)
	return h.Sum(nil)
}

// put stores a rendered document under key, its files copied; failures
// only cost a later build the time to render it again.
func (c *cache) put(key string, r *rendered) {
	if c == nil || key == "" {
		return
	}
	if writeRendered(c.docFile(key), r, nil) == nil {
		c.markUsed(key)
	}
}

// putWritten stores a rendered document under key once the build has
// written its files into the site, as base plus each of renderedExts:
// the cache's files are second names of those (linkOut) where it can,
// copies where not. A document the cache gave (get) is stored already.
func (c *cache) putWritten(key string, r *rendered, base string) {
	if c == nil || key == "" || r.stored {
		return
	}
	var link func(i int, dst string) error
	if c.linkOut != nil {
		link = func(i int, dst string) error {
			return linkNew(func(name string) error { return c.linkOut(base+renderedExts[i], name) }, dst)
		}
	}
	if writeRendered(c.docFile(key), r, link) == nil {
		c.markUsed(key)
	}
}

// Entries are gob-encoded and sealed with their SHA-256, so that a
// truncated or altered entry is not mistaken for a document.

func readSealed(file string, v any) bool {
	body, ok := readSealedBytes(file)
	return ok && gob.NewDecoder(bytes.NewReader(body)).Decode(v) == nil
}

func writeSealed(file string, v any) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		return err
	}
	return writeSealedBytes(file, buf.Bytes())
}

// readSealedBytes returns what writeSealedBytes stored in file, checked
// against its seal.
func readSealedBytes(file string) ([]byte, bool) {
	data, err := os.ReadFile(file)
	if err != nil || len(data) < sha256.Size {
		return nil, false
	}
	body, sum := data[:len(data)-sha256.Size], data[len(data)-sha256.Size:]
	if want := sha256.Sum256(body); !bytes.Equal(sum, want[:]) {
		return nil, false
	}
	return body[:len(body):len(body)], true // an append never writes over the seal
}

// writeSealedBytes stores body in file followed by its SHA-256 (body's
// array may grow by it), as a new file (writeNew).
func writeSealedBytes(file string, body []byte) error {
	sum := sha256.Sum256(body)
	body = append(body, sum[:]...)
	return writeNew(file, body, 0o600) // makes file's folder when missing
}

// open makes the cache folder ready for writing: created with its marker
// when missing. A folder without the marker is not jspgen's: the build
// then runs without a cache.
func (c *cache) open() *cache {
	if c == nil {
		return nil
	}
	st, err := os.Lstat(c.dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Mkdir(c.dir, 0o755); err != nil {
			return nil
		}
		c.created = true
		if os.WriteFile(filepath.Join(c.dir, CacheMarkerName), []byte(cacheMarker), 0o644) != nil ||
			os.WriteFile(filepath.Join(c.dir, ".gitignore"), []byte("# jspgen's build cache\n*\n"), 0o644) != nil {
			c.discard()
			return nil
		}
		return c
	case err != nil || !st.IsDir() || !isCacheDir(c.dir):
		return nil
	}
	return c
}

func isCacheDir(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, CacheMarkerName))
	return err == nil && string(b) == cacheMarker
}

// discard removes the cache folder when this build created it (the build
// failed: it leaves nothing behind).
func (c *cache) discard() {
	if c != nil && c.created {
		_ = os.RemoveAll(c.dir)
	}
}

// buildState is what the cache remembers of the last build of a site
// folder: its key, its result, and every file and folder of the site as
// it was left, to tell whether the site is still that build's.
type buildState struct {
	Key       string
	Documents map[string]int
	Files     []string
	Warnings  content.Diagnostics
	Reused    int
	Tree      []treeEntry
	// Products are the products of that build by product file, each with
	// the key of its record (productRecord), which lets the next build
	// carry it over.
	Products map[string]productRef
	// Sums are the hashes of the site-level files (sharedFile) it wrote.
	Sums map[string][sha256.Size]byte
	// SiteAsOf (YYYY-MM-DD, "" when not stated), SiteAsOfFile and
	// SiteAsOfLine are the Result's, as text: Date has no exported field
	// for gob.
	SiteAsOf     string
	SiteAsOfFile string
	SiteAsOfLine int
	// SecurityTxtExpires is the Result's, as text ("" when none).
	SecurityTxtExpires string
}

type treeEntry struct {
	Path    string
	Dir     bool
	Size    int64
	ModTime int64
}

func (c *cache) stateFile(out string) string {
	abs, _ := filepath.Abs(out)
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(c.dir, "site-"+hex.EncodeToString(sum[:8]))
}

// previousBuild is what the last build of a site recorded and the site's
// listing as it is now, read in the background (readPreviousBuild).
type previousBuild struct {
	done  chan struct{}
	state *buildState // nil: none readable
	tree  []treeEntry
}

// readPreviousBuild starts reading the build state the cache cacheDir
// keeps for the site out and, at the same time, listing out; the build
// hashes its inputs (newCache) meanwhile. nil when the cache is not to
// be read.
func readPreviousBuild(cacheDir, out string, clean bool) *previousBuild {
	if cacheDir == "" || clean {
		return nil
	}
	p := &previousBuild{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		var st buildState
		var read bool
		var listed sync.WaitGroup
		listed.Go(func() { read = readSealed((&cache{dir: cacheDir}).stateFile(out), &st) })
		tree, err := siteTree(out, nil)
		listed.Wait()
		if !read || err != nil {
			return
		}
		p.state, p.tree = &st, tree
	}()
	return p
}

// readPrevious takes what the last build of the site recorded and its
// listing now from p (readPreviousBuild).
func (c *cache) readPrevious(p *previousBuild) {
	if p == nil {
		return
	}
	<-p.done
	if c == nil || c.clean || !isCacheDir(c.dir) || p.state == nil {
		return
	}
	st, tree := p.state, p.tree
	c.prev, c.tree = st, tree
	c.prevTree, c.curTree = treeByTop(st.Tree), treeByTop(tree)
	c.prevShared, c.curShared = sharedEntries(st.Tree), sharedEntries(tree)
}

// sharedFile reports whether rel is a site-level file rather than one of
// a product's folder: the root's files, .well-known/ (the CSAF provider
// layout) and assets/.
func sharedFile(rel string) bool {
	return !strings.Contains(rel, "/") || strings.HasPrefix(rel, ".well-known/") || strings.HasPrefix(rel, "assets/")
}

func sharedEntries(tree []treeEntry) map[string]treeEntry {
	out := map[string]treeEntry{}
	for _, e := range tree {
		if !e.Dir && sharedFile(e.Path) {
			out[e.Path] = e
		}
	}
	return out
}

// unchangedFile reports whether the previous site holds the site-level
// file rel with exactly data, as the last build left it (see
// site.Output.Link); it records the hash of every site-level file for
// the next build.
func (c *cache) unchangedFile(rel string, data []byte) bool {
	if c == nil || !sharedFile(rel) {
		return false
	}
	sum := sha256.Sum256(data)
	c.keepSum(rel, sum)
	return c.linkable(rel, sum)
}

// keepSum records the hash of the site-level file rel for the next build.
func (c *cache) keepSum(rel string, sum [sha256.Size]byte) {
	c.mu.Lock()
	if c.sums == nil {
		c.sums = map[string][sha256.Size]byte{}
	}
	c.sums[rel] = sum
	c.mu.Unlock()
}

// linkable reports whether the previous site holds the site-level file
// rel with the hash sum, as the last build left it.
func (c *cache) linkable(rel string, sum [sha256.Size]byte) bool {
	if c == nil || c.prev == nil || c.clean || !sharedFile(rel) || c.prev.Sums[rel] != sum {
		return false
	}
	prev, ok := c.prevShared[rel]
	return ok && prev == c.curShared[rel]
}

// upToDate returns the result of the last build of out when its inputs
// are the same and out is as that build left it; nil otherwise.
func (c *cache) upToDate(out string) *Result {
	if c == nil || c.prev == nil {
		return nil
	}
	st := c.prev
	if st.Key != c.upToDateKey(out) || !slices.Equal(c.tree, st.Tree) {
		return nil
	}
	if st.Documents == nil {
		st.Documents = map[string]int{}
	}
	res := &Result{Documents: st.Documents, Files: st.Files, Warnings: st.Warnings, UpToDate: true, Reused: st.Reused,
		SiteAsOfFile: st.SiteAsOfFile, SiteAsOfLine: st.SiteAsOfLine}
	if st.SiteAsOf != "" {
		res.SiteAsOf, _ = content.ParseDate(st.SiteAsOf)
	}
	if st.SecurityTxtExpires != "" {
		res.SecurityTxtExpires, _ = content.ParseDate(st.SecurityTxtExpires)
	}
	return res
}

// finish records a successful build of out and removes the documents it
// did not use.
func (c *cache) finish(out string, res *Result) {
	if c == nil {
		return
	}
	for _, rec := range c.pending {
		c.keep(rec)
	}
	// what this build did not use goes while the site is listed
	var removed sync.WaitGroup
	removed.Go(c.removeUnused)
	c.stamps.save(c.dir)
	moved := map[string][]treeEntry{}
	for id := range c.carriedIDs {
		moved[id] = c.curTree[id]
	}
	tree, err := siteTree(out, moved)
	if err == nil {
		st := buildState{Key: c.upToDateKey(out), Documents: res.Documents, Files: res.Files,
			Warnings: res.Warnings, Reused: res.Reused, Tree: tree, Products: c.refs, Sums: c.sums,
			SiteAsOfFile: res.SiteAsOfFile, SiteAsOfLine: res.SiteAsOfLine}
		if !res.SiteAsOf.IsZero() {
			st.SiteAsOf = res.SiteAsOf.String()
		}
		if !res.SecurityTxtExpires.IsZero() {
			st.SecurityTxtExpires = res.SecurityTxtExpires.String()
		}
		_ = writeSealed(c.stateFile(out), st)
	}
	removed.Wait()
}

// removeUnused removes the cache entries this build did not use, its
// 256 folders on as many goroutines as there are processors.
func (c *cache) removeUnused() {
	docs := filepath.Join(c.dir, "docs")
	dirs, _ := os.ReadDir(docs)
	parallel.ForEach(len(dirs), func(i int) {
		dir := filepath.Join(docs, dirs[i].Name())
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			key, _, _ := strings.Cut(e.Name(), ".") // a document's files are its key and an extension
			if !c.used[key] {
				_ = os.RemoveAll(filepath.Join(dir, e.Name()))
			}
		}
	})
}

// siteTree lists every file and folder of a site with its size and time,
// in the order of filepath.WalkDir; the top-level folders are listed on
// as many goroutines as there are processors (a build lists the site
// twice, and a hundred products' site holds thousands of files). moved
// holds the listings of top-level folders moved as a whole since they
// were listed (carried over from the previous site): a move changes
// nothing under the folder, so only the folder itself is stated again.
func siteTree(out string, moved map[string][]treeEntry) ([]treeEntry, error) {
	root, err := os.Lstat(out)
	if err != nil {
		return nil, err
	}
	if !root.IsDir() {
		return walkTree(out, ".")
	}
	top, err := os.ReadDir(out)
	if err != nil {
		return nil, err
	}
	parts := make([][]treeEntry, len(top))
	errs := make([]error, len(top))
	parallel.ForEach(len(top), func(i int) {
		if listed, ok := moved[top[i].Name()]; ok {
			if parts[i], ok = restat(out, listed); ok {
				return
			}
		}
		parts[i], errs[i] = walkTree(out, top[i].Name())
	})
	tree := []treeEntry{{Path: ".", Dir: true, ModTime: root.ModTime().UnixNano()}}
	for i := range top {
		if errs[i] != nil {
			return nil, errs[i]
		}
		tree = append(tree, parts[i]...)
	}
	return tree, nil
}

// restat is listed, a top-level folder's listing, with the folder itself
// stated again; false when it is no longer that folder.
func restat(out string, listed []treeEntry) ([]treeEntry, bool) {
	if len(listed) == 0 || !listed[0].Dir || strings.Contains(listed[0].Path, "/") {
		return nil, false
	}
	info, err := os.Lstat(filepath.Join(out, listed[0].Path))
	if err != nil || !info.IsDir() {
		return nil, false
	}
	tree := slices.Clone(listed)
	tree[0].ModTime = info.ModTime().UnixNano()
	return tree, true
}
