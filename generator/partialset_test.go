package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildPartialSet builds testdata/partialset: a networked medication
// dispensing cabinet (a Windows touchscreen PC with badge and fingerprint
// readers) and the server the hospital hosts on its own virtual machines,
// with four versions (1.8 past its end of support, 2.0 past its end of
// life, 2.1 supported, 3.0 released after the CSD), documents.build of
// the CSD, the MDS2 form and the notices only, and an MDS2 form answered
// entirely by hand. It returns the file at rel (e.g. "medvault/csd.md").
func buildPartialSet(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "partialset")
}

// partialSetBuild is the fixture's documents.build line, which the
// subset tests replace.
const partialSetBuild = `build = ["csd", "mds2", "notices"]`

// TestPartialSetCheckIsClean: the fixture has no error, and only the
// warnings its header explains; the hand answer the data overrides is
// among them. The fixture answers STCF-1.1 No for 2.0 and 2.1, whose
// cabinet event log is stored unencrypted, and Yes from 3.0; the Yes of
// 1.8 carried to every version, as an imported form would have it, is
// planted here: check reports it once, naming the forms of 2.0 and 2.1.
func TestPartialSetCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "partialset", "", nil)
	for _, want := range []string{
		"mds2.answers.CONN-1.1.4: answer No (explained in note 1) overrides the answer Yes the product data gives",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check does not report a hand answer the data contradicts: %s\n%s", want, got)
		}
	}
	carried := fixtureCheck(t, "partialset", "medvault.toml", kindtest.Replace(`"STCF-1.1" = "no"`, `"STCF-1.1" = "yes"`))
	if want := "mds2.answers.STCF-1.1: MDS2 forms of versions 2.0 and 2.1: answer Yes, but data_stores[1].encrypted"; !strings.Contains(carried, want) {
		t.Errorf("check does not report the Yes carried to the forms of 2.0 and 2.1: %s\n%s", want, carried)
	}
	repeats := regexp.MustCompile(`^mds2\.answers\.[A-Z]+-[0-9.]+: (MDS2 forms? of versions? 2\.[01]( and 2\.1)?: )?answer (Yes|No) repeats what the product data decides`)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "", repeats.MatchString(line):
		case strings.HasPrefix(line, "mds2.answers.CONN-1.1.4: "),
			strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "logging: CSD: FDA labeling item 12"),
			strings.HasPrefix(line, "hardening: CSD: FDA labeling item 11"),
			strings.HasPrefix(line, "notices[1].components: no software component named"),
			strings.HasPrefix(line, "versions[1].changes.sbom_files[0]: CSD of version 2.0: component ") && strings.Contains(line, "and neither a notice names it nor notes"),
			strings.HasPrefix(line, "documents.csd.release_date: the CSD (APX-MV-CSD-001 revision A, released 2025-09-15) describes version 2.1; version 3.0 has been generally available since 2026-05-04"),
			// 2.0's own CSD still calls it supported, in Limited Support since
			// (review 89, bloodbank #9: every stale CSD is named)
			strings.HasPrefix(line, "documents.csd.release_date: the CSD of version 2.0 (APX-MV-CSD-001-2.0 revision A) speaks as of its release on 2025-09-15"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}

// TestPartialSetCSDCitesNoLaterForm: the CSD, released on 2025-09-15,
// cited the MDS2 form first issued on 2026-06-15 ("It is published with
// the MDS2 form", "MDS2 form, CONN-6", "MDS2 form, RMOT-1, note 6", the
// HN 1 edition it follows): answers given nine months after the CSD
// that a CSD of its date cannot have relied on. A document now names
// only the documents first issued by its own release (kind.Built.IssuedBy),
// and says "Not stated" where only the later form answered. Released
// after the form, the same CSD cites it (TestPartialSetCSDCitesHandAnswers).
func TestPartialSetCSDCitesNoLaterForm(t *testing.T) {
	site := buildPartialSet(t)
	for _, rel := range []string{"medvault/csd.md", "medvault/2.0/csd.md"} {
		csd := site(rel)
		kindtest.SaysNoneBecause(t, rel, csd, "a form first issued after the CSD", "MDS2", "mds2.html", "HN 1-2019")
		kindtest.SaysAll(t, rel, csd,
			"It is published with the machine-readable software bill of materials (SBOM) of the same release.",
			"| Needs the internet or a cloud service | Not stated |",
			"| Remote access by the manufacturer | Not stated |",
			"| Anti-malware | Anti-malware |")
	}
}

