package generator

import (
	"bytes"
	"cmp"
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
	// prev is the cache key the same document had in the last build of
	// the site, when the product changed since; "" otherwise. Its entry
	// gives the page and PDF again when their inputs are the same
	// (rendered.Inputs, recorded as prevInputs).
	prev       string
	prevInputs []byte // that document's rendered.Inputs
	file       *kind.File
}

// rendered is one document in every format, and what the build keeps of
// it: the link check's view of the page and the PDF's warnings.
type rendered struct {
	MD, HTML, PDF []byte
	Page          *site.Page
	Warnings      []string // the PDF renderer's, in order
	// Inputs hashes what the page and the PDF are made from besides
	// the shared inputs of the build (renderInputs); nil without a cache.
	Inputs []byte

	stored bool // taken from the build cache (cache.get), where it stays
}

// renderDocument renders one document of one product in every format;
// built is what the build publishes for the product, so that the document
// names only documents that exist. It only reads the builder, so documents
// render concurrently; writing the result is emit's job, in build order.
func (b *builder) renderDocument(p *content.Product, in kind.Document, built kind.Built, j docJob) (*rendered, error) {
	doc := in.Control
	asOf := in.SpeaksAsOf(b.asOf)
	// A document names only the documents that existed when it was
	// released, whatever the build publishes now.
	data := kind.DocumentData{Site: b.c.Site, Product: p, Doc: doc, Title: in.Title, AsOf: asOf, Version: Version, About: in.About, Built: built.IssuedBy(p, asOf), Data: in.Data, AssetBase: kind.AssetBase(in.Path), StatesCyberDevice: in.StatesCyberDevice}
	md, err := b.tmpl.Markdown(in.Template, data)
	if err != nil {
		return nil, fmt.Errorf("%s for %s: %w", in.Title, p.ID, err)
	}
	base := p.ID + "/" + in.Path
	root := strings.Repeat("../", strings.Count(base, "/"))
	name := path.Base(in.Path)

	page := html.Page{
		Lang: b.lang(), Title: in.Title + " — " + p.Name, SiteTitle: b.c.Site.Title, Description: in.Subject,
		Root: root, Canonical: b.canonical(base + ".html"),
		Breadcrumbs: []html.Link{{Text: "Products", Href: root + "index.html"}, {Text: p.Name, Href: root + p.ID + "/index.html"}, {Text: in.Title}},
		Formats:     []html.Link{{Text: "PDF", Href: name + ".pdf"}, {Text: "Markdown", Href: name + ".md"}},
		Meta: []html.Link{{Text: "Document", Note: cmp.Or(doc.ID, "Not assigned in the product data")}, {Text: "Revision", Note: cmp.Or(doc.Revision, "Not assigned in the product data")},
			{Text: "Released", Note: cmp.Or(doc.ReleaseDate.String(), "Not stated")}},
		Footer:    docFooter(doc, in.Title, copyright(b.c.Site.Manufacturer.Name)),
		Generator: "jspgen " + Version,
	}
	maker, issuedBy := data.TitleMakers()
	pdfDate := kind.Released(doc, asOf).Time() // a document without a release date speaks as of the build
	if b.opts.SourceDate != nil {
		pdfDate = b.opts.SourceDate.UTC()
	}
	meta := pdf.Meta{
		Title: in.Title, Product: p.Name, DocumentID: doc.ID, Revision: doc.Revision, ReleaseDate: doc.ReleaseDate.String(),
		Manufacturer: maker, IssuedBy: issuedBy, Subject: in.Subject,
		Keywords: []string{p.Name, in.Title, "cybersecurity", "HSCC Joint Security Plan"},
		Language: b.lang(), Creator: "jspgen " + Version, Date: pdfDate, Paper: b.c.Site.Paper,
		ImageDir: strings.TrimPrefix(path.Dir(in.Path), "."), // links are relative to the document's folder
	}
	inputs := b.cache.renderInputs(md, page, meta, p.ID, in.Drawings)
	if inputs != nil && bytes.Equal(j.prevInputs, inputs) {
		// An edit of the product that left this document's Markdown
		// and metadata as they were: the page and the PDF are too.
		if old := b.cache.peek(j.prev); old != nil && bytes.Equal(old.Inputs, inputs) {
			return &rendered{MD: md, HTML: old.HTML, PDF: old.PDF, Page: old.Page, Warnings: old.Warnings, Inputs: inputs}, nil
		}
	}

	parsed := markdown.Parse(md)
	body, err := html.Body(parsed)
	if err != nil {
		return nil, err
	}
	page.TOC, page.Body = html.TOC(parsed), body
	pageHTML, err := b.layout.Render(page)
	if err != nil {
		return nil, err
	}
	meta.Images, meta.Drawings = b.assetsFS(p), in.Drawings
	pdfBytes, warnings, err := pdf.Render(parsed, meta)
	if err != nil {
		return nil, fmt.Errorf("%s: PDF: %w", base, err)
	}
	return &rendered{MD: md, HTML: pageHTML, PDF: pdfBytes, Page: site.ScanPage(pageHTML), Warnings: warnings, Inputs: inputs}, nil
}

// emit writes one rendered document of product p, as the sequential build
// did: Markdown, HTML, then the PDF's warnings and the PDF; and keeps it
// in the build cache under key, by the files written.
func (b *builder) emit(p *content.Product, in kind.Document, r *rendered, key string) error {
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
	if err := b.write(base+".pdf", r.PDF); err != nil {
		return err
	}
	b.cache.putWritten(key, r, base)
	return nil
}

func (b *builder) lang() string {
	if b.c.Site.Language != "" {
		return b.c.Site.Language
	}
	return "en"
}

// canonical is the page's absolute URL when the site has a base URL.
func (b *builder) canonical(rel string) string { return site.URL(b.c.Site.BaseURL, rel) }

// docFooter is a page's footer line: the document's number, title and
// revision as far as they are written (each is optional), then the
// copyright.
func docFooter(doc content.DocumentControl, title, copy string) string {
	s := strings.TrimSpace(doc.ID + " " + title)
	if doc.Revision != "" {
		s += ", revision " + doc.Revision
	}
	return s + ". " + copy
}
