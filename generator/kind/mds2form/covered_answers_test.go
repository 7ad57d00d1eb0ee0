package mds2form

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// dosewiseCombined prepares Dosewise's form covering both its versions
// (mds2.versions = 2.2.1 and 2.3.0), [mds2.answers] (2.2.1's) edited by
// answers and 2.3.0's changes given changes (written after its
// sbom_files): the form and the diagnostics.
func dosewiseCombined(t *testing.T, answers func(string) string, changes string) (*mds2.Form, content.Diagnostics) {
	t.Helper()
	c := copyCase(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content/dosewise.toml", func(src string) string {
		for _, s := range []string{"[mds2]\nversions = [\"2.3.0\"]\n", "sbom_files = [\"sbom.cdx.json\"]\n"} {
			if !strings.Contains(src, s) {
				t.Fatalf("dosewise.toml no longer has %q", s)
			}
		}
		src = strings.Replace(src, "[mds2]\nversions = [\"2.3.0\"]\n", "[mds2]\nversions = [\"2.2.1\", \"2.3.0\"]\n", 1)
		src = strings.Replace(src, "sbom_files = [\"sbom.cdx.json\"]\n", "sbom_files = [\"sbom.cdx.json\"]\n"+changes, 1)
		if answers != nil {
			src = answers(src)
		}
		return src
	})
	loaded, ds := content.Load(c.site, c.dir)
	if len(ds.Errors()) > 0 {
		t.Fatalf("load: %v", ds.Errors())
	}
	env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
	p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
	prepared, diags := Kind.Prepare(env, []kind.Product{p})
	for _, doc := range prepared[0].Documents {
		if doc.Path == "mds2" {
			f := doc.Data.(*mds2.Form)
			if strings.Join(f.Versions, ", ") != "2.2.1, 2.3.0" {
				t.Fatalf("the form covers %v, want 2.2.1 and 2.3.0", f.Versions)
			}
			return f, diags
		}
	}
	t.Fatalf("no form at mds2 among %v", prepared[0].Documents)
	return nil, nil
}

