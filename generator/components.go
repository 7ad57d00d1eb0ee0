package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// Component is one software component as every document shows it: what
// the product's SBOM files say, annotated by the matching [[components]]
// entry of the product file (support level, end of support, notes).
type Component struct {
	sbom.Component
	Support      string       // maintained, no_longer_maintained, abandoned; "" when not assessed
	EndOfSupport content.Date // the supplier's end of support for this version
	Notes        string
	SBOMFile     string // the SBOM file it came from; "" for a product-file-only entry
	Annotated    bool   // a [[components]] entry matched it (or it is one)
}

// Components is a product's component list and the SBOM files behind it.
type Components struct {
	List  []Component
	SBOMs []SBOMFile
}

// SBOMFile is one imported SBOM file, published as is beside the documents.
type SBOMFile struct {
	Path     string // relative to content/<product-id>/ and site/<product-id>/
	Document *sbom.Document
	Data     []byte
}

// Components reads the product's SBOM files once per build and merges the
// product file's [[components]] into them: an entry matching an SBOM
// component (by purl, else by name and version) annotates it; an entry
// matching none is added as a component of its own.
func (ctx *Context) Components(p *content.Product) (*Components, content.Diagnostics) {
	r := ctx.once("components:"+p.ID, func() any {
		list, diags := loadComponents(ctx.Content.Dir, p)
		return componentsResult{list, diags}
	}).(componentsResult)
	return r.list, r.diags
}

type componentsResult struct {
	list  *Components
	diags content.Diagnostics
}

func loadComponents(contentDir string, p *content.Product) (*Components, content.Diagnostics) {
	var diags content.Diagnostics
	out := &Components{}
	for i, rel := range p.SBOM.Files {
		path := fmt.Sprintf("sbom.files[%d]", i)
		file, err := assetFile(contentDir, p, rel)
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: err.Error()})
			continue
		}
		doc, err := sbom.ParseFile(file)
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: err.Error()})
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: err.Error()})
			continue
		}
		out.SBOMs = append(out.SBOMs, SBOMFile{Path: rel, Document: doc, Data: data})
		out.List = append(out.List, fromSBOM(doc, rel, p.Components)...)
	}
	for _, tc := range p.Components {
		matched := slices.ContainsFunc(out.List, func(c Component) bool { return c.Matches(tc.PURL, tc.Name, tc.Version) })
		if !matched {
			c := Component{Component: sbom.Component{Name: tc.Name, Version: tc.Version, Supplier: tc.Supplier,
				License: tc.License, PURL: tc.PURL, CPE: tc.CPE}}
			annotate(&c, tc)
			out.List = append(out.List, c)
		}
	}
	return out, diags
}

// assetFile resolves rel inside the product's asset folder,
// content/<product-id>/; a path that would leave it is an error.
func assetFile(contentDir string, p *content.Product, rel string) (string, error) {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, "\\") {
		return "", fmt.Errorf("want a path inside content/%s/; got %q", p.ID, rel)
	}
	return filepath.Join(contentDir, p.ID, filepath.FromSlash(rel)), nil
}

// fromSBOM lists an SBOM's components, each annotated by the product
// file's matching [[components]] entries (a later entry wins).
func fromSBOM(doc *sbom.Document, file string, tcs []content.Component) []Component {
	out := make([]Component, len(doc.Components))
	for i, c := range doc.Components {
		out[i] = Component{Component: c, SBOMFile: file}
		for _, tc := range tcs {
			if c.Matches(tc.PURL, tc.Name, tc.Version) {
				annotate(&out[i], tc)
			}
		}
	}
	return out
}

// annotate adds the product file's assessment to an SBOM component; the
// product file's supplier, licence and identifiers fill only what the SBOM
// left empty.
func annotate(c *Component, tc content.Component) {
	c.Support, c.EndOfSupport, c.Notes, c.Annotated = tc.Support, tc.EndOfSupport, tc.Notes, true
	for _, f := range []struct {
		dst *string
		src string
	}{{&c.Supplier, tc.Supplier}, {&c.License, tc.License}, {&c.PURL, tc.PURL}, {&c.CPE, tc.CPE}} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
}
