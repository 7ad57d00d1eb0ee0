// Package mds2form is the MDS2 disclosure form: every question of the
// catalog (templates/mds2/catalog.toml) answered from the product data
// where it decides the answer (the derivation rules, rules*.go), and from
// [mds2.answers] elsewhere (resolve.go). A product without any [mds2]
// input has no MDS2 form, unless documents.build names it. The catalog and the form's types and formats
// are package mds2.
package mds2form

import (
	"fmt"
	"maps"
	pathpkg "path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/mds2/workbook"
)

// Kind is the MDS2 form kind.
var Kind kind.Kind = formKind{}

type formKind struct{}

func (formKind) Slug() string { return "mds2" }

// Title is the form's title.
const Title = "MDS2 Disclosure Form"

// Template is the form's template under templates/.
const Template = "mds2.md.tmpl"

// Prepare loads the catalog once and resolves each product's form.
func (formKind) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	out := make([]kind.Prepared, len(products))
	var diags content.Diagnostics
	var cat *mds2.Catalog
	for i, p := range products {
		if !p.Builds("mds2") {
			continue
		}
		if cat == nil {
			c, err := env.Shared("mds2form.catalog", func() (any, error) { return LoadCatalog(env) })
			if err != nil {
				return out, content.Diagnostics{catalogDiagnostic(err)}
			}
			cat = c.(*mds2.Catalog)
		}
		// The form is about the version current on its release date.
		on := kind.Released(p.Documents.MDS2, env.AsOf)
		asOn := p.On(on)
		cur := factsFor(env, asOn)
		diags = append(diags, coversUnreleased(env, cur, on)...)
		csdVersions := kind.CSDVersions(env, p)
		cres := resolveForm(env, cat, cur, p, csdVersions)
		form := cres.form
		// The covered versions' data decide some printed answer
		// differently: the form says whose facts it follows.
		if ids, vs := followedAnswers(env, asOn, cur, form); len(ids) > 0 {
			form.Follows = cur.VersionOf
			diags = append(diags, followsWarning(env, p, asOn, cur, form, ids, vs))
		}
		// Each other supported version: a form of its own, answered from
		// its own facts. An answer one form prints is no repeat to remove
		// in another, whose data decides it (diagsBeside).
		type versionForm struct {
			version string
			p       kind.Product
			res     resolution
		}
		var others []versionForm
		used := maps.Clone(cres.used)
		for _, v := range kind.OtherVersions(env, p, cur.VersionOf, on) {
			vp := withVersionControl(p.At(v.Version), v.Version)
			o := versionForm{v.Version, vp, resolveFormBeside(env, cat, vp, p, csdVersions, cres.forCovered)}
			maps.Copy(used, o.res.used)
			others = append(others, o)
		}
		cd := cres.diagsBeside(used)
		diags = append(diags, cd...)
		prepared := publish(env, cur, form, "")
		// A problem a version's form shares with the current version's is
		// reported once; one of its own names the version.
		seen := map[string]bool{}
		for _, x := range cd {
			seen[x.String()] = true
		}
		for key := range cres.forCovered {
			seen[key] = true
		}
		diags = append(diags, kind.DueRevision(env, p, "mds2", "MDS2 form", p.Documents.MDS2, true, false, false)...)
		// One the forms of several other versions share names them all.
		var own []content.Diagnostic
		versionsOf := map[string][]string{}
		for _, o := range others {
			for _, x := range o.res.diagsBeside(used) {
				key := x.String()
				if seen[key] {
					continue
				}
				if versionsOf[key] == nil {
					own = append(own, x)
				}
				if !slices.Contains(versionsOf[key], o.version) {
					versionsOf[key] = append(versionsOf[key], o.version)
				}
			}
			vprep := publish(env, o.p, o.res.form, o.version)
			prepared.Documents = append(prepared.Documents, vprep.Documents...)
			prepared.Files = append(prepared.Files, vprep.Files...)
		}
		for _, x := range own {
			vs := versionsOf[x.String()]
			forms := "MDS2 form of version " + vs[0]
			if len(vs) > 1 {
				forms = "MDS2 forms of versions " + content.AndList(vs)
			}
			x.Message = forms + ": " + x.Message
			if strings.Contains(x.Message, "contradicts the product data") {
				// Only these versions' facts differ: a note would keep
				// the current answer, false for them.
				x.Message += fmt.Sprintf("; if the answer is the current version's alone, give %s its own under versions[].changes.mds2_answers_changed", theVersions(vs))
			}
			diags = append(diags, x)
		}
		out[i] = prepared
	}
	return out, diags
}

// coversUnreleased warns about a version the form covers (mds2.versions)
// that was not generally available on the form's release date: a form
// released then cannot describe it.
func coversUnreleased(env *kind.Env, p kind.Product, on content.Date) content.Diagnostics {
	// A premarket form (no version released by then) is about a version
	// in development by design: nothing to warn of.
	if !slices.ContainsFunc(p.Versions, func(v content.Version) bool {
		return v.ReleasedOn(on)
	}) {
		return nil
	}
	var diags content.Diagnostics
	for _, i := range coveredVersions(env, p) {
		v := p.Versions[i]
		if !v.ReleasedOn(on) {
			diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line("mds2.versions"), Path: "mds2.versions",
				Message: fmt.Sprintf("the MDS2 form (%s) covers version %s, not generally available then: release a new revision of the form for it, or drop it from mds2.versions", kind.ReleasedWords(p.Documents.MDS2, on), v.Version)})
		}
	}
	return diags
}