// TestCombinedFormAnswersDifferingVersionsSeeNote: a form covering two
// versions printed the newer one's hand answer (2.3.0's SAHD-4 No) as
// though it held for both, which is false for 2.2.1 (Yes). Where the
// covered versions' own answers differ, the form answers See Note with a
// note jspgen writes giving each version's answer (keeping the
// reference to a version's own note; a version that does not answer is
// "not stated", never No), questions answered alike share the note, and
// check warns at mds2.versions. Answers alike, or a derived answer
// (which follows the newest version), are left as they were.
func TestCombinedFormAnswersDifferingVersionsSeeNote(t *testing.T) {
	const warning = "mds2.versions: the MDS2 form covers versions 2.2.1 and 2.3.0, whose own answers to "
	dropSAHD4 := func(src string) string { return strings.Replace(src, "\"SAHD-4\" = \"yes\"\n", "", 1) }
	for _, tc := range []struct {
		name    string
		answers func(string) string
		changes string
		// id → the answer printed; and, for a See Note, its note's text
		want     map[string]string
		note     map[string]string
		warnsFor string // the IDs the warning names; "" for no warning
		// unanswered is the one warning about SAHD-4 without an answer,
		// up to its advice; "" for none
		unanswered string
	}{
		{name: "answers alike", want: map[string]string{"SAHD-4": "Yes", "SAHD-9": "Yes"}},
		{name: "a later version answers otherwise",
			changes:  "mds2_answers_changed = { \"SAHD-4\" = \"no\" }\n",
			want:     map[string]string{"SAHD-4": "See Note", "SAHD-9": "Yes"},
			note:     map[string]string{"SAHD-4": "The versions this form covers answer SAHD-4 differently. Version 2.2.1: Yes. Version 2.3.0: No."},
			warnsFor: "SAHD-4 differ; it answers it See Note"},
		{name: "the version's own note is referred to",
			changes:  "mds2_answers_changed = { \"SAHD-4\" = { answer = \"no\", note = 6 } }\n",
			want:     map[string]string{"SAHD-4": "See Note"},
			note:     map[string]string{"SAHD-4": "The versions this form covers answer SAHD-4 differently. Version 2.2.1: Yes. Version 2.3.0: No; see note 6."},
			warnsFor: "SAHD-4 differ"},
		{name: "questions answered alike share a note",
			changes: "mds2_answers_changed = { \"SAHD-4\" = \"no\", \"SAHD-9\" = \"no\" }\n",
			want:    map[string]string{"SAHD-4": "See Note", "SAHD-9": "See Note"},
			note: map[string]string{
				"SAHD-4": "The versions this form covers answer SAHD-4 and SAHD-9 differently; each version gives all of these questions the same answer. Version 2.2.1: Yes. Version 2.3.0: No.",
				"SAHD-9": "The versions this form covers answer SAHD-4 and SAHD-9 differently; each version gives all of these questions the same answer. Version 2.2.1: Yes. Version 2.3.0: No.",
			},
			warnsFor: "SAHD-4 and SAHD-9 differ; it answers them See Note"},
		// An answer a covered version lacks is a warning naming it, as its
		// own form reports it, and "not stated" in the note giving each
		// version's answer: another version's answer is never its.
		{name: "an earlier version does not answer", answers: dropSAHD4,
			changes:    "mds2_answers_changed = { \"SAHD-4\" = \"yes\" }\n",
			want:       map[string]string{"SAHD-4": "See Note"},
			note:       map[string]string{"SAHD-4": "The versions this form covers do not all answer SAHD-4 alike. Version 2.2.1: not stated. Version 2.3.0: Yes."},
			unanswered: "mds2.answers.SAHD-4: version 2.2.1, which the MDS2 form covers (mds2.versions): SAHD-4 has no answer (",
			warnsFor:   "SAHD-4 differ"},
		{name: "the newest version drops the answer",
			changes:    "mds2_answers_removed = [\"SAHD-4\"]\n",
			want:       map[string]string{"SAHD-4": "See Note"},
			note:       map[string]string{"SAHD-4": "The versions this form covers do not all answer SAHD-4 alike. Version 2.2.1: Yes. Version 2.3.0: not stated."},
			unanswered: "mds2.answers: section SAHD (System and Application Hardening): SAHD-4 has no answer (", // the form's own: its section's
			warnsFor:   "SAHD-4 differ"},
		{name: "no version answers", answers: dropSAHD4,
			want:       map[string]string{"SAHD-4": ""},
			unanswered: "mds2.answers: section SAHD (System and Application Hardening): SAHD-4 has no answer ("},
		{name: "a derived answer follows the newest version",
			answers: addAnswer("\"CONN-1\" = { answer = \"yes\", note = 6 }"),
			changes: "mds2_answers_removed = [\"CONN-1\"]\n",
			want:    map[string]string{"CONN-1": "No"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, diags := dosewiseCombined(t, tc.answers, tc.changes)
			for id, want := range tc.want {
				row, _ := f.Row(id)
				if got := row.Printed(); got != want {
					t.Errorf("%s = %q (%s, %s), want %q", id, got, row.Basis, row.From, want)
				}
				text, differs := tc.note[id]
				if !differs {
					if row.VersionsDiffer() {
						t.Errorf("%s marked as differing between versions: %+v", id, row)
					}
					continue
				}
				if row.NoteText != text || !row.VersionsDiffer() {
					t.Errorf("%s: note %d %q (from %q), want %q", id, row.Note, row.NoteText, row.From, text)
				}
				if !slices.ContainsFunc(f.Notes, func(n mds2.Note) bool { return n.Number == row.Note && n.Text == text && n.Generated }) {
					t.Errorf("%s: note %d is not among the form's notes as jspgen's: %+v", id, row.Note, f.Notes)
				}
				if strings.Contains(text, "see note 6") && !hasNote(f, 6) {
					t.Errorf("note 6, which the note refers to, is not printed")
				}
			}
			var unanswered []string
			for _, d := range diags {
				if strings.Contains(d.Message, "SAHD-4 has no answer") {
					if d.Severity != content.Warning {
						t.Errorf("not a warning: %s", d)
					}
					unanswered = append(unanswered, d.Path+": "+d.Message)
				}
			}
			switch {
			case tc.unanswered == "" && len(unanswered) > 0:
				t.Errorf("unexpected warnings: %q", unanswered)
			case tc.unanswered != "" && (len(unanswered) != 1 || !strings.HasPrefix(unanswered[0], tc.unanswered) ||
				!strings.HasSuffix(unanswered[0], `; the form says "Not stated"`)):
				t.Errorf("want one warning %q…; the form says \"Not stated\"; got %q", tc.unanswered, unanswered)
			}
			if tc.unanswered != "" && tc.want["SAHD-4"] == "" {
				if row, _ := f.Row("SAHD-4"); row.Basis != mds2.BasisNotStated {
					t.Errorf("SAHD-4 basis %q, want %q", row.Basis, mds2.BasisNotStated)
				}
			}
			var warned []string
			for _, d := range diags {
				if s := d.Path + ": " + d.Message; strings.HasPrefix(s, warning) {
					if d.Severity != content.Warning {
						t.Errorf("not a warning: %s", d)
					}
					warned = append(warned, s)
				}
			}
			switch {
			case tc.warnsFor == "" && len(warned) > 0:
				t.Errorf("unexpected warning: %s", warned)
			case tc.warnsFor != "" && (len(warned) != 1 || !strings.HasPrefix(warned[0], warning+tc.warnsFor)):
				t.Errorf("want one warning %q…; got %q", warning+tc.warnsFor, warned)
			case tc.warnsFor != "" && !strings.HasSuffix(warned[0], `: to give each version's answers on a form of its own, set documents.versions = "supported" and list one version in mds2.versions`):
				t.Errorf("the warning does not say how to give each version a form: %s", warned[0])
			}
		})
	}
}

