package generator

import (
	"strings"
	"testing"
)

// TestNoticeUnstatedN70Items: a manufacturer that has issued no
// compensating controls, isolation, backup or decommissioning advice can
// still publish a true end-of-support notice (intraoralscan states none):
// the notice and its CSAF twin say each is not stated, never "none". The
// ClearBite Connect store stays in service with 3.4, which runs on the
// same laptop model, so it is not among the data to erase.
func TestNoticeUnstatedN70Items(t *testing.T) {
	files := buildFixture(t, "intraoralscan")
	notice := files("clearbite/notices/eos-3.3.md")
	for _, want := range []string{
		"Which compensating controls Orrin Dental Imaging AB recommends until the affected devices are upgraded or replaced is not stated.",
		"How to isolate the affected devices on the customer's network is not stated.",
		"What the customer should back up before the affected devices are upgraded or replaced, and how, is not stated.",
		"How to decommission the affected devices is not stated.",
		"ClearBite Connect, which the manufacturer hosts, stays in service for software `3.4`, a version this notice does not concern, and so does its data store: Scans in ClearBite Connect.",
	} {
		if !strings.Contains(notice, want) {
			t.Errorf("eos-3.3.md lacks %q", want)
		}
	}
	if strings.Contains(notice, "| Scans in ClearBite Connect |") {
		t.Error("eos-3.3.md lists the ClearBite Connect store among the data to erase, though 3.4 goes on using it")
	}
	twin := files(".well-known/csaf/white/2026/odi-cb-n-001.json")
	for _, want := range []string{
		"Which compensating controls Orrin Dental Imaging AB recommends until the affected devices are upgraded or replaced is not stated.",
		"Network isolation: how to isolate the affected devices on the customer's network is not stated.",
		"Backup: what the customer should back up before the affected devices are upgraded or replaced, and how, is not stated.",
		"How to decommission the affected devices is not stated.",
	} {
		if !strings.Contains(twin, want) {
			t.Errorf("CSAF twin lacks %q", want)
		}
	}
}

// TestNoticeSanitisationUnstatedPointsToSteps: a store without sanitize,
// right under the notice's own decommissioning text, points to it rather
// than reading as a contradiction (hyperbaric's panel PC disk).
func TestNoticeSanitisationUnstatedPointsToSteps(t *testing.T) {
	notice := buildFixture(t, "hyperbaric")("nereid/notices/eos-6.4.md")
	want := "| Session logs | Operator panel PC (on the device) | Process records | Operator panel PC disk | Not stated for this store (the decommissioning steps are above) |"
	if !strings.Contains(notice, want) {
		t.Errorf("eos-6.4.md lacks %q", want)
	}
}
