package content

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/jspgen/jspgen/generator/markdown"
)

// markdownPlace is what a Markdown value's links can reach where it is
// shown: the files of the product's asset folder, published beside its
// pages, and the IDs the pages showing it already use.
type markdownPlace struct {
	assetDir string            // content/<product-id>/ on disk
	pageIDs  map[string]string // ID → what on the page uses it, in the user's words
}

// markdownField reports every problem of the Markdown value at path (the
// product's description, or any other field shown as Markdown) as an
// error at that key: what would otherwise surface later as a broken link
// on a generated page, or not at all. A field shown only in documents
// passes markdownPlace{assetDir: <as descriptionPlace>, pageIDs: layoutIDs}.
func (v *productValidator) markdownField(path, value string, place markdownPlace) {
	for _, msg := range markdownProblems(value, place) {
		v.errorf(path, "%s", msg)
	}
}

// descriptionPlace is where the product description is shown: the site's
// index and the product's page, both in the page layout.
func (v *productValidator) descriptionPlace() markdownPlace {
	ids := map[string]string{}
	for id, what := range layoutIDs {
		ids[id] = what
	}
	for id, what := range productPageIDs {
		ids[id] = what
	}
	for _, prefix := range []string{"product-", "documents-"} {
		ids[prefix+v.p.ID] = fmt.Sprintf("the index page (the %s section)", v.p.ID)
	}
	ids["products-caption"] = "the index page (the products table)"
	ids["readers-tools"] = "the index page (the section for security tools)"
	return markdownPlace{assetDir: filepath.Join(v.contentDir, v.p.ID), pageIDs: ids}
}

// layoutIDs and productPageIDs are the IDs templates/layout.html and
// templates/product.html write themselves; TestPageIDsListed keeps these
// lists and the templates in step.
var (
	layoutIDs = map[string]string{
		"main-content": "the page layout (the target of its skip link)",
		"toc-title":    "the page layout (the title of its contents)",
	}
	productPageIDs = map[string]string{
		"documents":         "the product page (its Documents section)",
		"documents-caption": "the product page (its documents table)",
		"files":             "the product page (its machine-readable files section)",
		"files-caption":     "the product page (its files table)",
		"versions":          "the product page (its Versions section)",
		"versions-caption":  "the product page (its versions table)",
		"contact":           "the product page (its vulnerability reporting section)",
	}
)

// markdownProblems lists, in document order, what in a Markdown value
// would not be published as written:
//
//   - an image from another host: the site promises readers that it loads
//     nothing from elsewhere (no tracking, works offline), and a PDF
//     cannot embed it; links to other sites are fine;
//   - a relative link or image naming no file of the product's folder, or
//     leaving it: pages show the value beside the folder's published copy;
//   - a link to an in-page #anchor that none of the value's own headings
//     has (the IDs of the pages around it differ from page to page);
//   - a heading whose ID a page showing the value already uses;
//   - raw HTML, which pages leave out (goldmark's safe mode);
//   - a link of a scheme that the HTML output empties (javascript:, data:).
func markdownProblems(value string, place markdownPlace) []string {
	doc := markdown.Parse([]byte(value))
	headings := map[string]bool{}
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			if id, ok := h.AttributeString("id"); ok {
				headings[fmt.Sprintf("%s", id)] = true // []byte from the parser
			}
		}
		return ast.WalkContinue, nil
	})
	var problems, tags []string
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			text := markdown.PlainText(n, doc.Source)
			if what, ok := place.pageIDs[markdown.BaseSlug(text)]; ok {
				problems = append(problems, fmt.Sprintf("heading %q would have the ID %q, which %s already uses; give the heading other words", text, markdown.BaseSlug(text), what))
			}
		case *ast.Image:
			problems = append(problems, place.target("image", string(n.Destination), headings)...)
		case *ast.Link:
			problems = append(problems, place.target("link", string(n.Destination), headings)...)
		case *ast.HTMLBlock:
			if n.HTMLBlockType != ast.HTMLBlockType2 { // a comment says nothing to readers
				problems = append(problems, fmt.Sprintf("raw HTML %q is not shown: pages leave HTML in Markdown text out, and this block's text with it (write it in Markdown)", firstLine(n, doc.Source)))
			}
		case *ast.RawHTML:
			if raw := rawText(n, doc.Source); !strings.HasPrefix(raw, "<!--") {
				tags = append(tags, strconv.Quote(raw))
			}
		}
		return ast.WalkContinue, nil
	})
	if len(tags) > 0 { // one message for the lot: tags come in pairs
		problems = append(problems, fmt.Sprintf("raw HTML %s is not shown: pages leave HTML in Markdown text out (write it in Markdown)", strings.Join(tags, ", ")))
	}
	return problems
}

// target checks one link or image destination.
func (place markdownPlace) target(what, dest string, headings map[string]bool) []string {
	folder := filepath.ToSlash(place.assetDir) + "/" // as the user named it: content/<id>/
	u, err := url.Parse(dest)
	switch {
	case err != nil:
		return []string{fmt.Sprintf("%s %q is not a valid URL", what, dest)}
	case what == "image" && (u.IsAbs() || u.Host != ""):
		return []string{fmt.Sprintf("image %q loads from another host; put the file in %s and refer to it by a relative path (the site loads nothing from other hosts)", dest, folder)}
	case gmhtml.IsDangerousURL([]byte(dest)):
		return []string{fmt.Sprintf("%s %q is not published: the HTML output empties %s: links", what, dest, u.Scheme)}
	case u.IsAbs() || u.Host != "":
		return nil // a link to another site
	case u.Path == "" && u.Fragment != "":
		if !headings[u.Fragment] {
			own := "it has none"
			if len(headings) > 0 {
				own = "IDs " + keysOf(headings)
			}
			return []string{fmt.Sprintf("%s %q points to no heading of this text; an in-page link here can only reach one of the text's own headings (%s)", what, dest, own)}
		}
		return nil
	case u.Path == "":
		return nil // "" or "?query": this page
	case strings.HasPrefix(u.Path, "/"):
		return []string{fmt.Sprintf("%s %q starts at the root of the web server; write the path relative to %s", what, dest, folder)}
	}
	rel := path.Clean(u.Path)
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return []string{fmt.Sprintf("%s %q leaves %s; name a file inside it", what, dest, folder)}
	}
	for _, part := range strings.Split(rel, "/") {
		if IsJunk(part) {
			return []string{fmt.Sprintf("%s %q names %s%s, which is not published (names starting with a dot or ending in ~ are left out)", what, dest, folder, rel)}
		}
	}
	st, err := os.Stat(filepath.Join(place.assetDir, filepath.FromSlash(rel)))
	switch {
	case err != nil:
		return []string{fmt.Sprintf("%s %q names no file: %s%s does not exist", what, dest, folder, rel)}
	case st.IsDir():
		return []string{fmt.Sprintf("%s %q names the folder %s%s, not a file", what, dest, folder, rel)}
	}
	return nil
}

// firstLine is the first line of an HTML block, for messages.
func firstLine(n *ast.HTMLBlock, src []byte) string {
	if n.Lines().Len() == 0 {
		return ""
	}
	line := n.Lines().At(0)
	return strings.TrimSpace(string(line.Value(src)))
}

// rawText is an inline HTML tag as written.
func rawText(n *ast.RawHTML, src []byte) string {
	var b strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}
