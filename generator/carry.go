package generator

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/site"
	"github.com/jspgen/jspgen/internal/parallel"
)

// Carrying an unchanged product over. The build cache remembers, for the
// last build of a site folder, what each product was (productRecord):
// what the checks across products need of its file, the problems it
// reported, its part of the site files, its line in the index and the
// link-check view of its pages. A product whose inputs are all unchanged
// (loadKey, then productKey once the as-of date is known) and whose
// folder in the site is exactly as that build left it is neither read,
// nor checked, nor prepared, nor written: its record stands in for it and
// its folder moves from the previous site into the new one when the build
// commits (site.Output.Carry). Everything else is built as before.
//
// The checks across products stay complete: unique product IDs use the
// record's ID (content.LoadKnown); the site files (CSAF provider layout,
// feed) are made from every product's part, recorded or new; the index,
// sitemap and link check use the recorded views. Anything unusual — an
// error anywhere, a changed as-of date, a kind that needs every product
// at once — makes the build read every product again, as a clean build.

// productRecord is what a build keeps of one product (stored by
// writeRecord in the build cache).
type productRecord struct {
	File    string // the product file, slash path as loaded
	LoadKey []byte // cache.loadKey: every input of reading and checking it
	Known   content.KnownProduct
	Newest  time.Time // its newest plan, CSD or MDS2 release date (zero: none), for the as-of date
	// Stated is the newest date its data state (newestStated; zero:
	// none), for the as-of date when no document gives a release date.
	Stated time.Time
	// LoadDiags are the problems loading and checking the file reported
	// (warnings: the build succeeded).
	LoadDiags content.Diagnostics
	Key       []byte // cache.productKey: every input of its output
	// PrepDiags are what deriving its facts and preparing it reported.
	PrepDiags content.Diagnostics
	Parts     [][]byte // Parts[k]: kind k's part of the site files (kind.PortfolioParts)
	View      productView
	Files     []string              // every file it wrote, in order
	Pages     map[string]*site.Page // its HTML pages, for the link check: the links leaving its folder (site.Page.Leaving)
	Documents map[string]int        // its documents per kind slug
	// Warnings are the warnings writing it reported (assets, PDFs), in
	// order.
	Warnings   content.Diagnostics
	Docs, Made int // its documents and its files built when written (kind.File.Make)
	// CacheKeys are the cache entries of its documents and built files:
	// kept while the product is carried over, for when it is not.
	CacheKeys []string
	// Inputs are its documents' rendered.Inputs by cache key: after an
	// edit of the product, a document whose page and PDF have the same
	// inputs takes them from its entry of this build.
	Inputs map[string][]byte
}

// productRef is what the site's build state says of one product file:
// its ID (which names its asset folder, part of the load key), the load
// key its record is stored under, and what of the record loading the
// content and dating the site need, so that the records themselves are
// read while the build loads what changed (prefetch).
type productRef struct {
	ID      string
	LoadKey []byte
	Known   content.KnownProduct
	Newest  time.Time
	Stated  time.Time
	Key     []byte
}

// refOf is what the build state says of the product rec records.
func refOf(rec *productRecord) productRef {
	return productRef{ID: rec.Known.ID, LoadKey: rec.LoadKey, Known: rec.Known, Newest: rec.Newest, Stated: rec.Stated, Key: rec.Key}
}

// newestRelease is the newest release date of p's documents (plan, CSD,
// MDS2 form, risk report, eSTAR cross-reference, lifecycle page and
// notices): what the as-of date falls back to, so that the site is never
// dated before a document it publishes.
func newestRelease(p *content.Product) content.Date {
	var newest content.Date
	for _, c := range documentControls(p) {
		if c.ReleaseDate.After(newest) {
			newest = c.ReleaseDate
		}
	}
	return newest
}

// documentControls are the document controls of p's documents (plan,
// CSD, MDS2 form, risk report, eSTAR cross-reference, lifecycle page)
// and of its notices.
func documentControls(p *content.Product) []content.DocumentControl {
	d := p.Documents
	controls := []content.DocumentControl{d.SecurityPlan, d.CSD, d.MDS2, d.RiskReport.DocumentControl, d.ESTAR.DocumentControl, d.Lifecycle}
	for _, n := range p.Notices {
		controls = append(controls, n.Document)
	}
	return controls
}

// productDates are the dates of one product the as-of date falls back to
// (builder.asOfDate): its newest document release date and the newest
// date its data state.
type productDates struct{ release, stated content.Date }

func datesOf(p *content.Product) productDates {
	if p == nil {
		return productDates{}
	}
	return productDates{release: newestRelease(p), stated: newestStated(p)}
}

