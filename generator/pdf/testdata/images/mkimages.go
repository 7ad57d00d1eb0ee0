//go:build ignore

// mkimages writes the test images: go run mkimages.go (in this folder).

package main

import (
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
)

func main() {
	// A network diagram-ish PNG: 480x220, light background with boxes.
	p := image.NewRGBA(image.Rect(0, 0, 480, 220))
	for y := 0; y < 220; y++ {
		for x := 0; x < 480; x++ {
			c := color.RGBA{0xf4, 0xf6, 0xf9, 0xff}
			for i, bx := range []int{30, 190, 350} {
				if x >= bx && x < bx+100 && y >= 70 && y < 150 {
					c = []color.RGBA{{0x1b, 0x36, 0x5d, 0xff}, {0x3d, 0x6f, 0xb0, 0xff}, {0x8a, 0xa8, 0xcc, 0xff}}[i]
				}
			}
			if (y == 110) && (x >= 130 && x < 190 || x >= 290 && x < 350) {
				c = color.RGBA{0x33, 0x33, 0x33, 0xff}
			}
			if x == 0 || y == 0 || x == 479 || y == 219 {
				c = color.RGBA{0xc5, 0xcb, 0xd3, 0xff}
			}
			p.Set(x, y, c)
		}
	}
	f, _ := os.Create("network.png")
	png.Encode(f, p)
	f.Close()
	// A photo-like JPEG gradient, 1600x600 (wider than the text: scaled down).
	j := image.NewRGBA(image.Rect(0, 0, 1600, 600))
	for y := 0; y < 600; y++ {
		for x := 0; x < 1600; x++ {
			j.Set(x, y, color.RGBA{uint8(40 + x*150/1600), uint8(70 + y*120/600), 0xb0, 0xff})
		}
	}
	f, _ = os.Create("device.jpg")
	jpeg.Encode(f, j, &jpeg.Options{Quality: 70})
	f.Close()
}
