package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
)

// overdueRepo is the example with glibc's CVE-2025-0395 in 4.2.1 (the
// current version) affected, its risk controlled, identified on 1
// January 2026: the pump promises a fix in a regular release within 90
// days, so by 1 April 2026, and the site speaks as of 16 February 2026
// (its newest release; no as_of), when the promise held.
func overdueRepo(t *testing.T, asOf string) string {
	t.Helper()
	root := repo(t)
	replaceLine(t, root, "content/halcyon-lvp7.toml", `status = "under_investigation"`, `status = "affected"`+"\n"+`risk = "controlled"`)
	replaceLine(t, root, "content/halcyon-lvp7.toml", "discovered = 2025-01-22", "discovered = 2026-01-01")
	if asOf != "" {
		replaceLine(t, root, "jspgen.toml", "paper = ", "paper = \"letter\"\nas_of = "+asOf)
	}
	return root
}

// TestCheckWarnsOfFixOverdueToday: a ring's site, built 16 months after
// its documents' release with no as_of, republished its vulnerability as
// affected 522 days after identification against a 180-day promise, and
// check warned only that security.txt had expired: the overdue-fix rule
// judges as of the date the site speaks as of. Check now also judges the
// promise as of today, as it does security.txt, and warns of a fix
// overdue by today that the build did not see overdue; not before the
// deadline, not with SOURCE_DATE_EPOCH set, and not twice when as_of is
// today (the build's own warning says it).
func TestCheckWarnsOfFixOverdueToday(t *testing.T) {
	const (
		broken = "warning: vulnerabilities[6].status: as of today (2026-06-01, UTC), CVE-2025-0395 affects 4.1.0 and 4.2.1 with no fix released 151 days after it was identified (2026-01-01), beyond the 90 days the documents promise for a regular release (postmarket.patching.regular_days); the site speaks as of an earlier date"
		rule   = "CVE-2025-0395 affects 4.1.0 and 4.2.1 with no fix released"
	)
	for _, tc := range []struct {
		name, asOf, epoch string
		today             time.Time
		want              int    // warnings of the broken promise
		says              string // one of them
	}{
		{"overdue today", "", "", time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), 1, broken},
		{"not yet due today", "", "", time.Date(2026, 3, 31, 9, 0, 0, 0, time.UTC), 0, ""},
		{"overdue today, SOURCE_DATE_EPOCH set", "", "1771200000", time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), 0, ""},
		{"overdue on as_of, which is today", "2026-06-01", "", time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), 1, ": " + rule + " 151 days after it was identified (2026-01-01), beyond the 90 days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.epoch != "" {
				t.Setenv("SOURCE_DATE_EPOCH", tc.epoch)
			}
			defer func(c func() time.Time) { clock = c }(clock)
			clock = func() time.Time { return tc.today }
			root := overdueRepo(t, tc.asOf)
			var stdout, stderr bytes.Buffer
			if code := run([]string{"check", "--config", filepath.Join(root, "jspgen.toml"), "--content", filepath.Join(root, "content")}, &stdout, &stderr); code != 0 {
				t.Fatalf("check: exit %d:\n%s", code, stderr.String())
			}
			out := stderr.String()
			if got := strings.Count(out, rule); got != tc.want || tc.says != "" && !strings.Contains(out, tc.says) {
				t.Errorf("%d warnings of the overdue fix, want %d (%q):\n%s", got, tc.want, tc.says, out)
			}
		})
	}
}

// TestFixesOverdueTodayNeedsACleanCheck: a check that failed, or found no
// result, has no promise to judge; one the build warned of already is not
// said again.
func TestFixesOverdueTodayNeedsACleanCheck(t *testing.T) {
	root := overdueRepo(t, "")
	opts := generator.Options{SiteFile: filepath.Join(root, "jspgen.toml"), ContentDir: filepath.Join(root, "content")}
	today := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	got := fixesOverdueToday(opts, &generator.Result{}, nil, today)
	if len(got) != 1 {
		t.Fatalf("got %v, want one warning", got)
	}
	if got := fixesOverdueToday(opts, &generator.Result{}, &content.InputError{}, today); len(got) != 0 {
		t.Errorf("after a failed check: %v, want none", got)
	}
	if got := fixesOverdueToday(opts, nil, nil, today); len(got) != 0 {
		t.Errorf("without a result: %v, want none", got)
	}
	warned := &generator.Result{Warnings: content.Diagnostics{{File: got[0].File, Path: got[0].Path, Message: "as the build said it"}}}
	if again := fixesOverdueToday(opts, warned, nil, today); len(again) != 0 {
		t.Errorf("already warned by the build: %v, want none", again)
	}
}
