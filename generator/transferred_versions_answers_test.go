package generator

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// transferredFormNote is the number of the note the combined form's row
// id refers to with the answer See Note (Markdown table row), failing
// the test where the row answers otherwise.
func transferredFormNote(t *testing.T, form, id string) int {
	t.Helper()
	m := regexp.MustCompile(`\n\| ` + regexp.QuoteMeta(id) + ` \| [^|\n]* \| ([^|\n]*) \| ([^|\n]*) \|`).FindStringSubmatch(form)
	if m == nil {
		t.Fatalf("mds2.md has no row %s", id)
	}
	var n int
	if m[1] != "See Note" || !strings.HasPrefix(m[2], "Note\u00a0") {
		t.Fatalf("mds2.md: %s is answered %q, note %q; want See Note with a note", id, m[1], m[2])
	}
	fmt.Sscanf(strings.TrimPrefix(m[2], "Note\u00a0"), "%d", &n)
	return n
}

// TestTransferredCombinedFormSaysEachVersionsAnswer: the current form
// covers 5.2.0, 5.4.0 and 6.0.0 (mds2.versions). It printed 6.0.0's hand
// answers, SAHD-3 Yes (signed firmware, from 6.0.0) and CONN-7 Yes (TLS,
// from 5.4.0), as though they held for all three, which is false for
// 5.2.0. Those questions are now See Note, with a note jspgen writes
// giving each version's answer and the note of each version's own
// answer, alike in mds2.md and mds2.json; check warns. Each version's
// own form keeps its own answer.
func TestTransferredCombinedFormSaysEachVersionsAnswer(t *testing.T) {
	read := buildFixture(t, "transferred")
	form := read("orvia-pm/mds2.md")
	want := map[string]string{
		"SAHD-3":   "The versions this form covers answer SAHD-3, SAHD-3.1 and SAHD-3.2 differently; each version gives all of these questions the same answer. Versions 5.2.0 and 5.4.0: No; see note 4. Version 6.0.0: Yes; see note 4.",
		"SAHD-3.2": "The versions this form covers answer SAHD-3, SAHD-3.1 and SAHD-3.2 differently; each version gives all of these questions the same answer. Versions 5.2.0 and 5.4.0: No; see note 4. Version 6.0.0: Yes; see note 4.",
		"CONN-7":   "The versions this form covers answer CONN-7 differently. Version 5.2.0: No; see note 5. Versions 5.4.0 and 6.0.0: Yes; see note 5.",
		"CONN-7.1": "The versions this form covers answer CONN-7.1 differently. Version 5.2.0: N/A, with the reason “No TLS (CONN-7)”. Versions 5.4.0 and 6.0.0: No.",
	}
	notes := map[string]int{}
	for id, text := range want {
		n := transferredFormNote(t, form, id)
		notes[id] = n
		kindtest.SaysAll(t, "mds2.md", form, fmt.Sprintf("**Note %d.** %s\n", n, text))
	}
	kindtest.SaysAll(t, "mds2.md", form,
		"**Note 4.** The bedside monitors of 5.2.0 and 5.4.0", "**Note 5.** TLS for the HL7 feed",
		"The versions it covers answer CONN-7, CONN-7.1, SAHD-3, SAHD-3.1 and SAHD-3.2 differently: the form answers each See Note, with a note giving each version's answer.")
	kindtest.SaysNone(t, "mds2.md", form,
		"| SAHD-3 | Does the device check that its software has not been altered? | Yes |",
		"| CONN-7 | Does the device support Transport Layer Security (TLS)? | Yes |")

	var doc struct {
		Questions []struct {
			ID, Answer, Basis, From string
			NoteText                string `json:"note_text"`
			Note                    *int
		}
		Notes []struct {
			Number    int
			Text      string
			Generated bool
		}
	}
	if err := json.Unmarshal([]byte(read("orvia-pm/mds2.json")), &doc); err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Questions {
		text, ok := want[q.ID]
		if !ok {
			continue
		}
		if q.Answer != "See Note" || q.Note == nil || *q.Note != notes[q.ID] || q.NoteText != text || q.Basis != "answered" ||
			!strings.HasPrefix(q.From, "the versions the form covers answer differently: 5.2.0") {
			t.Errorf("mds2.json %s: %+v (note %v), want See Note with note %d %q", q.ID, q, q.Note, notes[q.ID], text)
		}
	}
	found := 0
	for _, n := range doc.Notes {
		for id, text := range want {
			if n.Number == notes[id] {
				found++
				if n.Text != text || !n.Generated {
					t.Errorf("mds2.json note %d: %q (generated %v), want %q, generated", n.Number, n.Text, n.Generated, text)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("mds2.json lists %d of the notes the questions refer to, want %d", found, len(want))
	}
	for _, csv := range []string{
		"SAHD-3,SAHD,,Does the device check that its software has not been altered?,See Note,",
		"CONN-7,CONN,,Does the device support Transport Layer Security (TLS)?,See Note,",
	} {
		kindtest.SaysAll(t, "mds2.csv", read("orvia-pm/mds2.csv"), csv)
	}

	// The versions' own forms give their own answers.
	kindtest.SaysAll(t, "5.2.0/mds2.md", read("orvia-pm/5.2.0/mds2.md"),
		"| SAHD-3 | Does the device check that its software has not been altered? | No | Note\u00a04 |",
		"| CONN-7 | Does the device support Transport Layer Security (TLS)? | No | Note\u00a05 |")
	kindtest.SaysAll(t, "5.4.0/mds2.md", read("orvia-pm/5.4.0/mds2.md"),
		"| CONN-7 | Does the device support Transport Layer Security (TLS)? | Yes | Note\u00a05 |")

	got := fixtureCheck(t, "transferred", "", nil)
	kindtest.SaysAll(t, "check", got, `mds2.versions: the MDS2 form covers versions 5.2.0, 5.4.0 and 6.0.0, whose own answers to CONN-7, CONN-7.1, SAHD-3, SAHD-3.1 and SAHD-3.2 differ; it answers them See Note, with a note giving each version's answer: to give only this version's answers, list only 6.0.0 in mds2.versions, or remove mds2.versions: documents.versions = "supported" is set`)
}

// TestTransferredCSDCitesItsVersionsAnswer: where the covered versions'
// answers differ (6.0.0 answering SAHD-16 Yes, with note 4, where 5.2.0
// and 5.4.0 answer No), the CSD of each version cites that version's own
// answer, never the combined form's See Note as the manufacturer's
// answer: 6.0.0's CSD, which links the combined form, says other
// measures are used, 5.2.0's that none are; the combined form's note
// says both.
func TestTransferredCSDCitesItsVersionsAnswer(t *testing.T) {
	const changed = "\"SAHD-3\" = { answer = \"yes\", note = 4 }\n"
	files, _ := buildFixtureEdited(t, "transferred", "orvia-pm.toml", func(s string) string {
		if strings.Count(s, changed) != 1 {
			t.Fatalf("orvia-pm.toml no longer has %q once", changed)
		}
		return strings.Replace(s, changed, changed+"\"SAHD-16\" = { answer = \"yes\", note = 4 }\n", 1)
	})
	form := files["orvia-pm/mds2.md"]
	n := transferredFormNote(t, form, "SAHD-16")
	kindtest.SaysAll(t, "mds2.md", form, fmt.Sprintf("**Note %d.** The versions this form covers answer SAHD-16 differently. Versions 5.2.0 and 5.4.0: No. Version 6.0.0: Yes; see note 4.", n))
	cur := files["orvia-pm/csd.md"]
	kindtest.SaysAll(t, "csd.md", cur, "[the MDS2 form](mds2.html) that covers version `6.0.0`", "other hardening measures are used (SAHD-16, note 4)")
	kindtest.SaysNone(t, "csd.md", cur, "no other hardening measures are used", "SAHD-16, note "+fmt.Sprint(n))
	old := files["orvia-pm/5.2.0/csd.md"]
	kindtest.SaysAll(t, "5.2.0/csd.md", old, "no other hardening measures are used (SAHD-16)")
	kindtest.SaysNone(t, "5.2.0/csd.md", old, "other hardening measures are used (SAHD-16, note")
}
