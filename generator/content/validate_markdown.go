package content

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/markdown"
)

// remoteResources reports images in a Markdown value that load from
// another host: the published site promises readers that it loads nothing
// from elsewhere (no tracking, works offline), and a PDF cannot embed them.
// Links to other sites are fine; only what a page would fetch is refused.
func (v *productValidator) remoteResources(path, value string) {
	if !strings.Contains(value, "](") && !strings.Contains(value, "<") {
		return
	}
	doc := markdown.Parse([]byte(value))
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			dest := string(img.Destination)
			if u, err := url.Parse(dest); err == nil && (u.IsAbs() || u.Host != "") {
				v.errorf(path, "image %q loads from another host; put the file in content/%s/ and refer to it by a relative path (the site loads nothing from other hosts)", dest, v.p.ID)
			}
		}
		return ast.WalkContinue, nil
	})
}
