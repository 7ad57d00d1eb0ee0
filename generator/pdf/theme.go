package pdf

// The look of every document: a sober regulatory style. All lengths are in
// PDF points (1/72 in).

// rgb is a colour; one byte a channel keeps style, and so every laid-out
// item, small.
type rgb struct{ r, g, b uint8 }

// ints is c as fpdf's colour arguments.
func (c rgb) ints() (r, g, b int) { return int(c.r), int(c.g), int(c.b) }

var (
	colorText      = rgb{0x2b, 0x2b, 0x2b}
	colorMuted     = rgb{0x5f, 0x63, 0x68}
	colorHeading   = rgb{0x1b, 0x36, 0x5d}
	colorLink      = rgb{0x1f, 0x4e, 0x99}
	colorRule      = rgb{0xc5, 0xcb, 0xd3}
	colorQuoteBar  = rgb{0xa9, 0xb7, 0xc9}
	colorCodeBg    = rgb{0xf2, 0xf4, 0xf7}
	colorTableHead = rgb{0xdf, 0xe6, 0xef}
	colorZebra     = rgb{0xf6, 0xf8, 0xfa}
)

const (
	bodySize    = 10   // body text size
	bodyLeading = 14.2 // body line height
	paraGap     = 7    // space after a paragraph
	tightGap    = 2.5  // space between items of a tight list

	codeSize    = 8.6 // code block text size
	codeLeading = 11.6
	codePad     = 6 // padding inside a code block

	inlineCodeScale = 0.92 // inline code is set slightly smaller than its text

	tableSize    = 8.8
	tableLeading = 11.8
	cellPadX     = 4.5
	cellPadY     = 3.2

	listIndent  = 18 // indent of one list level
	quoteIndent = 14 // indent of a block quote; its rule sits in this space

	minTextWidth = 60 // deep nesting stops indenting once this little is left
)

// headingStyle is the look of one heading level.
type headingStyle struct {
	size, before, after float64
	face                face
	rule                bool // a hairline under the heading
}

var headingStyles = [7]headingStyle{
	1: {size: 17, before: 20, after: 8, face: faceBold, rule: true},
	2: {size: 14, before: 16, after: 6, face: faceBold, rule: true},
	3: {size: 12, before: 13, after: 5, face: faceBold},
	4: {size: 11, before: 11, after: 4, face: faceBold},
	5: {size: 10.5, before: 10, after: 3, face: faceBoldItalic},
	6: {size: 10, before: 9, after: 3, face: faceItalic},
}

// baseline returns the baseline of text of size size in a line of height
// leading whose top is at top: the cap height is centred in the line.
func baseline(top, leading, size float64) float64 {
	return top + leading/2 + size*0.35
}
