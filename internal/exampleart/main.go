// Command exampleart draws the example product's network and data-flow
// diagram, content/halcyon-lvp7/diagrams/network.png, from the facts of
// content/halcyon-lvp7.toml: the pump on Wi-Fi or docked Ethernet in the
// medical-device VLAN, the Halcyon Connect server, the hospital's DNS,
// DHCP, time and syslog services, the EHR behind Connect, and the service
// laptop on USB-C. Run it from the repository root:
//
//	go run ./internal/exampleart
//
// The output is deterministic: same program, same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

const (
	width  = 1500
	height = 1000
)

var (
	white     = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ink       = color.RGBA{0x1f, 0x29, 0x37, 0xff}
	muted     = color.RGBA{0x4b, 0x55, 0x63, 0xff}
	zoneFill  = color.RGBA{0xf3, 0xf4, 0xf6, 0xff}
	zoneLine  = color.RGBA{0x9c, 0xa3, 0xaf, 0xff}
	vlanFill  = color.RGBA{0xe8, 0xf1, 0xfb, 0xff}
	vlanLine  = color.RGBA{0x3b, 0x6e, 0xa8, 0xff}
	boxFill   = color.RGBA{0xff, 0xff, 0xff, 0xff}
	pumpFill  = color.RGBA{0xdb, 0xea, 0xfe, 0xff}
	fwFill    = color.RGBA{0xfe, 0xe2, 0xe2, 0xff}
	fwLine    = color.RGBA{0xb9, 0x1c, 0x1c, 0xff}
	linkColor = color.RGBA{0x1d, 0x4e, 0x89, 0xff}
	offColor  = color.RGBA{0x92, 0x40, 0x0e, 0xff}
)

type canvas struct {
	img                  *image.RGBA
	regular, bold, small face
}

func main() {
	out := flag.String("o", filepath.Join("content", "halcyon-lvp7", "diagrams", "network.png"), "output PNG")
	flag.Parse()
	c, err := newCanvas()
	if err != nil {
		log.Fatal(err)
	}
	c.draw()
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, c.img); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s (%dx%d, %d bytes)\n", *out, width, height, buf.Len())
}

func newCanvas() (*canvas, error) {
	reg, err := parseTTF(goregular.TTF)
	if err != nil {
		return nil, err
	}
	bold, err := parseTTF(gobold.TTF)
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), image.NewUniform(white), image.Point{}, draw.Src)
	return &canvas{img: img, regular: face{reg, 25}, bold: face{bold, 28}, small: face{reg, 22}}, nil
}

