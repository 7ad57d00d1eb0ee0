package generator

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// csafNote is the text of the note titled title of the CSAF document
// doc, "" when it has none.
func csafNote(t *testing.T, doc, title string) string {
	t.Helper()
	var d struct {
		Document struct {
			Notes []struct{ Title, Text string } `json:"notes"`
		} `json:"document"`
	}
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		t.Fatal(err)
	}
	for _, n := range d.Document.Notes {
		if n.Title == title {
			return n.Text
		}
	}
	return ""
}

// TestNoticeBlockLeavesUsersAccess (REPORT-pacsviewer 1): ClaroView runs
// on the hospital's Citrix servers and listens on no port the data list;
// radiologists reach it through Citrix sessions, whose ports are the
// hospital's. The notice's "block every other port" and the CSD's final
// deny named only the host's upkeep as the customer's, cutting the users
// off; they now leave the users' own way in to the customer's rules, and
// the Markdown notice says "of the product" as its CSAF twin does.
func TestNoticeBlockLeavesUsersAccess(t *testing.T) {
	b := buildFixture(t, "pacsviewer")
	users := "The product data list no port on which the ClaroView application on the Citrix servers listens: the connections by which the customer's users reach that software, if they do, go through the customer's own means and are for the customer's own rules too."
	kindtest.SaysAll(t, "pacsviewer eol-8.1.md", b("claroview/notices/eol-8.1.md"), users, "; block every other port of the product and every endpoint not listed:")
	kindtest.SaysAll(t, "pacsviewer CSAF twin", csafNote(t, b(".well-known/csaf/white/2026/ois-cv-n-001.json"), "What the customer is asked to do"), users)
	kindtest.SaysAll(t, "pacsviewer csd.md", b("claroview/csd.md"),
		"The product data list no port on which the ClaroView application on the Citrix servers listens: the connections by which the hospital's users reach that software, if they do, go through the hospital's own means and are for the hospital's own rules too, not the final deny.")
	// a kept server that listens on ports the data list: its users may
	// reach it through them, and nothing is added
	kindtest.SaysNone(t, "alarmrelay eos-5.1.md", buildFixture(t, "alarmrelay")("alertbridge/notices/eos-5.1.md"), "users reach that software")
}

// TestNoticeStopsEndOfSupport (REPORT-insulinpump 4): an end-of-life
// notice's regular releases stopping at the end of support read as
// releases going on through the Limited Support stage. A notice whose
// stops name only the regular releases gets no stop of security updates
// derived from its end of support (REPORT-linac 1: paid extended support
// may go on after it), as oemmodule's.
func TestNoticeStopsEndOfSupport(t *testing.T) {
	oem := buildFixture(t, "oemmodule")
	kindtest.SaysAll(t, "oemmodule eos-4.2.md", oem("oxicore/notices/eos-4.2.md"), "| Regular releases | Software 4.2: 2027-03-31 (end of support) | Not stated |")
	kindtest.SaysNone(t, "oemmodule eos-4.2.md", oem("oxicore/notices/eos-4.2.md"), "| Security updates |", "Follows from the end of support")
	pump := buildFixture(t, "insulinpump")
	limited := "This date falls after the end of life; what this notice says of the maintenance that remains is below."
	kindtest.SaysAll(t, "insulinpump eol-2.0.md", pump("lumen-aid/notices/eol-2.0.md"), "| Regular releases | Software 2.0: 2026-05-05 (end of support) | "+limited+" |")
	kindtest.SaysAll(t, "insulinpump CSAF twin", csafNote(t, pump(".well-known/csaf/white/2025/lds-ll-eol-20.json"), "What stops"), "Regular releases for 2.0 stop on 2026-05-05. "+limited)
}
