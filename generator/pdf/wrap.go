package pdf

import (
	"strings"
	"unicode/utf8"
)

// line is one laid-out line of items.
type line struct {
	items []item
	w     float64
}

// breakAfter are the characters after which an over-long word (a URL, a
// package URL, a path) is preferably broken.
const breakAfter = "/-?&=:._~@+#,;|"

// wrap breaks items into lines at most width wide. Words wider than a line
// (URLs, hashes, purls) are broken inside, preferably after punctuation,
// rather than overflowing the margin. Every line holds at least one rune,
// so wrapping ends whatever the width.
func wrap(items []item, width float64) []line {
	lines, _ := wrapInto(make([]item, 0, len(items)+4), items, width)
	return lines
}

// wrapInto is wrap with the lines' items appended to buf, which it
// returns (grown, if it had to): every line is a capped slice of it, one
// buffer for the paragraph instead of a growing slice per line. A word
// broken inside adds an item, so the buffer may still grow; lines already
// cut keep the old array.
func wrapInto(buf, items []item, width float64) ([]line, []item) {
	const eps = 1e-6
	width = max(width, 1)
	var (
		lines []line
		start = len(buf) // where the current line begins in buf
		curW  float64    // the current line's width
		space *item      // the space before the next word, if any
	)
	empty := func() bool { return len(buf) == start }
	flush := func() {
		lines = append(lines, line{items: buf[start:len(buf):len(buf)], w: curW})
		start, curW = len(buf), 0
	}
	add := func(it item) {
		buf = append(buf, it)
		curW += it.w
	}
	// put places word at the start of lines, breaking it as needed.
	put := func(word []item) {
		// Whether a cut between letters gets a hyphen is judged on the
		// whole word, once, when it first needs cutting.
		judged, hyphenate := false, false
		for len(word) > 0 {
			ww := wordWidth(word)
			if curW+ww <= width+eps {
				for _, it := range word {
					add(it)
				}
				return
			}
			if !judged {
				judged, hyphenate = true, ordinaryWord(word)
			}
			head, tail, nice := splitWord(word, width-curW, !empty(), hyphenate)
			if !empty() && !nice && hasBreak(word) {
				// After other words, a long word that has punctuation to
				// break at starts here only if it breaks at one
				// ("https://" then "www…", not "https://ww" then "w…");
				// a hash breaks anywhere, here as well as on a line of
				// its own.
				flush()
				continue
			}
			for _, it := range head {
				add(it)
			}
			flush()
			word = tail
		}
	}
	for i := 0; i < len(items); {
		it := &items[i]
		switch it.kind {
		case itemBreak:
			flush()
			space = nil
			i++
			continue
		case itemSpace:
			if !empty() {
				space = it
			}
			i++
			continue
		case itemImage:
			i++ // figures are split off before wrapping
			continue
		}
		j := i
		for j < len(items) && items[j].kind == itemWord {
			j++
		}
		word := items[i:j]
		i = j
		ww := wordWidth(word)
		sw := 0.0
		if space != nil {
			sw = space.w
		}
		space0 := space
		space = nil
		switch {
		case empty():
			put(word)
		case curW+sw+ww <= width+eps:
			add(*space0)
			put(word)
		case ww > width && width-curW-sw >= width*0.3:
			// Too long for any line: start it here rather than leave a
			// ragged gap, and continue on the next lines.
			add(*space0)
			put(word)
		default:
			flush()
			put(word)
		}
	}
	if !empty() {
		flush()
	}
	return lines, buf
}

// hasBreak reports whether word has a character to break after.
func hasBreak(word []item) bool {
	for _, it := range word {
		if strings.ContainsAny(it.text, breakAfter) {
			return true
		}
	}
	return false
}

func wordWidth(word []item) float64 {
	w := 0.0
	for _, it := range word {
		w += it.w
	}
	return w
}

