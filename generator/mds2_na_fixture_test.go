package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// warningsOf builds the fixture, its product file edited, and returns
// the build's warnings one a line.
func warningsOf(t *testing.T, name, file string, edit func(string) string) (map[string]string, string) {
	t.Helper()
	files, res := buildFixtureEdited(t, name, file, edit)
	var lines []string
	for _, w := range res.Warnings {
		lines = append(lines, w.String())
	}
	return files, strings.Join(lines, "\n")
}

// unedited leaves the product as it is but for a comment (an edit must
// change something).
func unedited(s string) string { return s + "\n# as the fixture has it\n" }

// TestMDS2InheritedNotApplicable: octimaging's version 5.0 answers
// STCF-1 Yes (BitLocker) and STCF-1.2/STCF-1.3 of its own; with those
// dropped (planted) it inherits 4.2's STCF-1.2 No and STCF-1.3 N/A,
// written where STCF-1 was No ("No encryption of data at rest
// (STCF-1)"): check warns at each, naming both versions, and the warning
// goes once 5.0 gives its own answers. An MPII-3.7 No (planted; the
// fixture answers Yes) beside a remote session that shows patient data
// (RMOT-1.3) and CONN-4 Yes warns too.
func TestMDS2InheritedNotApplicable(t *testing.T) {
	own := "\"STCF-1.1\" = \"yes\"\n\"STCF-1.2\" = \"yes\"\n\"STCF-1.3\" = { answer = \"na\", reason = \"BitLocker (TPM) is on as shipped; no encryption setting is left to the clinic\" }\n"
	inherit := func(s string) string {
		s = kindtest.Replace(own, "\"STCF-1.1\" = \"yes\"\n")(s)
		return kindtest.Replace(`"MPII-3.7" = "yes"`, `"MPII-3.7" = "no"`)(s)
	}
	_, warns := warningsOf(t, "octimaging", "lumis-oct.toml", inherit)
	kindtest.SaysAll(t, "octimaging's warnings", warns,
		"mds2.answers.STCF-1.3: answer N/A was written for version 4.2 (in [mds2.answers], the first version's, which later versions inherit), whose STCF-1 is No, under which the form does not ask STCF-1.3; version 5.0 answers STCF-1 Yes, under which it does: give version 5.0 an answer of its own under versions[1].changes.mds2_answers_changed",
		"mds2.answers.STCF-1.2: answer No was written for version 4.2",
		"mds2.answers.MPII-3.7: the form answers MPII-3.7 (PII over a network outside the customer's) No, but RMOT-1.3 (patient data seen or reached in a remote service session) Yes and CONN-4 (communication with systems outside the customer's network) Yes",
	)
	_, warns = warningsOf(t, "octimaging", "lumis-oct.toml", unedited)
	kindtest.SaysNone(t, "octimaging's warnings with 5.0's own answers", warns, "mds2.answers.STCF-1.3", "mds2.answers.STCF-1.2", "versions[1].changes.mds2_answers_changed.STCF-1.3", "mds2.answers.MPII-3.7")
}

// TestMDS2NotApplicableWhereAsked: monitoringwifi answered AUDT-2.7 N/A,
// with no reason, while AUDT-2 is Yes (its data now answer No; the N/A is
// planted back): the form asks the question, and check says so; its
// MLDP-3 N/A, which the form's instruction gives (MLDP-2 Yes), is shown
// as the form's own, a link saying why.
func TestMDS2NotApplicableWhereAsked(t *testing.T) {
	bare := func(s string) string { return kindtest.Replace(`"AUDT-2.7" = "no"`, `"AUDT-2.7" = "na"`)(s) }
	files, warns := warningsOf(t, "monitoringwifi", "sentinel-w.toml", bare)
	kindtest.SaysAll(t, "monitoringwifi's warnings", warns,
		"mds2.answers.AUDT-2.7: answer N/A, but AUDT-2 is Yes (logging.events lists an event recorded in log audit",
		"under which the form asks AUDT-2.7: answer it, or say why it does not apply")
	md := files["sentinel-w/mds2.md"]
	kindtest.SaysAll(t, "sentinel-w/mds2.md", md,
		`[N/A](#how-derived-and-ruled-out-answers-were-reached "Not applicable by the form's instruction, as MLDP-2 is Yes.")`)
	_, warns = warningsOf(t, "monitoringwifi", "sentinel-w.toml", func(s string) string {
		return strings.Replace(bare(s), `"AUDT-2.7" = "na"`, `"AUDT-2.7" = { answer = "na", reason = "The device takes no removable media." }`, 1)
	})
	kindtest.SaysNone(t, "monitoringwifi's warnings with a reason", warns, "mds2.answers.AUDT-2.7")
}

