package generator

import (
	"cmp"
	"fmt"
	htmltemplate "html/template"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/csd"
	"github.com/jspgen/jspgen/generator/kind/plan"
	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/site"
)

// The product pages: what the index and each product's page show, and the
// product's documents and files as they are written.

// productView is one product as the index and its product page show it.
// Hrefs are relative to the site root; the product page rebases them.
type productView struct {
	ID, Name, Current, Stage, AsOf string
	Description                    htmltemplate.HTML // as the index shows it
	Page                           string            // the product page
	Documents                      []documentView
	Files                          []html.Link // Text: label, Note: format and size
	Versions                       []versionView
	// Incidents says where the product sends reports of a suspected
	// incident (postmarket.incident_reporting), as the CSD and plan do.
	Incidents content.IncidentReporting
	// SupportEnded: support has ended for every version on the build's
	// date (content.Product.SupportEnded, the plan's and CSD's test), so
	// no further advisories are published for the product.
	SupportEnded bool
	description  string // as written (Markdown), for the product page's own rendering
	// FollowsJSP: it publishes a security plan or a CSD, whose templates
	// list jsp2 among the guidance followed (indexData.FollowsJSP); kept
	// in the build record with the rest of the view.
	FollowsJSP bool
}

type documentView struct {
	Title, Kind, ID, Revision, Released, HTML string
	About                                     string // the versions it is about (kind.Document.Covers, else About)
	Formats                                   []html.Link
}

type versionView struct {
	Version, Stage, Summary                                       string
	Models                                                        string
	GeneralAvailability, EndOfLife, EndOfGuaranteed, EndOfSupport string
	// GAByMarket: the general-availability cell gives a date per market,
	// a sentence that must wrap like text; a lone date is kept on one line.
	GAByMarket bool
}

func (b *builder) product(p kind.Product, w *productWork) (productView, error) {
	prepared := w.prepared
	pv := productView{ID: p.ID, Name: p.Name, Stage: "Development", AsOf: b.asOf.String(), Page: p.ID + "/index.html",
		Incidents: p.Postmarket.IncidentReporting}
	desc, err := inlineMarkdown(p.ID+"/", p.Description)
	if err != nil {
		return pv, err
	}
	pv.Description, pv.description = desc, p.Description
	// The milestones as announced by the build's date: a notice issued
	// later that moves one (date_changes) has not moved it yet.
	dated := p.DatesOn(b.asOf)
	pv.SupportEnded = dated.SupportEnded(b.asOf)
	if v := dated.CurrentVersion(b.asOf); v != nil {
		// Per market where the current versions differ, as the lifecycle
		// page words it.
		pv.Current, pv.Stage = dated.CurrentWhere(b.asOf), currentStage(dated, v, b.asOf)
	}
	for _, v := range dated.Versions {
		row := versionRow(dated, v, b.asOf)
		row.Models = strings.Join(v.Models, ", ")
		pv.Versions = append(pv.Versions, row)
	}
	listed := map[string]bool{}
	j := 0 // the product's documents, in the order the pipeline renders them
	for k, kd := range b.kinds {
		for _, doc := range prepared[k].Documents {
			res := b.docs.take(w, j)
			j++
			if res.err != nil {
				return pv, res.err
			}
			if err := b.emit(p.Product, doc, res.r, w.jobs[j-1].key); err != nil {
				return pv, err
			}
			if key := w.jobs[j-1].key; key != "" && res.r.Inputs != nil {
				if w.inputs == nil {
					w.inputs = map[string][]byte{}
				}
				w.inputs[key] = res.r.Inputs
			}
			base := p.ID + "/" + doc.Path
			pv.Documents = append(pv.Documents, documentView{
				Title: doc.Title, Kind: doc.Kind, ID: cmp.Or(doc.Control.ID, "Not assigned"), Revision: cmp.Or(doc.Control.Revision, "Not assigned"), Released: cmp.Or(doc.Control.ReleaseDate.String(), "Not stated"), HTML: base + ".html", About: cmp.Or(doc.Covers, doc.About),
				Formats: []html.Link{{Text: "HTML", Href: base + ".html"}, {Text: "PDF", Href: base + ".pdf"}, {Text: "Markdown", Href: base + ".md"}},
			})
			b.res.Documents[kd.Slug()]++
			if kd.Slug() == plan.Kind.Slug() || kd.Slug() == csd.Kind.Slug() {
				pv.FollowsJSP = true
			}
		}
		for _, f := range prepared[k].Files {
			rel := p.ID + "/" + f.Path
			data := f.Data
			if f.Make != nil { // built by the pipeline (prepareProduct)
				res := b.docs.take(w, j)
				j++
				if res.err != nil {
					return pv, fmt.Errorf("%s: %w", p.ID, res.err)
				}
				data = res.data
			}
			if err := b.write(rel, data); err != nil {
				return pv, err
			}
			if !listed[rel] {
				listed[rel] = true
				pv.Files = append(pv.Files, html.Link{Text: f.Label, Href: rel, Note: fileNote(f.Path, len(data))})
			}
		}
	}
	// The product's SBOM files, published as they are, unless a kind
	// already published them.
	for _, s := range p.Inventory.SBOMs {
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
	published, err := b.assets(p.Product)
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
		label := relatedSBOMLabel(p.Product, a.path, assetLabel(a.path))
		pv.Files = append(pv.Files, html.Link{Text: versionSBOMLabel(dated, p.Inventory, a.path, b.asOf, label), Href: rel, Note: fileNote(a.path, a.size)})
	}
	return pv, b.productPage(pv)
}

