package main

import (
	"fmt"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
)

// futureAsOf is the warning for a site file whose as_of is after today:
// the documents would speak as of a day that has not come (which
// versions are supported, each version's stage, which documents are due
// a revision) and print that day as their date. The build cannot say
// it: it never reads the clock, and an up-to-date build replays the
// last build's warnings, so a warning made there would outlive the day
// it is about. sourceDateSet: SOURCE_DATE_EPOCH is set, a pipeline that
// dates its builds itself, and the clock is not asked.
func futureAsOf(res *generator.Result, sourceDateSet bool, now time.Time) content.Diagnostics {
	if res == nil || sourceDateSet || res.SiteAsOf.IsZero() {
		return nil
	}
	today := content.DateOf(now)
	if !res.SiteAsOf.After(today) {
		return nil
	}
	return content.Diagnostics{{Severity: content.Warning, File: res.SiteAsOfFile, Line: res.SiteAsOfLine, Path: "as_of",
		Message: fmt.Sprintf("%s is after today (%s, UTC): the documents speak as of a day that has not come and print it as their date; write the day the site is published, or remove as_of to date the site by its newest release", res.SiteAsOf, today)}}
}
