package generator

import (
	"crypto/sha256"
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
)

// kindFiles are the site files of one kind.
type kindFiles struct {
	kind  kind.Kind
	files []kind.File
}

// madeSiteFiles is what portfolioSiteFiles made.
type madeSiteFiles struct {
	files []kindFiles
	diags content.Diagnostics
	key   string         // the cache key they are kept under (cache.siteFilesKey)
	kept  *keptSiteFiles // non-nil: the last build's, taken from the previous site
}

// partsInOrder gathers each kind.PortfolioParts kind's part of every
// product from partsOf, each product's parts in build order:
// parts[k] is kind k's.
func (b *builder) partsInOrder(partsOf [][][]byte) [][][]byte {
	parts := make([][][]byte, len(b.kinds))
	for _, ps := range partsOf {
		for k, part := range ps {
			if k >= len(b.kinds) {
				break
			}
			if _, ok := b.kinds[k].(kind.PortfolioParts); ok {
				parts[k] = append(parts[k], part)
			}
		}
	}
	return parts
}

// portfolioSiteFiles are the files kinds publish at the site root, kind
// by kind in build order: a whole-portfolio kind's from its Prepare
// (whole[k], see wholeSiteFiles), a kind.PortfolioParts kind's made from
// every product's part (parts[k]).
func (b *builder) portfolioSiteFiles(whole [][]kind.File, parts [][][]byte) ([]kindFiles, content.Diagnostics) {
	var out []kindFiles
	var diags content.Diagnostics
	for k, kd := range b.kinds {
		if pk, ok := kd.(kind.PortfolioParts); ok {
			if len(parts[k]) == 0 {
				continue // no products
			}
			files, d := pk.SiteFilesOf(b.env, parts[k])
			diags = append(diags, d...)
			out = append(out, kindFiles{kd, files})
			continue
		}
		if whole[k] != nil {
			out = append(out, kindFiles{kd, whole[k]})
		}
	}
	return out, diags
}

// wholeSiteFiles takes the site files out of what whole-portfolio kinds
// prepared, before the build lets each product's prepared state go.
func wholeSiteFiles(portfolio [][]kind.Prepared) [][]kind.File {
	whole := make([][]kind.File, len(portfolio))
	for k, perProduct := range portfolio {
		for _, p := range perProduct {
			whole[k] = append(whole[k], p.SiteFiles...)
		}
	}
	return whole
}

// siteFile is one file a kind publishes at the site root, with its bytes.
type siteFile struct {
	path string
	data []byte
	kept bool              // taken from the previous site by sum instead (keptsitefiles.go)
	sum  [sha256.Size]byte // with kept
}

// siteFiles makes the files kinds publish at the site root (the CSAF
// provider layout and security.txt under .well-known/, the Atom feed),
// for the build to write, and the links the index shows for those that
// carry a label. A path outside what kind.SiteFilePath allows is an
// error.
func (b *builder) siteFiles(all []kindFiles) ([]siteFile, []html.Link, error) {
	var files []siteFile
	var links []html.Link
	for _, kf := range all {
		for _, f := range kf.files {
			if !kind.SiteFilePath(f.Path) {
				return nil, nil, fmt.Errorf("kind %s: site file %q: want a path under .well-known/ or feed.xml", kf.kind.Slug(), f.Path)
			}
			data, err := f.Bytes()
			if err != nil {
				return nil, nil, fmt.Errorf("kind %s: %w", kf.kind.Slug(), err)
			}
			files = append(files, siteFile{path: f.Path, data: data})
			if f.Label != "" {
				links = append(links, html.Link{Text: f.Label, Href: f.Path, Note: fileNote(f.Path, len(data))})
			}
		}
	}
	return files, links, nil
}
