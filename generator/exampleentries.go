package generator

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/tomlpos"
	"github.com/pelletier/go-toml/v2/unstable"
)

// The line comparison of examplefacts.go sees long sentences only: a
// certification, an approval, a port or a document ID is made of short
// values any product may hold one of. What makes them the example's is
// that they come together: a whole [[…]] entry equal to one of the
// example's, or a value the example gives at the same key that no other
// product would (a document ID, a phone number, a multi-line text).

// exampleValues is what the example states, by key path with the array
// indexes dropped ("documents.csd.approvals.name").
type exampleValues struct {
	entries map[string]bool            // entry signatures (entrySignature)
	values  map[string]map[string]bool // distinctive values at each path
}

// An entry with fewer stated values than this says too little to be the
// example's rather than the user's: `{ port = 443 }` or a lone
// `name = "Pharmacist"` is what many products state.
const exampleEntryMinValues = 2

// distinctiveEntry says whether an entry says enough to be the example's
// rather than a stock entry any product may share with it word for word
// (`{ what = "technical_support", milestone = "end_of_support" }`, a
// flow endpoint "Service laptop" in the physical zone, a monitoring
// source "NVD, CISA KEV and supplier advisories", daily): many values, a
// sentence of the example's own, or a dated record (an approval, a
// revision) with something besides its date.
func distinctiveEntry(values []entryValue) bool {
	if len(values) < exampleEntryMinValues {
		return false
	}
	if len(values) >= 5 {
		return true
	}
	dated := false
	for _, v := range values {
		if len(normalText(v.value)) >= 50 {
			return true
		}
		dated = dated || v.date
	}
	return dated && len(values) >= 3
}

// A text shorter than this (after joining its whitespace) may be a stock
// phrase ("Not applicable.") any product shares with the example.
const exampleTextMin = 40

// dropIndexes turns "versions[2].changes.ports_added[0].port" into
// "versions.changes.ports_added.port".
var indexRE = regexp.MustCompile(`\[\d+\]`)

func dropIndexes(path string) string { return indexRE.ReplaceAllString(path, "") }

// entryValue is one stated value of an entry, relative to it.
type entryValue struct {
	rel, value string
	line       int
	date       bool // a date or date-time
	str        bool // a string (quoted in a label)
}

// fileEntries groups the scalars of a TOML file by the array-of-tables
// (or array of inline tables) entry each lies in, innermost and outer
// entries alike: "ports[3]" and "versions[2]", "versions[2].changes.ports_added[0]".
func fileEntries(scalars []tomlpos.Scalar) map[string][]entryValue {
	out := map[string][]entryValue{}
	for _, s := range scalars {
		for i := 0; i+1 < len(s.Path); i++ {
			if s.Path[i] == ']' && s.Path[i+1] == '.' {
				entry := s.Path[:i+1]
				out[entry] = append(out[entry], entryValue{rel: dropIndexes(s.Path[i+2:]), value: s.Value, line: s.Line,
					date: s.Kind == unstable.LocalDate || s.Kind == unstable.LocalDateTime || s.Kind == unstable.DateTime, str: s.Kind == unstable.String})
			}
		}
	}
	return out
}

// entrySignature is an entry's array (indexes dropped) and its values by
// key, sorted, so that the order of keys and of entries does not matter.
func entrySignature(entry string, values []entryValue) string {
	parts := make([]string, 0, len(values)+1)
	for _, v := range values {
		parts = append(parts, v.rel+"\x00"+normalText(v.value))
	}
	slices.Sort(parts)
	return dropIndexes(tomlpos.Parent(entry)) + "\x01" + strings.Join(parts, "\x01")
}

// normalText joins a text's runs of white space into one space, so that
// a multi-line string re-wrapped is the same text.
func normalText(s string) string { return strings.Join(strings.Fields(s), " ") }

// distinctiveValue says whether the value s at path (indexes dropped)
// identifies the example where it equals the example's: the document
// control (IDs, owners, approvers), the site's phone numbers and long
// hours texts, and any long multi-line text. A short hours text ("24/7")
// or a revision letter is what many makers state.
func distinctiveValue(path string, s tomlpos.Scalar) bool {
	if s.Kind != unstable.String {
		return false
	}
	last := path[strings.LastIndexByte(path, '.')+1:]
	switch {
	case strings.HasPrefix(path, "documents."):
		// a document's own keys (documents.csd.id, .owner), not the
		// list of kinds to build nor a revision letter
		return strings.Count(s.Path, ".") == 2 && !strings.Contains(s.Path, "[") && len(s.Value) >= 6
	case last == "phone":
		return true
	case last == "hours":
		return len(normalText(s.Value)) >= exampleTextMin
	}
	return isMultiline(s) && len(normalText(s.Value)) >= exampleTextMin
}

