// Package scaffold writes what `jspgen init` puts into a new product
// repository: the example site and product files, annotated from the
// content model's own field documentation (so the comments cannot drift
// from the decoder), a Makefile and a CI workflow.
package scaffold

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/tomlkey"
)

var dateType = reflect.TypeFor[content.Date]()

// field is one TOML key of a struct of the content model.
type field = content.Field

// fields lists the TOML keys of struct type t, in declaration order.
func fields(t reflect.Type) []field { return content.Fields(t) }

func lookup(t reflect.Type, name string) (field, bool) {
	for _, f := range fields(t) {
		if f.Name == name {
			return f, true
		}
	}
	return field{}, false
}

// tableType is the struct a table (or an array-of-tables element) decodes
// into, or nil.
func tableType(t reflect.Type) reflect.Type {
	if t == nil {
		return nil
	}
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == dateType {
		return nil
	}
	return t
}

// resolve walks a dotted key path from root and returns the struct type of
// the table it names.
func resolve(root reflect.Type, path []string) reflect.Type {
	t := root
	for _, seg := range path {
		if t == nil {
			return nil
		}
		f, ok := lookup(t, seg)
		if !ok {
			return nil
		}
		t = tableType(f.Type)
	}
	return t
}

// comment renders a field's documentation as TOML comment lines.
func comment(indent string, f field) []string {
	text := f.Doc
	if f.Markdown {
		text += " Markdown: **bold**, lists and [links](https://…) are formatted."
	}
	if len(f.OneOf) > 0 {
		text += " One of: " + strings.Join(f.OneOf, ", ") + "."
	}
	switch {
	case f.Required && len(f.RequiredFor) > 0:
		text += " (required for " + strings.Join(f.RequiredFor, ", ") + " in documents.build)"
	case f.Required:
		text += " (required)"
	case !strings.Contains(text, "(optional)"):
		text += " (optional)"
	}
	return wrap(indent+"# ", strings.TrimSpace(text), 78)
}

func wrap(prefix, text string, width int) []string {
	var lines []string
	line := prefix
	for _, w := range strings.Fields(text) {
		if len(line)+len(w)+1 > width && line != prefix {
			lines = append(lines, strings.TrimRight(line, " "))
			line = prefix
		}
		if line != prefix {
			line += " "
		}
		line += w
	}
	if line != prefix {
		lines = append(lines, line)
	}
	return lines
}

// placeholder is a commented-out example line for an absent key.
func placeholder(indent string, f field) string {
	var v string
	t := f.Type
	switch {
	case len(f.OneOf) > 0:
		v = fmt.Sprintf("%q", f.OneOf[0])
		if t.Kind() == reflect.Slice {
			v = "[" + v + "]"
		}
	case t == dateType:
		v = "2026-01-31"
	case t.Kind() == reflect.Slice && t.Elem() == dateType:
		v = "[2026-01-31]"
	case t.Kind() == reflect.Slice:
		v = "[]"
	case t.Kind() == reflect.Map:
		v = "{}"
	case t.Kind() == reflect.Bool, t == reflect.TypeFor[content.Tri]():
		v = "false"
	case t.Kind() == reflect.Int, t.Kind() == reflect.Int64:
		v = "0"
	case t.Kind() == reflect.Float64:
		v = "0.0"
	default:
		v = `""`
	}
	return indent + "# " + f.Name + " = " + v
}

