package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The navcart fixture's security plan, released when 3.2 was current,
// draws 3.2's global system view (views/global-system.svg); 3.0 has a
// form and a CSD of its own (documents.versions = "supported").

// navcartNoDOC10 leaves DOC-10 without a hand answer, as the fixture was
// written.
func navcartNoDOC10(s string) string {
	return regexp.MustCompile(`(?m)^"DOC-10" = .*\n`).ReplaceAllString(s, "")
}

// navcartDOC10 answers DOC-10 by hand, which the 3.0 form now asks for.
func navcartDOC10(s string) string {
	return strings.Replace(navcartNoDOC10(s), "[mds2.answers]\n", "[mds2.answers]\n\"DOC-10\" = \"yes\"\n", 1)
}

// navcartDrawnApart makes 3.2's drawing differ from 3.0's: 3.2 receives
// DF-01 without PII. As the fixture is written the two versions draw
// alike, and each version's documents count the drawing as theirs.
func navcartDrawnApart(s string) string {
	const after = "\"RDMP-3\" = { answer = \"yes\", note = 11 }\n"
	return strings.Replace(s, after, after+"\n[[versions.changes.data_flows_changed]]\nid = \"DF-01\"\nfrom = \"pacs\"\nto = \"workstation\"\ndata = [\"phi\"]\ninterface = \"lan\"\nprotection = \"DICOM C-STORE on TCP 11112, without TLS (DICOM TLS is not supported).\"\n", 1)
}

// TestDOC10NotDerivedFromAnotherVersionsDrawing: the 3.0 form derived
// DOC-10 Yes from the plan's view of 3.2 and named its path as
// views/global-system.svg, which is not beside 3.0/mds2.md, while the 3.0
// CSD said it includes no diagram. The Yes is derived only from a
// drawing of the form's version (or of one drawn alike, which navcart's
// 3.0 is until 3.2 receives DF-01 without PII): the 3.0 form now asks
// for DOC-10 by hand, saying why, and with a hand Yes its CSD sends the
// reader to ask for the diagram; the 3.2 form still derives it. Left
// unanswered, DOC-10 is a warning, not an error: the 3.0 form says "Not
// stated", still without naming the other version's drawing.
func TestDOC10NotDerivedFromAnotherVersionsDrawing(t *testing.T) {
	unanswered, res := buildFixtureEdited(t, "navcart", "navcart.toml", func(s string) string {
		return navcartDrawnApart(navcartNoDOC10(s)) + "# DOC-10 left without a hand answer\n"
	})
	const want = "MDS2 form of version 3.0: DOC-10 has no answer"
	const why = "the security plan's global system view, which the site publishes as ../views/global-system.svg, draws the data flows of version 3.2, not of version 3.0"
	found := false
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, want) {
			found = true
			if !strings.Contains(d.Message, why) {
				t.Errorf("the warning does not say why: %s", d.Message)
			}
			if !strings.HasSuffix(d.Message, `; the form says "Not stated"`) {
				t.Errorf("the warning does not say what the form prints: %s", d.Message)
			}
		}
	}
	if !found {
		t.Errorf("no warning %q among %v", want, res.Warnings)
	}
	kindtest.SaysNone(t, "3.0/mds2.md (DOC-10 unanswered)", unanswered["stella-nx/3.0/mds2.md"], "global-system.svg")
	kindtest.SaysAll(t, "3.0/mds2.md (DOC-10 unanswered)", unanswered["stella-nx/3.0/mds2.md"], "| DOC-10 | Does the manufacturer provide a diagram of the device's network connections and data flows? | Not stated |")

	files, _ := buildFixtureEdited(t, "navcart", "navcart.toml", func(s string) string { return navcartDrawnApart(navcartDOC10(s)) })
	kindtest.SaysNone(t, "3.0/mds2.md", files["stella-nx/3.0/mds2.md"], "global-system.svg")
	kindtest.SaysAll(t, "3.0/mds2.md", files["stella-nx/3.0/mds2.md"], "| DOC-10 | Does the manufacturer provide a diagram of the device's network connections and data flows? | Yes |")
	kindtest.SaysAll(t, "3.0/csd.md", files["stella-nx/3.0/csd.md"], "This document includes no diagram. The MDS2 form answers that Brevard Surgical Navigation GmbH provides a network or data-flow diagram (DOC-10); it is not part of this document, so ask Brevard Surgical Navigation GmbH for it.")
	kindtest.SaysAll(t, "mds2.md", files["stella-nx/mds2.md"], "the product data agree: data_flows is drawn as the security plan's global system view, which the site publishes as views/global-system.svg.")
}

// TestDOC10DrawingOfAVersionFormsVersion: with the plan released while
// 3.0 was current, its view draws 3.0: the 3.0 form, in its own folder,
// derives DOC-10 from it and gives the path from there
// (../views/global-system.svg), and the 3.2 form does not.
func TestDOC10DrawingOfAVersionFormsVersion(t *testing.T) {
	files, _ := buildFixtureEdited(t, "navcart", "navcart.toml", func(s string) string {
		s = navcartDrawnApart(navcartDOC10(s))
		plan := strings.Index(s, "[documents.security_plan]")
		csd := strings.Index(s, "[documents.csd]")
		block := strings.ReplaceAll(s[plan:csd], "2026-11-1", "2026-03-1")
		return s[:plan] + block + s[csd:]
	})
	kindtest.SaysAll(t, "3.0/mds2.md", files["stella-nx/3.0/mds2.md"], "data_flows is drawn as the security plan's global system view, which the site publishes as ../views/global-system.svg.")
	kindtest.SaysNone(t, "mds2.md", files["stella-nx/mds2.md"], "global-system.svg")
}

// TestCSDSaysTheFormsDerivedDOC10: the CSD said the MDS2 form answers
// DOC-10 Yes only for the manufacturer's own answer, not the one the form
// derives from the drawing the CSD links. With one form (for 3.0 and 3.2,
// answering from 3.2's facts) and no hand answer, the 3.2 CSD now says
// both; a hand No beside the drawing (with a note) still is not a Yes.
func TestCSDSaysTheFormsDerivedDOC10(t *testing.T) {
	// one form for 3.0 and 3.2, whose CSDs are apart: the form derives no
	// SGUD-1 from them, and the manufacturer answers it
	oneForm := func(s string) string {
		s = strings.Replace(navcartNoDOC10(s), "versions = \"supported\"\n", "", 1)
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"SGUD-1\" = \"yes\"\n", 1)
	}
	const says = "This document includes no diagram. The MDS2 form answers that Brevard Surgical Navigation GmbH provides a network or data-flow diagram (DOC-10); the security plan's global system view of version `3.2`, which draws data flows in their trust zones, is published beside this document: [views/global-system.svg](views/global-system.svg)."
	files, _ := buildFixtureEdited(t, "navcart", "navcart.toml", oneForm)
	kindtest.SaysAll(t, "csd.md", files["stella-nx/csd.md"], says)
	files, _ = buildFixtureEdited(t, "navcart", "navcart.toml", func(s string) string {
		return strings.Replace(oneForm(s), "[mds2.answers]\n", "[mds2.answers]\n\"DOC-10\" = { answer = \"no\", note = 12 }\n", 1)
	})
	kindtest.SaysAll(t, "csd.md", files["stella-nx/csd.md"], "This document includes no diagram. The security plan's global system view of version `3.2`")
	kindtest.SaysNone(t, "csd.md", files["stella-nx/csd.md"], "(DOC-10)")
}
