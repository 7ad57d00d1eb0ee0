package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
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
	Text string `json:"text"` // the one-line form, file:line: path: message
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "Validates the product data and renders every document in memory, writing nothing.\nExit status: 0 clean (warnings allowed), 1 problems found, 2 usage error.", stderr)
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
	var errs content.Diagnostics
	var other error
	var ie *content.InputError
	var le *site.LinkError
	switch {
	case errors.As(err, &ie):
		errs = ie.Diagnostics
	case errors.As(err, &le):
		// placed in the page as the build would write it
		for _, p := range le.Problems {
			errs = append(errs, content.Diagnostic{File: p.Page, Line: p.Line, Message: fmt.Sprintf("broken link %s=%q: %s", p.Attr, p.Link, p.Reason)})
		}
	case err != nil:
		other = err
		errs = content.Diagnostics{{File: opts.SiteFile, Message: err.Error()}}
	}
	var warns content.Diagnostics
	if res != nil {
		warns = res.Warnings
	}
	if *format == "json" {
		rep := checkReport{OK: len(errs) == 0, Errors: toJSON(errs), Warnings: toJSON(warns)}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
	} else {
		if other != nil {
			fmt.Fprintln(stdout, "jspgen check:", other)
		} else {
			printDiagnostics(stdout, errs)
		}
		printDiagnostics(stdout, warns)
		fmt.Fprintf(stdout, "%d error(s), %d warning(s)\n", len(errs), len(warns))
	}
	if len(errs) > 0 {
		return exitProblems
	}
	return exitOK
}

func toJSON(ds content.Diagnostics) []checkDiagnostic {
	out := make([]checkDiagnostic, 0, len(ds))
	for _, d := range ds {
		out = append(out, checkDiagnostic{Diagnostic: d, Text: d.String()})
	}
	return out
}
