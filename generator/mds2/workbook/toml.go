package workbook

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TOMLOptions shape the [mds2] section TOML writes.
type TOMLOptions struct {
	// Comment is written first, each line prefixed with "# ".
	Comment string
	// Omit leaves out the answers to these IDs, e.g. those the product
	// data decides (generator.MDS2Derivations); their notes stay.
	Omit func(id string) bool
}

// ProductOptions are the options for a section appended to an existing
// product file (jspgen import mds2 --product), form being the workbook's
// file name: the rows jspgen adds to the form (JSP-VER, JSP-MODELS) come
// from the product's versions and models and are left out, the versions
// JSP-VER lists kept as mds2.versions (so the form covers the versions it
// covered, not every supported one); every other answer is the
// manufacturer's own and is kept.
func ProductOptions(form string) TOMLOptions {
	return TOMLOptions{
		Comment: "MDS2 answers imported from " + form + " by jspgen import mds2.\n" +
			"The rows jspgen adds (JSP-VER, JSP-MODELS) are left out; they come from versions (JSP-VER's as mds2.versions) and models.\n" +
			"The answers and notes are the form of the versions it covers; the forms of other supported versions inherit them\n" +
			"(write their differences under versions[].changes.mds2_answers_changed, mds2_answers_removed and mds2_notes_changed).\n" +
			"Run jspgen check: it warns where an answer repeats or overrides the product data, and fails where one contradicts it.",
		Omit: func(id string) bool { return strings.HasPrefix(id, "JSP-") },
	}
}

// CoveredVersions reads the versions a jspgen form lists in its JSP-VER
// row ("4.1.0 (general availability 2023-04-17, ...); 4.2.1 (...)"): the
// leading word of each entry. None when the form has no JSP-VER (forms
// made by other tools) or an entry does not start with a version.
func (imp *Import) CoveredVersions() []string {
	for _, a := range imp.Answers {
		if a.ID == "JSP-VER" {
			vs, _ := coveredVersions(a.Text)
			return vs
		}
	}
	return nil
}

// coveredVersions reads a JSP-VER text as jspgen writes it: entries
// separated by semicolons, each a version alone or followed by its dates
// in parentheses. ok is false for any other text ("3.2.0, 4.0.0", "All
// supported versions", "4.0.0 and later"): its versions cannot be told.
func coveredVersions(text string) (vs []string, ok bool) {
	for _, entry := range strings.Split(text, ";") {
		v, rest, _ := strings.Cut(strings.TrimSpace(entry), " ")
		if v == "" || strings.ContainsAny(v, "(),") || rest != "" && !strings.HasPrefix(strings.TrimSpace(rest), "(") {
			return nil, false
		}
		vs = append(vs, v)
	}
	return vs, true
}