func isMultiline(s tomlpos.Scalar) bool {
	return strings.HasPrefix(s.Raw, `"""`) || strings.HasPrefix(s.Raw, `'''`)
}

// addExampleValues records the entries and distinctive values of one of
// the example's files.
func (ev *exampleValues) add(data []byte) {
	scalars, err := tomlpos.Scalars(data)
	if err != nil {
		return
	}
	for entry, values := range fileEntries(scalars) {
		if distinctiveEntry(values) {
			ev.entries[entrySignature(entry, values)] = true
		}
	}
	for _, s := range scalars {
		path := dropIndexes(s.Path)
		// the example's values at a path count whatever their form: a
		// user may have joined a multi-line text onto one line
		if s.Kind == unstable.String && (distinctiveValue(path, s) || len(normalText(s.Value)) >= exampleTextMin) {
			if ev.values[path] == nil {
				ev.values[path] = map[string]bool{}
			}
			ev.values[path][normalText(s.Value)] = true
		}
	}
}

// productMarkers are the short names of an example product: the words of
// its name that are also parts of its id ("Halcyon" and "LVP-7" of
// halcyon-lvp7, "Dosewise" of dosewise), which name it in its parts,
// servers and components where the full name is not written.
func productMarkers(id, name string) []string {
	parts := map[string]bool{}
	for p := range strings.SplitSeq(strings.ToLower(id), "-") {
		parts[p] = true
	}
	var out []string
	for w := range strings.FieldsSeq(name) {
		key := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, w)
		if len(key) >= 4 && parts[key] {
			out = append(out, strings.Trim(w, ",.()"))
		}
	}
	return out
}

// documentIDPrefix is the prefix every document ID of the example shares
// up to its first hyphen ("MIS-"), or "".
func documentIDPrefix(scalars []tomlpos.Scalar) string {
	prefix := ""
	for _, s := range scalars {
		if !strings.HasPrefix(s.Path, "documents.") || !strings.HasSuffix(s.Path, ".id") {
			continue
		}
		p, _, ok := strings.Cut(s.Value, "-")
		if !ok || len(p) < 2 {
			return ""
		}
		if prefix != "" && prefix != p+"-" {
			return ""
		}
		prefix = p + "-"
	}
	return prefix
}

