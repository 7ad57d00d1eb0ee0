package generator

import (
	"strings"
	"testing"
)

// TestCitationsFollowTheDocumentsDate: a document cites section 524B,
// FDA's premarket guidance and IMDRF N70 only when it is released on or
// after the date each came into force. The legacy fixture's documents,
// released on 1 December 2025, cite them; the same documents released on
// 1 June 2021, before all three, say what the data says without them.
func TestCitationsFollowTheDocumentsDate(t *testing.T) {
	shortNotice := func(s string) string {
		return strings.Replace(s, "notice_months = 24", "notice_months = 12", 1)
	}
	dated := func(s string) string {
		s = strings.ReplaceAll(s, "release_date = 2025-12-01", "release_date = 2021-06-01")
		s = strings.ReplaceAll(s, "date = 2025-11-20", "date = 2021-05-20")
		s = strings.ReplaceAll(s, `date = 2025-12-01, summary = "End of support of 2.6.0."`, `date = 2021-06-01, summary = "First release."`)
		return shortNotice(s)
	}
	type doc struct {
		file       string
		has, lacks []string
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		docs []doc
	}{
		{"released 2025-12-01", shortNotice, []doc{
			{"vigil-cs/security-plan.md", []string{
				"### 1.6 Cyber device determination (FD&C Act 524B)",
				"**Determination: the Meridian Vigil Central Station is a cyber device** under section 524B",
				"The commitments below are the update processes that section 524B(b)(2) asks for",
				"| 524B(b)(2)(A) |",
				"across the lifecycle phases FDA asks manufacturers to consider",
				"The views follow the security architecture views of the FDA premarket guidance",
				"The controls are grouped by the eight control categories of the FDA premarket guidance.",
				"| Threat model | FDA premarket guidance |",
				"| Cyber device determination | FD&C Act 524B(c) |",
				"less than the 24 months IMDRF N70 recommends",
			}, nil},
			{"vigil-cs/csd.md", []string{
				"### Where each FDA labeling item is addressed",
				"Sections 1 to 14 follow the order of the cybersecurity labeling items of the FDA premarket cybersecurity guidance",
			}, nil},
			{"vigil-cs/risk-report.md", []string{"**Cyber device (FD&C Act 524B).** Yes.",
				"The two combine into a controlled or uncontrolled risk in the sense of FDA's postmarket cybersecurity guidance (28 December 2016) by the table below.",
			}, nil},
			{"vigil-cs/estar.md", []string{
				"(the documentation listed in the premarket guidance, ",
				"| Cybersecurity management plan | VI.B; FD\\&C Act 524B(b)(1) |",
			}, nil},
			{"vigil-cs/lifecycle.md", []string{"less than the 24 months IMDRF N70 recommends"}, nil},
		}},
		{"released 2021-06-01", dated, []doc{
			{"vigil-cs/security-plan.md", []string{
				"### 1.6 Cyber device determination\n",
				"**No determination in this revision.** On 1 June 2021, the date this plan speaks as of, no section of the FD&C Act in force defined a cyber device.",
				"The commitments below are a regular cycle for risks that are controlled, and out-of-cycle releases for uncontrolled risks.",
				"across the lifecycle phases of the device.",
				"The views are: the system as a whole",
				"The controls are grouped by eight control categories.",
				"No edition of the statute or guidance this section traces to was in force on 1 June 2021",
				"gives customers at least 12 months' notice before a version reaches end of support.",
			}, []string{"524B", "premarket guidance", "FDA asks", "N70", "Vigil includes software and connects"}},
			{"vigil-cs/csd.md", []string{
				"### Where each topic is addressed",
				"Sections 1 to 14 each cover one of the topics below;",
			}, []string{"524B", "premarket", "N70"}},
			{"vigil-cs/risk-report.md", nil, []string{"524B", "premarket guidance", "N70"}},
			{"vigil-cs/estar.md", []string{
				"For each cybersecurity element that FDA's eSTAR asks for, the generated document",
				"| eSTAR element | Answered in |",
			}, []string{"524B", "premarket guidance", "V.A", "VI.B"}},
			{"vigil-cs/lifecycle.md", []string{"at least 12 months' notice before a version reaches end of support."}, []string{"N70"}},
		}},
		{"released 2015-06-01", func(s string) string { return strings.ReplaceAll(dated(s), "2021-0", "2015-0") }, []doc{
			// Before FDA's postmarket guidance of December 2016.
			{"vigil-cs/security-plan.md", []string{"is controlled or uncontrolled.\n", "The two combine into a controlled or uncontrolled risk by the table below."},
				[]string{"postmarket cybersecurity guidance", "postmarket guidance"}},
			{"vigil-cs/csd.md", nil, []string{"postmarket cybersecurity guidance"}},
			{"vigil-cs/risk-report.md", []string{`"Controlled" is determined from exploitability and severity of harm by the same method, `,
				"The two combine into a controlled or uncontrolled risk by the table below."},
				[]string{"postmarket guidance", "postmarket cybersecurity guidance"}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A form released before the notices were issued has none to derive SGUD-4 from.
			files, _ := buildFixtureEdited(t, "legacy", "vigil-cs.toml", func(s string) string { return answerMDS2("SGUD-4", `"yes"`)(tc.edit(s)) })
			for _, d := range tc.docs {
				md, ok := files[d.file]
				if !ok {
					t.Fatalf("no %s built", d.file)
				}
				for _, s := range d.has {
					if !strings.Contains(md, s) {
						t.Errorf("%s lacks %q", d.file, s)
					}
				}
				for _, s := range d.lacks {
					if i := strings.Index(md, s); i >= 0 {
						t.Errorf("%s cites %q: …%s…", d.file, s, md[max(0, i-120):min(len(md), i+80)])
					}
				}
			}
		})
	}
}
