package workbook

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/jspgen/jspgen/generator/mds2"
)

// Import is what Read found in a filled workbook.
type Import struct {
	File     string   // the name given to Read, used in every Problem
	Sheet    string   // the worksheet holding the form
	Answers  []Answer // in catalog order; questions left blank are absent
	Notes    []mds2.Note
	Other    string    // the OTHR free text
	Problems []Problem // errors and warnings, in sheet order

	rows   map[string]string // canonical ID -> its ID cell, for every question row, answered or not
	record *record           // what jspgen wrote, when it wrote the workbook (RecordSheet)
}

// HasRow reports whether the sheet has a row for the question with the
// given canonical ID, whether or not its answer is blank.
func (imp *Import) HasRow(id string) bool {
	_, ok := imp.rows[id]
	return ok
}

// Answer is one answered question.
type Answer struct {
	ID     string      // canonical (SHAD-15 is read as SAHD-15)
	Kind   string      // mds2.KindYesNo or mds2.KindText
	Answer mds2.Answer // for yes_no questions
	Text   string      // for text questions; DOC-7 as YYYY-MM-DD when stored as a date
	Note   int         // 0 = no note
	Reason string      // text in the note column beside an N/A
	Cell   string      // the answer cell, e.g. "C57"
}

// Problem is one finding, placed at a cell where there is one.
type Problem struct {
	Ref     string // "FORM.xlsx!MDS2!C57", or the file or sheet alone
	Warning bool   // a warning does not fail the import
	Message string

	row, col int // for ordering; 0 = not at a cell (sorted last)
}

func (p Problem) String() string {
	if p.Warning {
		return p.Ref + ": warning: " + p.Message
	}
	return p.Ref + ": " + p.Message
}

// Error is the error Read returns when the import has errors: every
// problem found, errors and warnings, one per line.
type Error struct{ Problems []Problem }

func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Errors reports whether any problem is an error.
func (imp *Import) Errors() bool {
	return slices.ContainsFunc(imp.Problems, func(p Problem) bool { return !p.Warning })
}

// Warnings returns the problems that are warnings.
func (imp *Import) Warnings() []Problem {
	var out []Problem
	for _, p := range imp.Problems {
		if p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// Lookup returns the answer to the question with the given canonical ID.
func (imp *Import) Lookup(id string) (Answer, bool) {
	for _, a := range imp.Answers {
		if a.ID == id {
			return a, true
		}
	}
	return Answer{}, false
}

// Size limits for reading untrusted workbooks.
const (
	maxUnzipped    = 256 << 20
	maxUnzippedXML = 64 << 20
)

// ReadFile reads the workbook at path; see Read.
func ReadFile(path string, cat *mds2.Catalog) (*Import, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, cat)
}

// Read reads a filled MDS2 workbook in the HN 1-2019 layout; name (the
// file name) prefixes every problem's cell reference. It finds the sheet
// and its header row by the "Question ID" caption and the columns by
// their captions, then reads one answer per question ID, the note
// references, the OTHR free text and the notes block, tolerating what real
// forms do: blanks around IDs and answers, SHAD-15 for SAHD-15, answers in
// any case, "See Notes", "Not applicable" (N/A), "See Note 3" in the
// answer cell (See Note, note 3), note references written 3, Note 3, See
// Note 3 or __ (none), a note reference beside a blank answer (the note
// kept, the answer left to the product data), N/A without a note, DOC-7
// as a date serial (1900 or 1904 system), formulas by the value the
// workbook stores for them.
//
// Nothing the form says is dropped unsaid: text in a column it does not
// read, or in the notes block before any numbered note, is warned of; a
// formula whose value the workbook does not store is an error (blank
// would say the form does not answer), and so are two columns with the
// answer or note caption (an earlier revision's, often hidden).
//
// Every problem is reported at once, with its cell. Read returns the
// import and, when any problem is an error (an unknown or duplicate ID, an
// answer that is not Yes, No, N/A or See Note, a reference to a note not in
// the notes block, ...), an *Error listing them all; warnings alone leave
// the error nil. A stream that is not a workbook is a plain error.
func Read(r io.Reader, name string, cat *mds2.Catalog) (*Import, error) {
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedXML})
	if err != nil {
		return nil, fmt.Errorf("%s: not an xlsx workbook: %w", name, err)
	}
	defer f.Close()
	rd := &reader{imp: &Import{File: name}, cat: cat, f: f}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil && *props.Date1904 {
		rd.date1904 = true
	}
	rd.read()
	rd.readRecord()
	slices.SortStableFunc(rd.imp.Problems, func(a, b Problem) int {
		ka, kb := a.row, b.row
		if ka == 0 {
			ka = math.MaxInt
		}
		if kb == 0 {
			kb = math.MaxInt
		}
		return cmp.Or(cmp.Compare(ka, kb), cmp.Compare(a.col, b.col))
	})
	if rd.imp.Errors() {
		return rd.imp, &Error{Problems: rd.imp.Problems}
	}
	return rd.imp, nil
}