// TestPartialSetCSDSpeaksAsOfItsDate: the CSD of version 2.1, released
// on 2025-09-15, listed version 3.0 in its section 13 as "Development"
// with a general availability of 2026-05-04: a version and a date the
// document cannot have known. Versions released after a CSD are left out
// of its table (the version a premarket CSD is about stays). What the
// table says of the others is as of its date: 1.8 past its end of
// support, 2.0 still in Support (its end of life, 2026-03-31, came
// after), and the 2.0 CSD does not say SQL Server 2016's support, which
// ends on 2026-07-14, has ended.
func TestPartialSetCSDSpeaksAsOfItsDate(t *testing.T) {
	site := buildPartialSet(t)
	v30 := regexp.MustCompile(`(^|[^0-9.])3\.0([^0-9.]|$)`)
	for _, rel := range []string{"medvault/csd.md", "medvault/2.0/csd.md"} {
		csd := site(rel)
		if m := v30.FindStringIndex(csd); m != nil {
			t.Errorf("%s names version 3.0, released after it: …%s…", rel, csd[max(0, m[0]-80):min(len(csd), m[1]+80)])
		}
		kindtest.SaysAll(t, rel, csd,
			"| 1.8 | End of Support | 2019-03-04 | 2022-06-30 | Not set | 2022-06-30 | Not set | 2025-06-30 |",
			"| 2.0 | Support | 2022-06-30 | 2026-03-31 | Not announced | 2026-03-31 | Not announced | 2028-03-31 |",
			"| 2.1 | Support | 2024-09-30 | Not announced | Not announced | Not announced | Not announced | Not announced |")
	}
	kindtest.SaysAll(t, "csd.md", site("medvault/csd.md"), "The current version is `2.1`. The end of support of version `2.1` is not announced; with at least 24 months' notice promised, it comes no earlier than 15 September 2027.")
	old := site("medvault/2.0/csd.md")
	kindtest.SaysAll(t, "2.0/csd.md", old,
		"Apothecon Systems, Inc. supports version `2.0` until **31 March 2028**.",
		"| dotnet-runtime | 6.0.6 | No longer maintained | 2024-11-12 | Yes (its support has ended) | The general contingency below |",
		"| sql-server-express | 2016 SP3 | Limited support | 2026-07-14 | Yes | The general contingency below |")
	kindtest.SaysNoneBecause(t, "2.0/csd.md", old, "a support end that had not passed on 2025-09-15", "supplier support ended on 2026", "Limited Support | 2022-06-30 | 2026-03-31")
	// The notices speak as of their own dates.
	eos := site("medvault/notices/eos-1.8.md")
	kindtest.SaysAll(t, "eos-1.8.md", eos, "stage on 15 May 2023: Limited Support", "The current version is `2.0`.",
		"| sql-server-express | 2014 SP3 | Microsoft Corporation | Limited support | 2024-07-09 |")
	eol := site("medvault/notices/eol-2.0.md")
	kindtest.SaysAll(t, "eol-2.0.md", eol, "stage on 1 March 2024: Support", "The current version is `2.0`.", "| Software only | software 2.1 (planned) |")
}

// partialSetSubset builds the fixture with documents.build replaced by
// build and the product file further edited by edit (when not nil), and
// returns the built site's files.
func partialSetSubset(t *testing.T, build string, edit func(string) string) map[string]string {
	t.Helper()
	files, _ := buildFixtureEdited(t, "partialset", "medvault.toml", func(s string) string {
		if !strings.Contains(s, partialSetBuild) {
			t.Fatalf("the fixture has no %s", partialSetBuild)
		}
		s = strings.Replace(s, partialSetBuild, build, 1)
		if edit != nil {
			s = edit(s)
		}
		return s
	})
	return files
}

// TestPartialSetSubsetsNameOnlyBuiltDocuments builds the product with
// other subsets of documents and reads every page, Markdown and JSON file
// for a name or link of a document the subset leaves out.
func TestPartialSetSubsetsNameOnlyBuiltDocuments(t *testing.T) {
	never := map[string][]string{
		"security_plan": {"product security plan", "Product Security Plan", "security-plan."},
		"csd":           {"customer security documentation", "Customer Security Documentation", "csd.html", "csd.md", "csd.pdf"},
		"mds2":          {"MDS2", "mds2."},
		"lifecycle":     {"lifecycle page", "lifecycle.html", "lifecycle.json", "lifecycle.md"},
		"notices":       {"notices/", "End-of-Support Notice", "End-of-Life Notice"},
		"risk_report":   {"Risk Management Report", "risk-report."},
		"estar":         {"eSTAR", "estar."},
	}
	for _, build := range [][]string{{"csd"}, {"mds2", "security_plan"}, {"csd", "notices"}, {"notices"}} {
		t.Run(strings.Join(build, "+"), func(t *testing.T) {
			line := `build = ["` + strings.Join(build, `", "`) + `"]`
			files := partialSetSubset(t, line, nil)
			built := map[string]bool{}
			for _, b := range build {
				built[b] = true
			}
			n := 0
			for rel, text := range files {
				if !(strings.HasSuffix(rel, ".md") || strings.HasSuffix(rel, ".html") || strings.HasSuffix(rel, ".json")) || strings.HasSuffix(rel, ".cdx.json") {
					continue
				}
				n++
				for doc, phrases := range never {
					if !built[doc] {
						kindtest.SaysNoneBecause(t, rel, text, doc+" is not built", phrases...)
					}
				}
			}
			if n == 0 {
				t.Fatal("nothing built")
			}
		})
	}
}

