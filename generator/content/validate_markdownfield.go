package content

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/generator/markdown"
)

// markdownFields checks every Markdown field the product sets (see
// MarkdownValues); each is checked by markdownField.
func (v *productValidator) markdownFields() {
	MarkdownValues(v.p, v.markdownField)
}

// markdownField checks the links and images of one Markdown value, which
// end up in the HTML page and the PDF as written: a link goes to an
// http(s) page, an e-mail address, or a file of the product's asset folder
// (content/<product-id>/, published beside the documents, where the site's
// link check sees it too); an image is a PNG or JPEG file of that folder
// (remoteResources refuses images from other hosts).
func (v *productValidator) markdownField(path, value string) {
	v.remoteResources(path, value)
	if !strings.ContainsAny(value, "[<:") {
		return // no link, autolink or linkified URL
	}
	doc := markdown.Parse([]byte(value))
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			v.markdownDestination(path, string(n.Destination), false)
		case *ast.Image:
			v.markdownDestination(path, string(n.Destination), true)
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkURL { // an e-mail address is always fine
				v.markdownDestination(path, string(n.URL(doc.Source)), false)
			}
		}
		return ast.WalkContinue, nil
	})
}

// markdownDestination checks one link or image destination.
func (v *productValidator) markdownDestination(path, dest string, image bool) {
	switch {
	case dest == "":
		v.errorf(path, "a link has no destination")
	case strings.HasPrefix(dest, "#") && (path == "description" || strings.HasSuffix(path, ".changes.description")):
		// The description (the current version's, which may be a
		// version's own) is shown on the site's index and on the product
		// page, where one anchor would name different places (and neither
		// holds a heading of the description: headings are shown as bold
		// text); refused here rather than by the link check on a page.
		v.errorf(path, "link %q points into the page; the description is shown on the index and on the product page, where it would lead to different places: link to a file of content/%s/ or to another site", dest, v.p.ID)
	case strings.HasPrefix(dest, "#"):
		// a section of the document the field is printed in: the site's
		// link check checks it
	case markdown.IsRelativeDestination(dest):
		file := dest
		if i := strings.IndexAny(file, "#?"); i >= 0 {
			file = file[:i]
		}
		if u, err := url.PathUnescape(file); err == nil {
			file = u
		}
		if image {
			v.imageFile(path, file)
		} else {
			v.assetFile(path, file, "linked file", input.MaxAsset)
		}
	case strings.HasPrefix(dest, "/"):
		v.errorf(path, "link %q starts at the root of the web server; write it relative to content/%s/ (the site may be published under a sub-path)", dest, v.p.ID)
	case image:
		// another host: reported by remoteResources
	default:
		u, err := url.Parse(dest)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
			v.errorf(path, "link %q: want an http, https or mailto link, or a file of content/%s/", dest, v.p.ID)
		}
	}
}
