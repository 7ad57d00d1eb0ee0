package site

import (
	"bytes"
	"html"
	"slices"
	"strings"
)

// Attr is one attribute of a start tag, with its character references
// decoded.
type Attr struct {
	Name, Value string
}

// Tag is one start tag of an HTML page.
type Tag struct {
	Name  string // lower case
	Attrs []Attr
	Line  int // 1-based line of the '<'
}

// Get returns the value of the named attribute and whether the tag has it.
func (t Tag) Get(name string) (string, bool) {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// rawText elements hold text that is not markup up to their end tag.
var rawText = map[string]bool{"script": true, "style": true, "title": true, "textarea": true, "xmp": true, "iframe": true, "noembed": true, "noframes": true, "plaintext": true}

// ScanTags returns the start tags of an HTML document in order. It follows
// the HTML tokenizer as far as tags and attributes go: comments, doctype
// and processing-instruction-like markup are skipped, the content of raw
// text elements (script, style, title, textarea) is not read as markup,
// attribute values may be double-quoted, single-quoted or unquoted, and
// character references in them are decoded. End tags are skipped.
func ScanTags(src []byte) []Tag {
	var tags []Tag
	visitTags(src, func(t Tag) {
		t.Attrs = slices.Clip(slices.Clone(t.Attrs))
		if len(t.Attrs) == 0 {
			t.Attrs = nil
		}
		tags = append(tags, t)
	})
	return tags
}

// visitTags calls visit with each start tag of src, as ScanTags reads
// them. A tag's Attrs are reused for the next tag: visit copies what it
// keeps. The link check scans every page this way, without holding a
// page's tags at once.
func visitTags(src []byte, visit func(Tag)) {
	var attrs []Attr
	line := 1
	i := 0
	n := len(src)
	advance := func(to int) {
		if to > n {
			to = n
		}
		line += bytes.Count(src[i:to], []byte{'\n'})
		i = to
	}
	for i < n {
		lt := bytes.IndexByte(src[i:], '<')
		if lt < 0 {
			break
		}
		advance(i + lt)
		rest := src[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				advance(n)
				continue
			}
			advance(i + 4 + end + 3)
			continue
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
			// doctype, CDATA-like or bogus comment: up to the next '>'
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				advance(n)
				continue
			}
			advance(i + end + 1)
			continue
		case len(rest) > 1 && rest[1] == '/':
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				advance(n)
				continue
			}
			advance(i + end + 1)
			continue
		case len(rest) < 2 || !isASCIILetter(rest[1]):
			advance(i + 1) // a lone '<' in text
			continue
		}
		tag, consumed := scanTag(rest, attrs[:0])
		tag.Line = line
		advance(i + consumed)
		visit(tag)
		attrs = tag.Attrs
		if rawText[tag.Name] {
			// skip to the matching end tag, case-insensitively
			closer := []byte("</" + tag.Name)
			end := indexFold(src[i:], closer)
			if end < 0 {
				advance(n)
			} else {
				advance(i + end)
			}
		}
	}
}

// scanTag reads the start tag at the beginning of s ("<name ...>") and
// returns it with the number of bytes it spans; its Attrs are appended
// to attrs.
func scanTag(s []byte, attrs []Attr) (Tag, int) {
	j := 1
	for j < len(s) && !isSpace(s[j]) && s[j] != '/' && s[j] != '>' {
		j++
	}
	t := Tag{Name: strings.ToLower(string(s[1:j])), Attrs: attrs}
	for j < len(s) {
		for j < len(s) && (isSpace(s[j]) || s[j] == '/') {
			j++
		}
		if j >= len(s) {
			break
		}
		if s[j] == '>' {
			return t, j + 1
		}
		// attribute name: up to space, '/', '>' or '='; a leading '=' belongs to it
		start := j
		j++
		for j < len(s) && !isSpace(s[j]) && s[j] != '/' && s[j] != '>' && s[j] != '=' {
			j++
		}
		name := strings.ToLower(string(s[start:j]))
		k := j
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		if k >= len(s) || s[k] != '=' {
			t.Attrs = append(t.Attrs, Attr{Name: name})
			continue
		}
		j = k + 1
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		var raw []byte
		switch {
		case j < len(s) && (s[j] == '"' || s[j] == '\''):
			q := s[j]
			end := bytes.IndexByte(s[j+1:], q)
			if end < 0 {
				raw, j = s[j+1:], len(s)
			} else {
				raw, j = s[j+1:j+1+end], j+1+end+1
			}
		default:
			v := j
			for j < len(s) && !isSpace(s[j]) && s[j] != '>' {
				j++
			}
			raw = s[v:j]
		}
		t.Attrs = append(t.Attrs, Attr{Name: name, Value: html.UnescapeString(string(raw))})
	}
	return t, len(s)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func indexFold(s, sub []byte) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if bytes.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
