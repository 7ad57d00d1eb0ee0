package inventory

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// FileRef is one SBOM file an inventory reads and the key of the product
// file that lists it ("sbom.files[1]", "versions[2].changes.sbom_files[0]"),
// where its problems are reported.
type FileRef struct {
	Rel string // relative to content/<product-id>/
	At  string // key path
}

// refsOf is every file of a version's list, each at its own key.
func refsOf(s content.SBOM) []FileRef {
	out := make([]FileRef, len(s.Files))
	for i, rel := range s.Files {
		out[i] = FileRef{Rel: rel, At: s.FilePath(i)}
	}
	return out
}

// Versions are one product's inventories: the current version's and
// every version's, each SBOM file read once.
type Versions struct {
	Current   string                // the version Inventory describes; "" for a product without versions
	Inventory *Inventory            // the current version's
	ByVersion map[string]*Inventory // every version's, the current one's included
	reads     int                   // SBOM files read and parsed (files.reads), for a test
}

// LoadVersions reads the inventories of every version of product p (the
// product as written) with current the version the documents speak about
// ("" for a product without versions).
//
// Which version an SBOM file describes is decided first (owners): the
// version its subject names when the product has that version, wherever
// the file is listed (a product may keep one list of every version's
// SBOM files); else a version whose own list holds it. The other
// versions' inventories are read before the current one's, so that a
// [[components]] entry matching a component of theirs annotates it there
// and adds nothing to the current version. A version with no SBOM file
// of its own and no [[components]] entry given to it by the entry's
// versions (givenTo) has the current version's list, marked as such
// (ListedFor), and the components notices about it name as its (Named);
// one with such entries has them as its list.
// Only the current version's inventory reports warnings, but for its
// SBOM files' own (files.named); the others report their errors once.
func LoadVersions(contentDir string, p *content.Product, current string) (*Versions, content.Diagnostics) {
	p = p.Base()
	fs := newFiles(contentDir, p)
	own, diags := owners(p, current, fs)
	out := &Versions{Current: current, ByVersion: map[string]*Inventory{}}
	key := func(refs []FileRef) string {
		rels := make([]string, len(refs))
		for i, r := range refs {
			rels[i] = r.Rel
		}
		return strings.Join(rels, "\x00")
	}
	shared := map[string]*Inventory{} // versions with the same files share one inventory
	others := map[string]*Inventory{}
	seen := map[string]bool{}
	for _, v := range p.Versions {
		refs := own[v.Version]
		given := givenOnlyTo(p, v.Version)
		if v.Version == current || len(refs) == 0 && len(given) == 0 {
			continue
		}
		k := key(refs) + "\x01" + fmt.Sprint(given) // the entries given to it make a list of their own
		inv := shared[k]
		if inv == nil {
			var d content.Diagnostics
			inv, d = load(fs, p.At(v.Version), refs, v.Version, true, nil)
			shared[k] = inv
			for _, e := range d {
				if (e.Severity == content.Error || slices.Contains(inv.fileDiags, e)) && !seen[e.String()] {
					seen[e.String()] = true
					diags = append(diags, e)
				}
			}
		}
		others[v.Version] = inv
	}
	cur := p.At(current)
	refs := own[current]
	if current == "" {
		refs = refsOf(p.SBOM)
	}
	inv, d := load(fs, cur, refs, current, false, others)
	diags = append(d, diags...)
	inv.versions = out
	out.Inventory = inv
	for _, v := range p.Versions {
		switch vinv := others[v.Version]; {
		case v.Version == current:
			out.ByVersion[v.Version] = inv
		case vinv != nil:
			out.ByVersion[v.Version] = vinv
		default:
			// No SBOM file of its own and no entry given to it: the only
			// list is the current version's (the [[components]] describe the current
			// version), and documents about this one say whose it is.
			out.ByVersion[v.Version] = &Inventory{List: inv.List, ListedFor: current}
		}
		// The related systems' SBOM files are the product's, not one
		// version's: a document about another version (the plan released
		// when it was current, built as of a date before) reads them there
		// too.
		if o := out.ByVersion[v.Version]; o != inv {
			o.Related = inv.Related
		}
	}
	out.nameByNotices(cur.Notices)
	diags = append(diags, sbomOutsideVersions(p, out)...)
	out.reads = fs.reads
	return out, diags
}

