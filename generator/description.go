package generator

import (
	htmltemplate "html/template"
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/markdown"
)

// descriptionHTML renders a product description (Markdown) for a page in
// folder, relative to the site root: "" for the index, "<id>/" for the
// product's own page. Its relative links and images name files of the
// product's folder (content validation checks that they exist), so on a
// page elsewhere they are rewritten to reach that folder, and an in-page
// anchor to one of its headings goes to the product's page.
func descriptionHTML(src, productID, folder string) (htmltemplate.HTML, error) {
	doc := markdown.Parse([]byte(src))
	if own := productID + "/"; folder != own {
		_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.Link:
				n.Destination = rebase(n.Destination, own)
			case *ast.Image:
				n.Destination = rebase(n.Destination, own)
			}
			return ast.WalkContinue, nil
		})
	}
	return html.Body(doc)
}

// rebase prefixes a relative destination with folder (an anchor alone
// points into folder's index.html); other destinations are kept.
func rebase(dest []byte, folder string) []byte {
	u, err := url.Parse(string(dest))
	if err != nil || u.IsAbs() || u.Host != "" || strings.HasPrefix(u.Path, "/") || len(dest) == 0 {
		return dest
	}
	if u.Path == "" {
		return []byte(folder + "index.html" + string(dest))
	}
	return []byte(folder + string(dest))
}
