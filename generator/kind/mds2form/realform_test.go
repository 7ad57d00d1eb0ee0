package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// realFormPattern turns the fixture's answers into the pattern of real,
// filled HN 1-2019 forms (NEMA's own example among them): No under No
// triggers, N/A without notes, a stated-rule violation, "See Note" beside
// a blank answer, free-text DOC fields in the manufacturer's words (DOC-4 and DOC-7
// still naming the form's document control).
func realFormPattern(src string) string {
	r := strings.NewReplacer(
		// The note reference beside a blank answer.
		`"SAHD-1" = "no"`, `"SAHD-1" = { note = 2 }`,
		// See Note where the diagram lives elsewhere (no diagram in the data).
		`"DOC-10" = "yes"`, `"DOC-10" = { answer = "See Note", note = 2 }`,
		// N/A without a note, in the spreadsheet's spelling.
		`"DOC-11.1" = "na"`, `"DOC-11.1" = "N/A"`,
		// No under a No trigger (AUTH-1 = No), in mixed case.
		`"AUTH-1.2" = "no"`, `"AUTH-1.2" = "No"`,
	)
	src = r.Replace(src)
	return strings.Replace(src, "[mds2.answers]\n", `[mds2.answers]
"DOC-1" = "Fixture Devices Ltd, Clinical Thermometry"
"DOC-2" = "Handheld clinical thermometer with a USB cradle."
"DOC-3" = "T-1 thermometer (all variants)"
"DOC-4" = "FIX-MDS2-1 Rev. A"
"DOC-5" = "security@thermo.example, +49 30 0000 0000"
"DOC-6" = "Not intended to be connected to a network; readings go to a PC over USB."
"DOC-7" = "2 June 2025"
"CSUP-3.4" = "No"
"CSUP-11" = "no"
`, 1)
}

// TestMDS2RealFormPattern: every answer of a form filled the way real
// forms are is reproduced exactly, with no error; the only warnings are
// the two answers that break the form's stated instruction (CSUP-3.4 and
// CSUP-11 under CSUP-1 = No, as in NEMA's own example).
func TestMDS2RealFormPattern(t *testing.T) {
	form, diags, env, p := resolveCase(t, fixtureCase(t, realFormPattern))
	for _, d := range diags {
		switch {
		case d.Severity == content.Error:
			t.Errorf("error: %s", d)
		case !strings.Contains(d.Message, "breaks the form's instruction"):
			t.Errorf("warning that is not a stated-rule violation: %s", d)
		}
	}
	if n := len(diags.Warnings()); n != 2 {
		t.Errorf("%d warnings, want 2 (CSUP-3.4, CSUP-11)", n)
	}
	cat, err := LoadCatalog(env)
	if err != nil {
		t.Fatal(err)
	}
	for id, e := range p.MDS2.Answers {
		row, ok := form.Row(id)
		if !ok {
			t.Errorf("%s: no row", id)
			continue
		}
		q, _ := cat.Lookup(id)
		want := strings.TrimSpace(e.Answer)
		if q.Kind != mds2.KindText && want != "" {
			a, err := mds2.ParseAnswer(want)
			if err != nil {
				t.Fatal(err)
			}
			want = a.String()
		}
		if row.Printed() != want || row.Note != e.Note {
			t.Errorf("%s: printed %q note %d, want %q note %d (basis %s, %s)", id, row.Printed(), row.Note, want, e.Note, row.Basis, row.From)
		}
	}
	for id, want := range map[string]string{"SAHD-1": "", "DOC-10": "See Note", "CSUP-3.4": "No", "CSUP-3.1": "N/A", "AUTH-1.2": "No",
		"DOC-4": "FIX-MDS2-1 Rev. A", "DOC-7": "2 June 2025"} {
		if r, _ := form.Row(id); r.Printed() != want {
			t.Errorf("%s = %q, want %q", id, r.Printed(), want)
		}
	}
}