type reader struct {
	imp      *Import
	cat      *mds2.Catalog
	f        *excelize.File
	date1904 bool
	rows     [][]string
	cols     columns
	seen     map[string]string // ID -> its cell
	noteRefs []noteRef
	missing  []string
	noteRows [][2]int        // note number, 1-based row
	invalid  map[string]bool // IDs whose answer cell holds no valid answer (an error), not blanks
	refCols  []int           // the reference columns (IEC, NIST, ISO captions), 0-based
	unreadAt map[int][]int   // column -> the rows of question rows with text there, 0-based
}

// unread notes the cells of question row i with text in a column the
// import does not read (a comments column, an old answer column).
func (rd *reader) unread(i int) {
	c := rd.cols
	for j := range rd.rows[i] {
		if j == c.id || j == c.question || j == c.answer || j == c.note || slices.Contains(rd.refCols, j) || strings.TrimSpace(rd.at(i, j)) == "" {
			continue
		}
		if rd.unreadAt == nil {
			rd.unreadAt = map[int][]int{}
		}
		rd.unreadAt[j] = append(rd.unreadAt[j], i)
	}
}

// reportUnread warns, a column at a time, of the text question rows hold
// in columns the import does not read: it is not imported, and saying
// nothing would lose it silently.
func (rd *reader) reportUnread(header int) {
	cols := make([]int, 0, len(rd.unreadAt))
	for j := range rd.unreadAt {
		cols = append(cols, j)
	}
	slices.Sort(cols)
	for _, j := range cols {
		rows := rd.unreadAt[j]
		cells := make([]string, 0, 5)
		for _, i := range rows[:min(len(rows), 5)] {
			cells = append(cells, cell(j+1, i+1))
		}
		list := strings.Join(cells, ", ")
		if len(rows) > 5 {
			list += fmt.Sprintf(" and %d more", len(rows)-5)
		}
		what := "column " + rd.colName(j)
		if caption := strings.TrimSpace(rd.at(header, j)); caption != "" {
			what += fmt.Sprintf(" (%q)", caption)
		}
		rd.warnf(rows[0], j, "%s is not read (only the ID, question, answer, note and reference columns are): its text in %s is not imported; to keep it, write it in a note and refer to the note in the note column", what, list)
	}
}

// colName is a 0-based column's letters, with "(hidden)" when the sheet
// hides it.
func (rd *reader) colName(j int) string {
	name, err := excelize.ColumnNumberToName(j + 1)
	if err != nil {
		return strconv.Itoa(j + 1)
	}
	if visible, err := rd.f.GetColVisible(rd.imp.Sheet, name); err == nil && !visible {
		return name + " (hidden)"
	}
	return name
}

type noteRef struct {
	n        int
	row, col int
}

type columns struct {
	id, question, answer, note int // 0-based; -1 = none
}

func (rd *reader) ref(row, col int) string {
	return rd.imp.File + "!" + rd.imp.Sheet + "!" + cell(col+1, row+1)
}

