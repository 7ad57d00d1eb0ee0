package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSmall2WorkstationFormAnswers (REPORT-workstation 10, 11; REPORT-
// wearable 7): the workstation's form answers AUDT-4.1.1 Yes and SBOM-1
// Yes, and its data state no NTP port and no way to obtain the SBOM. The
// firewall note cites the form's time-source answer; the SBOM key fact
// says how to obtain it is not stated; the labeling warnings for the
// sections that print the form's answers do not call them empty.
func TestSmall2WorkstationFormAnswers(t *testing.T) {
	dir := filepath.Join("testdata", "workstation")
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for k, v := range readTree(t, out) {
		files[k] = string(v)
	}
	csd := files["viewpoint-rw/csd.md"]
	kindtest.SaysAll(t, "workstation csd.md", csd,
		"before applying rule 8, the final deny, and allow them where it does. The MDS2 form answers that the device's clock can be synchronised with a time source (MDS2 form, AUDT-4.1.1): to keep it in time, allow the connection to that source (NTP, for example) before the final deny.",
		"| Software bill of materials | Available; how to obtain it is not stated | MDS2 form, SBOM-1.")
	var msgs []string
	for _, d := range res.Warnings {
		msgs = append(msgs, d.Message)
	}
	log := strings.Join(msgs, "\n")
	kindtest.SaysAll(t, "workstation warnings", log,
		"FDA labeling item 7 (Security event detection, notification and logging) has only the MDS2 form's answers: add [[logging.events]]",
		"FDA labeling item 9 (Backup and restore) has only the MDS2 form's answers: add [backup]",
		"FDA labeling item 11 (Secure configuration as shipped and user-configurable security settings) has only the MDS2 form's answers",
		"FDA labeling item 12 (Forensic evidence: logs and SIEM integration) has only the MDS2 form's answers")
	kindtest.SaysNone(t, "workstation warnings", log, "item 7 (Security event detection, notification and logging) is empty", "item 9 (Backup and restore) is empty")
	// The lifecycle page's stand-in for components points to the form's SBOM-1.
	kindtest.SaysAll(t, "workstation lifecycle.md", files["viewpoint-rw/lifecycle.md"],
		"Its software components and their support are not stated. The [MDS2 form](mds2.html) answers that a software bill of materials is available (SBOM-1); how to obtain it is not stated.")
}

// TestSmall2HandMDS2Lifecycle (REPORT-handmds2 5, 6): the hand-filled form
// answers DOC-8 No and SBOM-1 Yes with note 4; the lifecycle page's
// contacts say the form's No instead of "Not stated", and its component
// section points to the form's SBOM answer.
func TestSmall2HandMDS2Lifecycle(t *testing.T) {
	lc := buildFixture(t, "handmds2")("dps40/lifecycle.md")
	kindtest.SaysAll(t, "handmds2 lifecycle.md", lc,
		"| Coordinated vulnerability disclosure policy | Corvel Diagnostics GmbH | The MDS2 form answers that no coordinated vulnerability disclosure program covers this product (MDS2 form, DOC-8) |",
		"Its software components and their support are not stated. The [MDS2 form](mds2.html) answers that a software bill of materials is available (SBOM-1, note 4).")
	kindtest.SaysNone(t, "handmds2 lifecycle.md", lc, "| Coordinated vulnerability disclosure policy | Corvel Diagnostics GmbH | Not stated |")
}
