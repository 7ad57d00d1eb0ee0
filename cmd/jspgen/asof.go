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

// clock is the time the command line compares the site's dates with
// (futureAsOf, staleSecurityTxt); tests set it.
var clock = time.Now

// staleSecurityTxt is the warning for a site whose security.txt has
// expired by today: the build dates it a year after the date the site
// speaks as of (as_of, else the newest release of a product's documents),
// which may be long past for a product whose documents have not changed.
// Readers and tools treat an expired security.txt as stale (RFC 9116
// section 2.5.5). As for futureAsOf, only the command line can say it,
// and not when SOURCE_DATE_EPOCH dates the build.
func staleSecurityTxt(res *generator.Result, siteFile string, sourceDateSet bool, now time.Time) content.Diagnostics {
	if res == nil || sourceDateSet || res.SecurityTxtExpires.IsZero() {
		return nil
	}
	today := content.DateOf(now)
	if res.SecurityTxtExpires.After(today) {
		return nil
	}
	d := content.Diagnostic{Severity: content.Warning, File: siteFile, Path: "as_of"}
	asOf := "the newest release date of a product's documents, else the newest date the product data give, as as_of is not written"
	if res.SiteAsOfFile != "" {
		d.File, d.Line, asOf = res.SiteAsOfFile, res.SiteAsOfLine, res.SiteAsOf.String()
	}
	d.Message = fmt.Sprintf("the site's .well-known/security.txt expires on %s, a year after the date the site speaks as of (%s), which is not after today (%s, UTC): readers and tools treat an expired security.txt as stale (RFC 9116); write as_of as the day the site is published",
		res.SecurityTxtExpires, asOf, today)
	return content.Diagnostics{d}
}