// TestPartialSetCSDCitesHandAnswers: a CSD released after the hand-filled
// MDS2 form (revision B of 2026-07-01, about 3.0) relies on its answers
// where the product data is silent and cites each with its note; an
// answer left blank beside a note (RMOT-1.2, AUDT-5.2) is "Not stated" or
// "not answered", never "No". Who starts a remote session cited RMOT-1.1
// without its note 6, which says the session runs through the hospital's
// own remote-access solution; the plan cites it with the note.
func TestPartialSetCSDCitesHandAnswers(t *testing.T) {
	files := partialSetSubset(t, `build = ["csd", "mds2", "notices", "security_plan"]`, func(s string) string {
		s = strings.Replace(s, "id = \"APX-MV-CSD-001\"\nrevision = \"A\"\nrelease_date = 2025-09-15\n", "id = \"APX-MV-CSD-001\"\nrevision = \"B\"\nrelease_date = 2026-07-01\n", 1)
		s = strings.Replace(s, "approvals = [{ role = \"Product security lead\", name = \"R. Okafor\", date = 2025-09-08 }]\nhistory = [{ revision = \"A\", date = 2025-09-15, summary = \"First release.\" }]",
			"approvals = [{ role = \"Product security lead\", name = \"R. Okafor\", date = 2026-06-24 }]\nhistory = [{ revision = \"A\", date = 2025-09-15, summary = \"First release.\" }, { revision = \"B\", date = 2026-07-01, summary = \"Version 3.0.\" }]", 1)
		// Remote service stated as offered, nothing more: the rest from the form.
		return strings.Replace(s, "\n[hardening]\n", "\n[remote_service]\noffered = true\n\n[hardening]\n", 1)
	})
	csd := files["medvault/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"for software version `3.0`.",
		// CONN-6 No covers the intended use; remote service, stated as
		// offered, still reaches it from outside (content.OutsideReach).
		"| Needs the internet or a cloud service | Not for its intended use; the manufacturer services it remotely | MDS2 form, CONN-6.",
		"| Anti-malware | Supported, not installed as delivered; application allow-listing not supported | MDS2 form, MLDP-2, note 4; MLDP-4.",
		"| Security logging to a SIEM | Not stated | MDS2 form: AUDT-5 (export) Yes, note 3, AUDT-5.1 (to physical media) No, AUDT-5.2 (to a SIEM by IHE ATNA) not answered, note 3, AUDT-5.3 (by other means) Yes, note 3.",
		"| Remote access by the manufacturer | Yes | MDS2 form, RMOT-1, note 6. |",
		"| Who starts a session | A user at the hospital can start one (MDS2 form, RMOT-1.1, note 6) |",
		"| Users at the hospital can see that a session is active | Not stated |",
		"| Other things Apothecon Systems, Inc. does with the device remotely (software updates, configuration, training) | Yes (MDS2 form, RMOT-3, note 6) |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a blank hand answer read as No", "session is active | No |", "AUDT-5.2 (to a SIEM by IHE ATNA) No")
	plan := files["medvault/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Who starts a session | A user at the hospital can start one (MDS2 form, RMOT-1.1, note 6) |",
		"| Users at the hospital can see that a session is active | Not stated |")
	// The form keeps the hand answers the data does not decide, and the
	// blank ones blank.
	form := files["medvault/mds2.md"]
	kindtest.SaysAll(t, "mds2.md", form,
		"| DOC-10 | Does the manufacturer provide a diagram of the device's network connections and data flows? | [No](#how-derived-and-ruled-out-answers-were-reached \"The manufacturer's answer; it stands in place of Yes, which the product data give:",
		"| SAHD-1 | Is the device hardened according to an industry-recognized standard or benchmark? |  | Note\u00a05 |",
		"| RMOT-1.2 | Does the device show that a remote session is in progress? |  | Note\u00a06 |",
		"| AUDT-5.2 | Can audit logs be sent to a security information and event management (SIEM) system using the IHE ATNA profile? |  | Note\u00a03 |",
		"| AUDT-1 | Does the device keep its own audit log of user and system activity, in addition to any operating-system logs? | Yes | Note\u00a02 |")
}

