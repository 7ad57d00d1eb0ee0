package content

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/internal/parallel"
)

// KnownProduct is what the checks across products need of a product
// file: a build that loaded and checked the file before, and whose inputs
// for it are unchanged, passes this instead of reading it again
// (LoadKnown). It is plain data, kept in the build cache.
type KnownProduct struct {
	File   string // as loaded, slash-separated
	ID     string
	IDLine int // the line of its id key
	// Build and MDS2Input decide Builds: which keys of the site file
	// tagged required=<documents> are required.
	Build     []string
	MDS2Input bool
	// DOC9 is the hand MDS2 DOC-9 answer of a product that builds the
	// form (MDS2Answered), at DOC9Line: the site's ISAO membership is
	// one fact for every product (isaoAcross).
	DOC9     string
	DOC9Line int
	// Markets are its markets (not written: nil), for the site's paper
	// (rulePaperOutsideUS).
	Markets []string
}

// Known is what the checks across products need of p.
func (p *Product) Known() KnownProduct {
	k := KnownProduct{File: p.Source.File, ID: p.ID, IDLine: p.Source.Line("id"), Build: slices.Clone(p.Documents.Build), MDS2Input: p.MDS2.HasInput(), Markets: slices.Clone(p.Markets)}
	if p.Builds("mds2") {
		k.DOC9, k.DOC9Line = p.MDS2Answered("DOC-9"), p.Source.Line("mds2.answers.DOC-9")
	}
	return k
}

// Builds is Product.Builds for a known product.
func (k KnownProduct) Builds(doc string) bool {
	if len(k.Build) == 0 {
		return doc != "mds2" || k.MDS2Input
	}
	return slices.Contains(k.Build, doc)
}

// Loaded is the outcome of LoadKnown.
type Loaded struct {
	*Content // the products read this time; the known ones are not among them
	// Known are the product files not read, as known, sorted by ID as
	// Content.Products is.
	Known []KnownProduct
	// PerFile are the problems of each product file read, by its slash
	// path: decoding it and checking it on its own.
	PerFile map[string]Diagnostics
}

// LoadKnown is Load, except that a product file for which known returns
// true is not read: the checks across products (unique IDs, which
// documents some product builds) use its KnownProduct, and its own
// problems are the caller's to report again. The diagnostics returned
// are those of the files read and of the site file.
func LoadKnown(siteFile, contentDir string, known func(file string) (KnownProduct, bool)) (*Loaded, Diagnostics) {
	var diags Diagnostics
	l := &Loaded{Content: &Content{Site: &Site{}, Dir: contentDir}, PerFile: map[string]Diagnostics{}}
	c := l.Content
	files := productFiles(contentDir)
	diags = append(diags, nearMisses(contentDir)...)
	if len(files) == 0 {
		diags = append(diags, Diagnostic{File: filepath.ToSlash(contentDir), Message: "no product files (*.toml) found"})
	}
	var all []KnownProduct // every product in file order, as the duplicate check sees it
	byFile := map[string]*Product{}
	decoded := decodeProducts(files, known)
	for i, file := range files {
		name := filepath.ToSlash(file)
		r := decoded[i]
		if r.known {
			l.Known = append(l.Known, r.k)
			all = append(all, r.k)
			continue
		}
		if r.p != nil {
			c.Products = append(c.Products, r.p)
			byFile[r.p.Source.File] = r.p
			all = append(all, r.p.Known())
		}
		l.PerFile[name] = r.diags
		diags = append(diags, r.diags...)
	}
	ids := make([]string, len(all))
	for i, k := range all {
		ids[i] = k.ID
	}
	diags = append(diags, nestedProductFiles(contentDir, ids, files)...)
	builds := func(doc string) bool {
		return c.anyBuilds(doc) || slices.ContainsFunc(l.Known, func(k KnownProduct) bool { return k.Builds(doc) })
	}
	if src, ok := decodeFile(siteFile, c.Site, builds, &diags); ok {
		c.SiteFile = src
		diags = append(diags, c.Site.applyGuidanceDefaults(src)...)
	} else {
		c.siteUnread = true
	}
	byID := func(a, b KnownProduct) int { return strings.Compare(a.ID, b.ID) }
	slices.SortStableFunc(c.Products, func(a, b *Product) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(l.Known, byID)
	slices.SortStableFunc(all, byID)
	for _, p := range c.Products {
		p.SiteSupportRules, p.SiteSource = c.Site.SupportRules, c.SiteFile
	}
	diags = append(diags, c.validateSite()...)
	diags = append(diags, isaoAcross(c.Site, c.SiteFile, all)...)
	if !c.siteUnread {
		diags = append(diags, rulePaperOutsideUS(c.Site, c.SiteFile, all)...)
		diags = append(diags, ruleExampleISAO(c.Site, c.SiteFile, all)...)
	}
	first := map[string]KnownProduct{}
	var check []*Product // the products read whose IDs are not taken, to validate
	for _, k := range all {
		if q, ok := first[strings.ToLower(k.ID)]; ok && k.ID != "" {
			diags = append(diags, duplicateID(k, q))
			continue
		}
		first[strings.ToLower(k.ID)] = k
		if p := byFile[k.File]; p != nil {
			check = append(check, p)
		}
	}
	// Each product is validated on its own (with the site file), so on
	// as many goroutines as there are processors: otherwise one processor
	// idles through a tenth of a portfolio's loading.
	found := make([]Diagnostics, len(check))
	parallel.ForEach(len(check), func(i int) { found[i] = c.validateProduct(check[i]) })
	for i, p := range check {
		l.PerFile[p.Source.File] = append(l.PerFile[p.Source.File], found[i]...)
		diags = append(diags, found[i]...)
	}
	diags.Sort()
	return l, diags
}

// decodedFile is one product file as decodeProducts read it: known, or
// decoded (p is nil when the file could not be).
type decodedFile struct {
	known bool
	k     KnownProduct
	p     *Product
	diags Diagnostics
}

// decodeProducts decodes the product files that known does not know, on
// as many goroutines as there are processors (decoding is most of loading
// a portfolio); known is asked in file order, on this goroutine.
func decodeProducts(files []string, known func(file string) (KnownProduct, bool)) []decodedFile {
	out := make([]decodedFile, len(files))
	var todo []int
	for i, file := range files {
		if k, ok := known(filepath.ToSlash(file)); ok {
			out[i] = decodedFile{known: true, k: k}
			continue
		}
		todo = append(todo, i)
	}
	parallel.ForEach(len(todo), func(n int) {
		i := todo[n]
		p := &Product{}
		if src, ok := decodeFile(files[i], p, nil, &out[i].diags); ok {
			p.Source = src
			addImplicitModel(p)
			out[i].p = p
		}
	})
	return out
}
