// Package generator ties the stages together: load the content, render each
// document's Markdown, parse it once, write it as Markdown, HTML and PDF, and
// assemble the site.
package generator

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/csaf"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/site"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/parallel"
	"github.com/jspgen/jspgen/internal/version"
	"github.com/jspgen/jspgen/templates"
)

// Version is jspgen's version, printed in generated files.
const Version = version.Version

// Options locate a product repository's inputs and output.
type Options struct {
	SiteFile     string     // jspgen.toml
	ContentDir   string     // content/
	TemplatesDir string     // templates/ overriding the shipped ones; may not exist
	OutDir       string     // site/
	SourceDate   *time.Time // from SOURCE_DATE_EPOCH, when set
	// Kinds are the document kinds built for each product, in index
	// order; nil means DefaultKinds().
	Kinds []kind.Kind
	// Workers is how many documents render at once; 0 means GOMAXPROCS.
	// The output is the same whatever the number.
	Workers int
	// CacheDir is the build cache (see DefaultCacheDir); "" builds
	// without one. Build only: Check never uses it.
	CacheDir string
	// Clean ignores what the cache holds: every document is rendered
	// again (and the cache refilled).
	Clean bool
}

// Result summarises a build.
type Result struct {
	Documents map[string]int // per document kind slug, across products
	Files     []string       // written, relative to OutDir
	Warnings  content.Diagnostics
	Elapsed   time.Duration
	// Reused counts the documents taken from the build cache rather than
	// rendered; UpToDate says the inputs had not changed since the last
	// build of the site folder, which was left as it was.
	Reused   int
	UpToDate bool
	// ReusedFiles counts the machine-readable files taken from the build
	// cache rather than built (kind.File.Make).
	ReusedFiles int
	// Carried counts the products carried over from the previous site:
	// neither read, checked, prepared nor written (see carry.go).
	Carried int
	// KeptSiteFiles counts the site files taken from the previous site
	// as they were, their products' parts unchanged (keptsitefiles.go).
	KeptSiteFiles int
	// SiteAsOf is the site file's as_of when the file states it (zero
	// otherwise), written at SiteAsOfFile:SiteAsOfLine. The build never
	// reads the clock and replays its warnings from the cache, so it
	// cannot warn of an as_of after today, which would stop being true
	// once the day passes; the command line does, from these.
	SiteAsOf     content.Date
	SiteAsOfFile string
	SiteAsOfLine int
	// SecurityTxtExpires is the Expires date of the security.txt the site
	// publishes (zero when it publishes none): a year after the date the
	// site speaks as of, which may be long past; the command line warns
	// when it is before today, for the same reason as SiteAsOf.
	SecurityTxtExpires content.Date
}

// Build renders every document of every product and replaces OutDir with
// the new site. On any error nothing in OutDir changes. Input problems come
// back as *content.InputError, template problems as *render.TemplateError.
//
// With Options.CacheDir, a build whose inputs are those of the last build
// of OutDir, which is as that build left it, changes nothing and returns
// the last build's result; otherwise documents whose inputs did not change
// come from the cache. The site is the same either way.
func Build(opts Options) (*Result, error) {
	return BuildContext(context.Background(), opts)
}