func (rd *reader) problem(warning bool, row, col int, format string, args ...any) {
	p := Problem{Warning: warning, Message: fmt.Sprintf(format, args...)}
	switch {
	case col >= 0:
		p.Ref, p.row, p.col = rd.ref(row, col), row+1, col+1
	case rd.imp.Sheet != "":
		p.Ref = rd.imp.File + "!" + rd.imp.Sheet
		if row >= 0 {
			p.row = row + 1
		}
	default:
		p.Ref = rd.imp.File
	}
	rd.imp.Problems = append(rd.imp.Problems, p)
}

func (rd *reader) errorf(row, col int, format string, args ...any) {
	rd.problem(false, row, col, format, args...)
}

func (rd *reader) warnf(row, col int, format string, args ...any) {
	rd.problem(true, row, col, format, args...)
}

// at returns a cell's text, "" beyond the row's end; line ends are \n.
func (rd *reader) at(row, col int) string {
	if col < 0 || row < 0 || row >= len(rd.rows) || col >= len(rd.rows[row]) {
		return ""
	}
	return strings.ReplaceAll(rd.rows[row][col], "\r\n", "\n")
}

// findSheet picks the sheet with a "Question ID" caption and returns the
// caption's row. A second such sheet is an error: which of two forms
// (two versions, a copy) is meant cannot be told.
func (rd *reader) findSheet() int {
	found := -1
	for _, sheet := range rd.f.GetSheetList() {
		rows, err := rd.f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			continue
		}
	rows:
		for i, row := range rows {
			for j, c := range row {
				if normCaption(c) != "question id" {
					continue
				}
				if found >= 0 {
					rd.problem(false, -1, -1, "sheets %q and %q both hold an MDS2 form; keep only the one to import (e.g. save it as a workbook of its own)", rd.imp.Sheet, sheet)
					return found
				}
				rd.imp.Sheet, rd.rows, found = sheet, rows, i
				rd.cols = columns{id: j, question: -1, answer: -1, note: -1}
				break rows
			}
		}
	}
	return found
}

func isAnswerCaption(n string) bool {
	return n == "answer" || strings.HasPrefix(n, "yes, no")
}

func isNoteCaption(n string) bool {
	switch n {
	case "see note", "see notes", "note", "notes", "note #", "note#", "note number", "note no.", "see note #":
		return true
	}
	return false
}

// findColumns locates the question, answer and note columns by their
// captions on the header row; the answer caption may stand on a later row
// (the section title rows, as in NEMA's example), else the answer column
// is the one after the question.
func (rd *reader) findColumns(header int) bool {
	c := &rd.cols
	ok := true
	// twice reports a second column with the caption of one already
	// found: which of the two (an old answer column kept beside the new
	// one, often hidden) holds the form's answers cannot be told.
	twice := func(row, first, second int, what string) {
		rd.errorf(row, second, "columns %s and %s both have %s caption (%q, %q); which one the form means cannot be told: delete the other column or clear its caption",
			rd.colName(first), rd.colName(second), what, strings.TrimSpace(rd.at(row, first)), strings.TrimSpace(rd.at(row, second)))
		ok = false
	}
	for j, s := range rd.rows[header] {
		n := normCaption(s)
		switch {
		case j == c.id:
		case n == "question" && c.question < 0:
			c.question = j
		case isAnswerCaption(n) && c.answer < 0:
			c.answer = j
		case isAnswerCaption(n):
			twice(header, c.answer, j, "an answer")
		case isNoteCaption(n) && c.note < 0:
			c.note = j
		case isNoteCaption(n):
			twice(header, c.note, j, "a note")
		case strings.HasPrefix(n, "iec") || strings.HasPrefix(n, "nist") || strings.HasPrefix(n, "iso"):
			rd.refCols = append(rd.refCols, j)
		}
	}
	if c.answer < 0 {
	search:
		for i := header + 1; i < len(rd.rows); i++ {
			for j, s := range rd.rows[i] {
				if j == c.id || j == c.question || j == c.note || !strings.HasPrefix(normCaption(s), "yes, no") {
					continue
				}
				if c.answer >= 0 {
					twice(i, c.answer, j, "an answer")
					break search
				}
				c.answer = j
			}
			if c.answer >= 0 {
				break
			}
		}
	}
	if c.answer < 0 && c.question >= 0 && c.question+1 != c.note {
		c.answer = c.question + 1
	}
	if c.question < 0 {
		rd.errorf(header, -1, "row %d has %q but no %q caption", header+1, CaptionID, CaptionQuestion)
		ok = false
	}
	if c.answer < 0 {
		rd.errorf(header, -1, "no answer column: no caption %q or \"Answer\"", CaptionAnswer)
		ok = false
	}
	if c.note < 0 {
		rd.errorf(header, -1, "row %d has no note column (caption %q or %q)", header+1, CaptionNote, CaptionNoteNum)
		ok = false
	}
	return ok
}

