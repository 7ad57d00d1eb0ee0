package inventory

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/generator/sbom"
)

// readErrorMessage is the diagnostic for an SBOM file that could not be
// read. A missing file is said in words, not as the operating system's
// "open …: file does not exist", with the files that are in its folder,
// since the usual cause is a file renamed for a new release (sbom.cdx.json
// → sbom-2.3.0.cdx.json) or a typo in its name.
func readErrorMessage(contentDir string, p *content.Product, rel string, err error) string {
	var pe *fs.PathError
	if !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pe) {
		return err.Error()
	}
	dir := path.Dir(rel)
	shown := "content/" + p.ID + "/" + rel
	entries, _ := os.ReadDir(filepath.Join(contentDir, p.ID, filepath.FromSlash(dir)))
	var there []string
	for _, e := range entries {
		if e.Type().IsRegular() && !content.IsJunk(e.Name()) {
			there = append(there, e.Name())
		}
	}
	slices.Sort(there)
	folder := "content/" + p.ID + "/"
	if dir != "." {
		folder += dir + "/"
	}
	switch {
	case len(there) == 0:
		return fmt.Sprintf("%s: %s; %s holds no file", shown, input.Reason(err), folder)
	case len(there) > 8:
		there = append(there[:8], fmt.Sprintf("and %d more", len(there)-8))
	}
	return fmt.Sprintf("%s: %s; %s holds %s", shown, input.Reason(err), folder, strings.Join(there, ", "))
}

// emptyDiagnostic is the diagnostic, at key path at of p, for the SBOM
// file rel named there (a version's sbom_files, a notice's sbom, a related
// system's version's sbom) when doc lists no component; false when
// it lists some. It is an error when doc does not even name the software
// it describes: the documents would publish it as the product's SBOM,
// and the MDS2 form would have nothing to answer SBOM-2.1…2.4 from, so
// the file itself is the error, not the four answers it leaves open (the
// usual cause is an export of the wrong build target, or one cut before
// the dependencies were resolved). It is a warning when doc names only
// that software, as the SBOM of software with no third-party component
// does: true, and its answers are derived or asked for as usual.
func emptyDiagnostic(p *content.Product, at, rel string, doc *sbom.Document) (content.Diagnostic, bool) {
	if len(doc.Components) > 0 {
		return content.Diagnostic{}, false
	}
	d := content.Diagnostic{File: p.Source.File, Line: p.Source.Line(at), Path: at, Message: emptyMessage(p, rel, doc, strings.HasSuffix(at, "]"))}
	if doc.Subject != nil {
		d.Severity = content.Warning
	}
	return d, true
}

// emptyMessage is emptyDiagnostic's text; inList: the key is a list's
// entry (sbom_files[0]), not a key of its own (a notice's sbom).
func emptyMessage(p *content.Product, rel string, doc *sbom.Document, inList bool) string {
	if doc.Subject != nil {
		return fmt.Sprintf("content/%s/%s: lists no components besides the software it describes (%s %s): true only of software with no third-party or open-source component; otherwise export the SBOM again with its components", p.ID, rel, doc.Format, doc.SpecVersion)
	}
	remove := "remove it from the list"
	if !inList {
		remove = "remove the key"
	}
	return fmt.Sprintf("content/%s/%s: lists no components, not even the software it describes (%s %s): export the SBOM again with the software's components, or %s", p.ID, rel, doc.Format, doc.SpecVersion, remove)
}
