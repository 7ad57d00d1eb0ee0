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
	"slices"
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
		written: map[string]bool{}, pages: map[string][]byte{}}
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
	var index []productView
	for _, p := range c.Products {
		pv, err := b.product(p)
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

// productView is one product as the index and its product page show it.
// Hrefs are relative to the site root; the product page rebases them.
type productView struct {
	ID, Name, Current, Stage, AsOf string
	Description                    htmltemplate.HTML
	Page                           string // the product page
	Documents                      []documentView
	Files                          []html.Link // Text: label, Note: format and size
	Versions                       []versionView
}

type documentView struct {
	Title, Kind, ID, Revision, Released, HTML string
	Formats                                   []html.Link
}

type versionView struct {
	Version, Stage, Summary                                       string
	Models                                                        string
	GeneralAvailability, EndOfLife, EndOfGuaranteed, EndOfSupport string
}

func (b *builder) product(p *content.Product) (productView, error) {
	pv := productView{ID: p.ID, Name: p.Name, Stage: "Development", AsOf: b.asOf.String(), Page: p.ID + "/index.html"}
	desc, err := inlineMarkdown(p.Description)
	if err != nil {
		return pv, err
	}
	pv.Description = desc
	if v := p.CurrentVersion(b.asOf); v != nil {
		pv.Current, pv.Stage = v.Version, v.Stage(b.asOf)
	}
	for _, v := range p.Versions {
		pv.Versions = append(pv.Versions, versionView{
			Version: v.Version, Stage: v.Stage(b.asOf), Summary: v.Summary, Models: strings.Join(v.Models, ", "),
			GeneralAvailability: dateOrNone(v.GeneralAvailability), EndOfLife: dateOrNone(v.EndOfLife),
			EndOfGuaranteed: dateOrNone(v.EndOfGuaranteedSupport), EndOfSupport: dateOrNone(v.EndOfSupport),
		})
	}
	listed := map[string]bool{}
	for _, k := range Kinds {
		insts, err := k.instances(b.ctx, p)
		if err != nil {
			return pv, fmt.Errorf("%s for %s: %w", k.Title, p.ID, err)
		}
		for _, in := range insts {
			if err := b.document(p, k, in); err != nil {
				return pv, err
			}
			base := p.ID + "/" + in.Path
			pv.Documents = append(pv.Documents, documentView{
				Title: in.Title, Kind: k.Title, ID: in.Control.ID, Revision: in.Control.Revision, Released: in.Control.ReleaseDate.String(), HTML: base + ".html",
				Formats: []html.Link{{Text: "HTML", Href: base + ".html"}, {Text: "PDF", Href: base + ".pdf"}, {Text: "Markdown", Href: base + ".md"}},
			})
			b.res.Documents[k.Slug]++
		}
		if k.Files == nil {
			continue
		}
		files, err := k.Files(b.ctx, p)
		if err != nil {
			return pv, fmt.Errorf("%s for %s: %w", k.Title, p.ID, err)
		}
		for _, f := range files {
			rel := p.ID + "/" + f.Path
			if err := b.write(rel, f.Data); err != nil {
				return pv, err
			}
			if !listed[rel] {
				listed[rel] = true
				pv.Files = append(pv.Files, html.Link{Text: f.Label, Href: rel, Note: fileNote(f.Path, len(f.Data))})
			}
		}
	}
	// The product's SBOM files, published as they are, unless a kind
	// already published them.
	comps, _ := b.ctx.Components(p)
	if comps != nil {
		for _, s := range comps.SBOMs {
			rel := p.ID + "/" + s.Path
			if listed[rel] {
				continue
			}
			listed[rel] = true
			if !b.written[rel] {
				if err := b.write(rel, s.Data); err != nil {
					return pv, err
				}
			}
			label := "SBOM"
			if s.Document != nil {
				label = fmt.Sprintf("SBOM (%s %s)", s.Document.Format, s.Document.SpecVersion)
			}
			pv.Files = append(pv.Files, html.Link{Text: label, Href: rel, Note: fileNote(s.Path, len(s.Data))})
		}
	}
	published, err := b.assets(p)
	if err != nil {
		return pv, err
	}
	// Other files of the asset folder (an SBOM per version, say) are listed
	// too; images are shown by the documents that use them.
	for _, a := range published {
		rel := p.ID + "/" + a.path
		if listed[rel] || isImage(a.path) {
			continue
		}
		listed[rel] = true
		pv.Files = append(pv.Files, html.Link{Text: assetLabel(a.path), Href: rel, Note: fileNote(a.path, a.size)})
	}
	return pv, b.productPage(pv)
}

// assets publishes the product's asset folder, content/<product-id>/ (the
// images documents show, the SBOMs), at the same path under the site.
// Generated files win over an asset of the same name, with a warning.
func (b *builder) assets(p *content.Product) ([]asset, error) {
	dir := filepath.Join(b.c.Dir, p.ID)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, nil
	}
	var rels []string
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && file != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			rel, err := filepath.Rel(dir, file)
			if err != nil {
				return err
			}
			rels = append(rels, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("publishing the assets of %s: %w", p.ID, err)
	}
	slices.Sort(rels)
	var published []asset
	for _, rel := range rels {
		out := p.ID + "/" + rel
		if b.written[out] {
			if !b.isSBOM(p, rel) {
				b.res.Warnings = append(b.res.Warnings, content.Diagnostic{Severity: content.Warning,
					File: filepath.Join(dir, filepath.FromSlash(rel)), Message: "not published: the build writes a file of the same name at " + out})
			}
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return nil, err
		}
		if err := b.write(out, data); err != nil {
			return nil, err
		}
		published = append(published, asset{rel, len(data)})
	}
	return published, nil
}