// notePatterns read a form's notes and the answers that name them.
type notePatterns struct {
	noteNum, noteText, bareNum, bareText, noteRef, noteMulti, numbers *regexp.Regexp
	seeNoteNum                                                        *regexp.Regexp // an answer cell naming its note ("See Note 3")
}

// notes are the notePatterns, compiled on first use: only reading a
// workbook needs them, and compiling them at start cost every command
// about 2 ms (GODEBUG=inittrace=1).
var notes = sync.OnceValue(func() *notePatterns {
	return &notePatterns{
		noteNum:    regexp.MustCompile(`^note\s*#?\s*(\d+)\s*[.:]?$`),
		noteText:   regexp.MustCompile(`(?is)^note\s*#?\s*(\d+)(?:\s*[.:]\s*|\s+[-–—]\s+|[ \t]*\n\s*)(\S.*)$`),
		bareNum:    regexp.MustCompile(`^(\d+)\s*[.:)]?$`),
		bareText:   regexp.MustCompile(`(?s)^(\d+)(?:[.:)]\s+|\s+[-–—]\s+|[ \t]*\n\s*)(\S.*)$`),
		noteRef:    regexp.MustCompile(`^(?:see\s+)?(?:notes?\s*)?(?:#|no\.?)?\s*(\d+)\s*\.?$`),
		noteMulti:  regexp.MustCompile(`^(?:see\s+)?(?:notes?\s*)?#?\s*(\d+(?:\s*(?:,|&|and|/)\s*#?\s*\d+)+)\s*\.?$`),
		numbers:    regexp.MustCompile(`\d+`),
		seeNoteNum: regexp.MustCompile(`^see\s+notes?\s*#?\s*(\d+)\s*\.?$`),
	}
})

// noteText is the text of row i of the notes block: in the question
// column, or, when that is empty, the first cell right of it with text
// (forms merge the note's cells from column C on, and the text sits at
// the merge's left).
func (rd *reader) noteText(i int) string {
	return strings.TrimSpace(rd.at(i, rd.noteTextCol(i)))
}

// noteTextCol is the column noteText reads row i's text from: the
// question column, else the first other one with text.
func (rd *reader) noteTextCol(i int) int {
	c := rd.cols
	for j := c.question; j < len(rd.rows[i]); j++ {
		if j != c.id && strings.TrimSpace(rd.at(i, j)) != "" {
			return j
		}
	}
	return c.question
}

// noteKind classifies a note cell.
type noteKind int

const (
	noteNone    noteKind = iota // blank, __, None
	noteOne                     // a single note number
	noteMany                    // several numbers
	noteText                    // anything else: a reason beside N/A
	noteWhich                   // "See Note" without a number
	noteAndText                 // "Note 3: text": a note and a reason beside N/A
)

func parseNoteRef(s string) (noteKind, int, string) {
	n := normCaption(s)
	if n == "" || strings.Trim(n, "_-–— ") == "" || n == "none" || n == "n/a" || n == "na" {
		return noteNone, 0, ""
	}
	if m := notes().noteRef.FindStringSubmatch(n); m != nil {
		v, err := strconv.Atoi(m[1])
		if err != nil || v < 1 || v > 9999 {
			return noteText, 0, strings.TrimSpace(s)
		}
		return noteOne, v, ""
	}
	if m := notes().noteMulti.FindStringSubmatch(n); m != nil {
		return noteMany, 0, strings.Join(notes().numbers.FindAllString(m[1], -1), ", ")
	}
	if n == "see note" || n == "see notes" || n == "note" || n == "notes" {
		return noteWhich, 0, ""
	}
	if m := notes().noteText.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		if v, err := strconv.Atoi(m[1]); err == nil && v >= 1 && v <= 9999 {
			return noteAndText, v, strings.TrimSpace(m[2])
		}
	}
	return noteText, 0, strings.TrimSpace(s)
}