// TestVersionAnswerWording: how the note words each version's answer as
// its own form gives it, and never as No when the version gives none.
func TestVersionAnswerWording(t *testing.T) {
	r := &mds2Resolver{p: kind.Product{Product: &content.Product{MDS2: content.MDS2{Notes: []content.MDS2Note{{Number: 4, Text: "Signed firmware from 6.0."}}}}}}
	for _, tc := range []struct {
		name  string
		row   mds2.Row
		notes []mds2.Note // the version's own form's
		want  string
	}{
		{"unanswered", mds2.Row{}, nil, "not stated"},
		{"a note alone", mds2.Row{Note: 4, Basis: mds2.BasisAnswered}, nil, "not stated; see note 4"},
		{"yes with a note", mds2.Row{Answer: mds2.Yes, Note: 4, Basis: mds2.BasisAnswered}, nil, "Yes; see note 4"},
		{"see note", mds2.Row{Answer: mds2.SeeNote, Note: 4, Basis: mds2.BasisAnswered}, nil, "see note 4"},
		{"N/A with a reason", mds2.Row{Answer: mds2.NA, Reason: "No TLS.", Basis: mds2.BasisAnswered}, nil, "N/A, with the reason “No TLS”"},
		{"N/A by the form's instruction", mds2.Row{Answer: mds2.NA, Basis: mds2.BasisGated, From: "CONN-7 is No"}, nil, "N/A, as CONN-7 is No"},
		{"derived", mds2.Row{Answer: mds2.No, Basis: mds2.BasisDerived, From: "ports is written empty"}, nil, "No, from the product data"},
		{"an override", mds2.Row{Answer: mds2.Yes, Note: 4, Basis: mds2.BasisAnswered, From: mds2.OverridesFrom(mds2.No, "no port")}, nil, "Yes, in place of the No the product data give; see note 4"},
		{"the version's own text of the note", mds2.Row{Answer: mds2.No, Note: 4, Basis: mds2.BasisAnswered}, []mds2.Note{{Number: 4, Text: "Unsigned firmware."}}, "No; its note for that version reads “Unsigned firmware.”"},
		{"a note jspgen wrote for the version's form", mds2.Row{Answer: mds2.Yes, Note: 4, Basis: mds2.BasisAnswered}, []mds2.Note{{Number: 4, Text: "Signed firmware from 6.0.", Generated: true}}, "Yes; its note for that version reads “Signed firmware from 6.0.”"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			referenced := map[int]bool{}
			if got := r.answerOfVersion(versionAnswer{version: "1.0", row: tc.row, notes: tc.notes}, referenced); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if strings.Contains(tc.want, "see note 4") != referenced[4] {
				t.Errorf("note 4 referenced = %v", referenced[4])
			}
		})
	}
}