// TOML renders the import as a product file's [mds2] section in the shape
// package content decodes: other, then [mds2.answers] in catalog order
// (a comment line per section), then [[mds2.notes]] by number. Yes/No
// answers are written yes, no, na, see_note; an answer with a note or a
// reason is an inline table { answer = "...", note = n } or { answer =
// "na", reason = "..." }; text answers are the text. An N/A the form's
// stated instructions give anyway (gatedNA) is left out, with a comment
// in its place: the build gives it the same way. The output depends on
// the import only.
func (imp *Import) TOML(cat *mds2.Catalog, opts TOMLOptions) []byte {
	var b strings.Builder
	for _, line := range strings.Split(opts.Comment, "\n") {
		if opts.Comment == "" {
			break
		}
		b.WriteString(strings.TrimRight("# "+line, " ") + "\n")
	}
	b.WriteString("[mds2]\n")
	if opts.Omit != nil && opts.Omit("JSP-VER") {
		if vs := imp.CoveredVersions(); len(vs) > 0 {
			quoted := make([]string, len(vs))
			for i, v := range vs {
				quoted[i] = strconv.Quote(v)
			}
			b.WriteString("versions = [" + strings.Join(quoted, ", ") + "] # the versions the form's JSP-VER lists\n")
		} else {
			// Nothing says which versions the answers describe: the
			// manufacturer says, or the form covers every supported one.
			b.WriteString("# versions = [] # the workbook names no versions: list those its answers describe (unset, the form covers every supported version)\n")
		}
	}
	if imp.Other != "" {
		b.WriteString("other = " + tomlString(imp.Other) + "\n")
	}
	b.WriteString("\n[mds2.answers]\n")
	lastSection := ""
	gated := imp.gatedNA(cat)
	for _, a := range imp.Answers {
		if opts.Omit != nil && opts.Omit(a.ID) {
			continue
		}
		if q, ok := cat.Lookup(a.ID); ok && q.Section != lastSection {
			lastSection = q.Section
			if s, ok := cat.Section(q.Section); ok {
				b.WriteString("# " + oneLine(s.Title) + "\n")
			}
		}
		if why, ok := gated[a.ID]; ok {
			fmt.Fprintf(&b, "# %s = N/A: left out, the form's instruction gives it (%s)\n", strconv.Quote(a.ID), why)
			continue
		}
		value := a.Text
		if a.Kind != mds2.KindText {
			value = tomlAnswer(a.Answer)
		}
		b.WriteString(strconv.Quote(a.ID) + " = ")
		switch {
		case a.Note != 0 && value == "":
			fmt.Fprintf(&b, "{ note = %d }", a.Note)
		case a.Note != 0 && a.Reason != "":
			fmt.Fprintf(&b, "{ answer = %s, reason = %s, note = %d }", inlineString(value), inlineString(a.Reason), a.Note)
		case a.Note != 0:
			fmt.Fprintf(&b, "{ answer = %s, note = %d }", inlineString(value), a.Note)
		case a.Reason != "":
			fmt.Fprintf(&b, "{ answer = %s, reason = %s }", inlineString(value), inlineString(a.Reason))
		default:
			b.WriteString(tomlString(value))
		}
		b.WriteString("\n")
	}
	for _, n := range imp.Notes {
		fmt.Fprintf(&b, "\n[[mds2.notes]]\nnumber = %d\ntext = %s\n", n.Number, multiline(n.Text))
	}
	return []byte(b.String())
}

// Written counts the answers TOML writes with these options: the
// imported ones less those opts.Omit leaves out and the N/A the form's
// stated instructions give (gatedNA).
func (imp *Import) Written(cat *mds2.Catalog, opts TOMLOptions) int {
	gated := imp.gatedNA(cat)
	n := 0
	for _, a := range imp.Answers {
		if _, ok := gated[a.ID]; ok || (opts.Omit != nil && opts.Omit(a.ID)) {
			continue
		}
		n++
	}
	return n
}

// tomlAnswer is the answer as [mds2.answers] writes it.
func tomlAnswer(a mds2.Answer) string {
	switch a {
	case mds2.Yes:
		return "yes"
	case mds2.No:
		return "no"
	case mds2.NA:
		return "na"
	case mds2.SeeNote:
		return "see_note"
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// tomlString is a basic string, or a multi-line one when s has line ends.
func tomlString(s string) string {
	if strings.Contains(s, "\n") {
		return multiline(s)
	}
	return inlineString(s)
}

// inlineString is a TOML basic string on one line.
func inlineString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		escapeRune(&b, r, false)
	}
	b.WriteByte('"')
	return b.String()
}

// multiline is a TOML multi-line basic string: the opening quotes, a line
// end (which TOML drops), the text with its line ends, the closing quotes.
func multiline(s string) string {
	var b strings.Builder
	b.WriteString("\"\"\"\n")
	for _, r := range s {
		escapeRune(&b, r, true)
	}
	b.WriteString("\"\"\"")
	return b.String()
}

func escapeRune(b *strings.Builder, r rune, keepNewline bool) {
	switch {
	case r == '\n' && keepNewline:
		b.WriteByte('\n')
	case r == '"':
		b.WriteString(`\"`)
	case r == '\\':
		b.WriteString(`\\`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x20 || r == 0x7f:
		fmt.Fprintf(b, `\u%04X`, r)
	default:
		b.WriteRune(r)
	}
}
