package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestTeleicuMDS2AnswersWhatTheBuildPublishes: the form printed SGUD-1
// (security documentation for the owner or operator) and RDMP-3
// (support dates published) "Not stated" beside the CSD and the
// lifecycle page of the same build, and check asked for them by hand
// (sparse review, teleicu finding 5). Both are derived Yes now, naming
// the document.
func TestTeleicuMDS2AnswersWhatTheBuildPublishes(t *testing.T) {
	md := buildFixture(t, "teleicu")("vigilon/mds2.md")
	kindtest.SaysAll(t, "mds2.md", md,
		`| SGUD-1 | Does the manufacturer provide security documentation for the device owner or operator? | [Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: documents.csd is the customer security documentation the build publishes about the form's version.") |  |`,
		`| RDMP-3 | Does the manufacturer publish support dates and update information for the device's software? | [Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: documents.lifecycle is the document control of the lifecycle page the site publishes (lifecycle.html), which gives the support stage and milestones of 6.1, and its end of support or, until it is announced, the promise that it is announced at least 12 months before it; it announces the end of support of version 5.4, 2026-03-31.") |  |`)
}

// TestBloodbankMDS2TLSFromTheLDAPSPort: the CSD calls the 636/tcp LDAPS
// port encrypted from its service's name, while the form derived CONN-7
// only from encrypted = true and asked for it by hand (sparse review,
// bloodbank finding 3). Unanswered, CONN-7 is derived Yes from that
// port; a note-only answer beside it is warned about.
func TestBloodbankMDS2TLSFromTheLDAPSPort(t *testing.T) {
	const given = "\"CONN-7\" = { answer = \"yes\", note = 4 }\n"
	const row = `| CONN-7 | Does the device support Transport Layer Security (TLS)? | [Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: ports[6] is 636/tcp (LDAPS (Active Directory)), a protocol over TLS, outbound from the Sanguis TMS application server.") |`
	files, _ := buildFixtureEdited(t, "bloodbank", "sanguis-tms.toml", func(s string) string {
		if !strings.Contains(s, given) {
			t.Fatalf("the fixture no longer answers %s", given)
		}
		return strings.Replace(s, given, "", 1)
	})
	kindtest.SaysAll(t, "mds2.md", files["sanguis-tms/mds2.md"], row)

	_, res := buildFixtureEdited(t, "bloodbank", "sanguis-tms.toml", func(s string) string {
		return strings.Replace(s, given, "\"CONN-7\" = { note = 1 }\n", 1)
	})
	var warned bool
	for _, d := range res.Warnings {
		warned = warned || strings.Contains(d.Message, `"CONN-7" = { note = 1 } gives only a note, but the data answer CONN-7 Yes: ports[6]`)
	}
	if !warned {
		t.Errorf("no warning of CONN-7's note-only answer beside the LDAPS port among:\n%s", res.Warnings)
	}
}

// TestExoskeletonNoteOnlyUnderTheSaMDGate: with samd = false (DOC-11
// No), a leftover "DOC-11.1" = { note = 1 } kept DOC-11.1 blank, "Not
// stated", under "No", and check said nothing (sparse review,
// exoskeleton finding 2). The N/A the data give prints, with the note,
// as beside a derived answer, and check warns.
func TestExoskeletonNoteOnlyUnderTheSaMDGate(t *testing.T) {
	files, res := buildFixtureEdited(t, "exoskeleton", "stridecore.toml", func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"DOC-11.1\" = { note = 1 }\n", 1)
	})
	kindtest.SaysAll(t, "mds2.md", files["stridecore/mds2.md"],
		`| DOC-11.1 | Does the SaMD come with its own operating system? | [N/A](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: DOC-11 is No (samd is false), and DOC-11.1 presupposes DOC-11 Yes.") | Note`+"\u00a0"+`1 |`)
	var warned bool
	for _, d := range res.Warnings {
		warned = warned || strings.Contains(d.Message, `"DOC-11.1" = { note = 1 } gives only a note, but the data answer DOC-11.1 N/A: DOC-11 is No (samd is false), and DOC-11.1 presupposes DOC-11 Yes; the form prints N/A with note 1`)
	}
	if !warned {
		t.Errorf("no warning of DOC-11.1's note-only answer under DOC-11 No among:\n%s", res.Warnings)
	}
}
