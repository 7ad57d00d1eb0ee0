package mds2

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/internal/kindtest"
)

const (
	catalogPath   = "../../templates/mds2/catalog.toml"
	referencePath = "../../../shared/reference/mds2-catalog.md"
)

func loadShipped(t *testing.T) *Catalog {
	t.Helper()
	data, err := os.ReadFile(catalogPath)
	if err != nil {
		t.Fatal(err)
	}
	c, err := LoadCatalog("templates/mds2/catalog.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// refRow is one row of the fact sheet's section tables.
type refRow struct {
	ID, Parent      string
	IEC, NIST, ISO  string
	SectionFromHead string
}

type reference struct {
	sections []string       // codes in order of the "### CODE — Title" headings
	rows     []refRow       // all ID rows in order
	counts   map[string]int // the "ID counts" table
	total    int
}

var (
	refHeadingRE = regexp.MustCompile(`^### ([A-Z]+) — `)
	refCountRE   = regexp.MustCompile(`^\| ([A-Z]+) \| (\d+) \|$`)
	refTotalRE   = regexp.MustCompile(`^\| \*\*Total\*\* \| \*\*(\d+)\*\* \|$`)
)

// readReference parses the MDS2 fact sheet the catalog was built from; the
// test skips when the file is not there (it lives outside the module).
func readReference(t *testing.T) reference {
	t.Helper()
	data, err := os.ReadFile(referencePath)
	if os.IsNotExist(err) {
		t.Skipf("skipping: reference %s not found (it is outside the module)", referencePath)
	}
	if err != nil {
		t.Fatal(err)
	}
	ref := reference{counts: map[string]int{}}
	part, code := "", ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "## ") {
			part, code = line, ""
			continue
		}
		switch {
		case part == "## Sections":
			if m := refHeadingRE.FindStringSubmatch(line); m != nil {
				code = m[1]
				ref.sections = append(ref.sections, code)
				continue
			}
			if code == "" || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| ID ") {
				continue
			}
			cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|"), "|")
			if len(cells) != 6 {
				t.Fatalf("reference row with %d cells: %s", len(cells), line)
			}
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			ref.rows = append(ref.rows, refRow{
				ID: cells[0], Parent: cells[2], IEC: cells[3], NIST: cells[4], ISO: cells[5],
				SectionFromHead: code,
			})
		case part == "## ID counts":
			if m := refCountRE.FindStringSubmatch(line); m != nil {
				n, _ := strconv.Atoi(m[2])
				ref.counts[m[1]] = n
			} else if m := refTotalRE.FindStringSubmatch(line); m != nil {
				ref.total, _ = strconv.Atoi(m[1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ref
}

// TestCatalogMatchesReference guards against typos: the catalog's form IDs,
// order, sections, parents and mapping cells must equal the fact sheet's.
func TestCatalogMatchesReference(t *testing.T) {
	ref := readReference(t)
	c := loadShipped(t)

	if len(ref.rows) != 240 || ref.total != 240 {
		t.Fatalf("reference parse: %d rows, total %d; want 240", len(ref.rows), ref.total)
	}
	form := c.FormQuestions()
	if len(form) != 240 {
		t.Errorf("catalog has %d form (non-extension) questions, want 240", len(form))
	}

	var got []refRow
	for _, q := range form {
		got = append(got, refRow{
			ID: q.ID, Parent: q.Parent,
			IEC: q.References.IEC, NIST: q.References.NIST, ISO: q.References.ISO,
			SectionFromHead: q.Section,
		})
	}
	if d := cmp.Diff(ref.rows, got); d != "" {
		t.Errorf("catalog differs from %s (-reference +catalog):\n%s", referencePath, d)
	}

	var codes []string
	for _, s := range c.Sections {
		codes = append(codes, s.Code)
	}
	if d := cmp.Diff(ref.sections, codes); d != "" {
		t.Errorf("section codes differ (-reference +catalog):\n%s", d)
	}
	if d := cmp.Diff(FormSections, codes); d != "" {
		t.Errorf("FormSections differs from the catalog (-FormSections +catalog):\n%s", d)
	}

	counts := map[string]int{}
	for _, s := range c.Sections {
		counts[s.Code] = 0
	}
	for _, q := range form {
		counts[q.Section]++
	}
	if d := cmp.Diff(ref.counts, counts); d != "" {
		t.Errorf("per-section counts differ from the reference's ID counts table (-reference +catalog):\n%s", d)
	}
}

func TestCatalogFormOrder(t *testing.T) {
	c := loadShipped(t)
	form := c.FormQuestions()
	for i := 1; i < len(form); i++ {
		if CompareIDs(form[i-1].ID, form[i].ID) >= 0 {
			t.Errorf("form order: %s listed before %s", form[i-1].ID, form[i].ID)
		}
	}
	ids := make([]string, len(form))
	for i, q := range form {
		ids[i] = q.ID
	}
	shuffled := slices.Clone(ids)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, CompareIDs)
	if d := cmp.Diff(ids, shuffled); d != "" {
		t.Errorf("sorting with CompareIDs does not give form order:\n%s", d)
	}
}

func TestCatalogWording(t *testing.T) {
	c := loadShipped(t)
	seen := map[string]string{}
	for _, q := range c.Questions {
		w := strings.TrimSpace(q.Question)
		if w == "" {
			t.Errorf("%s: empty question", q.ID)
		}
		if q.Kind == KindYesNo && !strings.HasSuffix(w, "?") {
			t.Errorf("%s: yes_no question does not end with \"?\": %q", q.ID, w)
		}
		if other, ok := seen[w]; ok {
			t.Errorf("%s and %s have the same wording %q", other, q.ID, w)
		}
		seen[w] = q.ID
	}
	for _, s := range c.Sections {
		if strings.TrimSpace(s.Title) == "" || strings.TrimSpace(s.Description) == "" {
			t.Errorf("section %s: title or description empty", s.Code)
		}
	}
	if s, _ := c.Section("SAHD"); s.References != (References{NIST: "CM-7", ISO: "A.12.5.1*"}) {
		t.Errorf("SAHD description-row references = %+v", s.References)
	}
	oth, ok := c.Section("OTHR")
	if !ok || !oth.FreeText || len(c.SectionQuestions("OTHR")) != 0 {
		t.Errorf("OTHR must be a free-text section without questions")
	}
}

func TestCatalogKinds(t *testing.T) {
	c := loadShipped(t)
	text := map[string]bool{}
	for _, q := range c.Questions {
		if q.Kind == KindText {
			text[q.ID] = true
		}
	}
	want := map[string]bool{
		"DOC-1": true, "DOC-2": true, "DOC-3": true, "DOC-4": true, "DOC-5": true,
		"DOC-6": true, "DOC-7": true, "JSP-VER": true, "JSP-MODELS": true,
	}
	if d := cmp.Diff(want, text); d != "" {
		t.Errorf("text questions (-want +got):\n%s", d)
	}
	if q, _ := c.Lookup("DOC-7"); q.Format != FormatDate {
		t.Errorf("DOC-7 format = %q, want date", q.Format)
	}
}

func TestCatalogExtensions(t *testing.T) {
	c := loadShipped(t)
	var ext []string
	for _, q := range c.Questions {
		if q.Extension {
			ext = append(ext, q.ID)
			if q.Section != "DOC" {
				t.Errorf("%s: section %s, want DOC", q.ID, q.Section)
			}
		}
	}
	if d := cmp.Diff([]string{"JSP-VER", "JSP-MODELS"}, ext); d != "" {
		t.Errorf("extensions (-want +got):\n%s", d)
	}
	// Shown right after DOC-3, the form's model field.
	var doc []string
	for _, q := range c.SectionQuestions("DOC")[:6] {
		doc = append(doc, q.ID)
	}
	if d := cmp.Diff([]string{"DOC-1", "DOC-2", "DOC-3", "JSP-VER", "JSP-MODELS", "DOC-4"}, doc); d != "" {
		t.Errorf("DOC order (-want +got):\n%s", d)
	}
}

func answers(kv ...string) map[string]Answer {
	m := map[string]Answer{}
	for i := 0; i < len(kv); i += 2 {
		a, err := ParseAnswer(kv[i+1])
		if err != nil {
			panic(err)
		}
		m[kv[i]] = a
	}
	return m
}

// TestRuledOut: the gating the resolver runs. want is whether q still
// applies; when it does not, RuledOut names the condition that rules it out.
func TestRuledOut(t *testing.T) {
	c := loadShipped(t)
	tests := []struct {
		id      string
		answers map[string]Answer
		want    bool
	}{
		{"MPII-2.1", nil, true},                           // trigger unanswered
		{"MPII-2.1", answers("MPII-2", "yes"), true},      // direct yes
		{"MPII-2.1", answers("MPII-2", "no"), false},      // direct no
		{"MPII-2.1", answers("MPII-2", "n/a"), false},     // trigger N/A
		{"MPII-2.1", answers("MPII-2", "see note"), true}, // undecided
		{"MPII-2.1", answers("MPII-1", "no"), false},      // inherited through MPII-2
		{"MPII-2.1", answers("MPII-1", "yes", "MPII-2", "yes"), true},
		{"MPII-1", answers("MPII-1", "no"), true},    // ungated
		{"CSUP-2.1", answers("CSUP-1", "no"), false}, // stated, inherited
		{"CSUP-2.1", answers("CSUP-1", "yes", "CSUP-2", "no"), false},
		{"CSUP-2.1", answers("CSUP-1", "yes", "CSUP-2", "yes"), true},
		{"CSUP-10.1", answers("CSUP-1", "no"), false},
		{"CSUP-11.2", answers("CSUP-1", "no"), false},
		{"CSUP-11.2", answers("CSUP-11", "no"), false},
		{"CSUP-1", answers("CSUP-1", "no"), true},
		{"MLDP-3", answers("MLDP-2", "no"), true}, // applies on No
		{"MLDP-3", answers("MLDP-2", "yes"), false},
		{"MLDP-2.4", answers("MLDP-2", "no"), false},
		{"MLDP-5.1", answers("MLDP-5", "no"), false},
		{"MLDP-5.2", answers("MLDP-5", "no"), true}, // still meaningful
		{"MLDP-2", answers("MLDP-1", "no"), true},   // weak rule not encoded
		{"PLOK-3", answers("PLOK-1", "yes"), false},
		{"PLOK-3", answers("PLOK-1", "no"), true},
		// The form rules MLDP-3 and PLOK-2 … 4 out only under a Yes: an
		// N/A trigger (anti-malware impossible in a browser) leaves them
		// asked.
		{"MLDP-3", answers("MLDP-2", "na"), true},
		{"PLOK-3", answers("PLOK-1", "na"), true},
		{"TXCF-2.1", answers("TXCF-2", "yes"), false},
		{"TXCF-2.1", answers("TXCF-2", "no"), true},
		{"SAHD-6.1", answers("SAHD-6", "no"), true},
		{"SAHD-6.2", answers("SAHD-6", "no"), false},
		{"SAHD-6.2", answers("SAHD-6", "na"), true}, // the form names only No
		{"SAHD-6.2", answers("SAHD-6", "yes"), true},
		{"CONN-1.2.3", answers("CONN-1", "no"), false}, // two levels up
		{"CONN-1.2.3", answers("CONN-1", "yes", "CONN-1.1", "no"), true},
		{"AUDT-2.8.2", answers("AUDT-2", "no"), false},
		{"AUDT-5.4", answers("AUDT-5", "no"), true}, // weak rule not encoded
		{"SBOM-3", answers("SBOM-1", "no"), true},
		{"SBOM-4", answers("SBOM-1", "no"), false},
		{"SBOM-2.3", answers("SBOM-1", "no"), false},
		{"DOC-11.3", answers("DOC-11", "no"), false},
		{"STCF-2", answers("STCF-1", "no"), true},
		{"RMOT-1.2", answers("RMOT-1", "no"), false},
	}
	for _, tt := range tests {
		q, ok := c.Lookup(tt.id)
		if !ok {
			t.Fatalf("%s not in catalog", tt.id)
		}
		c, out := RuledOut(q, tt.answers)
		if out == tt.want {
			t.Errorf("RuledOut(%s, %v) = %v, %v; want applicable %v (gates %v)", tt.id, tt.answers, c, out, tt.want, q.Gates())
		}
		if !out && c != (Condition{}) {
			t.Errorf("RuledOut(%s, %v) returned condition %v with false", tt.id, tt.answers, c)
		}
		if out && c.Admits(tt.answers[c.ID]) {
			t.Errorf("RuledOut(%s, %v) names %v, which the answers meet", tt.id, tt.answers, c)
		}
	}
}

func TestRuledOutWithoutCatalog(t *testing.T) {
	q := &Question{ID: "X-2", AppliesWhen: []Condition{{ID: "X-1", Answer: Yes}}}
	if c, out := RuledOut(q, answers("X-1", "no")); !out || c != (Condition{ID: "X-1", Answer: Yes}) {
		t.Errorf("hand-built question: got %v, %v; want X-1 = Yes ruling it out", c, out)
	}
	if _, out := RuledOut(q, answers("X-1", "yes")); out {
		t.Error("hand-built question: met condition rules it out")
	}
	if _, out := RuledOut(&Question{ID: "X-3"}, answers("X-1", "no")); out {
		t.Error("question without conditions must apply")
	}
}

// TestRuledOutNamesTheCondition: the condition returned is the one the
// answers contradict, own conditions before inherited ones.
func TestRuledOutNamesTheCondition(t *testing.T) {
	c := loadShipped(t)
	tests := []struct {
		id      string
		answers map[string]Answer
		want    Condition
	}{
		{"MPII-2.1", answers("MPII-2", "no"), Condition{ID: "MPII-2", Answer: Yes}},
		{"MPII-2.1", answers("MPII-1", "no"), Condition{ID: "MPII-1", Answer: Yes}},
		{"MPII-2.1", answers("MPII-1", "no", "MPII-2", "na"), Condition{ID: "MPII-2", Answer: Yes}},
		{"MLDP-3", answers("MLDP-2", "yes"), Condition{ID: "MLDP-2", Unless: Yes, Stated: true}},
		// A stated condition comes before an implied one: CSUP-11.1 is
		// implied by CSUP-11 and, through it, stated by CSUP-1.
		{"CSUP-11.1", answers("CSUP-1", "no", "CSUP-11", "no"), Condition{ID: "CSUP-1", Unless: No, Stated: true}},
		// Under an N/A trigger the form says nothing: the implied
		// condition beside the stated one is what rules it out.
		{"TXCF-2.1", answers("TXCF-2", "na"), Condition{ID: "TXCF-2", Answer: No}},
		{"CSUP-2.1", answers("CSUP-1", "yes", "CSUP-2", "na"), Condition{ID: "CSUP-2", Answer: Yes}},
		{"CSUP-2.1", answers("CSUP-1", "no", "CSUP-2", "na"), Condition{ID: "CSUP-1", Unless: No, Stated: true}},
		{"CONN-1.2.3", answers("CONN-1", "yes", "CONN-1.2", "no"), Condition{ID: "CONN-1.2", Answer: Yes}},
	}
	for _, tt := range tests {
		q, ok := c.Lookup(tt.id)
		if !ok {
			t.Fatalf("%s not in catalog", tt.id)
		}
		if got, out := RuledOut(q, tt.answers); !out || got != tt.want {
			t.Errorf("RuledOut(%s, %v) = %v, %v; want %v, true (gates %v)", tt.id, tt.answers, got, out, tt.want, q.Gates())
		}
	}
}

// TestStatedConditions: exactly the rules the form's own text states are
// marked stated in the shipped catalog (the fact sheet's basis "stated").
func TestStatedConditions(t *testing.T) {
	c := loadShipped(t)
	// The form's rules name one answer of the trigger (unless); the
	// conditions beside them, on the same trigger, are implied.
	stated := map[string]bool{"CSUP-1": true, "CSUP-2": true, "CSUP-3": true, "CSUP-4": true, "CSUP-5": true, "CSUP-6": true,
		"AUDT-2": true, "MLDP-2": true, "PLOK-1": true, "TXCF-2": true, "SAHD-6": true}
	for _, q := range c.Questions {
		for _, cond := range q.AppliesWhen {
			want := stated[cond.ID] && cond.Unless != Unanswered
			if cond.Stated != want {
				t.Errorf("%s: condition on %s %s: stated = %v, want %v", q.ID, cond.ID, cond.Asked(), cond.Stated, want)
			}
			if cond.Unless != Unanswered && !cond.Stated {
				t.Errorf("%s: condition on %s %s is not stated", q.ID, cond.ID, cond.Asked())
			}
		}
	}
}

func TestNoteRequired(t *testing.T) {
	c := loadShipped(t)
	tests := []struct {
		id   string
		a    Answer
		want bool
	}{
		{"CSUP-6", Yes, true}, {"CSUP-6", No, false},
		{"MLDP-2", Yes, true}, {"MLDP-2", No, true},
		{"SAHD-16", Yes, true}, {"SAHD-16", No, false},
		{"PAUT-8", Yes, false}, {"PAUT-8", NA, false}, {"PAUT-8", SeeNote, true}, // N/A needs no note
	}
	for _, tt := range tests {
		q, _ := c.Lookup(tt.id)
		if got := NoteRequired(q, tt.a); got != tt.want {
			t.Errorf("NoteRequired(%s, %v) = %v, want %v", tt.id, tt.a, got, tt.want)
		}
	}
}

// minimal is a valid catalog that the error tests break one way at a time.
const minimal = `schema_version = 1

[[sections]]
code = "MPII"
title = "PII"
description = "d"

[[questions]]
id = "MPII-1"
section = "MPII"
kind = "yes_no"
question = "One?"

[[questions]]
id = "MPII-2"
section = "MPII"
kind = "yes_no"
question = "Two?"

[[questions]]
id = "MPII-2.1"
section = "MPII"
parent = "MPII-2"
kind = "yes_no"
question = "Two one?"
applies_when = [{ id = "MPII-2", answer = "yes" }]
`

func TestLoadCatalogMinimal(t *testing.T) {
	c, err := LoadCatalog("ok.toml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Questions) != 3 {
		t.Fatalf("got %d questions", len(c.Questions))
	}
}

func TestLoadCatalogErrors(t *testing.T) {
	tests := []struct {
		name      string
		old, new  string // replace old by new in minimal ("" old: append new)
		wantParts []string
	}{
		{"unknown top-level key", "schema_version = 1\n", "schema_version = 1\ntitel = \"x\"\n",
			[]string{"bad.toml:2:", `unknown key "titel"`}},
		{"unknown question key", "question = \"Two?\"\n", "question = \"Two?\"\nparnet = \"MPII-1\"\n",
			[]string{"bad.toml:19:", `unknown key "questions.parnet"`}},
		{"unknown reference key", "question = \"One?\"\n", "question = \"One?\"\nreferences = { nist = \"AR-2\" }\n",
			[]string{"bad.toml:13:", `unknown key "questions.references.nist"`}},
		{"duplicate ID", `id = "MPII-2"` + "\n", `id = "MPII-1"` + "\n",
			[]string{"bad.toml:15: MPII-1: duplicate ID (first at line 9)"}},
		{"unknown parent", `parent = "MPII-2"`, `parent = "MPII-9"`,
			[]string{"bad.toml:23: MPII-2.1:", `unknown ID "MPII-9"`}},
		{"parent after child", "", "\n[[questions]]\nid = \"MPII-3\"\nsection = \"MPII\"\nparent = \"MPII-3.1\"\nkind = \"yes_no\"\nquestion = \"Q?\"\n\n[[questions]]\nid = \"MPII-3.1\"\nsection = \"MPII\"\nparent = \"MPII-3\"\nkind = \"yes_no\"\nquestion = \"Q?\"\n",
			[]string{"MPII-3: parent MPII-3.1 comes after its child"}},
		{"wrong parent", `parent = "MPII-2"`, `parent = "MPII-1"`,
			[]string{"MPII-2.1:", `parent "MPII-1": want "MPII-2"`}},
		{"gating unknown ID", `{ id = "MPII-2", answer = "yes" }`, `{ id = "MPII-7", answer = "yes" }`,
			[]string{"bad.toml:26: MPII-2.1: applies_when: unknown ID \"MPII-7\""}},
		{"gating bad answer", `answer = "yes" }`, `answer = "maybe" }`,
			[]string{"bad.toml:26: MPII-2.1: applies_when.answer: invalid answer \"maybe\""}},
		{"gating N/A answer", `answer = "yes" }`, `answer = "n/a" }`,
			[]string{"MPII-2.1: applies_when: answer for MPII-2 must be \"yes\" or \"no\""}},
		{"syntax error", `title = "PII"`, `title = "PII`,
			[]string{"bad.toml:5:"}},
		{"schema version", "schema_version = 1", "schema_version = 2",
			[]string{"bad.toml:1: schema_version: want 1, got 2"}},
		{"bad kind", "kind = \"yes_no\"\nquestion = \"One?\"", "kind = \"bool\"\nquestion = \"One?\"",
			[]string{"bad.toml:11: MPII-1: kind \"bool\""}},
		{"no question mark", `question = "One?"`, `question = "One"`,
			[]string{"MPII-1: a yes_no question must end with \"?\""}},
		{"bad ID", `id = "MPII-1"`, `id = "MPII-01"`,
			[]string{"bad.toml:9: MPII-01: invalid ID"}},
		{"extension with form code", `id = "MPII-1"` + "\n", `id = "MPII-VER"` + "\nextension = true\n",
			[]string{"invalid ID \"MPII-VER\""}},
		{"unknown section", "section = \"MPII\"\nkind = \"yes_no\"\nquestion = \"One?\"", "section = \"XXXX\"\nkind = \"yes_no\"\nquestion = \"One?\"",
			[]string{"MPII-1: unknown section \"XXXX\""}},
		{"wrong type", "kind = \"yes_no\"\nquestion = \"One?\"", "kind = 3\nquestion = \"One?\"",
			[]string{"bad.toml:11: MPII-1: kind: incompatible types"}},
		{"applies_when not a list", `applies_when = [{ id = "MPII-2", answer = "yes" }]`, `applies_when = { id = "MPII-2", answer = "yes" }`,
			[]string{"bad.toml:26: MPII-2.1: applies_when:", "it is a list"}},
		{"out of order", `id = "MPII-1"` + "\n", `id = "MPII-5"` + "\n",
			[]string{"MPII-2: out of form order: comes after MPII-5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := minimal + tt.new
			if tt.old != "" {
				if !strings.Contains(minimal, tt.old) {
					t.Fatalf("test setup: %q not in minimal", tt.old)
				}
				src = strings.Replace(minimal, tt.old, tt.new, 1)
			}
			_, err := LoadCatalog("bad.toml", []byte(src))
			if err == nil {
				t.Fatal("LoadCatalog succeeded, want error")
			}
			kindtest.SaysAll(t, "the error", err.Error(), tt.wantParts...)
		})
	}
}
