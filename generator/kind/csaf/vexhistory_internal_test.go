package csaf

import (
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestVEXHistory: a version's CSAF VEX has a revision for every date a
// statement it makes changed after its initial release — a vulnerability
// was added, its status assessed, or its fix was released — with one
// revision per date; what came before the initial release is in it, and
// communications (not in the document) are no revision. A vulnerability
// the manufacturer learnt of before its public disclosure is added on its
// disclosure, with what changed before (CVE-F's fix, released under
// coordinated disclosure): the history said "CVE-B added" on 2024-05-30,
// a week before anyone could publish it, then "CVE-B publicly disclosed".
func TestVEXHistory(t *testing.T) {
	d := func(y int, m time.Month, day int) content.Date { return content.NewDate(y, m, day) }
	list := []*vuln.Vulnerability{
		{ID: "CVE-A", Version: "1.0", Discovered: d(2024, 1, 10), Fixed: d(2025, 5, 12)},
		{ID: "CVE-B", Version: "1.0", Discovered: d(2024, 5, 30), Disclosed: d(2024, 6, 6),
			Communications: []content.VulnerabilityMilestone{{Date: d(2024, 6, 20), Audience: "fda", Summary: "Told"}}},
		{ID: "CVE-C", Version: "1.0", Disclosed: d(2024, 9, 3), Fixed: d(2025, 5, 12)},
		{ID: "CVE-D", Version: "1.0", Discovered: d(2023, 12, 1)}, // before the initial release: in it
		{ID: "CVE-E", Version: "1.0", Discovered: d(2024, 2, 1), Status: "not_affected", Assessed: d(2024, 9, 3)},
		{ID: "CVE-F", Version: "1.0", Discovered: d(2024, 10, 1), Fixed: d(2024, 10, 20), Disclosed: d(2024, 11, 5), Status: "fixed"},
	}
	p := &content.Product{Versions: []content.Version{{Version: "1.0", GeneralAvailability: d(2024, 1, 26)}}}
	set := &vuln.Set{Versions: []vuln.Version{{Version: "1.0", Available: d(2024, 1, 26)}}, List: list}
	got := vexHistory("P", "1.0", set.VEXRevisions(p, "1.0", content.Date{}))
	want := []string{
		"1 2024-01-26 Initial version: known vulnerabilities of P 1.0.",
		"2 2024-02-01 CVE-E added.",
		"3 2024-06-06 CVE-B added.",
		"4 2024-09-03 CVE-C added; CVE-E assessed: not affected.",
		"5 2024-11-05 CVE-F added.",
		"6 2025-05-12 Fix for CVE-A released; fix for CVE-C released.",
	}
	var lines []string
	for _, r := range got {
		lines = append(lines, r.Number+" "+r.Date[:10]+" "+r.Summary)
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("history:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// Nothing after the initial release: one revision.
	set.List = list[3:4]
	if got := vexHistory("P", "1.0", set.VEXRevisions(p, "1.0", content.Date{})); len(got) != 1 {
		t.Errorf("got %d revisions for a document that never changed; want 1", len(got))
	}
}

// TestVEXHistoryFixOutOnItsVersionsRelease: a fix released in the
// version fixed_in names, with no fixed date, came out on that version's
// general availability, when the remediation became a vendor fix: the
// history had no revision for it (h112's open item). A fix not yet out
// (its version planned) makes none.
func TestVEXHistoryFixOutOnItsVersionsRelease(t *testing.T) {
	d := func(y int, m time.Month, day int) content.Date { return content.NewDate(y, m, day) }
	set := &vuln.Set{Versions: []vuln.Version{{Version: "1.0", Available: d(2024, 1, 1)}, {Version: "1.1", Available: d(2024, 8, 1)}, {Version: "2.0", Available: d(2026, 3, 1)}}}
	set.List = []*vuln.Vulnerability{
		{ID: "CVE-A", Version: "1.0", Discovered: d(2024, 3, 1), Status: "affected", FixedIn: "1.1"},
		{ID: "CVE-B", Version: "1.0", Discovered: d(2024, 4, 1), Status: "affected", FixedIn: "2.0", FixPlanned: true},
	}
	p := &content.Product{Versions: []content.Version{{Version: "1.0", GeneralAvailability: d(2024, 1, 1)}}}
	got := vexHistory("P", "1.0", set.VEXRevisions(p, "1.0", d(2024, 9, 1)))
	var lines []string
	for _, r := range got {
		lines = append(lines, r.Number+" "+r.Date[:10]+" "+r.Summary)
	}
	want := []string{
		"1 2024-03-01 Initial version: known vulnerabilities of P 1.0.",
		"2 2024-04-01 CVE-B added.",
		"3 2024-08-01 Fix for CVE-A released.",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("history:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
