package content

import (
	"strings"
	"testing"
)

// reviewProduct passes every review rule: one supply-chain threat with a
// control acting on the supply chain, an accepted finding referenced by
// everything it contradicts, patch timelines with their justification.
func reviewProduct() *Product {
	p := riskProduct()
	p.Threats[0].Phase = "supply_chain"
	p.Controls[0].Phases = []string{"supply_chain"}
	p.Controls[0].Findings = []string{"PT-1"}
	p.RecommendedControls = []RecommendedControl{{ID: "RC-1", Findings: []string{"PT-1"}}}
	p.SecuritySettings = []SecuritySetting{{Name: "PIN lock-out", Findings: []string{"PT-1"}}}
	p.MDS2 = MDS2{Answers: map[string]MDS2Answer{"AUTH-1": {Answer: "yes", Note: 2}}, Notes: []MDS2Note{{Number: 2, Findings: []string{"PT-1"}}}}
	p.Verification.PenTest.Findings = []Finding{{ID: "PT-1", Title: "Lock-out resets", Status: "accepted", Contradicts: []string{"C-1", "RC-1", "setting:PIN lock-out", "mds2:AUTH-1"}}}
	p.Postmarket.Patching = Patching{RegularDays: 90, CriticalDays: 30, CriticalMitigationDays: 7, Justification: "Risk decides."}
	return p
}

