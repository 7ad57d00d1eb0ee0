package content

import (
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/internal/tomlkey"
)

// positions maps key paths ("ports[3].direction") to the line that defines
// them. BurntSushi/toml keeps key positions private and loses the index of
// array-of-tables entries, so we scan the source, which the TOML parser has
// already accepted, for table headers and keys.
type positions struct {
	lines map[string]int
}

// Line returns the line defining path, or of its nearest ancestor that has
// one (a missing key is reported at its table), or 1 for top-level keys.
func (p positions) Line(path string) int {
	for path != "" {
		if l, ok := p.lines[path]; ok {
			return l
		}
		path = parentPath(path)
	}
	return 1 // a top-level key: the file's first line
}

// parentPath drops the last segment: "a[2].b" → "a[2]" → "a" → "".
func parentPath(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// scanPositions reads TOML source line by line. It understands table
// headers, array-of-tables headers, dotted keys, multi-line strings and
// arrays; entries of multi-line arrays of inline tables get their own line.
func scanPositions(src []byte) positions {
	p := positions{lines: map[string]int{}}
	counts := map[string]int{} // array-of-tables path → entries seen
	current := ""
	lines := strings.Split(string(src), "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		switch {
		case line == "" || line[0] == '#':
			continue
		case strings.HasPrefix(line, "[["):
			base := resolve(counts, headerKey(line[2:], "]]"))
			current = base + "[" + strconv.Itoa(counts[base]) + "]"
			counts[base]++
			p.lines[current] = i + 1
			if _, ok := p.lines[base]; !ok {
				p.lines[base] = i + 1
			}
		case line[0] == '[':
			current = resolve(counts, headerKey(line[1:], "]"))
			p.lines[current] = i + 1
		default:
			eq := tomlkey.End(line)
			if eq < 0 {
				continue
			}
			path := join(current, tomlkey.Split(line[:eq]))
			p.lines[path] = i + 1
			i = skipValue(lines, i, strings.TrimSpace(line[eq+1:]), path, p.lines)
		}
	}
	return p
}

// resolve turns a dotted header key into a path, giving each segment that
// is an array of tables its current (last) index.
func resolve(counts map[string]int, key []string) string {
	path := ""
	for j, seg := range key {
		path = join(path, []string{seg})
		if n, ok := counts[path]; ok && j < len(key)-1 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

func join(base string, segs []string) string {
	for _, s := range segs {
		if base == "" {
			base = s
		} else {
			base += "." + s
		}
	}
	return base
}

// headerKey splits the key between "[" (already removed) and the closer.
func headerKey(rest, closer string) []string {
	if i := strings.Index(rest, closer); i >= 0 {
		rest = rest[:i]
	}
	return tomlkey.Split(rest)
}

// skipValue returns the index of the last line of the value that starts
// on line i, recording the lines of inline-table entries of arrays.
func skipValue(lines []string, i int, value, path string, out map[string]int) int {
	for _, delim := range []string{`"""`, `'''`} {
		if strings.HasPrefix(value, delim) {
			rest := value[3:]
			for !strings.Contains(rest, delim) && i+1 < len(lines) {
				i++
				rest = lines[i]
			}
			return i
		}
	}
	if !strings.HasPrefix(value, "[") {
		return i
	}
	depth, entry := 0, 0
	text := value
	for {
		quote := byte(0)
		for k := 0; k < len(text); k++ {
			c := text[k]
			switch {
			case quote != 0:
				if c == '\\' && quote == '"' {
					k++
				} else if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '#':
				k = len(text)
			case c == '[' || c == '{':
				if depth == 1 {
					out[path+"["+strconv.Itoa(entry)+"]"] = i + 1
				}
				depth++
			case c == ']' || c == '}':
				depth--
				if depth == 1 {
					entry++
				}
			case c == ',' && depth == 1:
				if !strings.HasSuffix(strings.TrimSpace(text[:k]), "}") && !strings.HasSuffix(strings.TrimSpace(text[:k]), "]") {
					entry++
				}
			}
		}
		if depth <= 0 || i+1 >= len(lines) {
			return i
		}
		i++
		text = lines[i]
	}
}
