package content

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// SchemaVersion is the content format version this jspgen reads.
const SchemaVersion = 2

// Content is everything loaded from a product repository.
type Content struct {
	Site     *Site
	SiteFile Source
	Products []*Product // sorted by ID
	Dir      string     // the content folder; SBOM files and images are relative to it

	// siteUnread: the site file could not be decoded (missing, syntax
	// error, unknown schema version), so Site is empty, not what the file
	// says; the rules that read it are not run, since they would report
	// missing contacts and manufacturer facts the file does state.
	siteUnread bool
}

// Load reads the site file and every *.toml file directly in contentDir,
// decodes and validates them. It returns what it could load and every
// diagnostic, sorted; the content is usable only when there are no errors.
func Load(siteFile, contentDir string) (*Content, Diagnostics) {
	var diags Diagnostics
	c := &Content{Site: &Site{}, Dir: contentDir}
	files := productFiles(contentDir)
	diags = append(diags, nearMisses(contentDir)...)
	if len(files) == 0 {
		diags = append(diags, Diagnostic{File: filepath.ToSlash(contentDir), Message: "no product files (*.toml) found"})
	}
	for _, file := range files {
		p := &Product{}
		if src, ok := decodeFile(file, p, nil, &diags); ok {
			p.Source = src
			addImplicitModel(p)
			c.Products = append(c.Products, p)
		}
	}
	ids := make([]string, len(c.Products))
	for i, p := range c.Products {
		ids[i] = p.ID
	}
	diags = append(diags, nestedProductFiles(contentDir, ids, files)...)
	// The site file after the products: its keys tagged required=<documents>
	// are required when some product builds one of those documents.
	if src, ok := decodeFile(siteFile, c.Site, c.anyBuilds, &diags); ok {
		c.SiteFile = src
		diags = append(diags, c.Site.applyGuidanceDefaults(src)...)
	} else {
		c.siteUnread = true
	}
	slices.SortStableFunc(c.Products, func(a, b *Product) int { return strings.Compare(a.ID, b.ID) })
	for _, p := range c.Products {
		p.SiteSupportRules, p.SiteSource = c.Site.SupportRules, c.SiteFile
	}
	diags = append(diags, c.validate()...)
	diags.Sort()
	return c, diags
}

// productFiles lists the product files, *.toml directly in dir, sorted.
// Editor and operating-system junk is no product file and is skipped:
// dotfiles (Emacs lock files .#x.toml, macOS ._x.toml), backups ending in ~.
func productFiles(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var files []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".toml") || IsJunk(name) {
			continue
		}
		files = append(files, filepath.Join(dir, name))
	}
	slices.Sort(files)
	return files
}

// IsJunk reports whether a file name is editor or operating-system junk
// rather than content: a dotfile (.#x.toml Emacs lock, ._x.toml macOS
// resource fork, .DS_Store) or a backup ending in ~.
func IsJunk(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")
}

// decodeFile decodes one TOML file into v. It returns false when the file
// could not be read at all (missing, not a regular file, too large, a
// symbolic link out of its folder, syntax error, unknown schema version).
// builds decides which keys tagged required=<documents> are required;
// nil reads the file's own documents.build (a product file).
func decodeFile(file string, v any, builds func(string) bool, diags *Diagnostics) (Source, bool) {
	name := filepath.ToSlash(file)
	src, err := input.ReadText(filepath.Dir(file), filepath.Base(file), MaxFile)
	if err != nil {
		*diags = append(*diags, Diagnostic{File: name, Message: input.Reason(err)})
		return Source{}, false
	}
	_, pos, d, ok := decodeTOMLPos(name, src, v, builds)
	*diags = append(*diags, d...)
	if !ok {
		return Source{}, false
	}
	rejected := map[string]bool{}
	for _, x := range d.Errors() {
		rejected[x.Path] = true
	}
	return Source{File: name, pos: pos, rejected: rejected}, true
}

// DecodeTOML parses src (named name in diagnostics) and decodes it into v,
// which must point to a Site or a Product. It reports false when the file
// could not be decoded at all.
func DecodeTOML(name string, src []byte, v any) (map[string]any, Diagnostics, bool) {
	return decodeTOML(name, src, v, nil)
}

// anyBuilds reports whether some product builds document doc.
func (c *Content) anyBuilds(doc string) bool {
	return slices.ContainsFunc(c.Products, func(p *Product) bool { return p.Builds(doc) })
}

// decodeTOML is DecodeTOML with the documents built given: builds (nil:
// the file's own documents.build) says which keys tagged
// required=<documents> are required.
func decodeTOML(name string, src []byte, v any, builds func(string) bool) (map[string]any, Diagnostics, bool) {
	data, _, diags, ok := decodeTOMLPos(name, src, v, builds)
	return data, diags, ok
}

// decodeTOMLPos is decodeTOML that also returns the key positions it
// scanned (a product file's scan costs as much as its decoding).
func decodeTOMLPos(name string, src []byte, v any, builds func(string) bool) (map[string]any, tomlpos.Positions, Diagnostics, bool) {
	var diags Diagnostics
	var data map[string]any
	var err error
	src = input.NormalizeText(src)
	if line, msg := checkBounds(src); line > 0 {
		return nil, tomlpos.Positions{}, Diagnostics{{File: name, Line: line, Message: msg}}, false
	}
	if data, err = decodeTOMLData(src); err != nil {
		d := Diagnostic{File: name, Message: err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			d.Line = pe.Position.Line
			d.Message = "TOML syntax: " + pe.Message
		}
		return nil, tomlpos.Positions{}, Diagnostics{d}, false
	}
	pos := tomlpos.Scan(src)
	switch sv := data["schema_version"].(type) {
	case int64:
		if sv == 1 {
			diags = append(diags, Diagnostic{File: name, Line: pos.Line("schema_version"), Path: "schema_version",
				Message: fmt.Sprintf("this file is in content format 1, where Markdown fields were plain text; this jspgen reads format %d: run jspgen migrate %s to convert it (it keeps comments and escapes what would now read as Markdown)", SchemaVersion, name)})
			return data, pos, diags, false
		}
		if sv != SchemaVersion {
			diags = append(diags, Diagnostic{File: name, Line: pos.Line("schema_version"), Path: "schema_version",
				Message: fmt.Sprintf("unknown schema version: want %d; got %d", SchemaVersion, sv)})
			return data, pos, diags, false
		}
	case nil:
		diags = append(diags, Diagnostic{File: name, Line: 1, Path: "schema_version",
			Message: fmt.Sprintf("missing required key: every file starts with schema_version = %d", SchemaVersion)})
		return data, pos, diags, false
	default:
		diags = append(diags, Diagnostic{File: name, Line: pos.Line("schema_version"), Path: "schema_version",
			Message: fmt.Sprintf("want the integer %d; got %s", SchemaVersion, tomlTypeName(sv))})
		return data, pos, diags, false
	}
	if builds == nil {
		builds = buildsOf(data)
	}
	device, written := data["medical_device"].(bool)
	dec := &decoder{file: name, pos: pos, diags: &diags, builds: builds, notDevice: written && !device || notForUS(data)}
	dec.structure(reflectValue(v), data, "")
	return data, pos, diags, true
}

// notForUS reports whether the file's markets are written and leave out
// the United States (Product.NotForUS, before decoding): the keys that
// only section 524B asks for are then not required either.
func notForUS(data map[string]any) bool {
	list, ok := data["markets"].([]any)
	if !ok || len(list) == 0 {
		return false
	}
	for _, m := range list {
		if m == "us" {
			return false
		}
	}
	return true
}