func TestReviewRules(t *testing.T) {
	tests := []struct {
		name   string
		rule   func(*Product) Diagnostics
		modify func(p *Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"control mitigates nothing: used passes", ruleControlMitigatesNothing, nil, ""},
		{"control mitigates nothing: unused fails", ruleControlMitigatesNothing, func(p *Product) { p.Threats[0].Controls = nil },
			"controls[0].id: control C-1 mitigates no threat"},
		{"patch timeline: justified passes", rulePatchTimelineUnjustified, nil, ""},
		{"patch timeline: no timelines passes", rulePatchTimelineUnjustified, func(p *Product) { p.Postmarket.Patching = Patching{} }, ""},
		{"patch timeline: unjustified fails", rulePatchTimelineUnjustified, func(p *Product) { p.Postmarket.Patching.Justification = " " },
			"the patch timelines (90 days regular, 30 days critical, 7 days to interim mitigations) have no justification"},
		{"patch timeline: unjustified names only the timelines stated", rulePatchTimelineUnjustified, func(p *Product) {
			p.Postmarket.Patching.Justification, p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalMitigationDays = "", 0, 0
		}, "the patch timelines (30 days critical) have no justification"},
		{"patch times: all stated passes", rulePatchTimesUnstated, nil, ""},
		{"patch times: none stated fails", rulePatchTimesUnstated, func(p *Product) { p.Postmarket.Patching = Patching{} },
			"postmarket: no time is stated for a fix in a regular release (regular_days), an out-of-cycle fix of an uncontrolled risk (critical_days) and interim mitigations of an uncontrolled risk (critical_mitigation_days): the security plan and the CSD say so rather than give one; the FDA premarket guidance (VII.C.1) asks for each timeline"},
		{"patch times: one left out fails naming it", rulePatchTimesUnstated, func(p *Product) { p.Postmarket.Patching.CriticalMitigationDays = 0 },
			"no time is stated for interim mitigations of an uncontrolled risk (critical_mitigation_days): the security plan and the CSD say so"},
		{"patch times: the lifecycle page alone asks only the out-of-cycle fix", rulePatchTimesUnstated, func(p *Product) {
			p.Documents.Build = []string{"lifecycle"}
			p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalMitigationDays = 0, 0
		}, ""},
		{"patch times: the lifecycle page alone says it names no out-of-cycle fix time", rulePatchTimesUnstated, func(p *Product) {
			p.Documents.Build = []string{"lifecycle", "mds2"}
			p.Postmarket.Patching = Patching{}
		}, "postmarket: no time is stated for an out-of-cycle fix of an uncontrolled risk (critical_days): the lifecycle page names none; the FDA premarket guidance"},
		{"patch times: the CSD alone is the one document named", rulePatchTimesUnstated, func(p *Product) {
			p.Documents.Build = []string{"csd", "lifecycle"}
			p.Postmarket.Patching.CriticalDays = 0
		}, "(critical_days): the CSD says so rather than give one"},
		{"patch times: not a medical device cites no FDA guidance", rulePatchTimesUnstated, func(p *Product) {
			p.MedicalDevice = False
			p.Postmarket.Patching.CriticalDays = 0
		}, "(critical_days): the security plan and the CSD say so rather than give one"},
		{"patch times: no document printing them passes", rulePatchTimesUnstated, func(p *Product) {
			p.Documents.Build = []string{"mds2"}
			p.Postmarket.Patching = Patching{}
		}, ""},
		{"notice months: stated passes", ruleNoticeMonthsUnstated, func(p *Product) { p.EndOfLife.NoticeMonths = 24 }, ""},
		{"notice months: not written fails", ruleNoticeMonthsUnstated, nil,
			"end_of_life: not written: the documents say the least notice before a version's end of support is not stated; IMDRF N70 asks for at least 24 months' notice"},
		{"notice months: not written, no document printing it passes", ruleNoticeMonthsUnstated, func(p *Product) { p.Documents.Build = []string{"notices"} }, ""},
		{"labeling rationale: no labeling cited passes", ruleRationaleCitesLabelingWithoutItem, func(p *Product) { p.Threats[0].Rationale = "Bedside checks remain." }, ""},
		{"labeling rationale: cited with an item passes", ruleRationaleCitesLabelingWithoutItem, func(p *Product) {
			p.Threats[0].Rationale, p.Threats[0].Labeling = "The labeling tells customers to secure HL7.", []string{"RC-1"}
		}, ""},
		{"labeling rationale: cited without an item fails", ruleRationaleCitesLabelingWithoutItem, func(p *Product) {
			p.Threats[0].Rationale = "The labelling tells customers to secure HL7."
		}, "threats[0].rationale: T-1: the rationale relies on the labeling but the threat names no labeling item"},
		{"labeling rationale: the CSD cited without an item fails", ruleRationaleCitesLabelingWithoutItem, func(p *Product) {
			p.Threats[0].Rationale = "See the CSD."
		}, "threats[0].rationale: T-1"},
		{"attack path: supply-chain control passes", ruleThreatControlsMissPath, nil, ""},
		{"attack path: device-in-use threat needs no phase passes", ruleThreatControlsMissPath, func(p *Product) {
			p.Threats[0].Phase, p.Controls[0].Phases = "deployment", nil
		}, ""},
		{"attack path: supply-chain threat with device controls fails", ruleThreatControlsMissPath, func(p *Product) { p.Controls[0].Phases = []string{"manufacturing"} },
			`threats[0].controls: T-1 arises in the supply chain phase, but none of its controls (C-1) acts there: add a control whose phases include "supply_chain"`},
		// No phases written on the control: the data do not say it does not
		// act there, only that it names no phase.
		{"attack path: supply-chain threat whose control writes no phases fails", ruleThreatControlsMissPath, func(p *Product) { p.Controls[0].Phases = nil },
			`threats[0].controls: T-1 arises in the supply chain phase, but none of its controls (C-1) names that phase in phases, and C-1 writes no phases: write phases = ["supply_chain"] on the control that acts on that path, or add one that does`},
		{"attack path: manufacturing threat fails without a manufacturing control", ruleThreatControlsMissPath, func(p *Product) { p.Threats[0].Phase = "manufacturing" },
			`add a control whose phases include "manufacturing"`},
		{"disclosure before fix: aligned passes", ruleDisclosureBeforeFix, func(p *Product) { p.Postmarket.CVD.DisclosureDays = 90 }, ""},
		{"disclosure before fix: not stated passes", ruleDisclosureBeforeFix, nil, ""},
		{"disclosure before fix: earlier than the regular fix fails", ruleDisclosureBeforeFix, func(p *Product) {
			p.Postmarket.CVD.DisclosureDays, p.Postmarket.Patching.RegularDays = 90, 120
		}, "postmarket.cvd.disclosure_days: public disclosure is targeted at 90 days, before the regular fix commitment of 120 days"},
		{"late released fix: uncontrolled within the commitment passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "uncontrolled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 1, 31)}}
		}, ""},
		{"late released fix: uncontrolled late with a stated reason passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "uncontrolled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 2, 1), FixDelayReason: "The fix needed a kernel upgrade."}}
		}, ""},
		{"late released fix: uncontrolled one day late without a reason fails", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "uncontrolled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 2, 1), FixDelayReason: " "}}
		}, "vulnerabilities[0].fixed: CVE-1 affects 1.0 and its fix, released on 2025-02-01, came 31 days after it was identified (2025-01-01), 1 day beyond the 30 days the documents promise for an out-of-cycle fix of an uncontrolled risk (postmarket.patching.critical_days): state why it took longer and what protected patients meanwhile in fix_delay_reason"},
		{"late released fix: uncontrolled but no critical commitment passes", ruleFixReleasedLate, func(p *Product) {
			p.Postmarket.Patching.CriticalDays = 0
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "uncontrolled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 6, 1)}}
		}, ""},
		{"late released fix: controlled within the regular commitment passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 4, 1)}}
		}, ""},
		{"late released fix: controlled late with a stated reason passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 6, 1), FixDelayReason: "Validation took longer."}}
		}, ""},
		{"late released fix: controlled late without a reason fails", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0", "1.1"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 6, 1)}}
		}, "vulnerabilities[0].fixed: CVE-1 affects 1.0 and 1.1 and its fix, released on 2025-06-01, came 151 days after it was identified (2025-01-01), 61 days beyond the 90 days the documents promise for a regular release (postmarket.patching.regular_days): state why"},
		{"late released fix: risk not stated is held to the regular commitment and fails", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 6, 1)}}
		}, "(postmarket.patching.regular_days)"},
		{"late released fix: controlled but no regular commitment passes", ruleFixReleasedLate, func(p *Product) {
			p.Postmarket.Patching.RegularDays = 0
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 6, 1)}}
		}, ""},
		{"late released fix: fix date not stated passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "controlled", Discovered: NewDate(2025, 1, 1), FixedIn: "1.1", Fix: "released"}}
		}, ""},
		{"late released fix: identification date not stated passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.0"}, Status: "affected", Risk: "controlled", Fixed: NewDate(2025, 6, 1)}}
		}, ""},
		{"late released fix: a fixed entry owes no fix and passes", ruleFixReleasedLate, func(p *Product) {
			p.Vulns = []Vulnerability{{ID: "CVE-1", Versions: []string{"1.1"}, Status: "fixed", Discovered: NewDate(2025, 1, 1), Fixed: NewDate(2025, 6, 1)}}
		}, ""},
		{"deferred finding: accepted needs no interim plan", ruleDeferredFindingWithoutInterimPlan, nil, ""},
		{"deferred finding: with an interim plan passes", ruleDeferredFindingWithoutInterimPlan, func(p *Product) {
			p.Verification.PenTest.Findings[0].Status, p.Verification.PenTest.Findings[0].InterimPlan = "deferred", "All devices in 4.3.0."
		}, ""},
		{"deferred finding: without an interim plan fails", ruleDeferredFindingWithoutInterimPlan, func(p *Product) { p.Verification.PenTest.Findings[0].Status = "deferred" },
			"verification.penetration_test.findings[0].status: finding PT-1 is deferred without interim_plan"},
		{"open finding: referenced everywhere passes", ruleOpenFindingUnreferenced, nil, ""},
		{"open finding: control does not reference it fails", ruleOpenFindingUnreferenced, func(p *Product) { p.Controls[0].Findings = nil },
			`controls[0].findings: C-1 is contradicted by accepted finding PT-1 (Lock-out resets) but does not reference it: add "PT-1" to its findings`},
		{"open finding: CSD item does not reference it fails", ruleOpenFindingUnreferenced, func(p *Product) { p.RecommendedControls[0].Findings = nil },
			"recommended_controls[0].findings: RC-1 is contradicted by accepted finding PT-1"},
		{"open finding: security setting does not reference it fails", ruleOpenFindingUnreferenced, func(p *Product) { p.SecuritySettings[0].Findings = nil },
			"security_settings[0].findings: setting:PIN lock-out is contradicted"},
		{"open finding: a setting a later version adds, referencing it, passes", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{SettingsAdded: p.SecuritySettings}}}
			p.SecuritySettings = nil
		}, ""},
		{"open finding: a setting a later version adds fails at its key when it does not reference it", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{SettingsAdded: []SecuritySetting{{Name: "PIN lock-out"}}}}}
			p.SecuritySettings = nil
		}, "versions[1].changes.security_settings_added[0].findings: setting:PIN lock-out is contradicted"},
		{"open finding: a recommended control a later version changes, still referencing it, passes", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{RecommendedControlsChanged: []RecommendedControl{{ID: "RC-1", Findings: []string{"PT-1"}}}}}}
		}, ""},
		{"open finding: a recommended control a later version changes fails at its key when it drops it", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{RecommendedControlsChanged: []RecommendedControl{{ID: "RC-1"}}}}}
		}, "versions[1].changes.recommended_controls_changed[0].findings: RC-1 is contradicted by accepted finding PT-1"},
		{"open finding: a setting a later version changes fails at its key when it no longer references it", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{SettingsChanged: []SecuritySetting{{Name: "PIN lock-out"}}}}}
		}, "versions[1].changes.security_settings_changed[0].findings: setting:PIN lock-out is contradicted"},
		{"open finding: a version's note replacing the answer's note, referencing it, passes", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{MDS2NotesChanged: []MDS2Note{{Number: 2, Text: "New.", Findings: []string{"PT-1"}}}}}}
			(&productValidator{p: p}).resolveVersions()
		}, ""},
		{"open finding: a version's note replacing the answer's note fails at its key when it does not reference it", ruleOpenFindingUnreferenced, func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{MDS2NotesChanged: []MDS2Note{{Number: 2, Text: "New."}}}}}
			(&productValidator{p: p}).resolveVersions()
		}, "versions[1].changes.mds2_notes_changed[0].findings: mds2:AUTH-1 is contradicted"},
		{"open finding: a version's answer pointing to another note fails at that note", ruleOpenFindingUnreferenced, func(p *Product) {
			p.MDS2.Notes = append(p.MDS2.Notes, MDS2Note{Number: 3, Text: "Other."})
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{MDS2AnswersChanged: map[string]MDS2Answer{"AUTH-1": {Answer: "yes", Note: 3}}}}}
			(&productValidator{p: p}).resolveVersions()
		}, "mds2.notes[1].findings: mds2:AUTH-1 is contradicted"},
		{"open finding: MDS2 note does not reference it fails", ruleOpenFindingUnreferenced, func(p *Product) { p.MDS2.Notes[0].Findings = nil },
			"mds2.notes[0].findings: mds2:AUTH-1 is contradicted"},
		{"open finding: unknown target fails", ruleOpenFindingUnreferenced, func(p *Product) { p.Verification.PenTest.Findings[0].Contradicts = []string{"mds2:AUTH-9"} },
			`findings[0].contradicts[0]: unknown "mds2:AUTH-9"`},
		{"open finding: fixed finding contradicting fails", ruleOpenFindingUnreferenced, func(p *Product) { p.Verification.PenTest.Findings[0].Status = "fixed" },
			"finding PT-1 is fixed, so it contradicts nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reviewProduct()
			if tt.modify != nil {
				tt.modify(p)
			}
			got := tt.rule(p)
			wantOneDiagnostic(t, got, tt.want)
		})
	}
}

