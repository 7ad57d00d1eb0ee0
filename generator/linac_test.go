package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/linac is a radiotherapy linear accelerator with a
// record-and-verify server the maker supplies on the hospital's oncology
// network, another maker's oncology information system, and remote service
// the hospital opens per session (its product file's header says what it
// holds). Version 3.4 left standard support on 2024-06-30; Norrvik sells
// extended support for it (security updates only, for a fee) until
// 2026-09-30.

// TestLinacExtendedSupport: every document showing 3.4's stage said "End
// of Support" and nothing else (the lifecycle page's next milestone "None
// scheduled", the plan's "No further updates or support … | 3.4"), telling
// the hospitals that pay for extended support that no update would come;
// counting the programme as support would promise updates to those that do
// not. Now each says End of Support, qualified by the paid programme and
// its end, and what it gives to whom.
func TestLinacExtendedSupport(t *testing.T) {
	read := buildFixture(t, "linac")
	const para = "**Paid extended support of version `3.4`.** Support of version `3.4` ended on 30 June 2024 for every customer; Norrvik Radiotherapy Systems Oy gives extended support until 30 September 2026 only to the customers who signed for it. Security updates only (Solstra and Microsoft fixes), for a yearly fee, to the hospitals that sign for it; no new features. A customer without it receives no updates for version `3.4`."
	const row = "| 3.4 | End of Support (paid extended support until 2026-09-30, for the customers who signed for it) | 2014-05-12 |"
	lc := read("solstra-lx/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"| 3.4 | SLX-6, SLX-HE | End of Support (paid extended support for the customers who signed for it) | End of paid extended support, 2026-09-30 |",
		row, para)
	kindtest.SaysNone(t, "lifecycle.md", lc, "| 3.4 | SLX-6, SLX-HE | End of Support | None scheduled |")
	for _, rel := range []string{"solstra-lx/csd.md", "solstra-lx/4.2/csd.md", "solstra-lx/security-plan.md"} {
		kindtest.SaysAll(t, rel, read(rel), row, para)
	}
	kindtest.SaysAll(t, "security-plan.md", read("solstra-lx/security-plan.md"),
		"| End of Support | End of support | No further updates or support; the customer carries the risk and should replace, upgrade or isolate the device. | 3.4 (paid extended support until 2026-09-30, for the customers who signed for it) |")
	// The notice, issued before the end of support, speaks of it ahead.
	kindtest.SaysAll(t, "eos-3.4.md", read("solstra-lx/notices/eos-3.4.md"),
		"| Software 3.4 | End of support | 2024-06-30 |\n| Software 3.4 | End of paid extended support (customers who sign for it only) | 2026-09-30 |",
		"Support of version `3.4` ends on 30 June 2024 for every customer; after it, Norrvik Radiotherapy Systems Oy offers extended support until 30 September 2026 only to the customers who sign for it.",
		"A customer without it receives no updates for version `3.4` after 30 June 2024.")
	// Versions without extended support say nothing of it.
	kindtest.SaysNone(t, "eol-4.2.md", read("solstra-lx/notices/eol-4.2.md"), "extended support")
	js := read("solstra-lx/lifecycle.json")
	kindtest.SaysAll(t, "lifecycle.json", js,
		"\"extended_support\": {\n        \"until\": \"2026-09-30\",\n        \"terms\": \"Security updates only (Solstra and Microsoft fixes), for a yearly fee, to the hospitals that sign for it; no new features.\",\n        \"active\": true\n      }")
	if n := strings.Count(js, "\"extended_support\""); n != 1 {
		t.Errorf("lifecycle.json: %d versions with extended_support, want only 3.4's", n)
	}
}

// TestLinacRelatedOIS: the OIS is Calloway's; its support is Calloway's to
// decide, never a stage of Norrvik's, and the remote-service tunnel, closed
// as shipped, is one the hospital enables.
func TestLinacRelatedOIS(t *testing.T) {
	read := buildFixture(t, "linac")
	kindtest.SaysAll(t, "lifecycle.md", read("solstra-lx/lifecycle.md"),
		"Veloria Oncology Information System is a system of Calloway Oncology Software, Inc.; the Norrvik Solstra LX works with the versions below, whose support Calloway Oncology Software, Inc. decides.",
		"| Veloria 18 | 4.2, 5.0 | Not stated | 2021-05-03 | Not set | Not set | None |")
	kindtest.SaysAll(t, "csd.md", read("solstra-lx/csd.md"),
		"| Connections opened from the hospital network as shipped | TCP 2576, TCP 8740 | Can be enabled: TCP 443.")
}