func (rd *reader) read() {
	header := rd.findSheet()
	if header < 0 {
		rd.errorf(-1, -1, "no worksheet has a header row with the caption %q", CaptionID)
		return
	}
	if !rd.findColumns(header) {
		return
	}
	rd.seen = map[string]string{}
	rd.invalid = map[string]bool{}
	answers := map[string]Answer{}
	notes := map[int]int{} // number -> index in imp.Notes
	var other []string
	inOther, inNotes := false, false
	lastNote := -1
	c := rd.cols
	for i := header + 1; i < len(rd.rows); i++ {
		a := strings.TrimSpace(rd.at(i, c.id))
		b := strings.TrimSpace(rd.at(i, c.question))
		na, nb := normCaption(a), normCaption(b)
		if !inNotes && (nb == "notes:" || nb == "notes" || na == "notes:" || na == "notes") {
			inNotes, inOther = true, false
			continue
		}
		// A note row: its label in the ID column ("Note 4", in the notes
		// block also "4."), the text beside it or in the same cell
		// ("Note 4: text"); or, in the notes block, the whole note in the
		// question column ("Note 4: text").
		num, text, labelled := noteLabel(a, inNotes)
		if !labelled && inNotes && a == "" {
			if n, t, ok := noteLabel(b, false); ok && t != "" {
				num, text, labelled = n, t, true
			}
		}
		if labelled {
			inNotes, inOther = true, false
			if text == "" {
				text = rd.noteText(i)
			}
			switch {
			case num < 1 || num > 9999:
				rd.errorf(i, c.id, "note number %d: want 1 to 9999", num)
			case hasKey(notes, num):
				rd.errorf(i, c.id, "note %d is defined twice (first at %s)", num, cell(c.id+1, rd.noteRow(num)))
			case text == "":
				rd.errorf(i, c.question, "note %d has no text", num)
			default:
				notes[num] = len(rd.imp.Notes)
				rd.imp.Notes = append(rd.imp.Notes, mds2.Note{Number: num, Text: text})
				rd.noteRows = append(rd.noteRows, [2]int{num, i + 1})
				lastNote = num
			}
			continue
		}
		if inNotes {
			switch {
			case a == "" && lastNote > 0 && rd.noteText(i) != "":
				// A note continued on the next row, its text where the
				// note's own may be: in the question column or further
				// right.
				k := notes[lastNote]
				rd.imp.Notes[k].Text += "\n" + rd.noteText(i)
			case a == "" && lastNote < 0 && rd.noteText(i) != "":
				// Text before the first note has no number to be
				// referred to by; dropping it unsaid would lose it.
				rd.warnf(i, rd.noteTextCol(i), "%q stands in the notes block before any numbered note: it is not imported; number it (Note n) and refer to it from the answers it concerns, or put it in the OTHR text", rd.noteText(i))
			case a != "":
				if _, err := mds2.ParseID(mds2.NormalizeID(a)); err == nil {
					rd.errorf(i, c.id, "question %s comes after the notes block; question rows go before %q", a, CaptionNotes)
				} else {
					rd.warnf(i, c.id, "%q in the notes block is not a note label (want e.g. Note 4); its row is ignored", a)
				}
			}
			continue
		}
		if a == "" {
			switch {
			case strings.Contains(b, "(OTHR)") || strings.HasPrefix(nb, "other security considerations"):
				inOther = true
			case inOther && b != "":
				other = append(other, b)
			case inOther:
			default:
				// A title, description or blank row; an answer here has no question.
				if v := strings.TrimSpace(rd.at(i, c.answer)); v != "" && !isAnswerCaption(normCaption(v)) {
					rd.errorf(i, c.answer, "answer %q stands in a row without a question ID (is its ID cell empty, or merged with the row above?); give the row its ID", v)
				}
			}
			continue
		}
		inOther = false
		id := mds2.NormalizeID(a)
		if _, err := mds2.ParseID(id); err != nil {
			rd.errorf(i, c.id, "%q is not a question ID (want e.g. MPII-2.1)", a)
			continue
		}
		q, ok := rd.cat.Lookup(id)
		if !ok {
			rd.errorf(i, c.id, "unknown question ID %q", a)
			continue
		}
		if first, dup := rd.seen[id]; dup {
			rd.errorf(i, c.id, "duplicate question ID %s (first at %s)", id, first)
			continue
		}
		rd.seen[id] = cell(c.id+1, i+1)
		rd.unread(i)
		if ans, ok := rd.answer(i, q); ok {
			answers[id] = ans
		}
	}
	rd.imp.rows = rd.seen
	rd.reportUnread(header)
	if len(other) > 0 {
		rd.imp.Other = strings.Join(other, "\n")
	}
	slices.SortFunc(rd.imp.Notes, func(x, y mds2.Note) int { return x.Number - y.Number })
	for _, r := range rd.noteRefs {
		if !hasKey(notes, r.n) {
			rd.errorf(r.row, r.col, "refers to note %d, which is not in the notes block", r.n)
		}
	}
	final := map[string]mds2.Answer{}
	for _, q := range rd.cat.Questions {
		ans, ok := answers[q.ID]
		if !ok {
			if !q.Extension {
				rd.missing = append(rd.missing, q.ID)
			}
			continue
		}
		rd.imp.Answers = append(rd.imp.Answers, ans)
		if q.Kind != mds2.KindYesNo {
			continue
		}
		final[q.ID] = ans.Answer
		if ans.Answer == mds2.Yes {
			for _, g := range q.Gates() {
				got := final[g.ID]
				if got != mds2.Unanswered && got != mds2.SeeNote && !g.Admits(got) {
					row, col := rd.cellOf(ans.Cell)
					if g.Stated { // as check words it (mds2form's resolver)
						rd.warnf(row, col, "answer Yes, although %s is %s, which makes %s not applicable (N/A)", g.ID, got, q.ID)
					} else {
						rd.warnf(row, col, "answer Yes, although %s is %s, which this question presupposes answered %s; check both answers", g.ID, got, g.Asked())
					}
					break
				}
			}
		}
	}
	// Blank answers are named with their cell, so they can be found.
	var blank, absent []string
	for _, id := range rd.missing {
		if rd.invalid[id] {
			continue // answered, but not as the form allows: reported at its cell
		}
		if ref, ok := rd.seen[id]; ok {
			row, _ := rd.cellOf(ref)
			blank = append(blank, id+" ("+cell(rd.cols.answer+1, row+1)+")")
		} else {
			absent = append(absent, id)
		}
	}
	if len(blank) > 0 {
		rd.warnf(-1, -1, "%d question(s) of the form not answered: %s", len(blank), strings.Join(blank, ", "))
	}
	if len(absent) > 0 {
		rd.warnf(-1, -1, "%d question(s) of the form not present: %s", len(absent), strings.Join(absent, ", "))
	}
}