// TestNoticeLeadTime: end of life as well as end of support is announced
// at least 24 months ahead (IMDRF N70), and never after it came.
func TestNoticeLeadTime(t *testing.T) {
	version := "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-01\nend_of_life = 2026-01-31\nend_of_support = 2028-06-30\n"
	tests := []struct {
		name, kind, issued string
		want               string // substring of the one diagnostic; "" for none
	}{
		{"end of life 24 months ahead passes", "end_of_life", "2024-01-15", ""},
		{"end of life 12 months ahead warns", "end_of_life", "2025-01-15", "notices[0].issued: issued 2025-01-15, 12 months before version 1.0's end of life on 2026-01-31; IMDRF N70 asks for at least 24 months' notice"},
		{"end of life announced after it fails", "end_of_life", "2026-03-01", "notices[0].issued: issued 2026-03-01, after version 1.0's end of life on 2026-01-31"},
		{"end of support 29 months ahead passes", "end_of_support", "2026-01-15", ""},
		{"end of support 12 months ahead warns", "end_of_support", "2027-06-01", "12 months before version 1.0's end of support on 2028-06-30"},
		{"end of support announced after it fails", "end_of_support", "2028-07-01", "after version 1.0's end of support on 2028-06-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "schema_version = 2\n" + version + "[[notices]]\nid = \"n\"\nkind = \"" + tt.kind + "\"\nissued = " + tt.issued + "\nversions = [\"1.0\"]\n"
			p := ruleProduct(t, src)
			v := &productValidator{p: p}
			v.noticeDates("notices[0]", p.Notices[0], p.NoticeVersions(p.Notices[0]))
			if tt.want == "" {
				if len(v.diags) > 0 {
					t.Fatalf("unexpected diagnostics %v", v.diags)
				}
				return
			}
			if len(v.diags) != 1 || !strings.Contains(v.diags[0].String(), tt.want) || !strings.HasPrefix(v.diags[0].String(), "p.toml:10:") {
				t.Fatalf("diagnostics %v, want one at p.toml:10 containing %q", v.diags, tt.want)
			}
		})
	}
}

