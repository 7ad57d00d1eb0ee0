// Package inventory derives a product's software components once per
// build: the components of its SBOM files merged with the product file's
// [[components]] annotations, and the components each notice names.
package inventory

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/generator/sbom"
)

// Component is one software component as every document shows it: what
// the product's SBOM files say, annotated by the matching [[components]]
// entry of the product file (support level, end of support, notes).
type Component struct {
	sbom.Component
	Support      content.SupportLevel // "" when nothing states it
	EndOfSupport content.Date         // the supplier's end of support for this version
	// ExtendedUntil is the end of the extended security updates the
	// manufacturer uses after EndOfSupport; zero for none (FixesEnd).
	// ExtendedFor is who receives them (content.Component.ExtendedFor;
	// "" when not stated).
	ExtendedUntil content.Date
	ExtendedFor   string
	Notes         string
	// Justification says why no end of support (or no level) is stated;
	// SupportSource where the maker publishes its support policy; Origin
	// where these facts come from (annotation, SBOM, rule: support.go).
	Justification string
	SupportSource string
	Origin        Origin
	SBOMFile      string // the SBOM file it came from; "" for a product-file-only entry
	Annotated     bool   // a [[components]] entry matched it (or it is one)

	// SBOMFiles is every SBOM file of the product that lists the
	// component, SBOMFile first (the same component in several files is
	// one entry); nil for a product-file-only entry.
	SBOMFiles []string

	// SupplierInSBOM tells that the SBOM file itself names the supplier;
	// otherwise Supplier, when set, comes from the product file's
	// [[components]] entry.
	SupplierInSBOM bool

	annotatedBy int    // 1 + the index of the [[components]] entry that annotates it; 0 for none
	typeGiven   bool   // Type is the [[components]] entry's (components.type), no SBOM file's
	inHouse     string // for an in-house device's component, who makes and uses it ("the hospital"); "" otherwise
	fileAt      string // the key that lists SBOMFile: "sbom.files[0]"; "" when not known
}

// SBOMFile is one imported SBOM file, published as is beside the documents.
type SBOMFile struct {
	Path     string // relative to content/<product-id>/ and site/<product-id>/
	At       string // the product file's key that lists it: "sbom.files[0]"
	Document *sbom.Document
	Data     []byte
}

// KeyIn is the key path of the file in product p's data: the key that
// listed it when it was read (At: another version's list, when the file's
// subject is p's version), else its place in p's own sbom.files.
func (f SBOMFile) KeyIn(p *content.Product) string {
	if f.At != "" {
		return f.At
	}
	return p.SBOM.FilePath(max(slices.Index(p.SBOM.Files, f.Path), 0))
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
	// Related are the SBOM files of the related systems' versions
	// (related.go); read with the current version's inventory only.
	Related []RelatedSBOM
	// ListedFor is the version whose components List holds when it is
	// not this inventory's version: a version with no SBOM files of its
	// own and no [[components]] entry given to it (givenTo) has the
	// current version's list (from its SBOM files or the [[components]],
	// which describe the current version; kind.NewProduct sets it); ""
	// otherwise.
	ListedFor string
	// Named, for a version with ListedFor set, are the components that
	// notices about it name as its (nameByNotices): of its own
	// components, the only ones the product data state. Nil otherwise.
	Named []NoticeNamed
	// Unread are the key paths of the SBOM files named for this
	// inventory that could not be read (missing, not an SBOM, malformed);
	// Load reports each. List then lacks their components, so no answer
	// about the SBOM's content may be taken from it or asked for.
	Unread []string
	// Empty are the key paths of the SBOM files named for this inventory
	// that were read but list no component, not even the software they
	// describe (Load reports each as an error): what the SBOM gives for
	// each component cannot be judged from a file listing none, so those
	// answers are neither derived nor asked for about it.
	Empty []string

	// files are the product's SBOM files as read by this load (each
	// once); versions are every version's inventories, when LoadVersions
	// read this one as the current version's (nil after Load).
	files    *files
	versions *Versions
	// fileDiags are the problems with the SBOM files of refs
	// (files.named): LoadVersions keeps another version's warnings of
	// these (an SBOM naming only its software), not its other warnings.
	fileDiags content.Diagnostics
}

// NoticeComponents is what Noticed holds for notice id.
func (inv *Inventory) NoticeComponents(id string) []*Component { return inv.Noticed[id] }

// Load reads the SBOM files of p, the product as one version is, as that
// version's own (LoadVersions decides which files each version owns),
// and merges the product file's [[components]] into them: an entry
// matching an SBOM component (by purl, else by name and version)
// annotates it; an entry matching none is added as a component of its
// own. It also resolves the components each notice names. Every problem
// comes back as a diagnostic at the product file's key that names the
// file or component.
func Load(contentDir string, p *content.Product) (*Inventory, content.Diagnostics) {
	return load(newFiles(contentDir, p), p, refsOf(p.SBOM), "", false, nil)
}