// newestStated is the newest date p's data give of a release, a notice
// or a document revision: a version's general availability (in any
// market), a notice's issue date, and the dates of the revisions and
// approvals in its documents' control (notices' included). With no
// document release date anywhere, the as-of date falls back to it, so
// that the site speaks as of a day its data give rather than the zero
// date; never the clock, which would make two builds of the same input
// differ. The dates of ends to come (end of support, end of life) are
// left out: a site dated on one would call that end passed.
func newestStated(p *content.Product) content.Date {
	var newest content.Date
	later := func(d content.Date) {
		if d.After(newest) {
			newest = d
		}
	}
	for _, v := range p.Versions {
		later(v.GeneralAvailability)
		for _, m := range v.MarketReleases {
			later(m.GeneralAvailability)
		}
	}
	for _, n := range p.Notices {
		later(n.Issued)
	}
	for _, c := range documentControls(p) {
		for _, r := range c.History {
			later(r.Date)
		}
		for _, a := range c.Approvals {
			later(a.Date)
		}
	}
	return newest
}

// reservedTop are the names the site itself uses at its root: a product
// of such an ID is never carried over, its folder holding files other
// than its own.
var reservedTop = []string{"assets", ".well-known", "index.html", "sitemap.xml", "feed.xml", site.MarkerName}

// loadKey hashes what reading and checking the product file rel
// (relative to the content folder) whose ID is id reads of its own: the
// file's path and bytes and its asset folder. The inputs every product
// shares (site file, templates, jspgen, kinds, SOURCE_DATE_EPOCH, the
// as-of date) are not in it: they are in productKey, which the build
// compares with the record's as soon as the as-of date is known and
// before anything of the record reaches the site, reading every product
// when it differs. (Keeping them here as well would hide from the tests
// a key that lacks one of them.) The paths as given need no place
// either: records are found by the product file's path as loaded, and
// the build state by the site folder's absolute path.
func (c *cache) loadKey(rel, id string) []byte {
	sum, ok := c.content[rel]
	if !ok {
		return nil
	}
	h := sha256.New()
	field(h, "load")
	field(h, cacheFormat)
	field(h, rel)
	h.Write(sum)
	hashFiles(h, c.assets(id))
	return h.Sum(nil)
}

// assets are the hashes of the files of the asset folder of product id
// (read only). The content's hashes are grouped by folder once: a build
// asks for every product's, some of them several times (loadKey,
// productKey, renderInputs).
func (c *cache) assets(id string) map[string][]byte {
	c.byFolderOnce.Do(func() {
		c.byFolder = map[string]map[string][]byte{}
		for name, sum := range c.content {
			if top, _, ok := strings.Cut(name, "/"); ok {
				if c.byFolder[top] == nil {
					c.byFolder[top] = map[string][]byte{}
				}
				c.byFolder[top][name] = sum
			}
		}
	})
	return c.byFolder[id]
}

// prefetch starts reading the record of every product of the last build
// of the site that may be carried over (record), on as many goroutines
// as there are processors, while the build loads the content and
// derives the facts of what changed: read one by one as products were
// loaded, they were a sixth of a one-product rebuild of a hundred
// products, and read before loading, a tenth. complete waits for them.
func (c *cache) prefetch() {
	if c == nil || c.clean || c.prev == nil || c.noCarry {
		return
	}
	files := slices.Sorted(maps.Keys(c.prev.Products))
	recs := make([]*productRecord, len(files))
	c.fetched = map[string]*productRecord{}
	c.fetchDone = make(chan struct{})
	go func() {
		defer close(c.fetchDone)
		parallel.ForEach(len(files), func(i int) { recs[i] = c.record(files[i]) })
		for i, file := range files {
			if recs[i] != nil {
				c.fetched[file] = recs[i]
			}
		}
	}()
}

// carriable returns what the build state says of the product file (slash
// path as loaded) when the product may be carried over: its inputs are
// those of the last build of the site, and its folder there is as that
// build left it. The as-of date is checked later (productKey). The
// record returned holds only what productRef keeps; complete fills in
// the rest.
func (c *cache) carriable(file string) (*productRecord, bool) {
	if c == nil || c.clean || c.prev == nil || c.noCarry {
		return nil, false
	}
	ref, key := c.unchanged(file)
	if key == nil {
		return nil, false
	}
	c.markUsed(hex.EncodeToString(key))
	return &productRecord{File: file, LoadKey: key, Known: ref.Known, Newest: ref.Newest, Stated: ref.Stated, Key: ref.Key}, true
}

