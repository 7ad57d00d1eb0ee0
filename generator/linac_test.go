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
	const para = "**Paid extended support of version `3.4`.** Standard support of version `3.4` ended on 30 June 2024; Norrvik Radiotherapy Systems Oy gives extended support until 30 September 2026 only to the customers who signed for it. What extended support gives: Security updates only (Solstra and Microsoft fixes), for a yearly fee, to the hospitals that sign for it; no new features. A customer without it receives no updates for version `3.4`."
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
		"| End of Support | End of support | No further updates or support, except under a version's paid extended support, for the customers who signed for it, until it ends. After a version's end of support Norrvik releases no more updates for it, except to hospitals in its extended support programme until that ends; every other hospital carries the growing risk of vulnerabilities found later. The customer should move to a supported version, or replace or isolate the device. | 3.4 (paid extended support until 2026-09-30, for the customers who signed for it) |")
	// The notice, issued before the end of support, speaks of it ahead.
	kindtest.SaysAll(t, "eos-3.4.md", read("solstra-lx/notices/eos-3.4.md"),
		"| Software 3.4 | End of support | 2024-06-30 |\n| Software 3.4 | End of paid extended support (customers who sign for it only) | 2026-09-30 |",
		"Standard support of version `3.4` ends on 30 June 2024; after it, Norrvik Radiotherapy Systems Oy offers extended support until 30 September 2026 only to the customers who sign for it.",
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
		"| Veloria 18 | 4.2, 5.0 | Not stated | 2021-05-03 | Not stated | Not stated | None |")
	kindtest.SaysAll(t, "csd.md", read("solstra-lx/csd.md"),
		"| Connections opened from the hospital network as shipped | TCP 2576, TCP 8740 | Can be enabled: TCP 443.")
}

// TestLinacExtendedSupportDocuments: the hospitals paying for 3.4's
// extended support got no CSD and no MDS2 form for it (documents.versions
// = "supported" skipped every version past its end of support). Now 3.4
// gets both while the programme runs, the product and lifecycle pages
// link them, and the CSD no longer says 3.4 "receives no further
// updates" (false for the hospitals in the programme), nor that it is
// "still supported" (false for the others): support ended for everyone,
// updates continue only under the programme's terms, until its end.
func TestLinacExtendedSupportDocuments(t *testing.T) {
	read := buildFixture(t, "linac")
	csd := read("solstra-lx/3.4/csd.md")
	kindtest.SaysAll(t, "3.4/csd.md", csd,
		"Version `3.4` is past its end of support (2024-06-30), with updates until 2026-09-30 only for the customers in the paid extended support of Norrvik Radiotherapy Systems Oy; the current version is `5.0`",
		"| Software updates | Only for the customers in the paid extended support, until 2026-09-30; none for any other customer since 2024-06-30 | Security updates only (Solstra and Microsoft fixes), for a yearly fee, to the hospitals that sign for it; no new features. [13.",
		"| Version and end of support | 3.4 | Support ended on 2024-06-30 for every customer; paid extended support until 2026-09-30, for the customers who signed for it. [13.",
		"**Update timelines.** Version `3.4` reached its end of support on 30 June 2024; until 30 September 2026 it receives updates only under the paid extended support of Norrvik Radiotherapy Systems Oy, whose terms, not the commitments below, say what the customers who signed for it receive",
		"A customer outside it receives no further updates for version `3.4`. The commitments below are those for supported versions.",
		"Support for version `3.4` ended on **30 June 2024** for every customer; until **30 September 2026** it receives updates only for the customers who signed for the paid extended support of Norrvik Radiotherapy Systems Oy (below), and a customer outside it receives no further updates.",
		// 5.2 against the programme's end: SQL Server 2014's support
		// ended during it.
		"or whose supplier support has ended or ends before the end of the paid extended support of version `3.4` (2026-09-30)",
		"| Microsoft SQL Server 2014 | 12.0.6024 | No longer maintained | 2024-07-09 | Yes (its support has ended) |")
	kindtest.SaysNone(t, "3.4/csd.md", csd,
		"Version `3.4` is still supported", "None: support for version `3.4` ended", "and receives no further updates",
		"**30 June 2024**: it receives no further updates", "| 2024-07-09 | No |")
	kindtest.SaysAll(t, "3.4/mds2.md", read("solstra-lx/3.4/mds2.md"),
		"| JSP-VER\\* | Which software versions of the device does this form cover? | 3.4 (general availability 2014-05-12, end of life 2019-06-30, end of support 2024-06-30, paid extended support, for the customers who sign for it only, until 2026-09-30) |")
	index := read("solstra-lx/index.html")
	kindtest.SaysAll(t, "index.html", index, `href="3.4/csd.html"`, `href="3.4/mds2.html"`)
	kindtest.SaysAll(t, "lifecycle.md", read("solstra-lx/lifecycle.md"),
		"The customers in the paid extended support of version `3.4` find how to run it securely in its [customer security documentation](3.4/csd.html).")

	// Once the programme has ended, 3.4 gets no document, and no page
	// names one.
	files, _ := buildFixtureEdited(t, "linac", "solstra-lx.toml", func(s string) string {
		return strings.Replace(s, "extended_support_until = 2026-09-30", "extended_support_until = 2025-12-31", 1)
	})
	for _, rel := range []string{"solstra-lx/3.4/csd.md", "solstra-lx/3.4/mds2.md"} {
		if _, ok := files[rel]; ok {
			t.Errorf("%s built after the programme ended", rel)
		}
	}
	kindtest.SaysNone(t, "index.html (ended)", files["solstra-lx/index.html"], "3.4/csd", "3.4/mds2")
	kindtest.SaysNone(t, "lifecycle.md (ended)", files["solstra-lx/lifecycle.md"], "3.4/csd")
}

