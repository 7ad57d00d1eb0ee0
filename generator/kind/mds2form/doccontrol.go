package mds2form

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/jspgen/jspgen/generator/content"
)

// A form's DOC-4 (its document number) and DOC-7 (its release date) may
// be written in the manufacturer's own words ("TH-MDS2 Rev. 3",
// "15 February 2025"), but they must name the document the form's header
// prints from documents.mds2: a form whose header and DOC-4 give two
// numbers contradicts itself (an answer imported from another product's
// workbook, or left over from an earlier revision).

// checkDocControl reports a given DOC-4 or DOC-7 text that does not name
// the form's document control c; path is the answer's key path.
func (r *mds2Resolver) checkDocControl(id, text, path string, c content.DocumentControl) {
	switch id {
	case "DOC-4":
		if c.ID != "" && !namesDocument(text, c.ID, c.Revision) { // without a number the header prints none to contradict
			r.errorf(path, "%q does not give the form's document number %s, revision %s (documents.mds2), which the form's header prints; give both here, or leave DOC-4 out", text, c.ID, c.Revision)
		}
	case "DOC-7":
		d, ok := readDate(text)
		switch {
		case c.ReleaseDate.IsZero(): // the header prints no date to contradict
		case !ok:
			r.warnf(path, "%q is not a date jspgen can read (e.g. 2025-02-15, 15 February 2025, February 15, 2025); check that it is the form's release date, %s (documents.mds2.release_date)", text, c.ReleaseDate)
		case d != c.ReleaseDate.String():
			r.errorf(path, "%q is %s, not the form's release date %s (documents.mds2.release_date), which the form's header prints; correct one of them, or leave DOC-7 out", text, d, c.ReleaseDate)
		}
	}
}

// namesDocument reports text naming document id at revision rev: the id
// as written, and the revision as a word of its own elsewhere in the
// text ("MIS-1, revision B", "MIS-1 Rev. B", "MIS-1 (B)").
func namesDocument(text, id, rev string) bool {
	i := strings.Index(text, id)
	if id == "" || i < 0 {
		return false
	}
	if rev == "" {
		return true
	}
	rest := text[:i] + " " + text[i+len(id):]
	return regexp.MustCompile(`(^|[^\pL\pN])` + regexp.QuoteMeta(rev) + `($|[^\pL\pN])`).MatchString(rest)
}

// dateLayouts are the ways forms write a date; a numeric day/month order
// other than ISO is ambiguous and not read.
var dateLayouts = []string{"2006-01-02", "2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "January 2 2006", "02-Jan-2006"}

// readDate reads a date in one of dateLayouts as YYYY-MM-DD.
func readDate(text string) (string, bool) {
	s := strings.TrimSpace(text)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// checkManufacturer warns where a hand-written DOC-1 does not name the
// manufacturer the site file names and the form's header prints (an
// imported form carrying a former company name). A longer or shorter
// form of the same name ("Meridian Infusion Systems" beside "Meridian
// Infusion Systems, Inc.") is the same name.
// A form about versions another company made (versions.manufacturer)
// may name that company instead.
func (r *mds2Resolver) checkManufacturer(text, path string) {
	name := r.env.Content.Site.Manufacturer.Name
	names := []string{name}
	for _, o := range r.p.MadeByOthers(r.facts.coveredVersionNames()...) {
		names = append(names, o.Name)
	}
	a := nameKey(text)
	for _, n := range names {
		b := nameKey(n)
		if b == "" || strings.Contains(a, b) || a != "" && strings.Contains(b, a) {
			return
		}
	}
	r.warnf(path, "%q does not name the manufacturer %s (manufacturer.name in the site file), which the form's header names; give that name here, or leave DOC-1 out", text, name)
}

// checkModels warns where a hand-written DOC-3 names none of the models
// the form covers, nor the product: a model of another product (an
// imported form's), or one the data does not know. A model is named by
// its name, the part of it before a parenthesis or comma ("LVP-7" of
// "LVP-7 (catalogue no. 70-1000)"), or its ID, in any case and spelling
// nameKey reads alike, or by a shorter form of one of them. A text that
// names a known model beside an unknown one is not caught: free text
// cannot be split into model names reliably.
func (r *mds2Resolver) checkModels(text, path string) {
	names := []string{r.p.Name}
	var models []string
	for _, m := range r.facts.coveredModels() {
		head, _, _ := strings.Cut(m.Name, "(")
		head, _, _ = strings.Cut(head, ",")
		names = append(names, m.Name, head, m.ID)
		models = append(models, m.Name)
	}
	for _, n := range names {
		if namesAlike(text, n) {
			return
		}
	}
	r.warnf(path, "%q names none of the models the form covers (%s: models, and versions[].models) nor the product %s (name); name them here, or leave DOC-3 out to print them from the data",
		text, content.AndList(models), r.p.Name)
}

// namesAlike reports text naming name: name's words in a row among the
// text's (a short name such as "T-1" is matched so), or, for names of 3
// letters or digits and more, name's key within the text's ("LVP7" for
// "LVP-7") or the text's within name's (a shorter form of it).
func namesAlike(text, name string) bool {
	t, n := nameKey(text), nameKey(name)
	if n == "" {
		return false
	}
	if len(n) >= 3 && strings.Contains(t, n) || len(t) >= 3 && strings.Contains(n, t) {
		return true
	}
	tw, nw := keyWords(text), keyWords(name)
	for i := 0; i+len(nw) <= len(tw); i++ {
		if slices.Equal(tw[i:i+len(nw)], nw) {
			return true
		}
	}
	return false
}

// nameKey is a name's words, lower-cased, without legal forms (Inc.,
// Ltd, Limited, GmbH, AB, …) and punctuation: what two spellings of one
// company's name share.
func nameKey(s string) string { return strings.Join(keyWords(s), "") }

// keyWords are the words nameKey joins.
func keyWords(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
	return slices.DeleteFunc(words, func(w string) bool { return legalForms[w] })
}

// legalForms are the words of company legal forms a name may carry or
// leave out.
var legalForms = map[string]bool{
	"inc": true, "incorporated": true, "ltd": true, "limited": true, "llc": true, "corp": true, "corporation": true,
	"co": true, "company": true, "plc": true, "gmbh": true, "ag": true, "kg": true, "ab": true, "oy": true,
	"sa": true, "sas": true, "srl": true, "spa": true, "bv": true, "nv": true, "pty": true, "kk": true,
}
