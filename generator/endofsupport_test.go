package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/endofsupport is an infusion-pump docking station, the Halden
// PumpDock DS-200, whose every version is past its end of support on the
// site's as-of date (3.1.0 on 2023-06-30, 3.4.2 on 2025-06-30; as of
// 2026-09-01). Its last security plan, CSD and MDS2 form were released on
// 2025-12-01, after the end of support, with a security notice about a
// vulnerability found after it that will not be fixed. Its SBOM files,
// written at each release, still call OpenSSL 1.1.1, Linux 4.19 and the
// dock software actively maintained though their support has ended. Only
// the security plan, the CSD, the MDS2 form and the notices are built.

// TestEndOfSupportCheckWarnings: the fixture has no error, and the 27
// warnings its header explains, with the 2 of its hand NAUT-1 and TXIG-1.
func TestEndOfSupportCheckWarnings(t *testing.T) {
	got := fixtureCheck(t, "endofsupport", "", nil)
	lines := strings.Split(got, "\n")
	// and 2 of hand NAUT-1 and TXIG-1 No beside ports that state the
	// protection (review 89, ctscanner #4)
	partial, denied := 0, 0
	for _, l := range lines {
		if partialLinkNo(l) {
			partial++
		}
		// its hand SBOM-4 No without a note beside suppliers.sbom_process (review 89b, mobileapp #1)
		if publishedDocDenied(l) {
			denied++
		}
	}
	if len(lines) != 27+2+1 || partial != 2 || denied != 1 {
		t.Errorf("check gives %d diagnostics (%d of partial links, %d of a denied SBOM process), the fixture's header explains 27, 2 of partial links and 1 of the SBOM process:\n%s", len(lines), partial, denied, got)
	}
	for _, want := range []string{
		"documents.csd.release_date: the CSD (HMS-PD-CSD-001 revision E, released 2025-12-01) describes version 3.4.2, whose support ended on 2025-06-30",
		"sbom.files[1]: component lighttpd 1.4.64",
		"data_stores: not stated: the MDS2 form answers that PII is stored (MPII-2)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check does not warn: %s\n%s", want, got)
		}
	}
}

// TestEndOfSupportSecurityNoticePromisesNoFix: the security advisory of
// a vulnerability that no version will ever be fixed for (fix =
// "none_planned" in 3.4.2, the only version affected, and no fixed_in)
// said "Fixed in: no released version yet.", a fix to come for a product
// nobody supports. It now says none is planned. A notice whose fix is
// still to come keeps "no released version yet" (monitoring_test.go,
// selfhosted_test.go).
func TestEndOfSupportSecurityNoticePromisesNoFix(t *testing.T) {
	read := buildFixture(t, "endofsupport")
	notice := read("pumpdock/notices/sec-2025-01.md")
	kindtest.SaysAll(t, "sec-2025-01.md", notice,
		"- Fixed in: none, and no fix is planned.",
		"- No fix is planned for version 3.4.2.",
	)
	kindtest.SaysNoneBecause(t, "sec-2025-01.md", notice, "no released version yet", "Fix planned in")
}

// TestEndOfSupportCSDCountsNoEndedComponentAsMaintained: the CSD of
// 2025-12-01 summed up the SBOM as "4 actively maintained, 0 with limited
// support, 1 no longer maintained", counting OpenSSL 1.1.1n (support
// ended 2023-09-11), Linux 4.19 (2024-12-05) and the dock software
// (2025-06-30) as maintained because the SBOM written in 2022 says so,
// while its own tables give their support as ended. They are counted
// apart now.
func TestEndOfSupportCSDCountsNoEndedComponentAsMaintained(t *testing.T) {
	read := buildFixture(t, "endofsupport")
	csd := read("pumpdock/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Of them, 5 have a support statement: 1 actively maintained, 0 with limited support, 1 no longer maintained and 0 abandoned by their makers, and 3 stated as supported whose end of supplier support has passed.",
		"| openssl | 1.1.1n | OpenSSL Software Foundation | Actively maintained (as stated); supplier support ended on 2023-09-11 | 2023-09-11 |",
	)
	kindtest.SaysNone(t, "csd.md", csd, "4 actively maintained")
}

// TestEndOfSupportActionPromisesNoFixToCome: CVE-2022-0778 affects 3.1.0,
// for which no fix is planned; 3.4.2 has the fix, but is itself past its
// end of support. The OpenVEX action said "… which fixes it. Until then:
// Allow TCP 8443 …", a time that will not come for a dock nobody
// supports. It now says 3.4.2 is past its end of support and gives the
// controls as they are. CVE-2025-71830, fixed in no version, gives them
// without "until" too.
func TestEndOfSupportActionPromisesNoFixToCome(t *testing.T) {
	read := buildFixture(t, "endofsupport")
	kindtest.SaysAll(t, "vex-3.1.0.openvex.json", read("pumpdock/vex-3.1.0.openvex.json"),
		`"action_statement": "No fix is planned for version 3.1.0. No fix is released for 3.1.0, which was past its end of life; version 3.4.2 moved to OpenSSL 1.1.1n, which fixes it. Version 3.4.2, which has the fix, is past its end of support (2025-06-30). Compensating controls: Allow TCP 8443 to the dock only from the biomedical engineering workstations."`)
	kindtest.SaysAll(t, "vex-3.4.2.openvex.json", read("pumpdock/vex-3.4.2.openvex.json"),
		`"action_statement": "No fix is planned for version 3.4.2. No fix will be released: 3.4.2 is past its end of support. Replace the DS-200 with the DS-300. Compensating controls: Allow TCP 8443`)
	for _, rel := range []string{"pumpdock/vex-3.1.0.openvex.json", "pumpdock/vex-3.4.2.openvex.json", "pumpdock/csd.md"} {
		kindtest.SaysNoneBecause(t, rel, read(rel), "a fix to come for a product nobody supports", "Until then", "Until version", "Until software")
	}
}