// TestMDS2CatalogPairsAndNoRemote: euonly derives RMOT-1 No (no remote
// service); with AUDT-2.8.1 answered Yes without its note, and STCF-3 (a
// database on the device) No beside MPII-2.4 (PII in a database) Yes
// (both planted; the fixture now notes that only local sessions are
// recorded and answers STCF-3 Yes), check warns of both pairs; either
// way the CSD's section 7 says the log records local service sessions,
// not remote ones that do not exist.
func TestMDS2CatalogPairsAndNoRemote(t *testing.T) {
	planted := func(s string) string {
		s = kindtest.Replace(`"AUDT-2.8.1" = { answer = "yes", note = 3 }`, `"AUDT-2.8.1" = "yes"`)(s)
		return kindtest.Replace(`"STCF-3" = "yes"`, `"STCF-3" = "no"`)(s)
	}
	files, warns := warningsOf(t, "euonly", "infuvia.toml", planted)
	kindtest.SaysAll(t, "euonly's warnings", warns,
		"mds2.answers.AUDT-2.8.1: the form answers AUDT-2.8.1 Yes and RMOT-1 No, but recording remote service sessions needs remote service connections",
		"mds2.answers.MPII-2.4: the form answers MPII-2.4 Yes and STCF-3 No, but PII the device stores in a database is data stored in a database on the device")
	csd := files["infuvia/csd.md"]
	kindtest.SaysAll(t, "infuvia/csd.md", csd, "local service or support sessions (AUDT-2.8.1)")
	kindtest.SaysNoneBecause(t, "infuvia/csd.md", csd, "RMOT-1 is No: the device has no remote service", "local and remote service or support sessions")
	files, warns = warningsOf(t, "euonly", "infuvia.toml", unedited)
	kindtest.SaysNone(t, "euonly's warnings", warns, "mds2.answers.AUDT-2.8.1", "mds2.answers.MPII-2.4")
	csd = files["infuvia/csd.md"]
	kindtest.SaysAll(t, "infuvia/csd.md", csd, "local service or support sessions (AUDT-2.8.1, note 3)")
	kindtest.SaysNoneBecause(t, "infuvia/csd.md", csd, "RMOT-1 is No: the device has no remote service", "local and remote service or support sessions")
}

// TestMDS2DataAgainstAnswers: oemmodule writes
// accounts = [] yet answered PAUT-5 (every password can be changed) No,
// which reads as fixed passwords (it now answers N/A, "No user accounts";
// the No is planted back): check warns.
func TestMDS2DataAgainstAnswers(t *testing.T) {
	// endofsupport's planted TXCF-2 No is now refused, as its data derive
	// TXCF-2 Yes: TestPorts76HandTXCF2NoRefused.
	_, warns := warningsOf(t, "oemmodule", "oxicore.toml", kindtest.Replace(`"PAUT-5" = { answer = "na", reason = "No user accounts" }`, `"PAUT-5" = "no"`))
	kindtest.SaysAll(t, "oemmodule's warnings", warns,
		"mds2.answers.PAUT-5: answer No, but accounts (", "oxicore.toml:28) is written empty: the product has no accounts, and the No reads as passwords that cannot be changed")
}