// draw lays out the topology. Coordinates are in pixels; the image is
// about 2.3 times the PDF column width, so 25 px text prints near 8 pt.
func (c *canvas) draw() {
	// Zones.
	c.zone(image.Rect(15, 60, 430, 930), zoneFill, zoneLine, "Patient care area")
	c.zone(image.Rect(455, 60, 905, 930), vlanFill, vlanLine, "Medical-device VLAN")
	c.zone(image.Rect(1015, 60, 1485, 930), zoneFill, zoneLine, "Hospital data centre")
	c.text(c.bold, 15, 38, ink, "Halcyon LVP-7: network and data flows")

	// Firewall between the VLAN and the data centre.
	fw := image.Rect(925, 100, 995, 890)
	c.box(fw, fwFill, fwLine, 3)
	c.vtext(c.bold, image.Rect(fw.Min.X, 175, fw.Max.X, 445), fwLine, "FIREWALL")
	c.vtext(c.bold, image.Rect(fw.Min.X, 710, fw.Max.X, 885), fwLine, "DENY")

	// Pump.
	pump := image.Rect(45, 140, 400, 420)
	c.box(pump, pumpFill, linkColor, 4)
	c.lines(pump, []line{{c.bold, ink, "Halcyon LVP-7 pump"}, {c.regular, muted, "LVP-7 and LVP-7D, v4.2.1"},
		{c.regular, muted, "Linux application processor"}, {c.regular, muted, "+ safety microcontroller"},
		{c.regular, muted, "no listening port as shipped"}})

	// Service laptop on USB-C.
	laptop := image.Rect(45, 720, 400, 880)
	c.box(laptop, boxFill, zoneLine, 3)
	c.lines(laptop, []line{{c.bold, ink, "Meridian service laptop"}, {c.regular, muted, "workshop servicing only"}})
	c.dashed(222, pump.Max.Y, 222, laptop.Min.Y, offColor)
	c.text(c.small, 238, 520, offColor, "USB-C service port")
	c.text(c.small, 238, 548, offColor, "off as shipped;")
	c.text(c.small, 238, 576, offColor, "enabled for 60 min")
	c.text(c.small, 238, 604, offColor, "by biomed; TLS 1.3")

	// VLAN access: Wi-Fi and docking station.
	ap := image.Rect(490, 130, 870, 260)
	c.box(ap, boxFill, vlanLine, 3)
	c.lines(ap, []line{{c.bold, ink, "Wi-Fi access points"}, {c.regular, muted, "WPA2/WPA3-Enterprise"}, {c.regular, muted, "EAP-TLS (RADIUS)"}})
	dock := image.Rect(490, 320, 870, 450)
	c.box(dock, boxFill, vlanLine, 3)
	c.lines(dock, []line{{c.bold, ink, "Docking station"}, {c.regular, muted, "Ethernet 1 Gbit/s"}, {c.regular, muted, "802.1X optional"}})
	c.arrow(pump.Max.X, 195, ap.Min.X, 195, linkColor, false)
	c.text(c.small, 412, 185, linkColor, "Wi-Fi")
	c.arrow(pump.Max.X, 385, dock.Min.X, 385, linkColor, false)
	c.text(c.small, 408, 375, linkColor, "docked")

	// Bus inside the VLAN towards the firewall.
	bus := 890
	c.solid(ap.Max.X, 195, bus, 195, linkColor)
	c.solid(dock.Max.X, 385, bus, 385, linkColor)
	c.solid(bus, 195, bus, 855, linkColor)
	c.text(c.small, 480, 520, muted, "The pump starts every connection")
	c.text(c.small, 480, 548, muted, "(outbound only). Block all inbound")
	c.text(c.small, 480, 576, muted, "traffic to the VLAN except TCP 4443")
	c.text(c.small, 480, 604, muted, "from biomed workstations, if used.")
	c.text(c.small, 480, 660, muted, "No internet or cloud connection")
	c.text(c.small, 480, 688, muted, "is needed.")

	// Data-centre servers, one row each, with the ports they serve.
	type server struct {
		y, h       int
		title, sub string
		off        bool
	}
	servers := []server{
		{120, 150, "Halcyon Connect server", "TCP 443, mutual TLS 1.3", false},
		{410, 90, "DNS and DHCP", "UDP 53, UDP 67", false},
		{530, 90, "Time servers (NTP / NTS)", "UDP 123, NTS-KE TCP 4460", false},
		{650, 90, "Syslog collector / SIEM", "TCP 6514 TLS (off as shipped)", true},
	}
	for _, s := range servers {
		r := image.Rect(1040, s.y, 1460, s.y+s.h)
		cy := s.y + 45
		col := linkColor
		if s.off {
			col = offColor
			c.dashed(bus, cy, r.Min.X, cy, col)
			c.arrowHead(r.Min.X, cy, 1, col)
		} else {
			c.arrow(bus, cy, r.Min.X, cy, col, false)
		}
		c.box(r, boxFill, zoneLine, 3)
		ls := []line{{c.bold, ink, s.title}, {c.regular, muted, s.sub}}
		if s.title == "Halcyon Connect server" {
			ls = append(ls, line{c.regular, muted, "drug library, auto-programming,"}, line{c.regular, muted, "event logs, software updates"})
		}
		c.lines(r, ls)
	}
	// The EHR behind Connect (the pump never talks to it directly).
	ehr := image.Rect(1040, 790, 1460, 900)
	c.box(ehr, boxFill, zoneLine, 3)
	c.lines(ehr, []line{{c.bold, ink, "EHR (interface engine)"}, {c.regular, muted, "HL7 v2, IHE PCD-01 / PCD-03"}})
	c.solid(1475, 195, 1475, 845, muted)
	c.solid(1460, 195, 1475, 195, muted)
	c.arrow(1475, 845, ehr.Max.X, 845, muted, false)

	// Legend.
	c.solid(40, 965, 100, 965, linkColor)
	c.text(c.small, 110, 973, ink, "enabled as shipped")
	c.dashed(330, 965, 390, 965, offColor)
	c.text(c.small, 400, 973, ink, "off as shipped; enabled by the hospital")
	c.text(c.small, 900, 973, muted, "Arrows point from the side that opens the connection.")
}