// TestPartialSetPlanListsPublishedNoticesOfItsDate: the plan's 11.2
// listed every end-of-life and end-of-support notice of the product file
// by title and document number, with notices not built (documents.build
// of the plan and the MDS2 form only: TestPartialSetSubsetsNameOnlyBuiltDocuments)
// and a notice issued after the plan's own release. It now lists the
// notices published with it that were issued by its date.
func TestPartialSetPlanListsPublishedNoticesOfItsDate(t *testing.T) {
	files := partialSetSubset(t, `build = ["csd", "mds2", "notices", "security_plan"]`, func(s string) string {
		// The end-of-life notice of 2.0 issued after the plan (2026-06-15).
		s = strings.Replace(s, "issued = 2024-03-01\n", "issued = 2026-07-01\n", 1)
		s = strings.Replace(s, "release_date = 2024-03-01\n", "release_date = 2026-07-01\n", 1)
		s = strings.Replace(s, "approvals = [{ role = \"Product security lead\", name = \"R. Okafor\", date = 2024-02-26 }]\nhistory = [{ revision = \"A\", date = 2024-03-01,",
			"approvals = [{ role = \"Product security lead\", name = \"R. Okafor\", date = 2026-06-26 }]\nhistory = [{ revision = \"A\", date = 2026-07-01,", 1)
		return s
	})
	plan := files["medvault/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, "| 2023-05-15 | [End-of-Support Notice: software 1.8](notices/eos-1.8.html) | APX-MV-EOS-18 | A |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "a notice issued after the plan", "End-of-Life Notice: software 2.0", "APX-MV-EOL-20")
	if _, ok := files["medvault/notices/eol-2.0.md"]; !ok {
		t.Error("the later notice is not built: the test edits the wrong notice")
	}
}

// TestPartialSetPortsListOnlyWhereACSDOfTheVersionIsPublished: MDS2 CONN-2
// was derived Yes, "published in the customer security documentation",
// on the form of 3.0, and check asked for the hand answer to be removed;
// but the only CSDs are about 2.1 and 2.0 (released before 3.0 came out),
// so no CSD gives 3.0's ports. The 3.0 form now keeps the manufacturer's
// answer; the 2.1 form, beside the CSD about 2.1, still derives it.
func TestPartialSetPortsListOnlyWhereACSDOfTheVersionIsPublished(t *testing.T) {
	site := buildPartialSet(t)
	const published = "published in the customer security documentation"
	form30, form21 := site("medvault/mds2.md"), site("medvault/2.1/mds2.md")
	row := func(md string) string {
		i := strings.Index(md, "| CONN-2 | Does")
		if i < 0 {
			t.Fatalf("no CONN-2 row in:\n%s", md)
		}
		return md[i : i+strings.Index(md[i:], "\n")]
	}
	if r := row(form30); strings.Contains(r, published) || !strings.Contains(r, "| Yes |") {
		t.Errorf("the 3.0 form's CONN-2 should be the manufacturer's Yes, naming no CSD: %s", r)
	}
	if r := row(form21); !strings.Contains(r, published) {
		t.Errorf("the 2.1 form's CONN-2 should say the ports are published in the CSD about 2.1: %s", r)
	}
	if got := fixtureCheck(t, "partialset", "", nil); strings.Contains(got, "mds2.answers.CONN-2: answer Yes repeats") {
		t.Errorf("check asks to remove the hand CONN-2, which the 3.0 form needs:\n%s", got)
	}
}

// TestPartialSetProductPageNamesEachSBOMsVersion: with the CSD about 2.1
// and 3.0 current, the product page listed both versions' SBOMs as plain
// "SBOM" (only 2.0's, published for its own CSD, said whose it was); each
// now says its version.
func TestPartialSetProductPageNamesEachSBOMsVersion(t *testing.T) {
	page := buildPartialSet(t)("medvault/index.html")
	for _, v := range []string{"2.0", "2.1", "3.0"} {
		kindtest.SaysAll(t, "medvault/index.html", page,
			`<a href="medvault-`+v+`.cdx.json">Version `+v+`: SBOM (CycloneDX 1.5 JSON`,
			`<a href="medvault-`+v+`.cdx.annotated.json">Version `+v+`: SBOM with support per component`)
	}
}
