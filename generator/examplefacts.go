package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/jspgen/jspgen"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/parallel"
	"github.com/jspgen/jspgen/internal/tomlpos"
)

// `jspgen init` copies jspgen's example products into a new repository.
// A repository half edited from it builds documents that state the
// example's facts (its manufacturer, contacts, product, components, dates)
// as the user's, and nothing else would say so: the example is valid
// content. exampleWarnings finds what is still the example's, by comparing
// with the example embedded in this binary, so the markers follow the
// example as it changes.

// exampleMarker is one identifying value of the example: where a file
// still holds it, the documents name the example's manufacturer, contact
// or product.
type exampleMarker struct {
	text  string // matched case-insensitively, unless exact
	what  string // what it is, for the message
	lower string // text in lower case, as lines are compared
	exact bool   // matched as written, at the start of a word
}

// in reports whether the marker is in line (and lower, the line in lower
// case).
func (m exampleMarker) in(line, lower string) bool {
	if !m.exact {
		return strings.Contains(lower, m.lower)
	}
	for i := 0; ; {
		j := strings.Index(line[i:], m.text)
		if j < 0 {
			return false
		}
		if i+j == 0 || !isWordByte(line[i+j-1]) {
			return true
		}
		i += j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// exampleFacts is what the embedded example is made of.
type exampleFacts struct {
	site    []byte          // the example's jspgen.toml as shipped
	markers []exampleMarker // identifying values
	lines   map[string]bool // long key = "text" lines, trimmed
	values  exampleValues   // whole entries and distinctive values
	maker   string          // the example manufacturer's name
}

var exampleOnce = sync.OnceValue(func() exampleFacts { return readExampleFacts(jspgen.Example) })

// A line of the example giving a key a string counts as the example's own
// text from this length and number of words: shorter ones ("level =
// \"maintained\"", a CVSS vector, "External firm with no role in
// development.") are what any product may say.
const (
	exampleLineMin  = 90
	exampleWordsMin = 10
)

func readExampleFacts(example fs.FS) exampleFacts {
	var f exampleFacts
	f.site, _ = fs.ReadFile(example, "jspgen.toml")
	f.lines = map[string]bool{}
	f.values = exampleValues{entries: map[string]bool{}, values: map[string]map[string]bool{}}
	seen := map[string]bool{}
	addMarker := func(text, what string, exact bool) {
		text = strings.TrimSpace(text)
		if text == "" || seen[strings.ToLower(text)] {
			return
		}
		seen[strings.ToLower(text)] = true
		f.markers = append(f.markers, exampleMarker{text: text, what: what, lower: strings.ToLower(text), exact: exact})
	}
	add := func(text, what string) { addMarker(text, what, false) }
	var site struct {
		Manufacturer struct {
			Name            string
			Website         string
			CVDPolicyURL    string                      `toml:"cvd_policy_url"`
			SecurityContact struct{ Email, URL string } `toml:"security_contact"`
			Support         struct{ Email, URL string }
			PSIRT           struct{ Name, Email, URL string } `toml:"psirt"`
		}
	}
	if _, err := toml.Decode(string(f.site), &site); err == nil {
		m := site.Manufacturer
		f.maker = m.Name
		add(m.Name, "the name of jspgen's example manufacturer")
		add(m.PSIRT.Name, "the example manufacturer's PSIRT")
		for _, a := range []string{m.SecurityContact.Email, m.Support.Email, m.PSIRT.Email} {
			if addr, err := mail.ParseAddress(a); err == nil {
				_, domain, _ := strings.Cut(addr.Address, "@")
				add(domain, "the example manufacturer's domain")
			}
		}
		for _, u := range []string{m.Website, m.CVDPolicyURL, m.SecurityContact.URL, m.Support.URL, m.PSIRT.URL} {
			if pu, err := url.Parse(u); err == nil && pu.Hostname() != "" {
				add(strings.TrimPrefix(pu.Hostname(), "www."), "the example manufacturer's domain")
			}
		}
	}
	collectLines(f.site, f.lines)
	f.values.add(f.site)
	entries, _ := fs.ReadDir(example, "content")
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") {
			continue
		}
		data, err := fs.ReadFile(example, "content/"+e.Name())
		if err != nil {
			continue
		}
		var p struct{ ID, Name string }
		if _, err := toml.Decode(string(data), &p); err == nil {
			add(p.Name, "the name of one of jspgen's example products")
			for _, m := range productMarkers(p.ID, p.Name) {
				add(m, "the short name of one of jspgen's example products")
			}
		}
		if scalars, err := tomlpos.Scalars(data); err == nil {
			if prefix := documentIDPrefix(scalars); prefix != "" {
				addMarker(prefix, "the prefix of the example's document IDs", true)
			}
		}
		collectLines(data, f.lines)
		f.values.add(data)
	}
	// the domains first: a line holding an address names it once
	slices.SortStableFunc(f.markers, func(a, b exampleMarker) int {
		return strings.Compare(a.what, b.what)
	})
	return f
}

