package generator

import (
	"fmt"
	"path"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/pdf"
	"github.com/jspgen/jspgen/generator/site"
)

// docJob is one document of one product to render or, when file is set,
// one of its machine-readable files to build (kind.File.Make: an MDS2
// workbook takes as long as a small PDF, and the writer would otherwise
// build it alone while the workers wait).
type docJob struct {
	p     *content.Product
	doc   kind.Document
	built kind.Built // what the build publishes for the product (kind.BuiltOf)
	key   string     // its build-cache key; "" when the build has no cache
	file  *kind.File
}

// rendered is one document in every format, and what the build keeps of
// it: the link check's view of the page and the PDF's warnings.
type rendered struct {
	MD, HTML, PDF []byte
	Page          *site.Page
	Warnings      []string // the PDF renderer's, in order
}

// renderDocument renders one document of one product in every format;
// built is what the build publishes for the product, so that the document
// names only documents that exist. It only reads the builder, so documents
// render concurrently; writing the result is emit's job, in build order.
func (b *builder) renderDocument(p *content.Product, in kind.Document, built kind.Built) (*rendered, error) {
	doc := in.Control
	data := kind.DocumentData{Site: b.c.Site, Product: p, Doc: doc, Title: in.Title, AsOf: kind.Released(doc, b.asOf), Version: Version, Built: built, Data: in.Data, AssetBase: kind.AssetBase(in.Path)}
	md, err := b.tmpl.Markdown(in.Template, data)
	if err != nil {
		return nil, fmt.Errorf("%s for %s: %w", in.Title, p.ID, err)
	}
	parsed := markdown.Parse(md)
	base := p.ID + "/" + in.Path
	root := strings.Repeat("../", strings.Count(base, "/"))
	name := path.Base(in.Path)

	body, err := html.Body(parsed)
	if err != nil {
		return nil, err
	}
	page := html.Page{
		Lang: b.lang(), Title: in.Title + " — " + p.Name, SiteTitle: b.c.Site.Title, Description: in.Subject,
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
		return nil, err
	}

	pdfDate := doc.ReleaseDate.Time()
	if b.opts.SourceDate != nil {
		pdfDate = b.opts.SourceDate.UTC()
	}
	pdfBytes, warnings, err := pdf.Render(parsed, pdf.Meta{
		Title: in.Title, Product: p.Name, DocumentID: doc.ID, Revision: doc.Revision, ReleaseDate: doc.ReleaseDate.String(),
		Manufacturer: b.c.Site.Manufacturer.Name, Subject: in.Subject,
		Keywords: []string{p.Name, in.Title, "cybersecurity", "HSCC Joint Security Plan"},
		Language: b.lang(), Creator: "jspgen " + Version, Date: pdfDate, Paper: b.c.Site.Paper,
		Images: b.assetsFS(p), ImageDir: strings.TrimPrefix(path.Dir(in.Path), "."), // links are relative to the document's folder
		Drawings: in.Drawings,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: PDF: %w", base, err)
	}
	return &rendered{MD: md, HTML: pageHTML, PDF: pdfBytes, Page: site.ScanPage(pageHTML), Warnings: warnings}, nil
}

// emit writes one rendered document of product p, as the sequential build
// did: Markdown, HTML, then the PDF's warnings and the PDF.
func (b *builder) emit(p *content.Product, in kind.Document, r *rendered) error {
	base := p.ID + "/" + in.Path
	if err := b.write(base+".md", r.MD); err != nil {
		return err
	}
	if err := b.writePage(base+".html", r.HTML, r.Page); err != nil {
		return err
	}
	for _, w := range r.Warnings {
		b.res.Warnings = append(b.res.Warnings, content.Diagnostic{Severity: content.Warning, File: base + ".pdf", Message: w})
	}
	return b.write(base+".pdf", r.PDF)
}

func (b *builder) lang() string {
	if b.c.Site.Language != "" {
		return b.c.Site.Language
	}
	return "en"
}

// canonical is the page's absolute URL when the site has a base URL.
func (b *builder) canonical(rel string) string { return site.URL(b.c.Site.BaseURL, rel) }
