package pdf

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // decode JPEG images
	_ "image/png"  // decode PNG images
	"io/fs"
	"net/url"
	"path"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
)

// picture is an image file read from Meta.Images.
type picture struct {
	name          string // its destination, also its fpdf name
	data          []byte
	kind          string // fpdf image type: "PNG" or "JPG"
	width, height int    // pixels
}

// pictures reads each image once for all passes.
type pictures struct {
	fsys   fs.FS
	dir    string // the document's folder inside fsys
	byName map[string]*picture
}

func newPictures(fsys fs.FS, dir string) *pictures {
	return &pictures{fsys: fsys, dir: dir, byName: map[string]*picture{}}
}

func (p *pictures) load(dest string) (*picture, error) {
	if pic, ok := p.byName[dest]; ok {
		return pic, nil
	}
	if p.fsys == nil {
		return nil, errors.New("no image folder given")
	}
	name := dest
	if u, err := url.PathUnescape(dest); err == nil {
		name = u
	}
	name = strings.TrimPrefix(path.Clean(name), "./")
	if p.dir != "" && !path.IsAbs(name) {
		name = path.Join(p.dir, name) // cleaned: "4.1.0/../diagrams/x.png" is "diagrams/x.png"
	}
	if strings.Contains(dest, "://") || !fs.ValidPath(name) {
		return nil, errors.New("not a relative path inside the image folder")
	}
	data, err := fs.ReadFile(p.fsys, name)
	if err != nil {
		return nil, err
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG image: %w", err)
	}
	if format == "png" || format == "jpeg" {
		if err := checkDecodes(data, format); err != nil {
			return nil, err
		}
	}
	pic := &picture{name: dest, data: data, width: cfg.Width, height: cfg.Height}
	switch format {
	case "png":
		pic.kind = "PNG"
	case "jpeg":
		pic.kind = "JPG"
	default:
		return nil, fmt.Errorf("format %s: want PNG or JPEG", format)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, errors.New("image has no pixels")
	}
	p.byName[dest] = pic
	return pic, nil
}

// decoded remembers, by content, the images that decoded in full: an image
// is usually in several documents of a build, and decoding costs more than
// hashing.
var decoded sync.Map // [sha256.Size]byte → struct{}

// checkDecodes reads the whole image, not just its header: fpdf panics on
// a truncated PNG and embeds a corrupt one as a broken image. A PNG is
// checked without being decoded into pixels (checkPNG); a JPEG is decoded.
func checkDecodes(data []byte, format string) error {
	sum := sha256.Sum256(data)
	if _, ok := decoded.Load(sum); ok {
		return nil
	}
	var err error
	if format == "png" {
		err = checkPNG(data)
	} else {
		_, _, err = image.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return fmt.Errorf("damaged %s image: %w", strings.ToUpper(format), err)
	}
	decoded.Store(sum, struct{}{})
	return nil
}

// pixel is the size of an image pixel: 96 per inch, as a browser shows it.
const pixel = 72.0 / 96

// figureSize is the size an image is drawn at: natural size, shrunk to the
// column width and to most of the page height.
func (r *renderer) figureSize(pic *picture) (w, h float64) {
	w, h = float64(pic.width)*pixel, float64(pic.height)*pixel
	if w > r.width() {
		w, h = r.width(), h*r.width()/w
	}
	if maxH := (r.geo.bottom - r.geo.top) * 0.85; h > maxH {
		w, h = w*maxH/h, maxH
	}
	return w, h
}

// figure places an image centred in the column at its natural size, shrunk
// to the column width and the page height if needed (never enlarged), with
// its title as the caption, or its alt text when it has no title (the HTML
// page shows the same caption).
func (r *renderer) figure(img *ast.Image) error {
	dest := string(img.Destination)
	if d, ok := r.meta.Drawings[dest]; ok {
		return r.drawingFigure(img, d)
	}
	pic, err := r.pics.load(dest)
	if err != nil {
		return fmt.Errorf("pdf: %s: image %q: %w", docName(r.meta), dest, err)
	}
	w, h := r.figureSize(pic)
	name := docName(r.meta)
	return r.placeFigure(img, w, h, func(x, top float64) error {
		return r.c.do(r.plan, func(c *canvas, _ plan) error {
			if err := c.image(pic, x, top, w, h); err != nil {
				return fmt.Errorf("pdf: %s: image %q: %w", name, dest, err)
			}
			return nil
		})
	})
}

// figureGap is the least space above a figure.
const figureGap = 4

// capLeading is the leading of a figure's caption.
const capLeading = capSize * 1.35

const capSize = 8.8

// caption is img's caption wrapped to the column, and the height it adds
// below the figure: its title, else its alt text.
func (r *renderer) caption(img *ast.Image) ([]line, float64) {
	text := string(img.Title)
	if text == "" {
		text = plainText(img, r.src)
	}
	if text == "" {
		return nil, 0
	}
	lines := wrap(r.plainItems(text, style{face: faceItalic, size: capSize, color: colorMuted}), r.width())
	return lines, float64(len(lines))*capLeading + 3
}

// placeFigure places a figure of w × h centred in the column, drawn by
// draw at its top-left corner, with its caption below.
func (r *renderer) placeFigure(img *ast.Image, w, h float64, draw func(x, top float64) error) error {
	caption, capH := r.caption(img)
	r.space(figureGap)
	top := r.place(h+capH, 0)
	r.drawMarker(top, bodyLeading)
	// Centred in the column; a figure wider than the column (a drawing
	// let into the margins) is kept wideMargin from the paper's edges.
	x := r.left + (r.width()-w)/2
	x = max(min(x, r.geo.width-wideMargin-w), wideMargin)
	if err := draw(x, top); err != nil {
		return err
	}
	r.y = top + h + 3
	for _, ln := range caption {
		r.drawLine(ln, r.left, r.width(), r.y, capLeading, alignCenter)
		r.y += capLeading
	}
	r.space(r.paraGap + 3)
	return nil
}