// splitWord splits word so that head is at most avail wide (but at least
// one rune), preferring a break after punctuation that is not followed by
// more punctuation ("https://", not "https:"): the last one in the latter
// part of the line (from 0.6 of it), else the last from 0.35 of it, which
// leaves a shorter line but no word cut between letters ("EVENT-" then
// "REPORT)", not "EVENT-REPO" then "RT)"). After other words on the line
// (midLine), any such break is taken, wherever it falls: a URL starting
// after "Policy:" breaks after "https://", not inside "www". nice reports
// a break after punctuation. With hyphenate (word is, or is what is left
// of, an ordinary word), a cut between letters moves to where a hyphen
// fits after the head, and the head ends with one (hyphenCut).
func splitWord(word []item, avail float64, midLine, hyphenate bool) (head, tail []item, nice bool) {
	type cut struct{ item, at int } // cut after byte at of word[item]
	var last, best, pending, fallback cut
	found, pendingFound, fallbackFound := false, false, false
	w := 0.0
walk:
	for i, it := range word {
		m := metrics[it.st.face]
		for at, r := range it.text {
			punct := strings.ContainsRune(breakAfter, r)
			if pendingFound && !punct {
				best, nice = pending, true
			}
			pendingFound = false
			rw := float64(m.advance(r)) * it.st.size / 1000
			if found && w+rw > avail {
				break walk
			}
			w += rw
			last = cut{i, at + utf8.RuneLen(r)}
			found = true
			switch {
			case punct && (midLine || w >= avail*0.6):
				pending, pendingFound = last, true
			case punct && w >= avail*0.35:
				fallback, fallbackFound = last, true
			}
		}
	}
	c := last
	hyphen := false
	switch {
	case nice:
		c = best
	case fallbackFound:
		c, nice = fallback, true
	case hyphenate:
		c.item, c.at, hyphen = hyphenCut(word, c.item, c.at, avail)
	}
	for i := range c.item {
		head = append(head, word[i])
	}
	it := word[c.item]
	first := remeasure(it, it.text[:c.at])
	if c.at < len(it.text) {
		// By difference: measuring the rest again would make breaking a
		// very long word quadratic.
		rest := it
		rest.text, rest.w = it.text[c.at:], it.w-first.w
		tail = append(tail, rest)
	}
	if hyphen {
		first.text += "-"
		first.w += it.st.face.width("-", it.st.size)
	}
	if c.at > 0 {
		head = append(head, first)
	}
	tail = append(tail, word[c.item+1:]...)
	return head, tail, nice
}

func remeasure(it item, text string) item {
	it.text = text
	it.w = it.st.face.width(text, it.st.size)
	return it
}

// alignment of a line within its column.
type alignment uint8

const (
	alignLeft alignment = iota
	alignCenter
	alignRight
)

// drawLine prints ln in a column from x, width wide, in a line whose top is
// top and height leading. Adjacent items of the same style are printed as
// one string, so that text extraction sees words and spaces as written.
func (r *renderer) drawLine(ln line, x, width, top, leading float64, align alignment) {
	r.drawMarker(top, leading)
	switch align {
	case alignCenter:
		x += (width - ln.w) / 2
	case alignRight:
		x += width - ln.w
	}
	items := ln.items
	// A trailing space would only underline nothing.
	for len(items) > 0 && items[len(items)-1].kind == itemSpace {
		items = items[:len(items)-1]
	}
	for i := 0; i < len(items); {
		st := items[i].st
		w := items[i].w
		j := i + 1
		for ; j < len(items) && items[j].st == st; j++ {
			w += items[j].w
		}
		text := items[i].text
		if j > i+1 && r.c.draws() { // a measuring pass prints nothing
			text = r.joinText(items[i:j])
		}
		r.drawSpan(x, top, leading, w, text, st)
		x += w
		i = j
	}
}

// joinText is the text of items as one string. The bytes go through a
// buffer the renderer keeps, so a line costs one string, not a builder's
// growing copies.
func (r *renderer) joinText(items []item) string {
	b := r.textBuf[:0]
	for _, it := range items {
		b = append(b, it.text...)
	}
	r.textBuf = b
	return string(b)
}

func (r *renderer) drawSpan(x, top, leading, w float64, text string, st style) {
	base := baseline(top, leading, st.size)
	if st.code {
		h := st.size * 1.25
		r.c.fillRect(x-1, base-st.size*0.9, w+2, h, colorCodeBg)
	}
	if strings.TrimSpace(text) != "" {
		r.c.text(x, base, text, st.face, st.size, st.color)
	}
	if st.under {
		r.c.line(x, base+st.size*0.15, x+w, base+st.size*0.15, 0.4, st.color)
	}
	if st.strike {
		r.c.line(x, base-st.size*0.28, x+w, base-st.size*0.28, 0.6, st.color)
	}
	switch {
	case st.url != "":
		r.c.linkURL(x, top, w, leading, st.url)
	case st.anchor != "":
		if link, ok := r.links[st.anchor]; ok {
			r.c.linkTo(x, top, w, leading, link)
		}
	}
}

// plainItems is s as items in one style, for text that is not Markdown
// (the title block, the contents).
func (r *renderer) plainItems(s string, st style) []item {
	c := collector{r: r}
	c.text(s, st)
	return c.items
}