// complete replaces each record carriable returned in records by the
// record the cache holds, and reports whether every one was there and
// agrees with what the build state said of it (else the build reads
// every product: nothing has been rendered or written yet).
func (c *cache) complete(records map[string]*productRecord) bool {
	if len(records) == 0 {
		return true
	}
	if c.fetchDone != nil {
		<-c.fetchDone
	}
	for file, said := range records {
		rec := c.fetched[file]
		if rec == nil && c.fetchDone == nil {
			rec = c.record(file)
		}
		if rec == nil || !bytes.Equal(rec.Key, said.Key) || !rec.Newest.Equal(said.Newest) || !rec.Stated.Equal(said.Stated) || !reflect.DeepEqual(rec.Known, said.Known) {
			return false
		}
		*said = *rec
	}
	return true
}

// unchanged returns what the build state says of the product file and
// its load key when its inputs and its folder in the site are as the
// last build left them; a nil key otherwise. It only reads the cache.
func (c *cache) unchanged(file string) (productRef, []byte) {
	ref, ok := c.prev.Products[file]
	if !ok || !content.ValidSlug(ref.ID) || slices.Contains(reservedTop, ref.ID) || ref.Known.ID != ref.ID || ref.Known.File != file {
		return ref, nil
	}
	rel, err := filepath.Rel(c.contentDir, filepath.FromSlash(file))
	if err != nil {
		return ref, nil
	}
	key := c.loadKey(filepath.ToSlash(rel), ref.ID)
	if key == nil || !bytes.Equal(key, ref.LoadKey) {
		return ref, nil
	}
	if !slices.Equal(c.prevTree[ref.ID], c.curTree[ref.ID]) || len(c.curTree[ref.ID]) == 0 {
		return ref, nil
	}
	return ref, key
}

// record reads and checks the record of the product file, or returns nil
// (see unchanged). It only reads the cache.
func (c *cache) record(file string) *productRecord {
	ref, key := c.unchanged(file)
	if key == nil {
		return nil
	}
	rec, ok := readRecord(c.docFile(hex.EncodeToString(key)))
	if !ok || rec.File != file || rec.Known.ID != ref.ID || !bytes.Equal(rec.LoadKey, key) {
		return nil
	}
	for _, f := range rec.Files {
		if !strings.HasPrefix(f, ref.ID+"/") {
			return nil
		}
	}
	return rec
}

// keep stores the record of a product this build wrote, for the next
// build of the site.
func (c *cache) keep(rec *productRecord) {
	if c == nil || rec.LoadKey == nil || rec.Key == nil {
		return
	}
	name := hex.EncodeToString(rec.LoadKey)
	if writeRecord(c.docFile(name), rec) == nil {
		c.markUsed(name)
		c.mu.Lock()
		c.refs[rec.File] = refOf(rec)
		c.mu.Unlock()
	}
}

// carried notes that the build carries rec over: the next build of the
// site may carry it again.
func (c *cache) carried(rec *productRecord) {
	c.mu.Lock()
	c.refs[rec.File] = refOf(rec)
	c.mu.Unlock()
	c.carriedFolder(rec.Known.ID)
}

// carriedFolder notes that the build carries the previous site's
// top-level folder dir over as it is (listed again after the build only
// by its own entry, see siteTree).
func (c *cache) carriedFolder(dir string) {
	c.mu.Lock()
	if c.carriedIDs == nil {
		c.carriedIDs = map[string]bool{}
	}
	c.carriedIDs[dir] = true
	c.mu.Unlock()
}

func (c *cache) markUsed(key string) {
	c.mu.Lock()
	c.used[key] = true
	c.mu.Unlock()
}

// treeByTop groups a site tree by its first path element.
func treeByTop(tree []treeEntry) map[string][]treeEntry {
	out := map[string][]treeEntry{}
	for _, e := range tree {
		top, _, _ := strings.Cut(e.Path, "/")
		out[top] = append(out[top], e)
	}
	return out
}

// wholePortfolioKinds reports whether some kind prepares every product at
// once (not from parts): then every product is read.
func wholePortfolioKinds(kinds []kind.Kind) bool {
	return slices.ContainsFunc(kinds, wholePortfolio)
}

// kindsOf are the kinds a build builds.
func kindsOf(opts Options) []kind.Kind {
	if opts.Kinds == nil {
		return DefaultKinds()
	}
	return opts.Kinds
}

// readEveryProduct builds without carrying anything over: every product
// is read, checked and prepared, so that problems are reported exactly
// as a clean build reports them. Nothing has been written yet.
func readEveryProduct(ctx context.Context, opts Options, write func(string, []byte) error, c *cache, carry func(string, []string) error) (*Result, error) {
	c.noCarry = true
	return generate(ctx, opts, write, c, carry)
}