// asset is a file published from a product's asset folder.
type asset struct {
	path string // relative to the product folder
	size int
}

func isImage(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp":
		return true
	}
	return false
}

// assetLabel names a published asset for the file list.
func assetLabel(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range []string{".cdx.json", ".cdx.xml", ".spdx.json", ".spdx"} {
		if strings.HasSuffix(lower, ext) {
			return "SBOM " + path.Base(name)
		}
	}
	return path.Base(name)
}

func (b *builder) isSBOM(p *content.Product, rel string) bool {
	return slices.Contains(p.SBOM.Files, rel)
}

// fileNote is the format and size of a published file, for download links.
func fileNote(name string, size int) string {
	format := strings.ToUpper(strings.TrimPrefix(path.Ext(name), "."))
	switch {
	case size < 1024:
		return fmt.Sprintf("%s, %d bytes", format, size)
	case size < 1024*1024:
		return fmt.Sprintf("%s, %d KB", format, (size+512)/1024)
	}
	return fmt.Sprintf("%s, %.1f MB", format, float64(size)/(1024*1024))
}

func dateOrNone(d content.Date) string {
	if d.IsZero() {
		return "not announced"
	}
	return d.String()
}

// inlineMarkdown renders a TOML prose value (Markdown) as HTML.
func inlineMarkdown(s string) (htmltemplate.HTML, error) {
	return html.Body(markdown.Parse([]byte(s)))
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
		Breadcrumbs: []html.Link{{Text: "Products", Href: root + "index.html"}, {Text: p.Name, Href: root + p.ID + "/index.html"}, {Text: in.Title}},
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
func (b *builder) canonical(rel string) string { return site.URL(b.c.Site.BaseURL, rel) }

// fragment renders one of the site's page templates (index.html,
// product.html) with data, for the layout's body.
func (b *builder) fragment(name string, data any) (htmltemplate.HTML, error) {
	src, display, err := b.files.Open(name)
	if err != nil {
		return "", &render.TemplateError{Err: err}
	}
	t, err := htmltemplate.New(display).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return "", &render.TemplateError{Err: err}
	}
	var body strings.Builder
	if err := t.Execute(&body, data); err != nil {
		return "", &render.TemplateError{Err: err}
	}
	return htmltemplate.HTML(body.String()), nil //nolint:gosec // html/template output
}

func (b *builder) index(products []productView) error {
	body, err := b.fragment("index.html", struct {
		Title, Manufacturer string
		Products            []productView
	}{b.c.Site.Title, b.c.Site.Manufacturer.Name, products})
	if err != nil {
		return err
	}
	page, err := b.layout.Render(html.Page{
		Lang: b.lang(), Title: "Products", SiteTitle: b.c.Site.Title, Root: "", Canonical: b.canonical(""),
		Description: "Product security documentation of " + b.c.Site.Manufacturer.Name,
		Breadcrumbs: []html.Link{{Text: "Products"}},
		Body:        body,
		Footer:      copyright(b.c.Site.Manufacturer.Name), Generator: "jspgen " + Version,
	})
	if err != nil {
		return err
	}
	return b.write("index.html", page)
}

// productPage writes site/<product-id>/index.html: the product's current
// version and stage, its versions, every document in every format and the
// machine-readable files.
func (b *builder) productPage(pv productView) error {
	local := pv
	prefix := pv.ID + "/"
	rebase := func(l html.Link) html.Link { l.Href = strings.TrimPrefix(l.Href, prefix); return l }
	local.Page = "index.html"
	local.Documents = nil
	for _, d := range pv.Documents {
		d.HTML = strings.TrimPrefix(d.HTML, prefix)
		fs := make([]html.Link, len(d.Formats))
		for i, f := range d.Formats {
			fs[i] = rebase(f)
		}
		d.Formats = fs
		local.Documents = append(local.Documents, d)
	}
	local.Files = nil
	for _, f := range pv.Files {
		local.Files = append(local.Files, rebase(f))
	}
	body, err := b.fragment("product.html", struct {
		Site    *content.Site
		Product productView
	}{b.c.Site, local})
	if err != nil {
		return err
	}
	page, err := b.layout.Render(html.Page{
		Lang: b.lang(), Title: pv.Name, SiteTitle: b.c.Site.Title, Root: "../", Canonical: b.canonical(prefix),
		Description: "Security documentation of " + pv.Name + ", " + b.c.Site.Manufacturer.Name,
		Breadcrumbs: []html.Link{{Text: "Products", Href: "../index.html"}, {Text: pv.Name}},
		Body:        body,
		Footer:      copyright(b.c.Site.Manufacturer.Name), Generator: "jspgen " + Version,
	})
	if err != nil {
		return err
	}
	return b.write(prefix+"index.html", page)
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