func (rd *reader) noteRow(num int) int {
	for _, r := range rd.noteRows {
		if r[0] == num {
			return r[1]
		}
	}
	return 0
}

// cellOf turns "C57" back into 0-based row and column.
func (rd *reader) cellOf(ref string) (int, int) {
	col, row, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		return -1, -1
	}
	return row - 1, col - 1
}

// answer reads the answer and note cells of question q's row.
func (rd *reader) answer(i int, q *mds2.Question) (Answer, bool) {
	c := rd.cols
	ans := Answer{ID: q.ID, Kind: q.Kind, Cell: cell(c.answer+1, i+1)}
	raw := rd.at(i, c.answer)
	v := strings.TrimSpace(raw)
	if rd.uncomputed(i, c.answer, v) || rd.uncomputed(i, c.note, strings.TrimSpace(rd.at(i, c.note))) {
		rd.invalid[q.ID] = true
		return ans, false
	}

	kind, num, rest := parseNoteRef(rd.at(i, c.note))
	noteCell := rd.at(i, c.note)
	switch kind {
	case noteOne, noteAndText:
		ans.Note = num
		rd.noteRefs = append(rd.noteRefs, noteRef{num, i, c.note})
	case noteMany:
		rd.errorf(i, c.note, "refers to several notes (%s); an answer takes one note: merge them into one", rest)
	case noteWhich:
		rd.errorf(i, c.note, "%q names no note number", strings.TrimSpace(noteCell))
	}

	if q.Kind == mds2.KindText {
		if kind == noteText || kind == noteAndText {
			rd.errorf(i, c.note, "note reference %q: want a note number, Note n or See Note n", rest)
		}
		if v == "" {
			if kind == noteOne {
				// A note beside a blank text: the note stays; the text
				// comes from the product data, or check asks for it.
				rd.warnf(i, c.answer, "blank answer beside %q: the note is kept, the text left to the product data", strings.TrimSpace(noteCell))
				return ans, true
			}
			return ans, false
		}
		ans.Text = v
		if q.Format == mds2.FormatDate {
			ans.Text = rd.date(i, v)
		} else {
			ans.Text = rd.shown(i, c.answer, v)
		}
		if q.ID == "JSP-VER" {
			if _, ok := coveredVersions(v); !ok {
				// Guessing would state coverage the manufacturer did not.
				rd.errorf(i, c.answer, "JSP-VER %q does not list versions as jspgen writes them (4.1.0 (general availability …); 4.2.1 (…)): write the versions separated by semicolons, or leave the cell blank and state mds2.versions in the product file", v)
			}
		}
		return ans, true
	}

	if v == "" {
		switch kind {
		case noteOne:
			// The note stays, the answer is not invented: the product data
			// gives it ({ note = n }). Where no fact decides it, check
			// accepts the note alone, as real forms have it, and the built
			// form prints the note beside a blank answer: say so, rather
			// than promise that check will ask.
			rd.warnf(i, c.answer, "blank answer beside %q: the note is kept; the answer is left to the product data, and where no fact decides it the built form shows the note beside a blank answer, as this workbook does, and check does not ask for one (write Yes, No, N/A or See Note in the cell, or in [mds2.answers], to give one)", strings.TrimSpace(noteCell))
			return ans, true
		case noteText:
			// Dropping the text would lose what the manufacturer wrote;
			// guessing an answer for it would invent one.
			rd.errorf(i, c.note, "text %q beside a blank answer: write N/A in %s to keep it as the reason, or make it a note in the notes block and refer to it here (Note n); imported as it is, it would be lost", rest, cell(c.answer+1, i+1))
		}
		return ans, false
	}
	// "See Note 3" in the answer cell: See Note, and the note it names,
	// unless the note column names another.
	if m := notes().seeNoteNum.FindStringSubmatch(normCaption(v)); m != nil {
		n, err := strconv.Atoi(m[1])
		switch {
		case err != nil || n < 1 || n > 9999:
		case kind == noteNone:
			ans.Note = n
			rd.noteRefs = append(rd.noteRefs, noteRef{n, i, c.answer})
			v = "See Note"
		case (kind == noteOne || kind == noteAndText) && num == n:
			v = "See Note"
		default:
			rd.errorf(i, c.answer, "answer %q names note %d, the note column %q: which note the answer means cannot be told", v, n, strings.TrimSpace(noteCell))
			rd.invalid[q.ID] = true
			return ans, false
		}
	}
	if normCaption(v) == "not applicable" {
		v = "N/A"
	}
	a, err := mds2.ParseAnswer(v)
	if err != nil {
		rd.errorf(i, c.answer, "answer %q is not Yes, No, N/A or See Note", v)
		rd.invalid[q.ID] = true
		return ans, false
	}
	ans.Answer = a
	switch {
	case (kind == noteText || kind == noteAndText) && a == mds2.NA:
		ans.Reason = rest
	case kind == noteText || kind == noteAndText:
		rd.errorf(i, c.note, "note reference %q: want a note number, Note n or See Note n (text stands here only beside N/A)", rest)
	case a == mds2.SeeNote && kind == noteNone && ans.Note == 0:
		rd.warnf(i, c.note, "answer See Note without a note reference")
	}
	return ans, true
}

