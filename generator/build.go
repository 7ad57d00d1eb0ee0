// Package generator ties the stages together: load the content, render each
// document's Markdown, parse it once, write it as Markdown, HTML and PDF, and
// assemble the site.
package generator

import (
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/site"
	"github.com/jspgen/jspgen/templates"
)

// Version is jspgen's version, printed in generated files.
const Version = "0.1.0"

// Options locate a product repository's inputs and output.
type Options struct {
	SiteFile     string     // jspgen.toml
	ContentDir   string     // content/
	TemplatesDir string     // templates/ overriding the shipped ones; may not exist
	OutDir       string     // site/
	SourceDate   *time.Time // from SOURCE_DATE_EPOCH, when set
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
	ctx    *Context
	write  func(rel string, data []byte) error
	res    *Result
}

func generate(opts Options, write func(string, []byte) error) (*Result, error) {
	res := &Result{Documents: map[string]int{}}
	c, diags := content.Load(opts.SiteFile, opts.ContentDir)
	res.Warnings = diags.Warnings()
	if err := diags.Err(); err != nil {
		return res, err
	}
	b := &builder{opts: opts, c: c, files: templateFiles(opts.TemplatesDir), write: write, res: res}
	b.asOf = b.asOfDate()
	b.ctx = &Context{Content: c, AsOf: b.asOf, SourceDate: opts.SourceDate, Templates: b.files}
	if err := b.check(); err != nil {
		return res, err
	}
	layout, err := html.LoadLayout(b.files, "layout.html")
	if err != nil {
		return res, err
	}
	b.layout = layout
	var index []indexProduct
	for _, p := range c.Products {
		ip, err := b.product(p)
		if err != nil {
			return res, err
		}
		index = append(index, ip)
	}
	if err := b.index(index); err != nil {
		return res, err
	}
	css, _, err := b.files.Open("style.css")
	if err != nil {
		return res, err
	}
	if err := write("assets/style.css", css); err != nil {
		return res, err
	}
	res.Warnings.Sort()
	return res, nil
}

// check runs every kind's own validation and the component import for
// every product, collecting all problems before anything renders.
func (b *builder) check() error {
	var diags content.Diagnostics
	for _, p := range b.c.Products {
		_, d := b.ctx.Components(p)
		diags = append(diags, d...)
		for _, k := range Kinds {
			if k.Check != nil {
				diags = append(diags, k.Check(b.ctx, p)...)
			}
		}
	}
	diags.Sort()
	b.res.Warnings = append(b.res.Warnings, diags.Warnings()...)
	return diags.Err()
}

// templateFiles overlays the product repository's templates folder, when it
// exists, on the shipped templates.
func templateFiles(dir string) render.Files {
	f := render.Files{Shipped: templates.FS}
	if dir != "" {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			f.Override, f.OverrideName = os.DirFS(dir), strings.TrimSuffix(dir, "/")
		}
	}
	return f
}

// asOfDate is the date the documents speak as of: the site file's as_of,
// else SOURCE_DATE_EPOCH, else the newest document release date.
func (b *builder) asOfDate() content.Date {
	if !b.c.Site.AsOf.IsZero() {
		return b.c.Site.AsOf
	}
	if b.opts.SourceDate != nil {
		return content.DateOf(*b.opts.SourceDate)
	}
	var newest content.Date
	for _, p := range b.c.Products {
		for _, k := range Kinds {
			if k.Control == nil {
				continue
			}
			if d := k.Control(p).ReleaseDate; d.After(newest) {
				newest = d
			}
		}
	}
	return newest
}

// DocumentData is what a document template sees as ".".
type DocumentData struct {
	Site    *content.Site
	Product *content.Product
	Doc     content.DocumentControl
	Title   string
	AsOf    content.Date
	Version string
	Data    any // the kind's own data, if any
}

type indexProduct struct {
	ID, Name, Description, Current, Stage, AsOf string
	Documents                                   []indexDocument
	Files                                       []html.Link
}

type indexDocument struct {
	Title, ID, Revision, Released, HTML string
	Formats                             []html.Link
}

func (b *builder) product(p *content.Product) (indexProduct, error) {
	ip := indexProduct{ID: p.ID, Name: p.Name, Description: p.Description, Stage: "Development", AsOf: b.asOf.String()}
	if v := p.CurrentVersion(b.asOf); v != nil {
		ip.Current, ip.Stage = v.Version, v.Stage(b.asOf)
	}
	for _, k := range Kinds {
		insts, err := k.instances(b.ctx, p)
		if err != nil {
			return ip, fmt.Errorf("%s for %s: %w", k.Title, p.ID, err)
		}
		for _, in := range insts {
			if err := b.document(p, k, in); err != nil {
				return ip, err
			}
			base := p.ID + "/" + in.Path
			ip.Documents = append(ip.Documents, indexDocument{
				Title: in.Title, ID: in.Control.ID, Revision: in.Control.Revision, Released: in.Control.ReleaseDate.String(), HTML: base + ".html",
				Formats: []html.Link{{Text: "HTML", Href: base + ".html"}, {Text: "PDF", Href: base + ".pdf"}, {Text: "Markdown", Href: base + ".md"}},
			})
			b.res.Documents[k.Slug]++
		}
		if k.Files == nil {
			continue
		}
		files, err := k.Files(b.ctx, p)
		if err != nil {
			return ip, fmt.Errorf("%s for %s: %w", k.Title, p.ID, err)
		}
		for _, f := range files {
			if err := b.write(p.ID+"/"+f.Path, f.Data); err != nil {
				return ip, err
			}
			ip.Files = append(ip.Files, html.Link{Text: f.Label, Href: p.ID + "/" + f.Path})
		}
	}
	return ip, nil
}

