package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/site"
)

// checkReport is the --format json output of check; its shape is stable.
type checkReport struct {
	OK       bool              `json:"ok"`
	Errors   []checkDiagnostic `json:"errors"`
	Warnings []checkDiagnostic `json:"warnings"`
}

type checkDiagnostic struct {
	content.Diagnostic
	Column int    `json:"column,omitempty"` // 1-based; template errors only
	Text   string `json:"text"`             // the one-line form, file:line[:column]: path: message
}

// String is the one-line form, with the column when known.
func (d checkDiagnostic) String() string {
	s := d.Diagnostic.String()
	if d.Line == 0 || d.Column == 0 {
		return s
	}
	at := fmt.Sprintf("%s:%d", d.File, d.Line)
	return fmt.Sprintf("%s:%d%s", at, d.Column, strings.TrimPrefix(s, at))
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "Validates the product data and renders every document in memory, writing nothing.\n"+
		"Errors and warnings go to standard error, the count to standard output; with --format json\n"+
		"the report goes to standard output.\n"+
		"Exit status: 0 clean (warnings allowed), 1 problems found, 2 usage error.", stderr)
	opts := inputFlags(fs)
	format := fs.String("format", "text", "output format: text or json")
	if code, ok := parseFlags(fs, args, stdout); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "jspgen check: --format: want text or json; got %q\n", *format)
		return exitUsage
	}
	if !setSourceDate(opts, "check", stderr) {
		return exitUsage
	}
	res, err := generator.Check(*opts)
	var errs []checkDiagnostic
	var other error
	var ie *content.InputError
	var le *site.LinkError
	var te *render.TemplateError
	switch {
	case errors.As(err, &ie):
		errs = toJSON(ie.Diagnostics)
	case errors.As(err, &le):
		// placed in the page as the build would write it
		var ds content.Diagnostics
		for _, p := range le.Problems {
			ds = append(ds, content.Diagnostic{File: p.Page, Line: p.Line, Message: fmt.Sprintf("broken link %s=%q: %s", p.Attr, p.Link, p.Reason)})
		}
		errs = toJSON(ds)
	case errors.As(err, &te):
		errs = []checkDiagnostic{templateDiagnostic(te, opts.TemplatesDir)}
	case err != nil:
		other = err
		errs = toJSON(content.Diagnostics{{File: opts.SiteFile, Message: err.Error()}})
	}
	var warns []checkDiagnostic
	if res != nil {
		warns = toJSON(slices.Concat(res.Warnings, futureAsOf(res, opts.SourceDate != nil, clock()), staleSecurityTxt(res, opts.SiteFile, opts.SourceDate != nil, clock()),
			fixesOverdueToday(*opts, res, err, clock())))
	}
	if *format == "json" {
		rep := checkReport{OK: len(errs) == 0, Errors: errs, Warnings: warns}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
	} else {
		if other != nil {
			fmt.Fprintln(stderr, "jspgen check:", other)
		} else {
			for _, d := range errs {
				fmt.Fprintln(stderr, d.Text)
			}
		}
		for _, d := range warns {
			fmt.Fprintln(stderr, d.Text)
		}
		fmt.Fprintf(stdout, "%d error(s), %d warning(s)\n", len(errs), len(warns))
	}
	if len(errs) > 0 {
		return exitProblems
	}
	return exitOK
}

// fixesOverdueToday warns of the fix promises broken by today that the
// build, which checks them as of the date the site speaks as of (as_of,
// else the newest release of its documents), did not see broken then
// (content.RuleFixOverdueToday): a site built today without as_of
// republishes a vulnerability as still affected long after the promised
// fix, and nothing said so. As for staleSecurityTxt, only the command
// line reads the clock, and not when SOURCE_DATE_EPOCH dates the build;
// a check that found problems, or a site that speaks as of today or
// later, has nothing to add. The content is read again for it: the
// check's result holds no products.
func fixesOverdueToday(opts generator.Options, res *generator.Result, checkErr error, now time.Time) content.Diagnostics {
	today := content.DateOf(now)
	if res == nil || checkErr != nil || opts.SourceDate != nil || !res.SiteAsOf.IsZero() && !res.SiteAsOf.Before(today) {
		return nil
	}
	c, diags := content.Load(opts.SiteFile, opts.ContentDir)
	if c == nil || diags.Err() != nil {
		return nil
	}
	var out content.Diagnostics
	for _, p := range c.Products {
		// The kinds that print the promise run the rule (the plan,
		// else the CSD), on the version current on their date.
		if !p.Builds("security_plan") && !p.Builds("csd") {
			continue
		}
		warned := func(path string) bool {
			return slices.ContainsFunc(res.Warnings, func(d content.Diagnostic) bool { return d.File == p.Source.File && d.Path == path })
		}
		out = append(out, content.RuleFixOverdueToday(p.Current(today), today, warned)...)
	}
	return out
}

func toJSON(ds content.Diagnostics) []checkDiagnostic {
	out := make([]checkDiagnostic, 0, len(ds))
	for _, d := range ds {
		out = append(out, checkDiagnostic{Diagnostic: d, Text: d.String()})
	}
	return out
}
