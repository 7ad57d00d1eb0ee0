package html

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/jspgen/jspgen/generator/markdown"
)

// figureRenderer renders a paragraph that holds nothing but an image with a
// title as a <figure> with the title as its <figcaption>, the caption the
// PDF prints under the same image. Every other paragraph renders as
// goldmark renders it.
type figureRenderer struct{}

func (figureRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindParagraph, renderParagraph)
}

// figureImage returns the paragraph's image when it is a captioned figure.
func figureImage(n ast.Node) *ast.Image {
	img, ok := n.FirstChild().(*ast.Image)
	if !ok || n.ChildCount() != 1 || len(img.Title) == 0 {
		return nil
	}
	return img
}

func renderParagraph(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	img := figureImage(n)
	if img == nil {
		if entering {
			w.WriteString("<p>")
		} else {
			w.WriteString("</p>\n")
		}
		return ast.WalkContinue, nil
	}
	if !entering {
		return ast.WalkContinue, nil
	}
	// The image links to itself: a diagram wider than the column is
	// scaled down to fit it, and on a phone its labels shrink past reading
	// (a 1,350-pixel system view drawn 340 pixels wide); opened on its own
	// the reader can zoom and scroll it.
	safe := !gmhtml.IsDangerousURL(img.Destination)
	var dest []byte
	if safe {
		dest = util.EscapeHTML(util.URLEscape(img.Destination, true))
	}
	w.WriteString(`<figure>`)
	if safe {
		w.WriteString(`<a class="figure-full" href="`)
		w.Write(dest)
		w.WriteString(`">`)
	}
	w.WriteString(`<img src="`)
	w.Write(dest)
	w.WriteString(`" alt="`)
	w.Write(util.EscapeHTML([]byte(markdown.PlainText(img, src))))
	w.WriteString(`">`)
	if safe {
		w.WriteString(`</a>`)
	}
	w.WriteString(`<figcaption>`)
	gmhtml.DefaultWriter.Write(w, img.Title) // as goldmark writes a title attribute
	w.WriteString("</figcaption></figure>\n")
	return ast.WalkSkipChildren, nil
}