// uncomputed reports, as an error, a blank cell (v is its value) that
// holds a formula: the program that wrote the workbook did not compute
// it (Excel and Calc store each formula's value; excelize, openpyxl and
// the like do not), so what the form shows is not known, and reading it
// as blank would say the form does not answer.
func (rd *reader) uncomputed(i, j int, v string) bool {
	if v != "" || j < 0 {
		return false
	}
	f, err := rd.f.GetCellFormula(rd.imp.Sheet, cell(j+1, i+1))
	if err != nil || f == "" {
		return false
	}
	rd.errorf(i, j, "holds the formula =%s, whose value the workbook does not store (the program that wrote it did not compute it): open the workbook in Excel or Calc and save it, or type the value", f)
	return true
}

// shown is a text answer as the form shows it. The rows are read raw
// (answers, note numbers and DOC-7's date serial need the stored value),
// but a number the workbook formats (a model number 0012 kept as 12 with
// the format 0000, a revision 2.10 kept as 2.1) reads as what the
// manufacturer typed and sees only through its format. A number in the
// General format keeps its stored digits: General would show a long
// catalogue number in scientific notation.
func (rd *reader) shown(row, col int, raw string) string {
	if _, err := strconv.ParseFloat(raw, 64); err != nil {
		return raw
	}
	ref, err := excelize.CoordinatesToCellName(col+1, row+1)
	if err != nil {
		return raw
	}
	if t, err := rd.f.GetCellType(rd.imp.Sheet, ref); err != nil || t != excelize.CellTypeNumber && t != excelize.CellTypeUnset {
		return raw
	}
	idx, err := rd.f.GetCellStyle(rd.imp.Sheet, ref)
	if err != nil || idx == 0 {
		return raw
	}
	st, err := rd.f.GetStyle(idx)
	if err != nil || st.NumFmt == 0 && (st.CustomNumFmt == nil || *st.CustomNumFmt == "" || strings.EqualFold(*st.CustomNumFmt, "general")) {
		return raw
	}
	shown, err := rd.f.GetCellValue(rd.imp.Sheet, ref)
	if err != nil || strings.TrimSpace(shown) == "" {
		return raw
	}
	return strings.ReplaceAll(shown, "\r\n", "\n")
}

