package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word cut between two letters (a column narrower than the word, with no
// punctuation to break after) ends its first part with a hyphen, as
// typesetting does, so that a reader sees "Reconstr-" / "uction" as one
// word cut, not two words. Only an ordinary word gets one: letters (an
// apostrophe between them allowed) between opening and closing punctuation
// ("(Reconstruction)," counts). A hash, a package URL, a version, code,
// anything with a digit, and a word with hyphens of its own ("N-EVENT-
// REPORT", where a hyphen at the line's end would read as one of them) is
// cut without one: a hyphen inside it would change what a reader copies.

// minHyphenPart is the fewest letters either side of a hyphenated cut.
const minHyphenPart = 2

// hyphenCut moves a cut between letters of word (after byte at of
// word[item], a head at most avail wide) to where the head and a hyphen
// fit, at least minHyphenPart letters from either end; word is an
// ordinary word (ordinaryWord) or what is left of one. ok is false when
// the cut is not between letters or no such place fits: the cut then
// stays where it was, without a hyphen.
func hyphenCut(word []item, item, at int, avail float64) (newItem, newAt int, ok bool) {
	// The runes of the word in order, with where each ends and the width
	// up to its end.
	type pos struct {
		item, end int
		r         rune
		w         float64
		letters   int // letters up to and including this rune
	}
	var runes []pos
	cut := -1 // index in runes of the last rune of the head
	w, letters := 0.0, 0
	for i, it := range word {
		m := metrics[it.st.face]
		for off, r := range it.text {
			w += float64(m.advance(r)) * it.st.size / 1000
			if unicode.IsLetter(r) {
				letters++
			}
			end := off + utf8.RuneLen(r)
			runes = append(runes, pos{i, end, r, w, letters})
			if i == item && end == at {
				cut = len(runes) - 1
			}
		}
	}
	if cut < 0 || cut+1 >= len(runes) || !unicode.IsLetter(runes[cut].r) || !unicode.IsLetter(runes[cut+1].r) {
		return item, at, false
	}
	for k := cut; k >= 0; k-- {
		p := runes[k]
		if !unicode.IsLetter(p.r) || !unicode.IsLetter(runes[k+1].r) {
			continue
		}
		if before, after := p.letters, letters-p.letters; before < minHyphenPart || after < minHyphenPart {
			continue
		}
		st := word[p.item].st
		if p.w+st.face.width("-", st.size) <= avail {
			return p.item, p.end, true
		}
	}
	return item, at, false
}

// ordinaryWord reports whether word is letters (with apostrophes between
// them), perhaps between opening and closing punctuation, in a text face
// (not code).
func ordinaryWord(word []item) bool {
	var b strings.Builder
	for _, it := range word {
		if it.st.code || it.st.face == faceMono || it.st.face == faceMonoBold {
			return false
		}
		b.WriteString(it.text)
	}
	s := strings.TrimLeft(b.String(), "([{\"'‘“")
	s = strings.TrimRight(s, ")]}\"'’”.,;:!?")
	if s == "" {
		return false
	}
	prev := rune(0)
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
		case (r == '\'' || r == '’') && unicode.IsLetter(prev):
		default:
			return false
		}
		prev = r
	}
	return unicode.IsLetter(prev)
}
