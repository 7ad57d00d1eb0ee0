package inventory

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// files reads each SBOM file of one product once per load: every
// version's inventory, the notices' and the related systems' SBOMs and
// the vulnerabilities' version lists read the same files, and an SBOM
// file is parsed in full (a large one takes longer than the rest of a
// product). Not safe for concurrent use: a product is loaded by one
// goroutine.
type files struct {
	contentDir string
	p          *content.Product
	read       map[string]readFile
	// said are the files whose problem (unreadable, listing no
	// component) a diagnostic of this load already reports: a file named
	// by several keys (a version's list and a notice's sbom) is reported
	// once, at the first key read.
	said map[string]bool
	// reads counts the files read and parsed, for the test that holds
	// the load to one read per file.
	reads int
}

// readFile is what reading one file gave.
type readFile struct {
	doc  *sbom.Document
	data []byte
	err  error
}

func newFiles(contentDir string, p *content.Product) *files {
	return &files{contentDir: contentDir, p: p, read: map[string]readFile{}, said: map[string]bool{}}
}

// named reads SBOM file rel, named at key path at of p, and returns the
// problem with it, in the same words for every key that names an SBOM
// file (a version's list, a notice's sbom, a related system's version's
// sbom): the file cannot be read (a missing one with what its folder
// holds), or it lists no component (emptyDiagnostic; empty: not even the
// software it describes). doc is nil when the file cannot be read. A
// problem this load already reported, at another key naming the same
// file, is not reported again.
func (f *files) named(p *content.Product, at, rel string) (doc *sbom.Document, data []byte, diags content.Diagnostics, empty bool) {
	doc, data, err := f.get(rel)
	var d content.Diagnostic
	if err != nil {
		d = content.Diagnostic{File: p.Source.File, Line: p.Source.Line(at), Path: at, Message: readErrorMessage(f.contentDir, p, rel, err)}
	} else {
		var ok bool
		if d, ok = emptyDiagnostic(p, at, rel, doc); !ok {
			return doc, data, nil, false
		}
		empty = d.Severity == content.Error
	}
	if f.said[rel] {
		return doc, data, nil, empty
	}
	f.said[rel] = true
	return doc, data, content.Diagnostics{d}, empty
}

// get reads and parses rel (relative to content/<product-id>/) the first
// time it is asked for, and returns the same result every later time.
func (f *files) get(rel string) (*sbom.Document, []byte, error) {
	r, ok := f.read[rel]
	if !ok {
		f.reads++
		r.doc, r.data, r.err = readSBOM(f.contentDir, f.p, rel)
		f.read[rel] = r
	}
	return r.doc, r.data, r.err
}

// subjectVersion is the version the subject of SBOM file rel names
// (CycloneDX metadata.component.version, the SPDX described package's
// version); "" when the file names none or cannot be read.
func (f *files) subjectVersion(rel string) string {
	doc, _, err := f.get(rel)
	if err != nil || doc == nil || doc.Subject == nil {
		return ""
	}
	return strings.TrimSpace(doc.Subject.Version)
}