// TestEndOfSupportContactsClaimNoSupport: the contacts table of the CSD,
// the plan and the security notice of 2025-12-01 listed Halden Service
// for "Technical support, service and notices", for a dock whose every
// version was past its end of support (the notice eos-3-4 says technical
// support stops then). The row stays (the team is still there: the
// decommissioning steps return the dock to it), saying that support and
// service have ended; the security contact and the PSIRT, which still
// take reports about the DS-200, keep their rows. The end-of-support
// notice of 2023, when 3.4.2 was supported, keeps the full row. A product
// whose suspected incidents go to the support team still says so.
func TestEndOfSupportContactsClaimNoSupport(t *testing.T) {
	const ended = "| Technical support and service, which have ended for every version of the Halden PumpDock DS-200 | Halden Service |"
	read := buildFixture(t, "endofsupport")
	for _, rel := range []string{"pumpdock/csd.md", "pumpdock/security-plan.md", "pumpdock/notices/sec-2025-01.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, ended,
			"| Report a suspected vulnerability | Halden Product Security |",
			"| Product security incident response; report a suspected incident | Halden PSIRT |")
		kindtest.SaysNoneBecause(t, rel, doc, "support offered for a product whose support has ended", "| Technical support and service |")
	}
	kindtest.SaysAll(t, "eos-3-4.md", read("pumpdock/notices/eos-3-4.md"), "| Technical support and service | Halden Service |")

	files, _ := buildFixtureEdited(t, "endofsupport", "pumpdock.toml", kindtest.Replace(`contact = "psirt"`, `contact = "support"`))
	kindtest.SaysAll(t, "csd.md", files["pumpdock/csd.md"],
		"| Suspected incidents; technical support and service, which have ended for every version of the Halden PumpDock DS-200 | Halden Service |")
}

// TestEndOfSupportPlanPromisesNoFurtherWork: the plan of a dock whose
// every version is past its end of support said of each empty threat
// phase "The threat model has no threat for this phase yet" and of each
// empty FDA control category "No control is assigned to this category
// yet": work to come on a product no longer developed. Without any
// supported version it states what is recorded; a product with a
// supported version (the monitoring fixture) keeps "yet".
func TestEndOfSupportPlanPromisesNoFurtherWork(t *testing.T) {
	plan := buildFixture(t, "endofsupport")("pumpdock/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"None recorded. The threat model has no threat for this phase.\n",
		"None recorded. No control is assigned to this category.\n")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "future work on a product no longer developed", "phase yet", "category yet")

	supported := buildFixture(t, "monitoring")("sentinel-pm/security-plan.md")
	kindtest.SaysAll(t, "monitoring security-plan.md", supported, "None recorded. The threat model has no threat for this phase.")
}

// TestEndOfSupportVEXOffersNoUnsupportedUpdate: CVE-2022-0778 affects
// 3.1.0, with no fix planned; 3.4.2 has the fix but is itself past its
// end of support (2025-06-30) on the build's date. The CycloneDX VEX of
// 3.1.0 answered "update" (update to a different release), offering an
// unsupported version as the way out that the OpenVEX beside it says is
// not one, and both files were dated 2022-03-15, the vulnerability's
// disclosure, while the OpenVEX states 3.4.2's end of support of
// 2025-06-30 as past. The response is will_not_fix and
// workaround_available, and both files are dated 2025-06-30, the day what
// they state became so.
func TestEndOfSupportVEXOffersNoUnsupportedUpdate(t *testing.T) {
	read := buildFixture(t, "endofsupport")
	cdx := read("pumpdock/vex-3.1.0.cdx.json")
	kindtest.SaysAll(t, "vex-3.1.0.cdx.json", cdx,
		"\"timestamp\": \"2025-06-30T00:00:00Z\"",
		"\"response\": [\n          \"will_not_fix\",\n          \"workaround_available\"\n        ]")
	kindtest.SaysNoneBecause(t, "vex-3.1.0.cdx.json", cdx, "an update to a version past its end of support", "\"update\"")
	openvex := read("pumpdock/vex-3.1.0.openvex.json")
	kindtest.SaysAll(t, "vex-3.1.0.openvex.json", openvex, "\"timestamp\": \"2025-06-30T00:00:00Z\"")
	kindtest.SaysNoneBecause(t, "vex-3.1.0.openvex.json", openvex, "dated before what it states", "2022-03-15T00:00:00Z")
}
