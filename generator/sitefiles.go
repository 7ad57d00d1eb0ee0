package generator

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
)

// siteFiles writes the files kinds publish at the site root (the CSAF
// provider layout and security.txt under .well-known/, the Atom feed) and
// returns the links the index shows for those that carry a label. A path
// outside what kind.SiteFilePath allows is an error.
func (b *builder) siteFiles(portfolio [][]kind.Prepared) ([]html.Link, error) {
	var links []html.Link
	for k, perProduct := range portfolio {
		for _, p := range perProduct {
			for _, f := range p.SiteFiles {
				if !kind.SiteFilePath(f.Path) {
					return nil, fmt.Errorf("kind %s: site file %q: want a path under .well-known/ or feed.xml", b.kinds[k].Slug(), f.Path)
				}
				data, err := f.Bytes()
				if err != nil {
					return nil, fmt.Errorf("kind %s: %w", b.kinds[k].Slug(), err)
				}
				if err := b.write(f.Path, data); err != nil {
					return nil, err
				}
				if f.Label != "" {
					links = append(links, html.Link{Text: f.Label, Href: f.Path, Note: fileNote(f.Path, len(data))})
				}
			}
		}
	}
	return links, nil
}
