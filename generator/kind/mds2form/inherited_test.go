package mds2form

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// dosewiseForms prepares the forms of Dosewise (2.2.1 without an SBOM
// file and no SIEM export, 2.3.0 with both, a form each) with
// [mds2.answers] giving 2.2.1's AUDT-5 and SBOM answers, SBOM-1 No
// explained by note 19, note 20 referred to by no answer, note 21 for
// 2.3.0's own answers, and 2.3.0's changes (written after its
// sbom_files) as given: the current form (2.3.0's), 2.2.1's, and the
// diagnostics.
func dosewiseForms(t *testing.T, changes, answers string) (cur, old *mds2.Form, diags content.Diagnostics) {
	t.Helper()
	c := copyCase(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content/dosewise.toml", func(src string) string {
		// 2.2.1, without a component list of its own, derives no CSUP-1.
		earlier := "\"AUDT-5\" = \"no\"\n\"SBOM-1\" = { answer = \"no\", note = 19 }\n\"CSUP-1\" = \"yes\"\n"
		for _, id := range []string{"SBOM-2", "SBOM-2.1", "SBOM-2.2", "SBOM-2.3", "SBOM-2.4"} {
			earlier += fmt.Sprintf("%q = \"na\"\n", id)
		}
		src = strings.Replace(src, "sbom_files = [\"sbom.cdx.json\"]\n", "sbom_files = [\"sbom.cdx.json\"]\n"+changes, 1)
		src = strings.Replace(src, "[documents]\n", "[documents]\nversions = \"supported\"\n", 1)
		src = strings.Replace(src, "\"SBOM-3\" = \"yes\"\n", "\"SBOM-3\" = \"yes\"\n"+earlier+answers, 1)
		return src + "\n[[mds2.notes]]\nnumber = 19\ntext = \"Version 2.2.1's component list is given on request as a spreadsheet.\"\n" +
			"\n[[mds2.notes]]\nnumber = 20\ntext = \"A note no answer refers to.\"\n" +
			"\n[[mds2.notes]]\nnumber = 21\ntext = \"Version 2.3.0 only.\"\n"
	})
	return twoVersionForms(t, c, content.NewDate(2026, 2, 16), "2.2.1")
}

// twoVersionForms loads case c (one product, documents.versions =
// "supported") and prepares its forms on date on: the current form
// (path mds2), that of the earlier version old (old/mds2), and the
// diagnostics.
func twoVersionForms(t *testing.T, c mds2Case, on content.Date, old string) (curForm, oldForm *mds2.Form, diags content.Diagnostics) {
	t.Helper()
	loaded, ds := content.Load(c.site, c.dir)
	if len(ds.Errors()) > 0 {
		t.Fatalf("load: %v", ds.Errors())
	}
	env := kindtest.Env(loaded, on)
	p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
	prepared, diags := Kind.Prepare(env, []kind.Product{p})
	for _, doc := range prepared[0].Documents {
		switch doc.Path {
		case "mds2":
			curForm = doc.Data.(*mds2.Form)
		case old + "/mds2":
			oldForm = doc.Data.(*mds2.Form)
		}
	}
	if curForm == nil || oldForm == nil {
		t.Fatalf("forms %v; want the current one (mds2) and %s's", prepared[0].Documents, old)
	}
	return curForm, oldForm, diags
}

func hasNote(f *mds2.Form, n int) bool {
	return slices.ContainsFunc(f.Notes, func(x mds2.Note) bool { return x.Number == n })
}

// TestInheritedAnswerAgainstALaterVersionsData: an answer written for the
// first version, whose data do not decide it (2.2.1 has no SBOM file:
// SBOM-1 No, note 19), is not the later version's answer where that
// version's data decide otherwise (2.3.0 publishes an SBOM): note or not,
// the later form gives what its data decide, without the note, and check
// stops the build, naming the version and both ways to give it its own
// answer. Removing the answer for that version (mds2_answers_removed)
// settles it: the later form derives the answer and leaves out note 19,
// which only the earlier version's answer refers to, without warning,
// and the earlier form keeps both.
func TestInheritedAnswerAgainstALaterVersionsData(t *testing.T) {
	sbomYes := "mds2_answers_changed = { \"AUDT-5\" = \"yes\", \"SBOM-2\" = \"yes\", \"SBOM-2.1\" = \"yes\", \"SBOM-2.2\" = \"yes\", \"SBOM-2.3\" = \"yes\", \"SBOM-2.4\" = \"yes\" }\n"
	for _, tc := range []struct {
		name, changes string
		wantError     bool
	}{
		{"inherited", sbomYes, true},
		{"removed", sbomYes + "mds2_answers_removed = [\"SBOM-1\"]\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cur, old, diags := dosewiseForms(t, tc.changes, "")
			var errs []string
			for _, d := range diags {
				if d.Severity == content.Error {
					errs = append(errs, d.String())
				}
				if strings.Contains(d.Message, "note 19 is not referred to") {
					t.Errorf("note 19, referred to by 2.2.1's answer, warned of: %s", d)
				}
			}
			const want = "mds2.answers.SBOM-1: answer No was written for version 2.2.1 (in [mds2.answers], the first version's, which later versions inherit), whose data do not decide it and note 19 explains it for that version; version 2.3.0's data give Yes: "
			const fix = ". Give version 2.3.0 an answer of its own: drop this one with versions[1].changes.mds2_answers_removed = [\"SBOM-1\"] to take Yes, or restate it under versions[1].changes.mds2_answers_changed with a note explaining it for version 2.3.0"
			found := slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, want) && strings.HasSuffix(e, fix) })
			if tc.wantError && (!found || len(errs) != 1) {
				t.Errorf("want the one error %q…%q; got\n%s", want, fix, strings.Join(errs, "\n"))
			}
			if !tc.wantError && len(errs) > 0 {
				t.Errorf("unexpected errors:\n%s", strings.Join(errs, "\n"))
			}
			if row, _ := cur.Row("SBOM-1"); row.Answer != mds2.Yes || row.Basis != mds2.BasisDerived || row.Note != 0 {
				t.Errorf("2.3.0's SBOM-1 = %s, %s, note %d; want Yes derived from its SBOM, without 2.2.1's note", row.Answer, row.Basis, row.Note)
			}
			if hasNote(cur, 19) {
				t.Errorf("2.3.0's form prints note 19, about 2.2.1 only")
			}
			if row, _ := old.Row("SBOM-1"); row.Answer != mds2.No || row.Note != 19 || !hasNote(old, 19) {
				t.Errorf("2.2.1's SBOM-1 = %s, note %d (note 19 printed: %v); want No with note 19", row.Answer, row.Note, hasNote(old, 19))
			}
		})
	}
}

