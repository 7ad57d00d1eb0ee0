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
	return &files{contentDir: contentDir, p: p, read: map[string]readFile{}}
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
