package generator

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/generator/inventory"
)

// assets publishes the product's asset folder, content/<product-id>/ (the
// images documents show, the SBOMs), at the same path under the site.
// Generated files win over an asset of the same name, with a warning.
func (b *builder) assets(p *content.Product) ([]asset, error) {
	dir := filepath.Join(b.c.Dir, p.ID)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, nil
	}
	var rels []string
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if content.IsJunk(d.Name()) && file != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		// Regular files and symbolic links are read through the safe
		// reader, which refuses links out of the folder; a named pipe,
		// device or socket is refused here, before anything opens it.
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return &input.Error{Path: filepath.ToSlash(file), Err: input.ErrNotRegular}
		}
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			return err
		}
		rels = append(rels, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("publishing the assets of %s: %w", p.ID, err)
	}
	slices.Sort(rels)
	var published []asset
	for _, rel := range rels {
		out := p.ID + "/" + rel
		if b.written[out] {
			if !b.isSBOM(p, rel) {
				b.res.Warnings = append(b.res.Warnings, content.Diagnostic{Severity: content.Warning,
					File: filepath.Join(dir, filepath.FromSlash(rel)), Message: "not published: the build writes a file of the same name at " + out})
			}
			continue
		}
		data, err := input.ReadFile(dir, rel, input.MaxAsset)
		if err != nil {
			return nil, err
		}
		if activeContent(rel, data) {
			b.res.Warnings = append(b.res.Warnings, content.Diagnostic{Severity: content.Warning,
				File:    filepath.Join(dir, filepath.FromSlash(rel)),
				Message: "published as is, and it contains script (a <script> element, an on… event attribute or a javascript: URL), which a reader's browser runs as part of the documentation site; remove it or keep the file out of content/" + p.ID + "/"})
		}
		if err := b.write(out, data); err != nil {
			return nil, err
		}
		published = append(published, asset{rel, len(data)})
	}
	return published, nil
}

// asset is a file published from a product's asset folder.
type asset struct {
	path string // relative to the product folder
	size int
}

func isImage(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp":
		return true
	}
	return false
}

// assetLabel names a published asset for the file list.
func assetLabel(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range []string{".cdx.json", ".cdx.xml", ".spdx.json", ".spdx"} {
		if strings.HasSuffix(lower, ext) {
			return "SBOM " + path.Base(name)
		}
	}
	return path.Base(name)
}

// relatedSBOMLabel names an SBOM file of a related system's version by
// the system, so that the product page does not offer it as the device's:
// "SBOM of Halcyon Connect 5.3"; label otherwise.
func relatedSBOMLabel(p *content.Product, rel, label string) string {
	for _, s := range p.RelatedSystems {
		for _, v := range s.Versions {
			if slices.Contains(v.SBOM, rel) {
				return "SBOM of " + s.Name + " " + v.Version + " (" + path.Base(rel) + ")"
			}
		}
	}
	return label
}

// versionSBOMLabel names an SBOM file of the device's own versions that no
// document published (one of a version past its end of support, or
// withdrawn, which has no CSD of its own) by the versions it describes
// and their stage as of asOf, as the CSD of a supported version names its
// SBOM: "Version 3.8.2 (End of Support): SBOM sbom-3.8.2.cdx.json". A
// bare file name left the reader to guess which version the list offered
// it for, and whether that version is still supported; label otherwise.
// The versions are those inv gives the file to (inventory.LoadVersions:
// the one its subject names, else the one whose own list holds it): a
// version inheriting the product's sbom.files lists every version's file,
// and counting lists labelled 4.0's SBOM "Versions 4.0, 4.1".
func versionSBOMLabel(p *content.Product, inv *inventory.Inventory, rel string, asOf content.Date, label string) string {
	var of []string
	for _, v := range p.Versions {
		if ownsSBOM(p, inv, v.Version, rel) {
			of = append(of, v.Version+" ("+v.StageStated(asOf)+")")
		}
	}
	switch {
	case len(of) == 0 || !strings.HasPrefix(label, "SBOM "):
		return label
	case len(of) == 1:
		return "Version " + of[0] + ": " + label
	}
	return "Versions " + strings.Join(of, ", ") + ": " + label
}

// ownsSBOM reports whether SBOM file rel describes version v: by inv's
// owners when inv decided them, else by v's list naming it.
func ownsSBOM(p *content.Product, inv *inventory.Inventory, v, rel string) bool {
	if inv != nil {
		if files, ok := inv.VersionFiles(v); ok {
			return slices.ContainsFunc(files, func(f inventory.SBOMFile) bool { return f.Path == rel })
		}
	}
	return slices.Contains(p.At(v).SBOM.Files, rel)
}

// isSBOM reports whether rel is an SBOM file of p or of one of its
// versions, which a kind may publish (the CSD of each supported version
// publishes its version's).
func (b *builder) isSBOM(p *content.Product, rel string) bool {
	if slices.Contains(p.SBOM.Files, rel) {
		return true
	}
	for _, v := range p.Versions {
		if slices.Contains(p.At(v.Version).SBOM.Files, rel) {
			return true
		}
	}
	return false
}

// fileNote is the format and size of a published file, for download links.
func fileNote(name string, size int) string {
	format := strings.ToUpper(strings.TrimPrefix(path.Ext(name), "."))
	switch {
	case size < 1024:
		return fmt.Sprintf("%s, %d bytes", format, size)
	case size < 1024*1024:
		return fmt.Sprintf("%s, %d KB", format, (size+512)/1024)
	}
	return fmt.Sprintf("%s, %.1f MB", format, float64(size)/(1024*1024))
}

// assetsFS is the product's asset folder, content/<product-id>/: images
// and SBOMs a document refers to by a path relative to it, which the site
// publishes at the same path under site/<product-id>/.
func (b *builder) assetsFS(p *content.Product) fs.FS {
	return input.FS(filepath.Join(b.c.Dir, p.ID), input.MaxImage)
}

// scriptPattern finds what makes an HTML or SVG file run code in the
// browser that opens it.
var scriptPattern = regexp.MustCompile(`(?i)<script[\s>/]|\son[a-z]+\s*=|javascript:`)

// activeContent reports an HTML, SVG or XML asset that carries script.
func activeContent(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".svg", ".xml":
		return scriptPattern.Match(data)
	}
	return false
}
