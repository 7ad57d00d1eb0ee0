package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestDocControlInOwnWords: DOC-4 and DOC-7 may be written in the
// manufacturer's words, but must name the document the form's header
// prints (P-MDS2, revision A, released 2026-01-15 in the test world).
func TestDocControlInOwnWords(t *testing.T) {
	for _, tc := range []struct {
		id, text string
		want     string // "" none, else the diagnostic's severity and the start of its message
	}{
		{"DOC-4", "P-MDS2, revision A", ""},
		{"DOC-4", "P-MDS2 Rev. A", ""},
		{"DOC-4", "Document P-MDS2 (A)", ""},
		{"DOC-4", "Rev A of P-MDS2", ""},
		{"DOC-4", "MIS-LVP7-MDS2-001, revision A", `error: "MIS-LVP7-MDS2-001, revision A" does not give the form's document number P-MDS2, revision A`},
		{"DOC-4", "P-MDS2", `error: "P-MDS2" does not give`},
		{"DOC-4", "P-MDS2, revision B", `error: "P-MDS2, revision B" does not give`},
		{"DOC-4", "P-MDS2 Rev. AB", `error: "P-MDS2 Rev. AB" does not give`},
		{"DOC-7", "2026-01-15", ""},
		{"DOC-7", "15 January 2026", ""},
		{"DOC-7", "Jan 15, 2026", ""},
		{"DOC-7", "15-Jan-2026", ""},
		{"DOC-7", "2025-06-30", `error: "2025-06-30" is 2025-06-30, not the form's release date 2026-01-15`},
		{"DOC-7", "30 June 2025", `error: "30 June 2025" is 2025-06-30, not the form's release date 2026-01-15`},
		{"DOC-7", "01/15/2026", `warning: "01/15/2026" is not a date jspgen can read`},
		{"DOC-2", "Any words at all.", ""},
		// DOC-1 may be the manufacturer's own spelling of its name, not
		// another company's (an imported form's former name).
		{"DOC-1", "Meridian Infusion Systems, Inc.", ""},
		{"DOC-1", "Meridian Infusion Systems", ""},
		{"DOC-1", "MERIDIAN INFUSION SYSTEMS INC (USA)", ""},
		{"DOC-1", "Helix Imaging Inc.", `warning: "Helix Imaging Inc." does not name the manufacturer Meridian Infusion Systems, Inc. (manufacturer.name in the site file)`},
		{"DOC-1", "Meridian", ""}, // a shorter form of the name
		{"DOC-1", "Meridian Infusion Systems Incorporated", ""},
		{"DOC-1", "Meridian Medical Ltd", `warning: "Meridian Medical Ltd" does not name the manufacturer`},
	} {
		t.Run(tc.id+" "+tc.text, func(t *testing.T) {
			w := newWorld()
			w.site.Manufacturer.Name = "Meridian Infusion Systems, Inc."
			r := newResolver(w)
			d := fact{Text: "derived", File: testProductFile, Path: "documents.mds2"}
			row := r.resolve(textQ(tc.id), map[string]fact{tc.id: d}, givens(giv(tc.id, content.MDS2Answer{Answer: tc.text})), map[string]mds2.Answer{})
			if row.Text != tc.text {
				t.Errorf("printed %q; want the given text", row.Text)
			}
			var got string
			if len(r.diags) > 0 {
				got = r.diags[0].String()
				if _, rest, ok := strings.Cut(got, "mds2.answers."+tc.id+": "); ok {
					got = rest
				}
				got = map[content.Severity]string{content.Error: "error: ", content.Warning: "warning: "}[r.diags[0].Severity] + got
			}
			if len(r.diags) > 1 || (tc.want == "") != (got == "") || !strings.HasPrefix(got, tc.want) {
				t.Errorf("diagnostics %v; want %q", r.diags, tc.want)
			}
		})
	}
}

// TestDOC3NamesACoveredModel: a hand DOC-3 must name a model the form
// covers, or the product, in any case and spelling (the Halcyon probe: a
// DOC-3 left from another product's form built silently).
func TestDOC3NamesACoveredModel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" none, else the start of the warning
	}{
		{"LVP-7 (catalogue no. 70-1000)", ""},
		{"LVP-7", ""},
		{"lvp 7, all variants", ""},
		{"Catalogue no. 70-1000", ""},
		{"Halcyon LVP-7 large-volume infusion pump", ""},
		{"HALCYON", ""},  // a shorter form of the product's name
		{"pump-std", ""}, // the model's ID
		{"Helix CT 9000", `"Helix CT 9000" names none of the models the form covers (LVP-7 (catalogue no. 70-1000): models, and versions[].models) nor the product Halcyon LVP-7 (name)`},
		{"SVP-3", `"SVP-3" names none of the models the form covers`}, // a model of the product no covered version runs
	} {
		t.Run(tc.text, func(t *testing.T) {
			w := newWorld()
			w.p.Name = "Halcyon LVP-7"
			w.p.Models = []content.Model{{ID: "pump-std", Name: "LVP-7 (catalogue no. 70-1000)"}, {ID: "svp", Name: "SVP-3"}}
			w.p.Versions[0].Models = []string{"pump-std"}
			r := newResolver(w)
			d := fact{Text: "derived", File: testProductFile, Path: "models"}
			row := r.resolve(textQ("DOC-3"), map[string]fact{"DOC-3": d}, givens(giv("DOC-3", content.MDS2Answer{Answer: tc.text})), map[string]mds2.Answer{})
			if row.Text != tc.text {
				t.Errorf("printed %q; want the given text", row.Text)
			}
			switch {
			case tc.want == "" && len(r.diags) > 0:
				t.Errorf("warned: %v", r.diags)
			case tc.want != "" && (len(r.diags) != 1 || r.diags[0].Severity != content.Warning || !strings.HasPrefix(r.diags[0].Message, tc.want)):
				t.Errorf("got %v; want one warning starting %q", r.diags, tc.want)
			}
		})
	}
}