// document writes one document of one product in every format.
func (b *builder) document(p *content.Product, k Kind, in Instance) error {
	doc := in.Control
	data := DocumentData{Site: b.c.Site, Product: p, Doc: doc, Title: in.Title, AsOf: b.asOf, Version: Version, Data: in.Data}
	md, err := render.Markdown(b.files, k.Template, data)
	if err != nil {
		return fmt.Errorf("%s for %s: %w", in.Title, p.ID, err)
	}
	parsed := markdown.Parse(md)
	base := p.ID + "/" + in.Path
	root := strings.Repeat("../", strings.Count(base, "/"))
	name := path.Base(in.Path)
	if err := b.write(base+".md", md); err != nil {
		return err
	}

	body, err := html.Body(parsed)
	if err != nil {
		return err
	}
	page := html.Page{
		Lang: b.lang(), Title: in.Title + " — " + p.Name, SiteTitle: b.c.Site.Title, Description: k.Subject,
		Root: root, Canonical: b.canonical(base + ".html"),
		Breadcrumbs: []html.Link{{Text: "Products", Href: root + "index.html"}, {Text: p.Name, Href: root + "index.html#" + p.ID}, {Text: in.Title}},
		Formats:     []html.Link{{Text: "PDF", Href: name + ".pdf"}, {Text: "Markdown", Href: name + ".md"}},
		Meta: []html.Link{{Text: "Document", Note: doc.ID}, {Text: "Revision", Note: doc.Revision},
			{Text: "Released", Note: doc.ReleaseDate.String()}},
		TOC: html.TOC(parsed), Body: body,
		Footer:    fmt.Sprintf("%s %s, revision %s. %s", doc.ID, in.Title, doc.Revision, copyright(b.c.Site.Manufacturer.Name)),
		Generator: "jspgen " + Version,
	}
	pageHTML, err := b.layout.Render(page)
	if err != nil {
		return err
	}
	if err := b.write(base+".html", pageHTML); err != nil {
		return err
	}

	pdfDate := doc.ReleaseDate.Time()
	if b.opts.SourceDate != nil {
		pdfDate = b.opts.SourceDate.UTC()
	}
	pdfBytes, warnings, err := pdf.Render(parsed, pdf.Meta{
		Title: in.Title, Product: p.Name, DocumentID: doc.ID, Revision: doc.Revision, ReleaseDate: doc.ReleaseDate.String(),
		Manufacturer: b.c.Site.Manufacturer.Name, Subject: k.Subject,
		Keywords: []string{p.Name, in.Title, "cybersecurity", "HSCC Joint Security Plan"},
		Language: b.lang(), Creator: "jspgen " + Version, Date: pdfDate, Paper: b.c.Site.Paper,
		Images: b.assetsFS(p),
	})
	if err != nil {
		return fmt.Errorf("%s: PDF: %w", base, err)
	}
	for _, w := range warnings {
		b.res.Warnings = append(b.res.Warnings, content.Diagnostic{Severity: content.Warning, File: base + ".pdf", Message: w})
	}
	return b.write(base+".pdf", pdfBytes)
}

// assetsFS is the product's asset folder, content/<product-id>/: images
// and SBOMs a document refers to by a path relative to it, which the site
// publishes at the same path under site/<product-id>/.
func (b *builder) assetsFS(p *content.Product) fs.FS { return os.DirFS(filepath.Join(b.c.Dir, p.ID)) }

func (b *builder) lang() string {
	if b.c.Site.Language != "" {
		return b.c.Site.Language
	}
	return "en"
}

// canonical is the page's absolute URL when the site has a base URL.
func (b *builder) canonical(rel string) string {
	if b.c.Site.BaseURL == "" {
		return ""
	}
	return strings.TrimSuffix(b.c.Site.BaseURL, "/") + "/" + rel
}

func (b *builder) index(products []indexProduct) error {
	src, display, err := b.files.Open("index.html")
	if err != nil {
		return err
	}
	t, err := htmltemplate.New(display).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return &render.TemplateError{Err: err}
	}
	var body strings.Builder
	data := struct {
		Title, Manufacturer string
		Products            []indexProduct
	}{b.c.Site.Title, b.c.Site.Manufacturer.Name, products}
	if err := t.Execute(&body, data); err != nil {
		return &render.TemplateError{Err: err}
	}
	page, err := b.layout.Render(html.Page{
		Lang: b.lang(), Title: "Products", SiteTitle: b.c.Site.Title, Root: "", Canonical: b.canonical("index.html"),
		Description: "Product security documentation of " + b.c.Site.Manufacturer.Name,
		Body:        htmltemplate.HTML(body.String()), //nolint:gosec // html/template output
		Footer:      copyright(b.c.Site.Manufacturer.Name), Generator: "jspgen " + Version,
	})
	if err != nil {
		return err
	}
	return b.write("index.html", page)
}

// copyright is the footer notice; "Inc." already ends the sentence.
func copyright(name string) string {
	if strings.HasSuffix(name, ".") {
		return "© " + name
	}
	return "© " + name + "."
}

// KindSlugs lists the document kinds, for summaries.
func KindSlugs() []string {
	out := make([]string, len(Kinds))
	for i, k := range Kinds {
		out[i] = k.Slug
	}
	return out
}
