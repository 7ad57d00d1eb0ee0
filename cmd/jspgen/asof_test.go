package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
)

// TestFutureAsOfWarns: an as_of in the site file after today is one
// warning at its line, from check and from build, and again from a build
// that finds the site up to date (the build replays its cached warnings,
// so the CLI must add this one each time, from the Result). An as_of in
// the past, or any as_of while SOURCE_DATE_EPOCH is set, gives none.
// Before, nothing said that the site was dated in the future.
func TestFutureAsOfWarns(t *testing.T) {
	const warning = "as_of: 2999-12-31 is after today"
	for _, tc := range []struct {
		name, asOf, epoch string
		want              bool
	}{
		{"future", "2999-12-31", "", true},
		{"past", "2020-01-01", "", false},
		{"future, SOURCE_DATE_EPOCH set", "2999-12-31", "1772409600", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.epoch != "" {
				t.Setenv("SOURCE_DATE_EPOCH", tc.epoch)
			}
			root := repo(t)
			n := replaceLine(t, root, "jspgen.toml", "paper = ", "paper = \"letter\"\nas_of = "+tc.asOf) + 1
			at := fmt.Sprintf("jspgen.toml:%d: warning: %s", n, warning)

			var stdout, stderr bytes.Buffer
			run([]string{"check", "--config", filepath.Join(root, "jspgen.toml"), "--content", filepath.Join(root, "content")}, &stdout, &stderr)
			outputs := map[string]string{"check": stderr.String()}
			_, _, outputs["build"] = buildIn(root)
			_, _, outputs["build, up to date"] = buildIn(root)
			for cmd, out := range outputs {
				got := strings.Count(out, "is after today")
				switch {
				case tc.want && (got != 1 || !strings.Contains(out, at)):
					t.Errorf("%s: %d warnings of a future as_of, want one %q:\n%s", cmd, got, at, out)
				case !tc.want && got != 0:
					t.Errorf("%s: warns of a future as_of:\n%s", cmd, out)
				}
			}
		})
	}
}

// TestFutureAsOfDay: the warning is for a day after today in UTC; today
// itself and no as_of give none.
func TestFutureAsOfDay(t *testing.T) {
	now := time.Date(2026, 3, 2, 23, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		asOf content.Date
		want int
	}{
		{content.NewDate(2026, 3, 3), 1},
		{content.NewDate(2026, 3, 2), 0},
		{content.NewDate(2026, 3, 1), 0},
		{content.Date{}, 0},
	} {
		res := &generator.Result{SiteAsOf: tc.asOf, SiteAsOfFile: "jspgen.toml", SiteAsOfLine: 3}
		if got := futureAsOf(res, false, now); len(got) != tc.want {
			t.Errorf("as_of %q on %s: %d warnings, want %d: %v", tc.asOf, now, len(got), tc.want, got)
		}
	}
	// 2026-03-02 23:30 in UTC-5 is 2026-03-03 in UTC: today is the UTC day.
	res := &generator.Result{SiteAsOf: content.NewDate(2026, 3, 3)}
	if got := futureAsOf(res, false, time.Date(2026, 3, 2, 23, 30, 0, 0, time.FixedZone("EST", -5*3600))); len(got) != 0 {
		t.Errorf("as_of 2026-03-03 at 2026-03-03 04:30 UTC: %v, want none", got)
	}
}

// TestStaleSecurityTxtWarns: the example's security.txt expires on
// 2027-02-15, a year after its newest document release (it writes no
// as_of). On a later day that is one warning at the site file, from check,
// build and an up-to-date build; on the day before, or with
// SOURCE_DATE_EPOCH set, none. Before, the site published an expired
// security.txt and nothing said so.
func TestStaleSecurityTxtWarns(t *testing.T) {
	const at = "jspgen.toml: warning: as_of: the site's .well-known/security.txt expires on 2027-02-15, a year after the date the site speaks as of (the newest release date of a product's documents, else the newest date the product data give, as as_of is not written)"
	for _, tc := range []struct {
		name  string
		today time.Time
		epoch string
		want  bool
	}{
		{"the day it expires", time.Date(2027, 2, 15, 9, 0, 0, 0, time.UTC), "", true},
		{"the day before", time.Date(2027, 2, 14, 9, 0, 0, 0, time.UTC), "", false},
		{"a year later, SOURCE_DATE_EPOCH set", time.Date(2028, 2, 15, 9, 0, 0, 0, time.UTC), "1771200000", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.epoch != "" {
				t.Setenv("SOURCE_DATE_EPOCH", tc.epoch)
			}
			defer func(c func() time.Time) { clock = c }(clock)
			clock = func() time.Time { return tc.today }
			root := repo(t)
			var stdout, stderr bytes.Buffer
			run([]string{"check", "--config", filepath.Join(root, "jspgen.toml"), "--content", filepath.Join(root, "content")}, &stdout, &stderr)
			outputs := map[string]string{"check": stderr.String()}
			_, _, outputs["build"] = buildIn(root)
			_, _, outputs["build, up to date"] = buildIn(root)
			for cmd, out := range outputs {
				got := strings.Count(out, "security.txt expires on")
				switch {
				case tc.want && (got != 1 || !strings.Contains(out, at)):
					t.Errorf("%s: %d warnings of an expired security.txt, want one %q:\n%s", cmd, got, at, out)
				case !tc.want && got != 0:
					t.Errorf("%s: warns of an expired security.txt:\n%s", cmd, out)
				}
			}
		})
	}
}

// TestStaleSecurityTxtDay: security.txt expires at the start of its
// Expires day (UTC): on that day it has expired, the day before not; a
// site without one gives none.
func TestStaleSecurityTxtDay(t *testing.T) {
	now := time.Date(2026, 3, 2, 23, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		expires content.Date
		want    int
	}{
		{content.NewDate(2026, 3, 3), 0},
		{content.NewDate(2026, 3, 2), 1},
		{content.NewDate(2025, 3, 1), 1},
		{content.Date{}, 0},
	} {
		res := &generator.Result{SecurityTxtExpires: tc.expires}
		got := staleSecurityTxt(res, "jspgen.toml", false, now)
		if len(got) != tc.want {
			t.Errorf("expires %q on %s: %d warnings, want %d: %v", tc.expires, now, len(got), tc.want, got)
		}
		if len(got) == 1 && (got[0].File != "jspgen.toml" || !strings.Contains(got[0].Message, "as as_of is not written")) {
			t.Errorf("without as_of: %+v, want it at the site file, naming the newest release", got[0])
		}
	}
}