// exampleEntriesInFile reports the entries of data that are the example's
// whole, one warning per array, and the distinctive values outside them
// equal to the example's at the same key, one warning per kind.
func exampleEntriesInFile(file string, data []byte, ex exampleFacts) content.Diagnostics {
	scalars, err := tomlpos.Scalars(data)
	if err != nil || len(scalars) == 0 {
		return nil // the content check reports the syntax error
	}
	var pos tomlpos.Positions
	entryLine := func(entry string, values []entryValue) int {
		if pos == (tomlpos.Positions{}) {
			pos = tomlpos.Scan(data)
		}
		if l := pos.Exact(entry); l > 0 {
			return l
		}
		l := values[0].line
		for _, v := range values {
			l = min(l, v.line)
		}
		return l
	}
	entries := fileEntries(scalars)
	paths := make([]string, 0, len(entries))
	for e := range entries {
		paths = append(paths, e)
	}
	// outer entries first: a versions entry that is the example's is
	// reported once, not with each of its changes
	slices.SortFunc(paths, func(a, b string) int {
		if c := strings.Count(a, "["); c != strings.Count(b, "[") {
			return c - strings.Count(b, "[")
		}
		return strings.Compare(a, b)
	})
	type found struct {
		line  int
		label string
	}
	byArray := map[string][]found{}
	var arrays []string
	var matched []string // entry paths, with "." or "[" after them
	inMatched := func(path string) bool {
		for _, m := range matched {
			if strings.HasPrefix(path, m+".") || strings.HasPrefix(path, m+"[") {
				return true
			}
		}
		return false
	}
	for _, e := range paths {
		values := entries[e]
		if !distinctiveEntry(values) || inMatched(e) || !ex.values.entries[entrySignature(e, values)] {
			continue
		}
		matched = append(matched, e)
		array := dropIndexes(tomlpos.Parent(e))
		if byArray[array] == nil {
			arrays = append(arrays, array)
		}
		byArray[array] = append(byArray[array], found{entryLine(e, values), entryLabel(values)})
	}
	var out content.Diagnostics
	for _, array := range arrays {
		fs := byArray[array]
		slices.SortFunc(fs, func(a, b found) int { return a.line - b.line })
		if len(fs) == 1 {
			out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: fs[0].line,
				Message: fmt.Sprintf("this [[%s]] entry is the example's, every value of it: %s; replace it with your own or delete it", array, fs[0].label)})
			continue
		}
		lines := make([]int, len(fs))
		var labels []string
		for i, f := range fs {
			lines[i] = f.line
			if i < 3 {
				labels = append(labels, f.label)
			}
		}
		if len(fs) > 3 {
			labels = append(labels, "…")
		}
		out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: fs[0].line,
			Message: fmt.Sprintf("%d [[%s]] entries, at lines %s, are the example's, every value of them: %s; replace them with your own or delete them", len(fs), array, lineRanges(lines), strings.Join(labels, "; "))})
	}
	// values outside those entries, grouped by what they are
	var docs, contact, texts []string
	var docLines, contactLines, textLines []int
	for _, s := range scalars {
		path := dropIndexes(s.Path)
		if inMatched(s.Path) || !distinctiveValue(path, s) || !ex.values.values[path][normalText(s.Value)] {
			continue
		}
		switch last := path[strings.LastIndexByte(path, '.')+1:]; {
		case strings.HasPrefix(path, "documents."):
			docs, docLines = append(docs, fmt.Sprintf("%s %q (line %d)", s.Path, short(s.Value), s.Line)), append(docLines, s.Line)
		case last == "phone" || last == "hours":
			contact, contactLines = append(contact, fmt.Sprintf("%s %q (line %d)", s.Path, short(s.Value), s.Line)), append(contactLines, s.Line)
		default:
			texts, textLines = append(texts, s.Path), append(textLines, s.Line)
		}
	}
	if len(docs) > 0 {
		out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: docLines[0],
			Message: fmt.Sprintf("the document control is the example's: %s; the documents would carry the example's IDs, owners and approvers as yours: state your own, or delete them", strings.Join(docs, ", "))})
	}
	if len(contact) > 0 {
		out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: contactLines[0],
			Message: fmt.Sprintf("the example manufacturer's contact details: %s; security.txt and the documents would publish them as yours: state your own, or delete them", strings.Join(contact, ", "))})
	}
	if len(texts) > 0 {
		out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: textLines[0],
			Message: fmt.Sprintf("%d multi-line texts are the example's word for word (white space aside), at lines %s (%s): replace them with your own, or delete what does not apply", len(texts), lineRanges(textLines), strings.Join(texts, ", "))})
	}
	return out
}

// entryLabel names an entry by its values, key and value, the strings
// quoted and shortened: `revision = "A", date = 2025-09-15, summary =
// "First release."`, the first three only (then "…"), so that the user
// can tell the entry by more than one value of it.
func entryLabel(values []entryValue) string {
	var parts []string
	for _, v := range values {
		if strings.TrimSpace(v.value) == "" {
			continue
		}
		if len(parts) == 3 {
			parts = append(parts, "…")
			break
		}
		value := v.value
		if v.str {
			value = fmt.Sprintf("%q", short(v.value))
		}
		parts = append(parts, v.rel+" = "+value)
	}
	return strings.Join(parts, ", ")
}

func short(s string) string {
	s = normalText(s)
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "…"
	}
	return s
}

// lineRanges lists line numbers, every one of them, runs of consecutive
// lines as a range ("12–15, 20 and 31").
func lineRanges(lines []int) string {
	lines = slices.Clone(lines)
	slices.Sort(lines)
	lines = slices.Compact(lines)
	var parts []string
	for i := 0; i < len(lines); {
		j := i
		for j+1 < len(lines) && lines[j+1] == lines[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", lines[i], lines[j]))
		} else {
			parts = append(parts, fmt.Sprint(lines[i]))
		}
		i = j + 1
	}
	return content.AndList(parts)
}