// TestInheritedOverrideAgainstTheSameData: an override of the first
// version's, explained in a note, against an answer that the data of the
// later version derive alike (CONN-2 Yes in 2.2.1 and 2.3.0) was written
// against those very facts: it stays the manufacturer's answer in both
// forms, a warning, never the error for an answer written for another
// version's data.
func TestInheritedOverrideAgainstTheSameData(t *testing.T) {
	sbomYes := "mds2_answers_changed = { \"AUDT-5\" = \"yes\", \"SBOM-1\" = \"yes\", \"SBOM-2\" = \"yes\", \"SBOM-2.1\" = \"yes\", \"SBOM-2.2\" = \"yes\", \"SBOM-2.3\" = \"yes\", \"SBOM-2.4\" = \"yes\" }\n"
	cur, old, diags := dosewiseForms(t, sbomYes, "\"CONN-2\" = { answer = \"no\", note = 19 }\n")
	var warned bool
	for _, d := range diags {
		if d.Path != "mds2.answers.CONN-2" {
			continue
		}
		if d.Severity == content.Error {
			t.Errorf("error: %s", d)
		}
		warned = warned || strings.HasPrefix(d.Message, "answer No (explained in note 19) overrides the answer Yes the product data gives")
	}
	if !warned {
		t.Errorf("no override warning for CONN-2:\n%v", diags)
	}
	for _, f := range []*mds2.Form{cur, old} {
		if row, _ := f.Row("CONN-2"); row.Answer != mds2.No || row.Basis != mds2.BasisAnswered || row.Note != 19 || !hasNote(f, 19) {
			t.Errorf("form of %v: CONN-2 = %s, %s, note %d (note 19 printed: %v); want the manufacturer's No with note 19", f.Versions, row.Answer, row.Basis, row.Note, hasNote(f, 19))
		}
	}
}

// TestNoteNoVersionRefersTo: a note no answer of any version refers to is
// not another version's: every form prints it, and check warns of it.
func TestNoteNoVersionRefersTo(t *testing.T) {
	sbomYes := "mds2_answers_changed = { \"AUDT-5\" = \"yes\", \"SBOM-1\" = \"yes\", \"SBOM-2\" = \"yes\", \"SBOM-2.1\" = \"yes\", \"SBOM-2.2\" = \"yes\", \"SBOM-2.3\" = \"yes\", \"SBOM-2.4\" = \"yes\" }\n"
	cur, old, diags := dosewiseForms(t, sbomYes, "")
	if !hasNote(cur, 20) || !hasNote(old, 20) {
		t.Errorf("note 20 printed in 2.3.0's form: %v, in 2.2.1's: %v; want both", hasNote(cur, 20), hasNote(old, 20))
	}
	if !slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
		return d.Severity == content.Warning && d.Message == "note 20 is not referred to by any answer"
	}) {
		t.Errorf("no warning for note 20 in 2.3.0's form:\n%v", diags)
	}
}

// TestNoteOfALaterVersionOnly: a note only a later version's changed
// answer refers to (2.3.0's CONN-2, note 21) is printed in that
// version's form and left out of the earlier version's, unwarned.
func TestNoteOfALaterVersionOnly(t *testing.T) {
	changes := "mds2_answers_changed = { \"CONN-2\" = { note = 21 }, \"AUDT-5\" = \"yes\", \"SBOM-1\" = \"yes\", \"SBOM-2\" = \"yes\", \"SBOM-2.1\" = \"yes\", \"SBOM-2.2\" = \"yes\", \"SBOM-2.3\" = \"yes\", \"SBOM-2.4\" = \"yes\" }\n"
	cur, old, diags := dosewiseForms(t, changes, "")
	for _, d := range diags {
		if strings.Contains(d.Message, "note 21") {
			t.Errorf("note 21 warned of: %s", d)
		}
	}
	if !hasNote(cur, 21) || hasNote(old, 21) {
		t.Errorf("note 21 printed in 2.3.0's form: %v, in 2.2.1's: %v; want only in 2.3.0's", hasNote(cur, 21), hasNote(old, 21))
	}
}