// collectLines adds the long lines of data that give a key a string.
func collectLines(data []byte, into map[string]bool) {
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); len(l) >= exampleLineMin && strings.Count(l, " ") >= exampleWordsMin && !strings.HasPrefix(l, "#") && strings.Contains(l, `= "`) {
			into[l] = true
		}
	}
}

// exampleWarnings reports, in the site file and each product file, the
// example's identifying values line by line and, once per file, how many
// of its lines are the example's text word for word. jspgen's own example
// (its site file unchanged) is exempt: there the facts are the example's.
func exampleWarnings(siteFile, contentDir string) content.Diagnostics {
	// The exemption is decided before the example's files are decoded,
	// which would cost jspgen's own example build for nothing.
	data, err := os.ReadFile(siteFile)
	shipped, _ := fs.ReadFile(jspgen.Example, "jspgen.toml")
	if err != nil || len(shipped) == 0 || bytes.Equal(data, shipped) {
		return nil
	}
	ex := exampleOnce()
	files := []string{siteFile}
	products, _ := filepath.Glob(filepath.Join(contentDir, "*.toml"))
	slices.Sort(products)
	files = append(files, products...)
	// each file on its own, as many at once as there are processors: a
	// portfolio's product files are large
	found := make([]content.Diagnostics, len(files))
	// The example's manufacturer with a site of its own (another product
	// line) states its own contacts, address and document IDs: only the
	// line markers apply, as before.
	var site struct{ Manufacturer struct{ Name string } }
	_, _ = toml.Decode(string(data), &site)
	own := ex.maker != "" && strings.EqualFold(strings.TrimSpace(site.Manufacturer.Name), ex.maker)
	check := func(file string, data []byte) content.Diagnostics {
		if own {
			return exampleInFile(file, data, ex, false)
		}
		return append(exampleInFile(file, data, ex, true), exampleEntriesInFile(file, data, ex)...)
	}
	found[0] = check(siteFile, data)
	parallel.ForEach(len(files)-1, func(i int) {
		file := files[i+1]
		if data, err := os.ReadFile(file); err == nil {
			found[i+1] = check(file, data)
		}
	})
	var out content.Diagnostics
	for _, d := range found {
		out = append(out, d...)
	}
	return out
}

// exampleInFile is exampleWarnings for one file: one warning for each
// identifying value it holds, at its first line, and one for the lines
// that are the example's text.
// exact says whether the markers matched as written (the example's
// document ID prefix) apply: not to the example's own manufacturer.
func exampleInFile(file string, data []byte, ex exampleFacts, exact bool) content.Diagnostics {
	var copied []int
	found := make([][]int, len(ex.markers)) // lines holding each marker
	n := 0
	for l := range strings.Lines(string(data)) {
		n++
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue // the scaffold's comments may name the example
		}
		if ex.lines[l] {
			copied = append(copied, n)
		}
		lower := strings.ToLower(l)
		for i, m := range ex.markers {
			if (exact || !m.exact) && m.in(l, lower) {
				found[i] = append(found[i], n)
				break // one marker a line
			}
		}
	}
	var out content.Diagnostics
	for i, lines := range found {
		if len(lines) > 0 {
			m := ex.markers[i]
			out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: lines[0],
				Message: fmt.Sprintf("%s %q, %s, copied by jspgen init: the documents would state it as yours; replace it with your own", lineList(lines, "holds", "hold"), m.text, m.what)})
		}
	}
	// one or two shared sentences (a residual-risk conclusion) may be the
	// maker's own policy too; three are a copy
	if len(copied) >= 3 {
		out = append(out, content.Diagnostic{Severity: content.Warning, File: file, Line: copied[0],
			Message: fmt.Sprintf("%s word for word the text of jspgen's example products (each a line of 90 characters or more giving a key a text): replace them with your own, or delete what does not apply. This compares long lines only; check also warns at whole entries, document IDs, contacts and multi-line texts still the example's, but not at every short value (a date, a port, an MDS2 answer): review every table init copied", lineList(copied, "is", "are"))})
	}
	return out
}

// lineList names line numbers, every one of them (a user fixing them
// should not have to search for the rest), with the verb that agrees.
func lineList(lines []int, one, many string) string {
	if len(lines) == 1 {
		return fmt.Sprintf("line %d %s", lines[0], one)
	}
	return fmt.Sprintf("%d lines (%s) %s", len(lines), lineRanges(lines), many)
}