// factsFor is the product as the newest version the form covers is: the
// form answers from that version's interfaces, ports, stores and flows.
// Where the covered versions' data decide a printed answer differently,
// Prepare warns and the form says whose facts it follows
// (followedAnswers).
func factsFor(env *kind.Env, p kind.Product) kind.Product {
	covered := coveredVersions(env, p)
	if len(covered) == 0 {
		return p
	}
	return p.At(p.Versions[covered[len(covered)-1]].Version)
}

// withVersionControl is version's facts with the form's document control
// numbered for that version (kind.VersionControl), so that the form's
// header, its DOC-4 and DOC-7 answers and its JSON all give the number
// the version's form is published under, never the current form's. The
// facts are copied: p.At's are shared.
//
// A DOC-4 or DOC-7 the product writes names the current form; the
// version's form gives its own number and date instead. The form covers
// its version alone: mds2.versions names what the form at mds2.* covers,
// and when that is an older version the current version's own form
// would otherwise cover it too (coveredVersions).
func withVersionControl(p kind.Product, version string) kind.Product {
	q := *p.Product
	q.Documents.MDS2 = kind.VersionControl(q.Documents.MDS2, version)
	q.MDS2.Versions = []string{version}
	_, doc4 := q.MDS2.Answers["DOC-4"]
	_, doc7 := q.MDS2.Answers["DOC-7"]
	if doc4 || doc7 { // p.At's map is shared: a copy without them
		q.MDS2.Answers = maps.Clone(q.MDS2.Answers)
		delete(q.MDS2.Answers, "DOC-4")
		delete(q.MDS2.Answers, "DOC-7")
	}
	p.Product = &q
	return p
}

// publish lists the form's document and its JSON, CSV and xlsx files:
// the current version's at mds2.*, another version's (version not "") in
// its folder, <version>/mds2.*, numbered and labelled with the version.
func publish(env *kind.Env, p kind.Product, f *mds2.Form, version string) kind.Prepared {
	meta := workbook.Meta{Generator: "jspgen " + env.Version, Paper: env.Content.Site.Paper}
	if env.SourceDate != nil {
		meta.Date = env.SourceDate.UTC()
	}
	doc := kind.Document{Path: "mds2", Title: Title, Kind: Title, Template: Template,
		Subject: "Manufacturer Disclosure Statement for Medical Device Security in the layout of the MDS2 form (ANSI/NEMA HN 1-2019), answered from the product data",
		Control: p.Documents.MDS2, Data: f, Product: p.Product}
	if f != nil {
		doc.About = strings.Join(f.Versions, ", ")
	}
	path, label := func(name string) string { return name }, ""
	if version != "" {
		path = func(name string) string { return kind.VersionPath(version, name) }
		label = "Version " + version + ": "
		doc.Path, doc.Title = path("mds2"), Title+", version "+version
		doc.Subject += " (version " + version + ")"
	}
	// The files are built when written (kind.File.Make): the form is
	// kept for the document anyway, its encodings need not be.
	files := []kind.File{
		{Path: path("mds2.json"), Label: label + "MDS2 form (JSON)", Make: f.JSON},
		{Path: path("mds2.csv"), Label: label + "MDS2 form (CSV)", Make: f.CSV},
		{Path: path("mds2.xlsx"), Label: label + "MDS2 form (Excel workbook, HN 1-2019 layout)", Make: func() ([]byte, error) { return workbook.Write(f, meta) }},
	}
	// The document's introduction names the files published beside it:
	// these, whatever this list becomes.
	if f != nil {
		f.Files = nil
		for _, file := range files {
			f.Files = append(f.Files, pathpkg.Base(file.Path))
		}
	}
	inputs := formInputs(f, meta)
	for i := range files {
		files[i].Inputs = inputs
	}
	return kind.Prepared{Documents: []kind.Document{doc}, Files: files}
}

// CatalogFile is the catalog's path under templates/; a product
// repository replaces it by placing its own file there.
const CatalogFile = "mds2/catalog.toml"

// LoadCatalog loads the question catalog through the build's template
// files, so that a product repository's templates/mds2/catalog.toml wins.
func LoadCatalog(env *kind.Env) (*mds2.Catalog, error) {
	src, name, err := env.Templates.Open(CatalogFile)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", CatalogFile, err)
	}
	return mds2.LoadCatalog(name, src)
}

var catalogErrRE = regexp.MustCompile(`^(.+?):(\d+)(?::\d+)?: (.*)$`)

// catalogDiagnostic turns a catalog load error into one diagnostic (its
// first line placed, the rest in the message).
func catalogDiagnostic(err error) content.Diagnostic {
	first, rest, _ := strings.Cut(err.Error(), "\n")
	d := content.Diagnostic{File: "templates/" + CatalogFile, Message: "MDS2 question catalog: " + first}
	if m := catalogErrRE.FindStringSubmatch(first); m != nil {
		d.File = m[1]
		d.Line, _ = strconv.Atoi(m[2])
		d.Message = "MDS2 question catalog: " + m[3]
	}
	if rest != "" {
		d.Message += "\n" + rest
	}
	return d
}

// theVersions names versions vs as a warning's advice does: "version
// 2.0", "versions 2.0 and 2.1 each".
func theVersions(vs []string) string {
	if len(vs) == 1 {
		return "version " + vs[0]
	}
	return "versions " + content.AndList(vs) + " each"
}
