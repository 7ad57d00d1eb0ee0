package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestMDS2BackupAndHardening: sections 9 and 11.1 repeat the
// manufacturer's own DTBK and SAHD answers where their product data are
// not stated; a Yes and a No state opposite facts, an answer given only
// by a note is pointed to, and no answer (or N/A) says nothing.
func TestMDS2BackupAndHardening(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	for _, tc := range []struct {
		name     string
		answers  map[string]content.MDS2Answer
		backup   string
		hardened string
	}{
		{"none", nil, "", ""},
		{"N/A only", map[string]content.MDS2Answer{"DTBK-4": {Answer: "na"}, "SAHD-1": {Answer: "na"}}, "", ""},
		{"backup yes", map[string]content.MDS2Answer{"DTBK-4": yes}, "it has a built-in function to back up data to remote storage (DTBK-4)", ""},
		{"backup no", map[string]content.MDS2Answer{"DTBK-4": no}, "it has no built-in function to back up data to remote storage (DTBK-4)", ""},
		{"backup yes with note, and a note only", map[string]content.MDS2Answer{"DTBK-2": {Answer: "see_note", Note: 4}, "DTBK-6": {Answer: "yes", Note: 2}},
			"it checks that a backup is intact and authentic (DTBK-6, note 2); the form refers to its note 4 for DTBK-2", ""},
		{"hardened to a standard", map[string]content.MDS2Answer{"SAHD-1": {Answer: "yes", Note: 3}}, "", "it is hardened according to an industry-recognized standard or benchmark (SAHD-1, note 3)"},
		{"not hardened to a standard", map[string]content.MDS2Answer{"SAHD-1": no}, "", "it is not hardened according to an industry-recognized standard or benchmark (SAHD-1)"},
		{"unneeded grouped by answer, in form order", map[string]content.MDS2Answer{"SAHD-1": no, "SAHD-7": yes, "SAHD-8": no, "SAHD-9": yes, "SAHD-10": {Answer: "see_note", Note: 5}, "SAHD-15": yes},
			"", "it is not hardened according to an industry-recognized standard or benchmark (SAHD-1); shared resources such as file shares (SAHD-7) and services (SAHD-9) that its intended use does not need are disabled or removed; communication ports and protocols (SAHD-8) that its intended use does not need are not disabled or removed; access to its BIOS or boot loader is blocked during start-up (SAHD-15); the form refers to its note 5 for SAHD-10"},
		{"other measures without a note name none", map[string]content.MDS2Answer{"SAHD-16": yes}, "", "other hardening measures are used (SAHD-16; which ones is not stated)"},
		{"other measures in a note", map[string]content.MDS2Answer{"SAHD-16": {Answer: "yes", Note: 7}}, "", "other hardening measures are used (SAHD-16, note 7)"},
		{"tools needed", map[string]content.MDS2Answer{"SAHD-12": no, "SAHD-11": yes}, "", "it prevents starting up from uncontrolled or removable media (SAHD-11); unauthorized software or hardware cannot be installed on it without physical tools (SAHD-12)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{}
			p.MDS2.Answers = tc.answers
			if got := (CSDData{}).MDS2Backup(p); got != tc.backup {
				t.Errorf("backup:\n got %q\nwant %q", got, tc.backup)
			}
			if got := (CSDData{}).MDS2Hardening(p); got != tc.hardened {
				t.Errorf("hardening:\n got %q\nwant %q", got, tc.hardened)
			}
		})
	}
}

// TestJoinFormClausesGroupsByNote: questions answered only by a note are
// cited once per note, whatever their number, and an answer whose note
// says only "Not stated" is told apart from one whose note has content.
func TestJoinFormClausesGroupsByNote(t *testing.T) {
	for _, tc := range []struct {
		name    string
		clauses []string
		notes   []string
		want    string
	}{
		{"one note, several questions", nil, []string{"RMOT-1, note 9", "RMOT-1.1, note 9", "RMOT-3, note 9"},
			"the form refers to its note 9 for RMOT-1, RMOT-1.1 and RMOT-3"},
		{"two notes", []string{"it stores PII (MPII-2)"}, []string{"MPII-2.2, note 1", "STCF-1, note 4", "MPII-2.3, note 1"},
			"it stores PII (MPII-2); the form refers to its note 1 for MPII-2.2 and MPII-2.3, and to its note 4 for STCF-1"},
		{"unstated, one question", nil, []string{kind.UnstatedMark + "DTBK-1, note 1"},
			"the form's note 1 for DTBK-1 says only that it is not stated"},
		{"unstated, two notes", nil, []string{kind.UnstatedMark + "SAHD-1, note 1", kind.UnstatedMark + "SAHD-7, note 2", "SAHD-10, note 5"},
			"the form refers to its note 5 for SAHD-10; the form's note 1 for SAHD-1, and its note 2 for SAHD-7 say only that they are not stated"},
		{"note without a number", nil, []string{"DTBK-2"}, "the form refers to its notes for DTBK-2"},
	} {
		if got := kind.JoinFormClauses(tc.clauses, tc.notes); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
