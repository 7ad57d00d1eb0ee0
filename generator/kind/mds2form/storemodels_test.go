package mds2form

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2StoreOfSomeModels: GlucoDock's result memory (PHI) and operator
// list (credentials) are the GM-30 meter's (data_stores.models), and no
// store of the DB-20 dock is listed. MPII-2 (PII kept on the device) is
// then Yes for the meter, which the data do not decide for the dock (it
// passes PHI on): a note says so and JSP-MODELS names it. PAUT-14
// (credentials) is Yes on the meter, from its store, and not decided for
// the dock, whose USB connector only passes the operator list on (review
// 73): the meter's store is no reason for the dock's Yes. Without models on the
// stores, both rows read as before, every model's, citing the stores.
func TestMDS2StoreOfSomeModels(t *testing.T) {
	const (
		file     = "../../testdata/glucosedock/content/glucodock.toml"
		site     = "../../testdata/glucosedock/jspgen.toml"
		results  = "retention = \"Up to 2,000 results with their patient IDs.\"\nmodels = [\"GM-30\"]\n"
		operator = "its protection on the meter is not stated.\"\nmodels = [\"GM-30\"]\n"
	)
	t.Run("stores of the meter", func(t *testing.T) {
		f, _, _, _ := resolveCase(t, copyCase(t, site, file, nil))
		row, ok := f.Row("MPII-2")
		if !ok {
			t.Fatal("no row MPII-2")
		}
		if row.Answer != mds2.Yes || row.OnModels != "model GM-30, not decided for model DB-20" {
			t.Errorf("MPII-2 = %s on %q; want Yes on model GM-30, not decided for model DB-20", row.Answer, row.OnModels)
		}
		const note = "The answer Yes to the questions that refer to this note holds for model GM-30: for the other model this form covers (DB-20), the product data do not decide those questions."
		if row.NoteText != note {
			t.Errorf("MPII-2 note %q; want %q", row.NoteText, note)
		}
		if models := formRow(f, "JSP-MODELS").Text; !strings.Contains(models, fmt.Sprintf("MPII-2 (Yes for model GM-30, not decided for model DB-20, note %d)", row.Note)) {
			t.Errorf("JSP-MODELS does not name MPII-2: %s", models)
		}
		paut := formRow(f, "PAUT-14")
		if want := "data_stores[1].data lists credentials (operators), on model GM-30, not decided for model DB-20"; paut.Answer != mds2.Yes || paut.From != want {
			t.Errorf("PAUT-14 = %s from %q; want Yes from %q", paut.Answer, paut.From, want)
		}
	})
	t.Run("stores of every model", func(t *testing.T) {
		f, _, _, _ := resolveCase(t, copyCase(t, site, file, func(s string) string {
			for _, with := range []string{results, operator} {
				if !strings.Contains(s, with) {
					t.Fatalf("the fixture lacks %q", with)
				}
				s = strings.Replace(s, with, strings.TrimSuffix(with, "models = [\"GM-30\"]\n"), 1)
			}
			return s
		}))
		row := formRow(f, "MPII-2")
		if row.Answer != mds2.Yes || row.OnModels != "" || row.NoteText != "" || row.From != "data_stores[0].data lists PHI or PII (results)" {
			t.Errorf("MPII-2 = %s on %q from %q, note %q; want every model's Yes from the result memory, no note", row.Answer, row.OnModels, row.From, row.NoteText)
		}
		if models := formRow(f, "JSP-MODELS").Text; strings.Contains(models, "MPII-2") {
			t.Errorf("JSP-MODELS names MPII-2: %s", models)
		}
		if paut := formRow(f, "PAUT-14"); paut.From != "data_stores[1].data lists credentials (operators)" {
			t.Errorf("PAUT-14 from %q; want the operator list", paut.From)
		}
	})
}
