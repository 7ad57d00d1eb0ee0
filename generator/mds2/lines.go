package mds2

import (
	"bytes"
	"regexp"
	"strings"
)

// blockLines locates keys in the catalog text for error messages, since the
// TOML decoder reports positions for syntax errors only. It knows the
// layout the catalog uses: top-level keys, then [[sections]] and
// [[questions]] tables with one key per line (inline tables allowed).
type blockLines struct {
	lines  []string
	blocks map[string][]block // "sections", "questions", "" (top level)
}

type block struct {
	start, end int // line indexes (0-based): the header line, and one past the last line
}

var headerRE = regexp.MustCompile(`^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$`)

func scanBlocks(data []byte) blockLines {
	text := string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")))
	b := blockLines{lines: strings.Split(text, "\n"), blocks: map[string][]block{}}
	cur, start := "", 0
	for i, l := range b.lines {
		m := headerRE.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		b.blocks[cur] = append(b.blocks[cur], block{start, i})
		cur, start = m[1], i
	}
	b.blocks[cur] = append(b.blocks[cur], block{start, len(b.lines)})
	return b
}

// line returns the 1-based line of key in the i-th table of the array
// table (e.g. "questions"), or of the table's header when key is not found,
// or 0 when the table is not found.
func (b blockLines) line(table string, i int, key string) int {
	bl := b.blocks[table]
	if i < 0 || i >= len(bl) {
		return 0
	}
	if n := b.keyIn(bl[i], key); n > 0 {
		return n
	}
	return bl[i].start + 1
}

// find returns the 1-based line of the first occurrence of key in any
// table named table ("" = top level), or 0.
func (b blockLines) find(table, key string) int {
	for _, bl := range b.blocks[table] {
		if n := b.keyIn(bl, key); n > 0 {
			return n
		}
	}
	return 0
}

func (b blockLines) keyIn(bl block, key string) int {
	re := regexp.MustCompile(`(^|[\s{,])"?` + regexp.QuoteMeta(key) + `"?\s*=`)
	for i := bl.start; i < bl.end && i < len(b.lines); i++ {
		l := strings.TrimSpace(b.lines[i])
		if strings.HasPrefix(l, "#") {
			continue
		}
		if re.MatchString(l) {
			return i + 1
		}
	}
	return 0
}