// TestLinacExtendedSupportCSAF: the CSAF copy of the end-of-support
// notice listed only the standard milestones, so a tool reading it saw
// nothing after 2024-06-30. Its notes, where CSAF 2.0 lets an
// informational advisory say it, now give the programme's end and what
// it gives to whom.
func TestLinacExtendedSupportCSAF(t *testing.T) {
	read := buildFixture(t, "linac")
	js := read(".well-known/csaf/white/2022/nrs-slx-eos-34.json")
	kindtest.SaysAll(t, "nrs-slx-eos-34.json", js,
		"End of support: 2024-06-30; End of paid extended support (customers who sign for it only): 2026-09-30.",
		`"text": "Standard support of version 3.4 ends on 30 June 2024; after it, Norrvik Radiotherapy Systems Oy offers extended support until 30 September 2026 only to the customers who sign for it. What extended support gives: Security updates only (Solstra and Microsoft fixes), for a yearly fee, to the hospitals that sign for it; no new features. A customer without it receives no updates for version 3.4 after 30 June 2024.",`,
		`"title": "Paid extended support"`)
	kindtest.SaysNone(t, "nrs-slx-eol-42.json", read(".well-known/csaf/white/2021/nrs-slx-eol-42.json"), "extended support")
}

// TestLinacComponentESUForPayersOnly: Norrvik buys Windows Server 2012
// R2's Extended Security Updates only for the servers of the hospitals in
// its programme (extended_for = "customers_who_buy"). 3.4's CSD said the
// component "still receives security fixes under extended security
// updates" and left it out of the components that need attention, as if
// every hospital's server got them. Now it is judged by Microsoft's end,
// listed, and its extended updates' end says whom they reach.
func TestLinacComponentESUForPayersOnly(t *testing.T) {
	read := buildFixture(t, "linac")
	csd := read("solstra-lx/3.4/csd.md")
	kindtest.SaysAll(t, "3.4/csd.md", csd,
		"| Windows Server 2012 R2 | 6.3 | Limited support (as stated); supplier support ended on 2023-10-10; extended security updates until 2026-10-13, only for the customers who pay for them | 2023-10-10; extended security updates until 2026-10-13, only for the customers who pay for them | Yes (its support has ended) for a customer who does not pay for its extended security updates, no for one who does |")
	kindtest.SaysNone(t, "3.4/csd.md", csd, "still receives security fixes under extended security updates")
}

// TestLinacExtendedSupportComponents: the lifecycle page's component
// section and the plan's 5.3 went through the versions supported on the
// page's date only, so 3.4, past its end of support but in paid extended
// support, was left out: the hospitals paying for its fixes were not told
// that its SQL Server 2014 is no longer maintained, nor did the plan say
// the section leaves 3.4 out. Its components are now compared with the
// end of the programme.
func TestLinacExtendedSupportComponents(t *testing.T) {
	read := buildFixture(t, "linac")
	lc := read("solstra-lx/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"For each version supported on 2 March 2026 and each version in paid extended support on that date, the components that need attention",
		"### Version 3.4\n\nVersion `3.4` is past its end of support (30 June 2024); only the customers who signed for its paid extended support receive its fixes, until 30 September 2026, so its components are compared with that date.",
		"2 of its 5 components need attention; the version's paid extended support ends on 2026-09-30.",
		"| Component | Version | Support level | End of supplier support | Before the end of paid extended support |",
		"| Microsoft SQL Server 2014 | 12.0.6024 | No longer maintained | 2024-07-09 | Yes (its support has ended) |",
		"### Version 4.2\n\nThis page singles out none of its components (5 listed): none is stated to be no longer maintained or abandoned by its supplier, and none of those whose end of supplier support is stated has an announced end of supplier support before the version's (2028-12-31). The end of supplier support of dcmtk 3.6.5 is not stated.")
	kindtest.SaysAll(t, "security-plan.md", read("solstra-lx/security-plan.md"),
		"Version `4.2`, also supported on 2 March 2026, and version `3.4`, in paid extended support on that date for the customers who signed for it, are not covered by this section; the [lifecycle page](lifecycle.html) takes every supported version's components in turn, and those of each version in paid extended support;")
	js := read("solstra-lx/lifecycle.json")
	i := strings.Index(js, `"version": "3.4"`)
	j := strings.Index(js, `"version": "4.2"`)
	if i < 0 || j < i {
		t.Fatalf("lifecycle.json: versions 3.4 and 4.2 not found in order")
	}
	kindtest.SaysAll(t, "lifecycle.json (3.4)", js[i:j], `"components_needing_attention": [`, `"name": "Microsoft SQL Server 2014"`)
}
