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