// fileBytes are the bytes of a file built when written (kind.File.Make),
// from the build cache under key when it holds them; it runs on the
// pipeline's workers.
func (b *builder) fileBytes(key string, f kind.File) ([]byte, error) {
	if data := b.cache.getFile(key); data != nil {
		b.reusedFiles.Add(1)
		return data, nil
	}
	data, err := f.Bytes()
	if err == nil {
		b.cache.putFile(key, data)
	}
	return data, err
}

func dateOrNone(d content.Date) string {
	if d.NotApplicable() {
		return "does not apply"
	}
	if d.IsZero() {
		return "not announced"
	}
	return d.String()
}

// inlineMarkdown renders a Markdown field as HTML for a page from which
// the product's folder is at base ("" on the product page, "<id>/" on the
// site's index), as the documents insert it (render.MarkdownField).
func inlineMarkdown(base, s string) (htmltemplate.HTML, error) {
	return html.Body(markdown.Parse([]byte(render.MarkdownField(base, s))))
}

// fragment renders one of the site's page templates (index.html,
// product.html) with data, for the layout's body.
func (b *builder) fragment(name string, data any) (htmltemplate.HTML, error) {
	t := b.frags[name]
	if t == nil {
		src, display, err := b.files.Open(name)
		if err != nil {
			return "", &render.TemplateError{Err: err}
		}
		t, err = htmltemplate.New(display).Option("missingkey=error").Funcs(html.TemplateFuncs).Parse(string(src))
		if err != nil {
			return "", &render.TemplateError{Err: err}
		}
		b.frags[name] = t
	}
	var body strings.Builder
	if err := t.Execute(&body, data); err != nil {
		return "", &render.TemplateError{Err: err}
	}
	return htmltemplate.HTML(body.String()), nil //nolint:gosec // html/template output
}

// indexData is what index.html is given.
type indexData struct {
	Title, Manufacturer string
	Products            []productView
	SiteFiles           []html.Link // security.txt, CSAF provider metadata, feed
	// FollowsJSP: some product publishes a document that lists the HSCC
	// Joint Security Plan among the guidance it follows (the security plan
	// or the CSD), so the index may say the site follows it.
	FollowsJSP bool
}

// index makes the site's index page, or takes it from the cache, for the
// build to write as index.html.
func (b *builder) index(products []productView, siteFiles []html.Link) (*rendered, error) {
	data := indexData{b.c.Site.Title, b.c.Site.Manufacturer.Name, products, siteFiles,
		slices.ContainsFunc(products, func(pv productView) bool { return pv.FollowsJSP })}
	meta := html.Page{
		Lang: b.lang(), Title: "Products", SiteTitle: b.c.Site.Title, Root: "", Canonical: b.canonical(""),
		Description: "Product security documentation of " + b.c.Site.Manufacturer.Name,
		Breadcrumbs: []html.Link{{Text: "Products"}},
		Footer:      copyright(b.c.Site.Manufacturer.Name), Generator: "jspgen " + Version,
	}
	// A hundred products' index takes longer to render than most
	// documents, and an edit seldom changes what it shows: it is kept in
	// the cache under its data.
	key := b.cache.pageKey("index.html", struct {
		Data indexData
		Page html.Page
	}{indexKeyData(data, b.files), meta})
	if r := b.cache.get(key); r != nil {
		return r, nil
	}
	body, err := b.fragment("index.html", data)
	if err != nil {
		return nil, err
	}
	meta.Body = body
	page, err := b.layout.Render(meta)
	if err != nil {
		return nil, err
	}
	r := &rendered{HTML: page, Page: site.ScanPage(page)}
	b.cache.put(key, r)
	return r, nil
}

// indexKeyData is what the index's cache key holds of data: with the
// shipped index.html, the products' views without what that template
// never reads (shippedIndexView), so that an edit of a version's dates
// does not render the index again; with an override, all of data.
func indexKeyData(data indexData, files render.Files) indexData {
	if _, name, err := files.Open("index.html"); err != nil || !strings.HasPrefix(name, "jspgen:") {
		return data
	}
	data.Products = slices.Clone(data.Products)
	for i := range data.Products {
		data.Products[i] = shippedIndexView(data.Products[i])
	}
	return data
}

// shippedIndexView is pv without the fields the shipped index.html does
// not read: versions and incident reporting. TestShippedIndexReadsNoMore
// keeps the list true.
func shippedIndexView(pv productView) productView {
	pv.Versions, pv.Incidents = nil, content.IncidentReporting{}
	return pv
}

// productPage writes site/<product-id>/index.html: the product's current
// version and stage, its versions, every document in every format and the
// machine-readable files.
func (b *builder) productPage(pv productView) error {
	local := pv
	prefix := pv.ID + "/"
	rebase := func(l html.Link) html.Link { l.Href = strings.TrimPrefix(l.Href, prefix); return l }
	local.Page = "index.html"
	desc, err := inlineMarkdown("", pv.description)
	if err != nil {
		return err
	}
	local.Description = desc
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
func copyright(name string) string { return "© " + content.EndSentence(name) }