// date reads DOC-7: a date serial becomes YYYY-MM-DD; text is kept.
func (rd *reader) date(i int, v string) string {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		if _, err := time.Parse("2006-01-02", v); err != nil {
			rd.warnf(i, rd.cols.answer, "%q is not a date (a date cell or YYYY-MM-DD); kept as text", v)
		}
		return v
	}
	if math.IsNaN(x) || x < 1 || x >= 2958466 { // 9999-12-31
		rd.errorf(i, rd.cols.answer, "%s is not a date serial (1 to 2958465)", v)
		return v
	}
	epoch := excelEpoch
	if rd.date1904 {
		epoch = excelEpoch1904
	}
	return epoch.AddDate(0, 0, int(math.Floor(x))).Format("2006-01-02")
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// noteLabel reads a note label: "Note 4" (any case, "Note #4", "Note 4."),
// with the note's text when the same cell holds it ("Note 4: text",
// "Note 4 - text", "Note 4 – text"); in the notes block (bare) also a
// number alone ("4", "4.") or with its text ("4. text", "4) text").
func noteLabel(cell string, bare bool) (num int, text string, ok bool) {
	s := strings.TrimSpace(cell)
	if m := notes().noteNum.FindStringSubmatch(normCaption(s)); m != nil {
		num, _ = strconv.Atoi(m[1])
		return num, "", true
	}
	if m := notes().noteText.FindStringSubmatch(s); m != nil {
		num, _ = strconv.Atoi(m[1])
		return num, strings.TrimSpace(m[2]), true
	}
	if m := notes().bareNum.FindStringSubmatch(s); bare && m != nil {
		num, _ = strconv.Atoi(m[1])
		return num, "", true
	}
	if m := notes().bareText.FindStringSubmatch(s); bare && m != nil {
		num, _ = strconv.Atoi(m[1])
		return num, strings.TrimSpace(m[2]), true
	}
	return 0, "", false
}