// owners decides which version each SBOM file the versions list
// describes, and gives each version its files:
//
//   - a file whose subject names a version of the product describes that
//     version, whichever list holds it;
//   - any other file describes the version whose list holds it, and a
//     list a version shares with the current version (the same list,
//     not changed since) is the current version's.
//
// A version's files are those of its own list first, in its order and at
// its keys, then those other lists name for it (at the first such key).
// A subject naming a version the product does not list is a warning: the
// file is taken as the listing version's, which may be wrong.
func owners(p *content.Product, current string, fs *files) (map[string][]FileRef, content.Diagnostics) {
	own := map[string][]FileRef{}
	if len(p.Versions) == 0 {
		return own, nil
	}
	var known []string
	for _, v := range p.Versions {
		known = append(known, v.Version)
	}
	curList := p.At(current).SBOM.FilesAt
	// ownerIn is the version file rel of version ver's list describes.
	ownerIn := func(ver, rel string) string {
		if subject := fs.subjectVersion(rel); subject != "" && p.Version(subject) != nil {
			return subject
		}
		if ver != current && p.At(ver).SBOM.FilesAt == curList {
			return current
		}
		return ver
	}
	order := append([]string{current}, known...) // the current version's list first
	has := map[string]map[string]bool{}
	add := func(version string, ref FileRef) {
		if has[version] == nil {
			has[version] = map[string]bool{}
		}
		if !has[version][ref.Rel] {
			has[version][ref.Rel] = true
			own[version] = append(own[version], ref)
		}
	}
	for _, ver := range known {
		for _, ref := range refsOf(p.At(ver).SBOM) {
			if ownerIn(ver, ref.Rel) == ver {
				add(ver, ref)
			}
		}
	}
	var diags content.Diagnostics
	warned := map[string]bool{}
	for _, ver := range order {
		for _, ref := range refsOf(p.At(ver).SBOM) {
			owner := ownerIn(ver, ref.Rel)
			add(owner, ref)
			if subject := fs.subjectVersion(ref.Rel); subject != "" && p.Version(subject) == nil && !warned[ref.Rel] {
				warned[ref.Rel] = true
				diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(ref.At), Path: ref.At,
					Message: fmt.Sprintf("%s: its subject names version %q, which is not a version of the product (want one of %s): its components are listed as version %s's; correct the version in the SBOM or in [[versions]], or list the file only for the version it describes",
						ref.Rel, subject, strings.Join(known, ", "), owner)})
			}
		}
	}
	return own, diags
}

// VersionFiles are the SBOM files version v owns (LoadVersions), read by
// the load that read inv; ok is false when inv was not read as the
// current version's by LoadVersions (Load), which decides no owners. A
// version with no file of its own has none.
func (inv *Inventory) VersionFiles(v string) (files []SBOMFile, ok bool) {
	if inv.versions == nil {
		return nil, false
	}
	if o := inv.versions.ByVersion[v]; o != nil && o.ListedFor == "" {
		return o.SBOMs, true
	}
	return nil, true
}

// ReadSBOM is SBOM file rel of product p, read once by the load that read
// inv (a notice's SBOM, say), or read now when inv has no such load.
func (inv *Inventory) ReadSBOM(contentDir string, p *content.Product, rel string) (*sbom.Document, error) {
	if inv.files == nil {
		inv.files = newFiles(contentDir, p)
	}
	doc, _, err := inv.files.get(rel)
	return doc, err
}

// FilesRead is how many SBOM files the load that read inv read and
// parsed (each file counts once however often it is asked for); 0 after
// DropInventories. The test of one read per file per product load reads it.
func (inv *Inventory) FilesRead() int {
	if inv.files == nil {
		return 0
	}
	return inv.files.reads
}