// Annotate adds the content model's documentation of each key to a TOML
// file decoding into root: a comment above the first occurrence of every
// key and table, and, at the end of each table's first occurrence,
// commented-out lines for the keys the file leaves out. Tables the file
// never uses are appended, commented out, at the end. The data is not
// changed: the result decodes to the same values.
func Annotate(src []byte, root reflect.Type) []byte {
	lines := strings.Split(strings.TrimRight(string(src), "\n"), "\n")
	var out []string
	seenKey := map[string]bool{}   // "table path\x00key" documented
	seenTable := map[string]bool{} // table paths with a header documented
	curPath := []string{}
	curType := root
	present := map[string]bool{} // keys present in the current table block
	first := true                // the current block is its table's first
	inString := ""               // the open multi-line string delimiter
	depth := 0                   // open brackets of a multi-line value

	flush := func() {
		if curType == nil || !first {
			return
		}
		var missing []string
		for _, f := range fields(curType) {
			if present[f.Name] || tableType(f.Type) != nil {
				continue
			}
			missing = append(missing, comment("", f)...)
			missing = append(missing, placeholder("", f))
		}
		if len(missing) == 0 {
			return
		}
		// before the blank lines that end the block
		tail := 0
		for tail < len(out) && strings.TrimSpace(out[len(out)-1-tail]) == "" {
			tail++
		}
		blank := slices.Clone(out[len(out)-tail:])
		out = out[:len(out)-tail]
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, missing...)
		out = append(out, blank...)
	}
	key := func(path []string) string { return strings.Join(path, ".") }
	seenTables := map[string]bool{key(nil): true}

	for _, line := range lines {
		trim := strings.TrimSpace(line)
		if inString != "" || depth > 0 {
			out = append(out, line)
			inString, depth = scanValue(line, inString, depth)
			continue
		}
		switch {
		case strings.HasPrefix(trim, "[["), strings.HasPrefix(trim, "["):
			flush()
			array := strings.HasPrefix(trim, "[[")
			closer := "]"
			if array {
				closer = "]]"
			}
			inner := strings.TrimPrefix(strings.TrimPrefix(trim, "["), "[")
			if end := strings.Index(inner, closer); end >= 0 {
				inner = inner[:end]
			}
			curPath = tomlkey.Split(inner)
			curType = resolve(root, curPath)
			k := key(curPath)
			first = !seenTables[k]
			for i := range curPath {
				seenTables[key(curPath[:i+1])] = true // implicit parents too
			}
			present = map[string]bool{}
			for i := range curPath { // the table, and parents that have no header of their own
				pk := key(curPath[:i+1])
				if seenTable[pk] {
					continue
				}
				seenTable[pk] = true
				if f, ok := lookup(resolve(root, curPath[:i]), curPath[i]); ok {
					out = append(out, comment("", f)...)
				}
			}
			out = append(out, line)
		case trim == "" || strings.HasPrefix(trim, "#"):
			out = append(out, line)
		default:
			eq := tomlkey.End(trim)
			if eq < 0 {
				out = append(out, line)
				continue
			}
			segs := tomlkey.Split(trim[:eq])
			if len(segs) > 0 {
				present[segs[0]] = true
			}
			t := resolve(curType, segs[:max(len(segs)-1, 0)])
			k := key(curPath) + "\x00" + key(segs)
			if f, ok := lookup(t, segs[len(segs)-1]); ok && !seenKey[k] && curType != nil {
				seenKey[k] = true
				indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
				out = append(out, comment(indent, f)...)
			}
			out = append(out, line)
			inString, depth = scanValue(trim[eq+1:], "", 0)
		}
	}
	flush()

	// tables the file never uses
	var unused []string
	var walk func(t reflect.Type, path []string)
	walk = func(t reflect.Type, path []string) {
		for _, f := range fields(t) {
			sub := tableType(f.Type)
			if sub == nil {
				continue
			}
			p := append(slices.Clone(path), f.Name)
			if seenTables[key(p)] {
				walk(sub, p)
				continue
			}
			header := "[" + key(p) + "]"
			if f.Type.Kind() == reflect.Slice {
				header = "[" + header + "]"
			}
			unused = append(unused, "")
			unused = append(unused, comment("", f)...)
			unused = append(unused, "# "+header)
			if f.Type.Kind() == reflect.Map {
				continue // keyed entries: the comment says their shape
			}
			for _, g := range fields(sub) {
				if tableType(g.Type) != nil {
					continue
				}
				unused = append(unused, comment("", g)...)
				unused = append(unused, placeholder("", g))
			}
			walk(sub, p)
		}
	}
	walk(root, nil)
	if len(unused) > 0 {
		out = append(out, "", "# ---------------------------------------------------------------------------",
			"# Tables this file does not use yet. Uncomment and fill in what applies.")
		out = append(out, unused...)
	}
	return []byte(strings.Join(out, "\n") + "\n")
}

// scanValue follows a value across lines: it returns the multi-line string
// delimiter still open at the end of s and the depth of open brackets.
func scanValue(s, inString string, depth int) (string, int) {
	for i := 0; i < len(s); i++ {
		if inString != "" {
			if inString == `"""` && s[i] == '\\' {
				i++
				continue
			}
			if strings.HasPrefix(s[i:], inString) {
				i += len(inString) - 1
				inString = ""
			}
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], `"""`), strings.HasPrefix(s[i:], `'''`):
			inString = s[i : i+3]
			i += 2
		case s[i] == '"':
			for i++; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		case s[i] == '\'':
			for i++; i < len(s) && s[i] != '\''; i++ {
			}
		case s[i] == '#':
			return inString, depth
		case s[i] == '[' || s[i] == '{':
			depth++
		case s[i] == ']' || s[i] == '}':
			depth--
		}
	}
	return inString, max(depth, 0)
}