type line struct {
	face  face
	color color.RGBA
	text  string
}

func (c *canvas) fill(r image.Rectangle, col color.Color) {
	draw.Draw(c.img, r, image.NewUniform(col), image.Point{}, draw.Src)
}

func (c *canvas) box(r image.Rectangle, fill, border color.RGBA, w int) {
	c.fill(r, border)
	c.fill(r.Inset(w), fill)
}

func (c *canvas) zone(r image.Rectangle, fill, border color.RGBA, title string) {
	c.box(r, fill, border, 2)
	c.text(c.bold, r.Min.X+14, r.Min.Y+32, muted, title)
}

func (c *canvas) text(fc face, x, y int, col color.Color, s string) {
	fc.draw(c.img, float64(x), float64(y), col, s)
}

// lines centres text lines in a box.
func (c *canvas) lines(r image.Rectangle, ls []line) {
	total := 0.0
	for _, l := range ls {
		total += l.face.ascent() + l.face.descent() + 4
	}
	y := float64(r.Min.Y) + (float64(r.Dy())-total)/2
	for _, l := range ls {
		y += l.face.ascent()
		w := l.face.measure(l.text)
		l.face.draw(c.img, math.Round(float64(r.Min.X)+(float64(r.Dx())-w)/2), math.Round(y), l.color, l.text)
		y += l.face.descent() + 4
	}
}

// vtext writes s letter by letter down the middle of a narrow box.
func (c *canvas) vtext(fc face, r image.Rectangle, col color.Color, s string) {
	step := fc.ascent() + 2
	y := float64(r.Min.Y) + (float64(r.Dy())-step*float64(len(s)))/2 + fc.ascent()
	for _, ch := range s {
		w := fc.measure(string(ch))
		fc.draw(c.img, math.Round(float64(r.Min.X)+(float64(r.Dx())-w)/2), math.Round(y), col, string(ch))
		y += step
	}
}

// solid draws a 3-pixel horizontal or vertical line.
func (c *canvas) solid(x0, y0, x1, y1 int, col color.Color) {
	if x0 > x1 {
		x0, x1 = x1, x0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	c.fill(image.Rect(x0-1, y0-1, x1+2, y1+2), col)
}

// dashed draws a 3-pixel dashed horizontal or vertical line.
func (c *canvas) dashed(x0, y0, x1, y1 int, col color.Color) {
	const dash, gap = 14, 9
	if y0 == y1 {
		if x0 > x1 {
			x0, x1 = x1, x0
		}
		for x := x0; x < x1; x += dash + gap {
			c.solid(x, y0, min(x+dash, x1), y0, col)
		}
		return
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	for y := y0; y < y1; y += dash + gap {
		c.solid(x0, y, x0, min(y+dash, y1), col)
	}
}

// arrow draws a horizontal line with a head at (x1, y1), and at (x0, y0)
// too when both is set.
func (c *canvas) arrow(x0, y0, x1, y1 int, col color.Color, both bool) {
	c.solid(x0, y0, x1, y1, col)
	dir := 1
	if x1 < x0 {
		dir = -1
	}
	c.arrowHead(x1, y1, dir, col)
	if both {
		c.arrowHead(x0, y0, -dir, col)
	}
}

// arrowHead draws a filled triangle pointing right (dir 1) or left (-1)
// with its tip at (x, y).
func (c *canvas) arrowHead(x, y, dir int, col color.Color) {
	const length, half = 18, 9
	for i := 0; i <= length; i++ {
		h := half * i / length
		px := x - dir*i
		c.fill(image.Rect(px, y-h, px+1, y+h+1), col)
	}
}
