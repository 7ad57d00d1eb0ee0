package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2AgreesWithBuiltCSDs: psgsleep's form covers 7.0 and 7.2, and a
// CSD is built about 7.2 only (documents.versions at its default): the
// introduction names that version, not "the same versions" (the psgsleep
// review, finding 6). With a form and a CSD of each supported version
// it says the same versions, as before; with no CSD, it names none.
func TestMDS2AgreesWithBuiltCSDs(t *testing.T) {
	const agree = "so those answers agree with the customer security documentation of "
	const build = `build = ["csd", "mds2", "security_plan", "risk_report"]`
	for _, tc := range []struct {
		name string
		edit func(string) string
		want string // what follows agree; "" for no such sentence
	}{
		{"a CSD of 7.2 only", unedited, "version `7.2`;"},
		{"each version's own form and CSD", kindtest.Replace(build, build+"\nversions = \"supported\""), "the same versions;"},
		{"no CSD", func(s string) string {
			// Without a CSD no port list is published: CONN-2 by hand.
			s = kindtest.Replace(build, `build = ["mds2", "security_plan", "risk_report"]`)(s)
			return kindtest.Replace("[mds2.answers]\n", "[mds2.answers]\n\"CONN-2\" = \"yes\"\n")(s)
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "psgsleep", "somnotrack.toml", tc.edit)
			md := files["somnotrack/mds2.md"]
			if md == "" {
				t.Fatal("no somnotrack/mds2.md")
			}
			if tc.want == "" {
				kindtest.SaysNone(t, "the form", md, "agree with the customer security documentation")
				return
			}
			kindtest.SaysAll(t, "the form", md, agree+tc.want)
		})
	}
}

// TestMDS2NoteUnderNAAntiMalware: PaediDose runs in the customer's web
// browser, where no anti-malware can run: MLDP-2 is the manufacturer's
// N/A, and MLDP-3 (compensating controls where anti-malware cannot be
// used) is answered by note 1, "Not stated" (the webcalc review, finding
// 3). The form names only MLDP-2 = Yes as ruling MLDP-3 out: the note
// stands, and no N/A is credited to the form.
func TestMDS2NoteUnderNAAntiMalware(t *testing.T) {
	files, warns := warningsOf(t, "webcalc", "paedidose.toml", unedited)
	md := files["paedidose/mds2.md"]
	kindtest.SaysAll(t, "webcalc's form", md,
		"| MLDP-3 | Where anti-malware software cannot be used, does the device provide other controls that compensate for it? |  | Note\u00a01 |")
	kindtest.SaysNone(t, "webcalc's form", md, "as MLDP-2 is N/A")
	kindtest.SaysNone(t, "webcalc's warnings", warns, "mds2.answers.MLDP-3")
}