// TestNoticeMovesEndOfLifeShortly: a notice that moves an end of life or
// end of support to less than 24 months after it is issued says why
// (IMDRF N70); a move far enough ahead, or one with a reason, passes.
func TestNoticeMovesEndOfLifeShortly(t *testing.T) {
	version := "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-01\nend_of_life = 2026-06-30\nend_of_support = 2028-12-31\n"
	notice := func(milestone, previous, reason string) string {
		r := ""
		if reason != "" {
			r = ", short_notice_reason = \"" + reason + "\""
		}
		return "[[notices]]\nid = \"n\"\nkind = \"component_end_of_support\"\nissued = 2026-01-20\nversions = [\"1.0\"]\n" +
			"date_changes = [{ version = \"1.0\", milestone = \"" + milestone + "\", previous = " + previous + r + " }]\n"
	}
	for _, tc := range []struct {
		name, src, want string
	}{
		{"end of life moved 5 months ahead warns", notice("end_of_life", "2030-06-30", ""),
			"notices[0].date_changes[0]: moves version 1.0's end of life to 2026-06-30, 5 months after the notice is issued (2026-01-20); IMDRF N70 asks for at least 24 months' notice"},
		{"with a reason passes", notice("end_of_life", "2030-06-30", "sales stop early; support stays"), ""},
		{"end of support moved 35 months ahead passes", notice("end_of_support", "2031-06-30", ""), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range decodeProduct("schema_version = 2\n" + version + tc.src) {
				if strings.Contains(d.Path, "date_changes") {
					got = append(got, d.String())
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Fatalf("unexpected %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Fatalf("got %q; want one containing %q", got, tc.want)
			}
		})
	}
}

// TestFindingRefs: every findings list, a version's replaced MDS2 notes
// included, names a finding that exists and is still open.
func TestFindingRefs(t *testing.T) {
	tests := []struct {
		name   string
		modify func(p *Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"open findings everywhere pass", nil, ""},
		{"unknown finding on a control fails", func(p *Product) { p.Controls[0].Findings = []string{"PT-9"} },
			`controls[0].findings[0]: unknown finding "PT-9"`},
		{"fixed finding on a CSD item warns", func(p *Product) {
			p.Verification.PenTest.Findings = append(p.Verification.PenTest.Findings, Finding{ID: "PT-2", Status: "fixed"})
			p.RecommendedControls[0].Findings = []string{"PT-1", "PT-2"}
		}, "recommended_controls[0].findings[1]: finding PT-2 is fixed"},
		{"unknown finding on a version's replaced MDS2 note fails", func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{MDS2NotesChanged: []MDS2Note{{Number: 2, Findings: []string{"PT-1", "PT-7"}}}}}}
		}, `versions[1].changes.mds2_notes_changed[0].findings[1]: unknown finding "PT-7"`},
		{"open finding on a version's replaced MDS2 note passes", func(p *Product) {
			p.Versions = []Version{{Version: "1"}, {Version: "2", Changes: VersionChanges{MDS2NotesChanged: []MDS2Note{{Number: 2, Findings: []string{"PT-1"}}}}}}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reviewProduct()
			if tt.modify != nil {
				tt.modify(p)
			}
			v := &productValidator{p: p}
			v.findingRefs()
			wantOneDiagnostic(t, v.diags, tt.want)
		})
	}
}