// load reads the inventory of p, the product as version is ("" for
// every version: Load, or a product without versions), from the SBOM
// files refs; otherVersion: version is not the current one: the
// [[components]] entries describe the current version's components, so
// they annotate the components of this version's SBOM files and add only
// those given to this version by their versions (givenTo), and the
// notices' components are resolved by the current version's load.
//
// others are the inventories of the other versions with SBOM files of
// their own, by version, for the current version's load: an entry
// matching a component of one of them annotates it there and is no
// component of p (the list of [[components]] is one for every version,
// and an entry written for an older version's SBOM is not a component
// the current version has).
func load(fs *files, p *content.Product, refs []FileRef, version string, otherVersion bool, others map[string]*Inventory) (*Inventory, content.Diagnostics) {
	var diags content.Diagnostics
	inv := &Inventory{Noticed: map[string][]*Component{}, files: fs}
	m := merger{p: p, refs: refs, seen: map[string]int{}}
	sup := supporter{p: p}
	for i, ref := range refs {
		doc, data, d, empty := fs.named(p, ref.At, ref.Rel)
		diags = append(diags, d...)
		inv.fileDiags = append(inv.fileDiags, d...)
		if doc == nil {
			inv.Unread = append(inv.Unread, ref.At)
			continue
		}
		inv.SBOMs = append(inv.SBOMs, SBOMFile{Path: ref.Rel, At: ref.At, Document: doc, Data: data})
		if empty {
			inv.Empty = append(inv.Empty, ref.At)
		}
		cs := FromSBOM(doc, ref.Rel, p.Components)
		for k := range cs {
			cs[k].fileAt = ref.At
			diags = append(diags, sup.resolve(&cs[k], ref.At)...)
		}
		inv.List = m.add(inv.List, i, cs)
		diags = append(diags, m.warnings(i, ref.Rel, len(doc.Components))...)
	}
	// inOthers: an SBOM file of another version lists it.
	inOthers := func(matches func(Component) bool) bool {
		for _, o := range others {
			if slices.ContainsFunc(o.List, func(c Component) bool { return c.SBOMFile != "" && matches(c) }) {
				return true
			}
		}
		return false
	}
	for i, tc := range p.Components {
		if !givenTo(tc, version, !otherVersion) {
			continue
		}
		matches := func(c Component) bool { return c.Matches(tc.PURL, tc.Name, tc.Version) }
		// An entry given to this version by its versions is its
		// component whatever another version's SBOM lists.
		matched := slices.ContainsFunc(inv.List, matches) || len(tc.Versions) == 0 && inOthers(matches)
		if !matched {
			inv.List = append(inv.List, entryComponent(tc, i, sup))
		}
	}
	applyNoticeSupport(p, inv.List)
	if !otherVersion {
		related, d := loadRelated(fs, p)
		inv.Related = related
		diags = append(diags, d...)
		// The support check is the current version's (the device being
		// documented); an older version's components keep the support
		// they resolve to, shown where that version is, without errors.
		diags = append(diags, sup.check(inv.List)...)
	}
	for i, n := range p.Notices {
		if otherVersion {
			break // notices name the components they concern in the current version's inventory
		}
		resolved, d := inv.resolveNotice(fs, p, i, n, others)
		inv.Noticed[n.ID] = resolved
		diags = append(diags, d...)
	}
	return inv, diags
}

// merger merges the same component listed by several of a product's SBOM
// files (the same SBOM in two encodings, or a sub-SBOM repeated in the
// product's) into one inventory entry: the first one read, with every file
// that lists it in SBOMFiles.
type merger struct {
	p      *content.Product
	refs   []FileRef      // the files merged, in order
	seen   map[string]int // mergeKey → index in the list
	fileOf []int          // per list entry: the refs index it came from
	// merged, for the file being added: per earlier file index, the
	// components found there already.
	merged map[int][]Component
}

// mergeKey identifies a component across SBOM files: its purl, else its
// name (case folded), version and supplier as the SBOM states them. A
// component without purl or name is never merged.
func mergeKey(c Component) (string, bool) {
	if purl := strings.TrimSpace(c.PURL); purl != "" {
		return "purl\x00" + purl, true
	}
	name := strings.ToLower(strings.TrimSpace(c.Name))
	if name == "" {
		return "", false
	}
	supplier := ""
	if c.SupplierInSBOM {
		supplier = strings.ToLower(strings.TrimSpace(c.Supplier))
	}
	return "nvs\x00" + name + "\x00" + strings.TrimSpace(c.Version) + "\x00" + supplier, true
}

// add appends the components of refs[file] to list, merging each
// that an earlier file already listed. Repeats within one file are kept:
// that file says so itself.
func (m *merger) add(list []Component, file int, cs []Component) []Component {
	m.merged = map[int][]Component{}
	for _, c := range cs {
		key, ok := mergeKey(c)
		if j, seen := m.seen[key]; ok && seen && m.fileOf[j] != file {
			if !slices.Contains(list[j].SBOMFiles, c.SBOMFile) {
				list[j].SBOMFiles = append(list[j].SBOMFiles, c.SBOMFile)
			}
			m.merged[m.fileOf[j]] = append(m.merged[m.fileOf[j]], c)
			continue
		}
		if _, seen := m.seen[key]; ok && !seen {
			m.seen[key] = len(list)
		}
		list = append(list, c)
		m.fileOf = append(m.fileOf, file)
	}
	return list
}

