// Package generator ties the stages together: load the content, render each
// document's Markdown, parse it once, write it as Markdown, HTML and PDF, and
// assemble the site.
package generator

import (
	"fmt"
	"strings"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/site"
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
}

// Result summarises a build.
type Result struct {
	Documents map[string]int // per document kind slug, across products
	Files     []string       // written, relative to OutDir
	Warnings  content.Diagnostics
	Elapsed   time.Duration
}

// Build renders every document of every product and replaces OutDir with
// the new site. On any error nothing in OutDir changes. Input problems come
// back as *content.InputError, template problems as *render.TemplateError.
func Build(opts Options) (*Result, error) {
	start := time.Now()
	out, err := site.Begin(opts.OutDir)
	if err != nil {
		return nil, err
	}
	res, err := generate(opts, out.Write)
	if err != nil {
		out.Abort()
		return res, err
	}
	if err := out.Commit(); err != nil {
		return res, err
	}
	res.Files = out.Files()
	res.Elapsed = time.Since(start)
	return res, nil
}

// Check does everything Build does except writing: it reports input
// problems and template errors.
func Check(opts Options) (*Result, error) {
	start := time.Now()
	res, err := generate(opts, func(string, []byte) error { return nil })
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
	layout *html.Layout
	asOf   content.Date
	env    *kind.Env
	kinds  []kind.Kind
	out    func(rel string, data []byte) error
	res    *Result

	written map[string]bool   // every file of the site, by slash path
	pages   map[string][]byte // the HTML pages, for the link check
}

// write writes one file of the site and remembers it for the link check
// and the sitemap.
func (b *builder) write(rel string, data []byte) error {
	if b.written[rel] {
		return fmt.Errorf("two outputs write %s", rel)
	}
	if err := b.out(rel, data); err != nil {
		return err
	}
	b.written[rel] = true
	if strings.HasSuffix(rel, ".html") {
		b.pages[rel] = data
	}
	return nil
}

func generate(opts Options, write func(string, []byte) error) (*Result, error) {
	res := &Result{Documents: map[string]int{}}
	c, diags := content.Load(opts.SiteFile, opts.ContentDir)
	res.Warnings = diags.Warnings()
	if err := diags.Err(); err != nil {
		return res, err
	}
	b := &builder{opts: opts, c: c, files: templateFiles(opts.TemplatesDir), out: write, res: res,
		written: map[string]bool{}, pages: map[string][]byte{}, kinds: opts.Kinds}
	if b.kinds == nil {
		b.kinds = DefaultKinds()
	}
	b.asOf = b.asOfDate()
	b.env = &kind.Env{Content: c, AsOf: b.asOf, SourceDate: opts.SourceDate, Templates: b.files, Version: Version}
	products, prepared, err := b.prepare()
	if err != nil {
		return res, err
	}
	layout, err := html.LoadLayout(b.files, "layout.html")
	if err != nil {
		return res, err
	}
	b.layout = layout
	var index []productView
	for i, p := range products {
		pv, err := b.product(p, prepared[i])
		if err != nil {
			return res, err
		}
		index = append(index, pv)
	}
	if err := b.index(index); err != nil {
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
	if err := site.CheckLinks(b.pages, b.written); err != nil {
		return res, err
	}
	res.Warnings.Sort()
	return res, nil
}

// prepare derives each product's inventory and lets every kind prepare
// every product, collecting all problems before anything renders.
// prepared[i][k] is what kind k contributes for product i.
func (b *builder) prepare() ([]kind.Product, [][]kind.Prepared, error) {
	var diags content.Diagnostics
	products := make([]kind.Product, len(b.c.Products))
	for i, p := range b.c.Products {
		kp, d := kind.NewProduct(b.c.Dir, p, b.asOf)
		products[i] = kp
		diags = append(diags, d...)
	}
	prepared := make([][]kind.Prepared, len(products))
	for i := range prepared {
		prepared[i] = make([]kind.Prepared, len(b.kinds))
	}
	for k, kd := range b.kinds {
		out, d := kd.Prepare(b.env, products)
		diags = append(diags, d...)
		for i := range products {
			if i < len(out) {
				prepared[i][k] = out[i]
			}
		}
	}
	diags.Sort()
	b.res.Warnings = append(b.res.Warnings, diags.Warnings()...)
	return products, prepared, diags.Err()
}

// templateFiles overlays the product repository's templates folder, when it
// exists, on the shipped templates.
func templateFiles(dir string) render.Files {
	return render.OverrideFiles(templates.FS, dir)
}

// asOfDate is the date the documents speak as of: the site file's as_of,
// else SOURCE_DATE_EPOCH, else the newest release date of the product
// documents (security plan, CSD, MDS2); notices and the lifecycle page
// speak as of it, so they do not decide it.
func (b *builder) asOfDate() content.Date {
	if !b.c.Site.AsOf.IsZero() {
		return b.c.Site.AsOf
	}
	if b.opts.SourceDate != nil {
		return content.DateOf(*b.opts.SourceDate)
	}
	var newest content.Date
	for _, p := range b.c.Products {
		for _, d := range []content.DocumentControl{p.Documents.SecurityPlan, p.Documents.CSD, p.Documents.MDS2} {
			if d.ReleaseDate.After(newest) {
				newest = d.ReleaseDate
			}
		}
	}
	return newest
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