// orderEntry is one product in build order: loaded (index into the
// loaded products) or carried over (rec).
type orderEntry struct {
	loaded int
	rec    *productRecord
}

// buildOrder merges the products read (sorted by ID) and those known from
// their records (sorted by ID) into build order; IDs are unique (a
// duplicate is an error, and the build then reads every product).
func buildOrder(products []*content.Product, known []content.KnownProduct, records map[string]*productRecord) []orderEntry {
	out := make([]orderEntry, 0, len(products)+len(known))
	i, j := 0, 0
	for i < len(products) || j < len(known) {
		if j == len(known) || (i < len(products) && products[i].ID < known[j].ID) {
			out = append(out, orderEntry{loaded: i})
			i++
			continue
		}
		out = append(out, orderEntry{loaded: -1, rec: records[known[j].File]})
		j++
	}
	return out
}

// carryOver accounts for a product carried over as the build would for
// the product written: its files, pages, documents and warnings.
func (b *builder) carryOver(rec *productRecord, carry func(string, []string) error) error {
	for _, rel := range rec.Files {
		if b.written[rel] {
			return fmt.Errorf("two outputs write %s", rel)
		}
		b.written[rel] = true
	}
	for rel, page := range rec.Pages {
		b.pages[rel] = page
	}
	for slug, n := range rec.Documents {
		b.res.Documents[slug] += n
	}
	b.res.Warnings = append(b.res.Warnings, rec.Warnings...)
	b.res.ReusedFiles += rec.Made
	b.cache.carried(rec)
	for _, key := range rec.CacheKeys {
		b.cache.markUsed(key)
	}
	return carry(rec.Known.ID, rec.Files)
}

// writeMark is where the build stood before writing a product.
type writeMark struct {
	files, warnings int
	documents       map[string]int
}

func (b *builder) mark() writeMark {
	return writeMark{files: len(b.order), warnings: len(b.res.Warnings), documents: maps.Clone(b.res.Documents)}
}

// record is what the build keeps of product p, written since mark.
func (b *builder) record(m writeMark, p kind.Product, w *productWork, pv productView, known content.KnownProduct, dates productDates,
	loadDiags, prepDiags content.Diagnostics) *productRecord {
	rec := &productRecord{File: p.Source.File, Known: known, LoadDiags: loadDiags, Key: w.key, PrepDiags: prepDiags,
		Parts: w.parts, View: pv, Pages: map[string]*site.Page{}, Documents: map[string]int{}}
	if !dates.release.IsZero() {
		rec.Newest = dates.release.Time()
	}
	if !dates.stated.IsZero() {
		rec.Stated = dates.stated.Time()
	}
	if rel, err := filepath.Rel(b.c.Dir, filepath.FromSlash(p.Source.File)); err == nil {
		rec.LoadKey = b.cache.loadKey(filepath.ToSlash(rel), p.ID)
	}
	rec.Files = slices.Clone(b.order[m.files:])
	for _, rel := range rec.Files {
		if page := b.pages[rel]; page != nil {
			// the links inside its folder hold while the folder is
			// carried unchanged; the record is kept only if this
			// build's link check passes (cache.finish)
			rec.Pages[rel] = page.Leaving(rel, p.ID)
		}
	}
	rec.Warnings = slices.Clone(b.res.Warnings[m.warnings:])
	for slug, n := range b.res.Documents {
		if d := n - m.documents[slug]; d > 0 {
			rec.Documents[slug] = d
		}
	}
	rec.Inputs = w.inputs
	for _, j := range w.jobs {
		rec.CacheKeys = append(rec.CacheKeys, j.key)
		if j.file != nil {
			rec.Made++
		} else {
			rec.Docs++
		}
	}
	return rec
}

// previous is what the last build of the site recorded of the product
// file when its key (productKey) differs from key: its key then and the
// inputs of each of its documents' page and PDF, by document key
// (productRecord.Inputs); nil when there is none or it is key.
func (c *cache) previous(file string, key []byte) *productRecord {
	if c == nil || c.clean || c.prev == nil || key == nil {
		return nil
	}
	ref, ok := c.prev.Products[file]
	if !ok {
		return nil
	}
	rec, ok := readRecord(c.docFile(hex.EncodeToString(ref.LoadKey)))
	if !ok || rec.File != file || bytes.Equal(rec.Key, key) || len(rec.Inputs) == 0 {
		return nil
	}
	return rec
}