// warnings are the merges of the last add: one warning per earlier file
// that already listed components of refs[file], at the later file's
// key, naming both files.
func (m *merger) warnings(file int, rel string, total int) content.Diagnostics {
	var diags content.Diagnostics
	earlier := make([]int, 0, len(m.merged))
	for j := range m.merged {
		earlier = append(earlier, j)
	}
	slices.Sort(earlier)
	path := m.refs[file].At
	for _, j := range earlier {
		dups := m.merged[j]
		firstPath := m.refs[j].At
		var what string
		switch {
		case len(dups) == total && total == 1:
			what = "its only component is"
		case len(dups) == total:
			what = fmt.Sprintf("all its %d components are", total)
		case len(dups) == 1:
			what = fmt.Sprintf("1 of its %d components is", total)
		default:
			what = fmt.Sprintf("%d of its %d components are", len(dups), total)
		}
		var names []string
		for k, c := range dups {
			if k == 3 {
				names = append(names, fmt.Sprintf("and %d more", len(dups)-3))
				break
			}
			names = append(names, content.NameVersion(c.Name, c.Version))
		}
		msg := fmt.Sprintf("%s: %s also in %s (%s, %s:%d), the first file listing them; each is listed once in the inventory (%s)",
			rel, what, m.refs[j].Rel, firstPath, m.p.Source.File, m.p.Source.Line(firstPath), strings.Join(names, ", "))
		if len(dups) == total {
			msg += "; is it the same SBOM twice, say in two encodings?"
		}
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: m.p.Source.File, Line: m.p.Source.Line(path), Path: path, Message: msg})
	}
	return diags
}

// readSBOM reads and parses one SBOM file of the product's asset folder,
// through the safe reader: a symbolic link out of the repository, a named
// pipe or an oversized file is refused before anything is read.
func readSBOM(contentDir string, p *content.Product, rel string) (*sbom.Document, []byte, error) {
	file, err := AssetFile(contentDir, p, rel)
	if err != nil {
		return nil, nil, err
	}
	data, err := input.ReadFile(filepath.Join(contentDir, p.ID), rel, input.MaxSBOM)
	if err != nil {
		return nil, nil, err
	}
	doc, err := sbom.Parse(file, data)
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
		for j, tc := range tcs {
			if c.Matches(tc.PURL, tc.Name, tc.Version) {
				annotate(&out[i], tc, j)
			}
		}
	}
	return out
}

// annotate adds the product file's assessment to an SBOM component; the
// product file's supplier, licence, identifiers and type fill only what
// the SBOM left empty.
func annotate(c *Component, tc content.Component, i int) {
	c.Support, c.EndOfSupport, c.Notes, c.Annotated, c.annotatedBy = tc.Support, tc.EndOfSupport, tc.Notes, true, i+1
	c.Justification, c.SupportSource, c.ExtendedUntil, c.ExtendedFor = tc.Justification, tc.SupportSource, tc.ExtendedUntil, tc.ExtendedFor
	if strings.TrimSpace(c.Type) == "" && tc.Type != "" {
		c.Type, c.typeGiven = tc.Type, true
	}
	for _, f := range []struct {
		dst *string
		src string
	}{{&c.Supplier, tc.Supplier}, {&c.License, tc.License}, {&c.PURL, tc.PURL}, {&c.CPE, tc.CPE}} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
}

// CheckFiles reads and parses every SBOM file product p names — its own,
// each version's and each notice's — and reports only the files that
// cannot be read or parsed. A run whose content has errors reports these
// too (the support and merge checks need valid content and wait).
func CheckFiles(contentDir string, p *content.Product) content.Diagnostics {
	var diags content.Diagnostics
	seen := map[string]bool{}
	// Every key that names an SBOM file reports it as Load does (files.named):
	// a notice's or a related system's SBOM listing nothing is as empty as
	// a version's.
	fs := newFiles(contentDir, p)
	check := func(rel, path string, src *content.Product) {
		if rel == "" || seen[rel] {
			return
		}
		seen[rel] = true
		_, _, d, _ := fs.named(src, path, rel)
		diags = append(diags, d...)
	}
	views := []*content.Product{p}
	for _, v := range p.Versions {
		if q := p.At(v.Version); q != nil {
			views = append(views, q)
		}
	}
	for _, q := range views {
		for i, rel := range q.SBOM.Files {
			check(rel, q.SBOM.FilePath(i), q)
		}
	}
	for i, n := range p.Notices {
		check(n.SBOM, fmt.Sprintf("notices[%d].sbom", i), p)
	}
	relatedSBOMPaths(p, func(_, _, rel, path string) { check(rel, path, p) })
	return diags
}
