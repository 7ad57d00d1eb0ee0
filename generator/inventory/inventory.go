// Package inventory derives a product's software components once per
// build: the components of its SBOM files merged with the product file's
// [[components]] annotations, and the components each notice names.
package inventory

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

	// SBOMFiles is every SBOM file of the product that lists the
	// component, SBOMFile first (the same component in several files is
	// one entry); nil for a product-file-only entry.
	SBOMFiles []string

	// SupplierInSBOM tells that the SBOM file itself names the supplier;
	// otherwise Supplier, when set, comes from the product file's
	// [[components]] entry.
	SupplierInSBOM bool
}

// SBOMFile is one imported SBOM file, published as is beside the documents.
type SBOMFile struct {
	Path     string // relative to content/<product-id>/ and site/<product-id>/
	Document *sbom.Document
	Data     []byte
}

// Inventory is a product's component list, the SBOM files behind it, and
// the components its notices name.
type Inventory struct {
	List  []Component
	SBOMs []SBOMFile
	// Noticed holds, per notice ID, the component each of the notice's
	// [[notices.components]] names (nil where none matches; the miss is
	// reported by Load).
	Noticed map[string][]*Component
}

// NoticeComponents is what Noticed holds for notice id.
func (inv *Inventory) NoticeComponents(id string) []*Component { return inv.Noticed[id] }

// Load reads the product's SBOM files (and each notice's own SBOM) once
// and merges the product file's [[components]] into them: an entry
// matching an SBOM component (by purl, else by name and version)
// annotates it; an entry matching none is added as a component of its
// own. Every problem comes back as a diagnostic at the product file's
// key that names the file or component.
func Load(contentDir string, p *content.Product) (*Inventory, content.Diagnostics) {
	var diags content.Diagnostics
	inv := &Inventory{Noticed: map[string][]*Component{}}
	for i, rel := range p.SBOM.Files {
		path := fmt.Sprintf("sbom.files[%d]", i)
		doc, data, err := readSBOM(contentDir, p, rel)
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: err.Error()})
			continue
		}
		inv.SBOMs = append(inv.SBOMs, SBOMFile{Path: rel, Document: doc, Data: data})
		inv.List = append(inv.List, FromSBOM(doc, rel, p.Components)...)
	}
	for _, tc := range p.Components {
		matched := slices.ContainsFunc(inv.List, func(c Component) bool { return c.Matches(tc.PURL, tc.Name, tc.Version) })
		if !matched {
			c := Component{Component: sbom.Component{Name: tc.Name, Version: tc.Version, Supplier: tc.Supplier,
				License: tc.License, PURL: tc.PURL, CPE: tc.CPE}}
			annotate(&c, tc)
			inv.List = append(inv.List, c)
		}
	}
	for i, n := range p.Notices {
		resolved, d := inv.resolveNotice(contentDir, p, i, n)
		inv.Noticed[n.ID] = resolved
		diags = append(diags, d...)
	}
	return inv, diags
}

// readSBOM parses and reads one SBOM file of the product's asset folder.
func readSBOM(contentDir string, p *content.Product, rel string) (*sbom.Document, []byte, error) {
	file, err := AssetFile(contentDir, p, rel)
	if err != nil {
		return nil, nil, err
	}
	doc, err := sbom.ParseFile(file)
	if err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	return doc, data, nil
}

// AssetFile resolves rel inside the product's asset folder,
// content/<product-id>/; a path that would leave it is an error.
func AssetFile(contentDir string, p *content.Product, rel string) (string, error) {
	if !filepath.IsLocal(filepath.FromSlash(rel)) || strings.Contains(rel, "\\") {
		return "", fmt.Errorf("want a path inside content/%s/; got %q", p.ID, rel)
	}
	return filepath.Join(contentDir, p.ID, filepath.FromSlash(rel)), nil
}

// FromSBOM lists an SBOM's components, each annotated by the product
// file's matching [[components]] entries (a later entry wins).
func FromSBOM(doc *sbom.Document, file string, tcs []content.Component) []Component {
	out := make([]Component, len(doc.Components))
	for i, c := range doc.Components {
		out[i] = Component{Component: c, SBOMFile: file, SBOMFiles: []string{file}, SupplierInSBOM: c.Supplier != ""}
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