// BuildContext is Build, stopped when ctx ends (jspgen cancels it on
// SIGINT and SIGTERM): no document starts rendering and no file is written
// after that, the build folder is removed and the previous site is left as
// it was; the error is then context.Cause(ctx). Once the new site is being
// swapped in, the swap completes.
func BuildContext(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	prev := readPreviousBuild(opts.CacheDir, opts.OutDir, opts.Clean)
	c := newCache(opts)
	c.readPrevious(prev)
	if res := c.upToDate(opts.OutDir); res != nil {
		if c.stamps.read > 0 { // files touched but not changed
			c.stamps.save(c.dir)
		}
		res.Elapsed = time.Since(start)
		return res, nil
	}
	go pdf.LoadFonts() // while the content loads; an error is the first PDF's to report
	out, err := site.Begin(opts.OutDir)
	if err != nil {
		return nil, err
	}
	c = c.open()
	if c != nil {
		c.linkPrevious = func(rel string, sum [sha256.Size]byte) error {
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			c.keepSum(rel, sum)
			if out.Link(rel) == nil {
				return nil
			}
			data, err := previousBytes(opts.OutDir, rel, sum) // no hard links here
			if err != nil {
				return err
			}
			return out.Write(rel, data)
		}
		c.linkOut = out.LinkOut
	}
	write := func(rel string, data []byte) error {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		if c.unchangedFile(rel, data) && out.Link(rel) == nil {
			return nil
		}
		return out.Write(rel, data)
	}
	res, err := generate(ctx, opts, write, c, out.Carry)
	if ctx.Err() != nil {
		// stopped: say so, whichever step noticed it first, and do not
		// swap in a site that ctx ended after the last write of
		err = context.Cause(ctx)
	}
	if err != nil {
		c.discard() // before Abort, which removes the folders Begin made when empty
		out.Abort()
		return res, err
	}
	// the cache records the new site while the previous one is removed
	if err := out.CommitWhile(func() {
		res.Files = out.Files()
		c.finish(opts.OutDir, res)
	}); err != nil {
		c.discard()
		return res, err
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// Check does everything Build does except writing: it reports input
// problems and template errors.
func Check(opts Options) (*Result, error) {
	start := time.Now()
	res, err := generate(context.Background(), opts, func(string, []byte) error { return nil }, nil, nil)
	if res != nil {
		res.Elapsed = time.Since(start)
	}
	return res, err
}

// builder holds one build's shared state.
type builder struct {
	opts   Options
	c      *content.Content
	files  render.Files
	tmpl   *render.Set
	frags  map[string]*htmltemplate.Template // index.html, product.html, parsed once
	cache  *cache                            // nil without one
	docs   *pipeline                         // the documents, rendered in build order
	layout *html.Layout
	asOf   content.Date
	env    *kind.Env
	kinds  []kind.Kind
	out    func(rel string, data []byte) error
	res    *Result

	reusedFiles atomic.Int64 // built files taken from the cache by the workers (Result.ReusedFiles)

	written map[string]bool       // every file of the site, by slash path
	order   []string              // the files written, in order
	pages   map[string]*site.Page // the HTML pages' links and ids, for the link check
}

// write writes one file of the site and remembers it for the link check
// and the sitemap.
func (b *builder) write(rel string, data []byte) error {
	if b.written[rel] {
		return fmt.Errorf("two outputs write %s", rel)
	}
	var page *site.Page
	if strings.HasSuffix(rel, ".html") {
		page = site.ScanPage(data)
	}
	return b.writePage(rel, data, page)
}

// writePage is write for a file whose links were already read: page is
// the link check's view of an HTML page, nil for other files.
func (b *builder) writePage(rel string, data []byte, page *site.Page) error {
	if b.written[rel] {
		return fmt.Errorf("two outputs write %s", rel)
	}
	if err := b.out(rel, data); err != nil {
		return err
	}
	b.written[rel] = true
	b.order = append(b.order, rel)
	if page != nil {
		b.pages[rel] = page
	}
	return nil
}

// generate builds the site through write. carry (nil: never) takes a
// product's folder over from the previous site (site.Output.Carry) when
// the cache holds a record of it (see carry.go).
// watchProduct, when set (by tests), sees each product's data, with its
// inventories and vulnerabilities, once it is read (written false) and
// once its documents are written (true): preparing and rendering must
// change none of it.
var watchProduct func(p kind.Product, written bool)

func generate(ctx context.Context, opts Options, write func(string, []byte) error, cache *cache, carry func(string, []string) error) (*Result, error) {
	res := &Result{Documents: map[string]int{}}
	records := map[string]*productRecord{} // by product file: the products carried over
	known := func(string) (content.KnownProduct, bool) { return content.KnownProduct{}, false }
	if cache != nil && carry != nil && !wholePortfolioKinds(kindsOf(opts)) {
		cache.prefetch()
		known = func(file string) (content.KnownProduct, bool) {
			rec, ok := cache.carriable(file)
			if ok {
				records[file] = rec
				return rec.Known, true
			}
			return content.KnownProduct{}, false
		}
	}
	// The templates do not depend on the content: parse them while it
	// loads, which for a site of one product leaves a processor idle.
	tmplFiles := templateFiles(opts.TemplatesDir)
	tmpl := render.NewSet(tmplFiles)
	go tmpl.Warm()
	loaded, diags := content.LoadKnown(opts.SiteFile, opts.ContentDir, known)
	if len(records) > 0 && diags.Err() != nil {
		// report every problem as a clean build does: read every product
		return readEveryProduct(ctx, opts, write, cache, carry)
	}
	c := loaded.Content
	if c != nil && c.Site != nil && c.SiteFile.Has("as_of") {
		res.SiteAsOf, res.SiteAsOfFile, res.SiteAsOfLine = c.Site.AsOf, c.SiteFile.File, c.SiteFile.Line("as_of")
	}
	if diags.Err() != nil && c != nil {
		// Report every problem of the run at once: the SBOM files and the
		// template syntax too, which do not need valid content.
		diags = append(diags, otherProblems(c, templateFiles(opts.TemplatesDir))...)
		if c.Site != nil { // and a site its data give no date for
			var dates []productDates
			for _, p := range c.Products {
				dates = append(dates, datesOf(p))
			}
			_, d := siteAsOf(c, opts.SourceDate, dates)
			diags = append(diags, d.Errors()...)
		}
		diags.Sort()
	}
	res.Warnings = append(res.Warnings, diags.Warnings()...)
	if err := diags.Err(); err != nil {
		return res, err
	}
	b := &builder{opts: opts, c: c, files: tmplFiles, out: write, res: res, cache: cache,
		written: map[string]bool{}, pages: map[string]*site.Page{}, kinds: opts.Kinds, frags: map[string]*htmltemplate.Template{}}
	b.tmpl = tmpl
	res.Warnings = append(res.Warnings, languageWarnings(c.Site.Language, c.SiteFile, b.files)...)
	res.Warnings = append(res.Warnings, guidanceWarnings(c.Site, c.SiteFile, b.files)...)
	res.Warnings = append(res.Warnings, exampleWarnings(opts.SiteFile, opts.ContentDir)...)
	if b.kinds == nil {
		b.kinds = DefaultKinds()
	}
	asOf, asOfDiags := b.asOfDate(records)
	if err := asOfDiags.Err(); err != nil {
		res.Warnings = append(res.Warnings, asOfDiags.Warnings()...)
		return res, err
	}
	res.Warnings = append(res.Warnings, asOfDiags...)
	b.asOf = asOf
	cache.begin(b.asOf)
	for _, rec := range records {
		if !bytes.Equal(rec.Key, cache.productKey(&content.Product{ID: rec.Known.ID, Source: content.Source{File: rec.File}}, c.Dir)) {
			return readEveryProduct(ctx, opts, write, cache, carry) // the as-of date moved
		}
	}
	b.env = &kind.Env{Content: c, AsOf: b.asOf, SourceDate: opts.SourceDate, Templates: b.files, Version: Version}
	layout, err := html.LoadLayout(b.files, "layout.html")
	if err != nil {
		return res, err
	}
	b.layout = layout
	products, perProduct := b.products()
	if watchProduct != nil {
		for _, p := range products {
			watchProduct(p, false)
		}
	}
	diags = nil
	for _, d := range perProduct {
		diags = append(diags, d...)
	}
	knownOf := make([]content.KnownProduct, len(products)) // what the record of each product read keeps of its file
	newest := make([]productDates, len(products))
	for i, p := range c.Products {
		knownOf[i], newest[i] = p.Known(), datesOf(p)
	}
	portfolio, d := b.preparePortfolio(products)
	diags = append(diags, d...)
	whole := wholeSiteFiles(portfolio)
	for i := range products { // until each product's turn (memory: they are large)
		products[i].DropInventories()
	}
	// The records of the products carried over were read meanwhile;
	// before anything is rendered, so that a build that must read every
	// product instead renders each document once.
	if !cache.complete(records) {
		return readEveryProduct(ctx, opts, write, cache, carry)
	}
	for _, rec := range records {
		res.Warnings = append(res.Warnings, rec.LoadDiags.Warnings()...)
	}
	var reused atomic.Int64
	b.docs = startPipeline(len(products), workerCount(opts.Workers), diags.Err() != nil,
		func(i int) *productWork {
			products[i].ReloadInventories(b.c.Dir, c.Products[i], b.asOf)
			w := b.prepareProduct(products[i], portfolio, i)
			// Prepared: every problem about the product file is known.
			// Its key positions are larger than the file; let them go.
			products[i].Source.Release()
			return w
		},
		func(j docJob) result {
			if ctx.Err() != nil {
				return result{err: context.Cause(ctx)} // stopped: render nothing more
			}
			if j.file != nil {
				data, err := b.fileBytes(j.key, *j.file)
				return result{data: data, err: err}
			}
			if r := b.cache.get(j.key); r != nil {
				reused.Add(1)
				return result{r: r}
			}
			// kept in the cache once written (emit)
			r, err := b.renderDocument(j.p, j.doc, j.built, j)
			return result{r: r, err: err}
		})
	defer b.docs.close()
	var index []productView
	order := buildOrder(c.Products, loaded.Known, records)
	// The site files are made from every product's part (kind.PortfolioParts):
	// once the last product read is prepared, they are made while its
	// documents render and are written.
	partsOf := make([][][]byte, len(order)) // each product's parts, in build order
	last := -1                              // the last product read, in build order
	for n, e := range order {
		if e.rec != nil {
			partsOf[n] = e.rec.Parts
		} else {
			last = n
		}
	}
	made := make(chan madeSiteFiles, 1)
	startSiteFiles := func() {
		parts := b.partsInOrder(partsOf)
		go func() {
			key := cache.siteFilesKey(whole, parts)
			if kept := cache.keptSiteFiles(key); kept != nil {
				made <- madeSiteFiles{kept: kept}
				return
			}
			files, d := b.portfolioSiteFiles(whole, parts)
			made <- madeSiteFiles{files: files, diags: d, key: key}
		}()
	}
	if last < 0 {
		startSiteFiles()
	}
	for n, e := range order {
		if e.rec != nil { // carried over: its record stands in for it
			rec := e.rec
			diags = append(diags, rec.PrepDiags...)
			if diags.Err() != nil {
				continue
			}
			if err := b.carryOver(rec, carry); err != nil {
				return res, err
			}
			reused.Add(int64(rec.Docs))
			res.Carried++
			index = append(index, rec.View)
			continue
		}
		i := e.loaded
		p := products[i]
		w := b.docs.next()
		if w == nil { // stopped
			return res, context.Cause(ctx)
		}
		diags = append(diags, w.diags...)
		partsOf[n] = w.parts
		if n == last {
			startSiteFiles()
		}
		if diags.Err() != nil {
			continue // nothing more is written: collect every product's problems
		}
		mark := b.mark()
		pv, err := b.product(p, w)
		if watchProduct != nil {
			watchProduct(p, true)
		}
		if err == nil && cache != nil && carry != nil {
			cache.pending = append(cache.pending, b.record(mark, p, w, pv, knownOf[i], newest[i],
				loaded.PerFile[p.Source.File], slices.Concat(perProduct[i], w.diags)))
		}
		// written: let the product's prepared state, files and content
		// go (nothing after this loop reads the products; the index has
		// its views)
		products[i], c.Products[i] = kind.Product{}, nil
		for k := range portfolio {
			if portfolio[k] != nil && i < len(portfolio[k]) {
				portfolio[k][i] = kind.Prepared{}
			}
		}
		if err != nil {
			return res, err
		}
		index = append(index, pv)
	}
	sf := <-made
	siteFiles, d := sf.files, sf.diags
	if sf.kept != nil {
		d = sf.kept.Warnings
	}
	diags = append(diags, d...)
	diags.Sort()
	diags = slices.Compact(diags) // a problem of what products share, reported by each
	b.res.Warnings = append(b.res.Warnings, diags.Warnings()...)
	if err := diags.Err(); err != nil {
		return res, err
	}
	var files []siteFile
	var siteLinks []html.Link
	if sf.kept != nil {
		files, siteLinks = keptFiles(sf.kept)
	} else {
		files, siteLinks, err = b.siteFiles(siteFiles)
		if err != nil {
			return res, err
		}
	}
	// the index page is made (or taken from the cache) while the site
	// files are written
	type indexPage struct {
		r   *rendered
		err error
	}
	indexMade := make(chan indexPage, 1)
	go func() {
		r, err := b.index(index, siteLinks)
		indexMade <- indexPage{r, err}
	}()
	var carriedFiles map[string]bool
	if sf.kept != nil {
		if carriedFiles, err = b.carryKeptFolder(files, carry); err != nil {
			return res, err
		}
	}
	for _, f := range files {
		if f.path == csaf.SecurityTxt {
			res.SecurityTxtExpires = csaf.SecurityTxtExpires(b.asOf)
		}
		if carriedFiles[f.path] {
			continue
		}
		write := func() error { return b.write(f.path, f.data) }
		if f.kept {
			write = func() error { return b.writeKept(f.path, f.sum) }
		}
		if err := write(); err != nil {
			return res, err
		}
	}
	if sf.kept == nil {
		cache.keepSiteFiles(sf.key, files, siteLinks, d) // by the hashes writing them recorded
	}
	ip := <-indexMade
	if ip.err != nil {
		return res, ip.err
	}
	if err := b.writePage("index.html", ip.r.HTML, ip.r.Page); err != nil {
		return res, err
	}
	css, _, err := b.files.Open("style.css")
	if err != nil {
		return res, err
	}
	if err := b.write("assets/style.css", css); err != nil {
		return res, err
	}
	if c.Site.BaseURL != "" {
		pages := make([]string, 0, len(b.pages))
		for p := range b.pages {
			pages = append(pages, p)
		}
		if err := b.write("sitemap.xml", site.Sitemap(c.Site.BaseURL, pages)); err != nil {
			return res, err
		}
	}
	if err := site.CheckPages(b.pages, b.written); err != nil {
		return res, err
	}
	res.Warnings.Sort()
	res.Reused = int(reused.Load())
	res.ReusedFiles += int(b.reusedFiles.Load())
	return res, nil
}

// products derives each product's inventory and vulnerabilities.
func (b *builder) products() ([]kind.Product, []content.Diagnostics) {
	diags := make([]content.Diagnostics, len(b.c.Products)) // per product
	products := make([]kind.Product, len(b.c.Products))
	// Each product on its own (its inventories and vulnerability files
	// read and decoded), as many at once as documents render.
	parallel.ForEachOn(workerCount(b.opts.Workers), len(b.c.Products), func(i int) {
		p := b.c.Products[i]
		kp, d := kind.NewProduct(b.c.Dir, p, b.asOf)
		vs, dv := vuln.Load(b.c.Dir, p, kp.Inventory, b.asOf)
		kp.Vulnerabilities = vs
		for v, q := range kp.ByVersion {
			q.Vulnerabilities = vs
			kp.ByVersion[v] = q
		}
		products[i] = kp
		diags[i] = append(d, dv...)
	})
	return products, diags
}

// preparePortfolio lets each kind.Portfolio kind prepare every product at
// once: portfolio[k][i] is what kind k contributes for product i; nil for
// the kinds prepared one product at a time.
func (b *builder) preparePortfolio(products []kind.Product) ([][]kind.Prepared, content.Diagnostics) {
	var diags content.Diagnostics
	portfolio := make([][]kind.Prepared, len(b.kinds))
	for k, kd := range b.kinds {
		if !wholePortfolio(kd) {
			continue
		}
		out, d := kd.Prepare(b.env, products)
		diags = append(diags, d...)
		portfolio[k] = make([]kind.Prepared, len(products))
		copy(portfolio[k], out)
	}
	return portfolio, diags
}

// wholePortfolio reports whether kind kd prepares every product at once:
// a kind.Portfolio that does not make its site files from parts.
func wholePortfolio(kd kind.Kind) bool {
	_, portfolio := kd.(kind.Portfolio)
	_, parts := kd.(kind.PortfolioParts)
	return portfolio && !parts
}

// prepareProduct lets every kind prepare product i, p, (a Portfolio kind
// has already) and lists its documents to render.
func (b *builder) prepareProduct(p kind.Product, portfolio [][]kind.Prepared, i int) *productWork {
	w := &productWork{prepared: make([]kind.Prepared, len(b.kinds)), parts: make([][]byte, len(b.kinds))}
	// The kinds prepare the product side by side, on the build's workers
	// (each kind reads the product, none changes it): an edit's build
	// waits for its one product's preparation, with the other processors
	// idle. Diagnostics keep the kinds' order.
	diags := make([]content.Diagnostics, len(b.kinds))
	parallel.ForEachOn(workerCount(b.opts.Workers), len(b.kinds), func(k int) {
		w.prepared[k], w.parts[k], diags[k] = b.prepareKind(k, p, portfolio, i)
	})
	for _, d := range diags {
		w.diags = append(w.diags, d...)
	}
	key := b.cache.productKey(p.Product, b.c.Dir)
	w.key = key
	prev := b.cache.previous(p.Source.File, key) // the product in the last build, when it changed since
	built := kind.BuiltOf(b.kinds, w.prepared, p)
	for k := range b.kinds { // in the order product writes them
		for _, doc := range w.prepared[k].Documents {
			facts := p.Product // the current version's, or the version the document is about
			if doc.Product != nil {
				facts = doc.Product
			}
			j := docJob{p: facts, doc: doc, built: built.For(p, doc.About, doc.SpeaksAsOf(b.asOf)), key: b.cache.documentKey(key, doc)}
			if prev != nil {
				j.prev = b.cache.documentKey(prev.Key, doc)
				j.prevInputs = prev.Inputs[j.prev]
			}
			w.jobs = append(w.jobs, j)
		}
		for i, f := range w.prepared[k].Files {
			if f.Make != nil {
				w.jobs = append(w.jobs, docJob{file: &w.prepared[k].Files[i], key: b.cache.fileKey(key, f)})
			}
		}
	}
	return w
}

// prepareKind is what kind k prepares for product p, the i-th of the
// build: taken from portfolio when the kind prepared every product at
// once, else prepared now, with its part of the site files when it has
// one (kind.PortfolioParts).
func (b *builder) prepareKind(k int, p kind.Product, portfolio [][]kind.Prepared, i int) (kind.Prepared, []byte, content.Diagnostics) {
	kd := b.kinds[k]
	if portfolio[k] != nil {
		return portfolio[k][i], nil, nil
	}
	if pk, ok := kd.(kind.PortfolioParts); ok {
		return pk.PreparePart(b.env, p)
	}
	out, diags := kd.Prepare(b.env, []kind.Product{p})
	if len(out) == 0 {
		return kind.Prepared{}, nil, diags
	}
	if len(out[0].SiteFiles) > 0 {
		diags = append(diags, content.Diagnostic{File: p.Source.File,
			Message: fmt.Sprintf("kind %s publishes site files but is not a kind.Portfolio (a bug in jspgen)", kd.Slug())})
	}
	return out[0], nil, diags
}

// templateFiles overlays the product repository's templates folder, when it
// exists, on the shipped templates.
func templateFiles(dir string) render.Files {
	return render.OverrideFiles(templates.FS, dir)
}

// asOfDate is the date the documents speak as of (siteAsOf), from the
// products read and the records of those carried over, and what the
// build says of it.
func (b *builder) asOfDate(records map[string]*productRecord) (content.Date, content.Diagnostics) {
	var dates []productDates
	for _, p := range b.c.Products {
		dates = append(dates, datesOf(p))
	}
	for _, rec := range records {
		var d productDates
		if !rec.Newest.IsZero() {
			d.release = content.DateOf(rec.Newest)
		}
		if !rec.Stated.IsZero() {
			d.stated = content.DateOf(rec.Stated)
		}
		dates = append(dates, d)
	}
	return siteAsOf(b.c, b.opts.SourceDate, dates)
}

// siteAsOf is the date the documents speak as of: the site file's as_of,
// else SOURCE_DATE_EPOCH, else the newest release date of a product's
// documents (newestRelease), else the newest date the products' data give
// of a release, a notice or a revision (newestStated), with a warning at
// the site file that says so; a site whose data give no date at all is
// an error (every document needs a date, and the zero date would make
// every version one in development). dates are each product's, in any
// order: the same dates give the same date and the same problems, so
// that a build carrying products over dates the site as a clean build.
func siteAsOf(c *content.Content, sourceDate *time.Time, dates []productDates) (content.Date, content.Diagnostics) {
	if !c.Site.AsOf.IsZero() {
		return c.Site.AsOf, nil
	}
	if sourceDate != nil {
		return content.DateOf(*sourceDate), nil
	}
	var release, stated content.Date
	for _, d := range dates {
		if d.release.After(release) {
			release = d.release
		}
		if d.stated.After(stated) {
			stated = d.stated
		}
	}
	if !release.IsZero() || len(dates) == 0 {
		return release, nil
	}
	at := content.Diagnostic{File: c.SiteFile.File, Path: "as_of"}
	if stated.IsZero() {
		at.Severity = content.Error
		at.Message = "the site file gives no as_of, SOURCE_DATE_EPOCH is not set, and the product data give no date to speak as of " +
			"(no document release date, version general availability, notice issue date, or revision or approval date): " +
			"every document needs a date, which decides which versions are released and supported; " +
			"write as_of = YYYY-MM-DD in the site file, the day the site is published"
		return content.Date{}, content.Diagnostics{at}
	}
	at.Severity = content.Warning
	at.Message = fmt.Sprintf("the documents speak as of %s, the newest date the product data give "+
		"(of a version's general availability, a notice's issue, or a document revision or approval), "+
		"as the site file gives no as_of, SOURCE_DATE_EPOCH is not set, and no document gives a release date: "+
		"the stages, supported versions and notices on every page are those of that day; "+
		"write as_of = YYYY-MM-DD in the site file, the day the site is published, to date the site", stated)
	return stated, content.Diagnostics{at}
}

// KindSlugs lists the slugs of kinds (DefaultKinds when nil), for summaries.
func KindSlugs(kinds []kind.Kind) []string {
	if kinds == nil {
		kinds = DefaultKinds()
	}
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.Slug()
	}
	return out
}

// otherProblems are the problems a run finds besides the content's own
// when the content has errors: each loaded product's SBOM files that
// cannot be read or parsed, and the syntax of every document template.
func otherProblems(c *content.Content, files render.Files) content.Diagnostics {
	var diags content.Diagnostics
	for _, p := range c.Products {
		if p == nil || !content.ValidSlug(p.ID) {
			continue // its asset folder cannot be named
		}
		diags = append(diags, inventory.CheckFiles(c.Dir, p)...)
	}
	names, err := files.Glob("*.md.tmpl")
	if err != nil {
		return diags
	}
	set := render.NewSet(files)
	for _, name := range names {
		if err := set.Parse(name); err != nil {
			diags = append(diags, templateDiagnostic(err))
		}
	}
	return diags
}

// templateDiagnostic places a template error at its file and line.
func templateDiagnostic(err error) content.Diagnostic {
	var te *render.TemplateError
	if errors.As(err, &te) {
		pos, msg := te.Position()
		if pos.File != "" {
			return content.Diagnostic{File: pos.File, Line: pos.Line, Message: "template: " + msg}
		}
	}
	return content.Diagnostic{File: "templates", Message: err.Error()}
}
