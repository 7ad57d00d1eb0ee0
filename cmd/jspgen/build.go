package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/content"
	csafpath "github.com/jspgen/jspgen/generator/csaf"
	csafkind "github.com/jspgen/jspgen/generator/kind/csaf"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/site"
)

func version() string { return generator.Version }

// inputFlags are the flags build and check share; the defaults fit the root
// of a product repository.
func inputFlags(fs *flag.FlagSet) *generator.Options {
	o := &generator.Options{}
	fs.StringVar(&o.SiteFile, "config", "jspgen.toml", "site file")
	fs.StringVar(&o.ContentDir, "content", "content", "folder of product files (*.toml)")
	fs.StringVar(&o.TemplatesDir, "templates", "templates", "folder of templates that override the shipped ones (optional)")
	fs.IntVar(&o.Workers, "jobs", 0, "documents rendered at once (0: one per CPU); the output is the same")
	return o
}

// setSourceDate puts SOURCE_DATE_EPOCH into opts; a malformed value is a
// usage error of command cmd.
func setSourceDate(opts *generator.Options, cmd string, stderr io.Writer) bool {
	sd, err := sourceDate()
	if err != nil {
		fmt.Fprintf(stderr, "jspgen %s: %v\n", cmd, err)
		return false
	}
	opts.SourceDate = sd
	return true
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "Renders every document of every product as Markdown, HTML and PDF into the site folder.\nA failed build leaves the previous site folder as it was.", stderr)
	opts := inputFlags(fs)
	fs.StringVar(&opts.OutDir, "out", "site", "output folder (replaced on success)")
	fs.BoolVar(&opts.Clean, "clean", false, "render every document again, ignoring the build cache (.jspgen-cache next to the output folder)")
	if code, ok := parseFlags(fs, args, stdout); !ok {
		return code
	}
	if opts.Workers < 0 {
		fmt.Fprintln(stderr, "jspgen build: --jobs must be 0 or more")
		return exitUsage
	}
	opts.CacheDir = generator.DefaultCacheDir(opts.OutDir)
	if !setSourceDate(opts, "build", stderr) {
		return exitUsage
	}
	if err := site.CheckOutput(opts.OutDir, outputInputs(*opts)...); err != nil {
		fmt.Fprintf(stderr, "jspgen build: %v\n", err)
		return exitProblems
	}
	_, statErr := os.Lstat(opts.OutDir)
	existed := statErr == nil
	ctx, stop := onStopSignals()
	defer stop()
	res, err := generator.BuildContext(ctx, *opts)
	var stopped *stoppedError
	if errors.As(err, &stopped) {
		// one line: the user knows why, and that the site is as it was
		if existed {
			fmt.Fprintf(stderr, "jspgen build: %v; %s left unchanged\n", stopped, opts.OutDir)
		} else {
			fmt.Fprintf(stderr, "jspgen build: %v; nothing written\n", stopped)
		}
		return stopped.exitCode()
	}
	if res != nil {
		// after the build, which has cached its own warnings
		res.Warnings = append(res.Warnings, futureAsOf(res, opts.SourceDate != nil, clock())...)
		res.Warnings = append(res.Warnings, staleSecurityTxt(res, opts.SiteFile, opts.SourceDate != nil, clock())...)
		printDiagnostics(stderr, res.Warnings)
	}
	if err != nil {
		reportError(stderr, "build", err)
		var ce *site.CommitError
		switch {
		case errors.As(err, &ce) && !ce.Unchanged:
			// the message says where the sites are
		case existed:
			fmt.Fprintf(stderr, "jspgen build: failed; %s left unchanged\n", opts.OutDir)
		default:
			fmt.Fprintln(stderr, "jspgen build: failed; nothing written")
		}
		return exitProblems
	}
	printSummary(stdout, opts.OutDir, res)
	return exitOK
}

// outputInputs are the inputs an output folder must keep clear of.
func outputInputs(o generator.Options) []site.Input {
	return []site.Input{
		{Role: "the site file", Path: o.SiteFile, File: true},
		{Role: "the content folder", Path: o.ContentDir},
		{Role: "the templates folder", Path: o.TemplatesDir},
	}
}

func reportError(stderr io.Writer, cmd string, err error) {
	var ie *content.InputError
	var te *render.TemplateError
	switch {
	case errors.As(err, &ie):
		printDiagnostics(stderr, ie.Diagnostics)
		fmt.Fprintf(stderr, "jspgen %s: %d error(s) in the input\n", cmd, len(ie.Diagnostics))
	case errors.As(err, &te):
		fmt.Fprintln(stderr, templateDiagnostic(te, "").Text)
	default:
		fmt.Fprintf(stderr, "jspgen %s: %v\n", cmd, err)
	}
}

// templateDiagnostic places a template error at its file, line and
// column; one naming no template is placed at fallback.
func templateDiagnostic(te *render.TemplateError, fallback string) checkDiagnostic {
	pos, msg := te.Position()
	d := checkDiagnostic{Diagnostic: content.Diagnostic{File: pos.File, Line: pos.Line, Message: "template error: " + msg}, Column: pos.Col}
	if d.File == "" {
		d.File = fallback
	}
	d.Text = d.String()
	return d
}

func printDiagnostics(w io.Writer, ds content.Diagnostics) {
	for _, d := range ds {
		fmt.Fprintln(w, d.String())
	}
}

// printSummary reports a build the way Hugo does: documents per kind, CSAF
// documents, files written, warnings, elapsed time.
func printSummary(w io.Writer, out string, res *generator.Result) {
	fmt.Fprintf(w, "Built %s\n\n", out)
	// The csaf kind writes no document of the kinds counted above the
	// total (HTML, PDF and Markdown), only CSAF JSON documents: its row,
	// below the total, counts those, which a per-kind 0 denied.
	csaf := csafkind.Kind.Slug()
	kinds := generator.KindSlugs(nil)
	width := 10
	for _, k := range kinds {
		width = max(width, len(k))
	}
	for _, k := range kinds {
		if k != csaf {
			fmt.Fprintf(w, "  %-*s %4d\n", width, k, res.Documents[k])
		}
	}
	var total int
	for _, n := range res.Documents {
		total += n
	}
	fmt.Fprintf(w, "  %-*s %4d\n", width, "documents", total)
	fmt.Fprintf(w, "  %-*s %4d\n", width, csaf, csafDocuments(res.Files))
	pages := 0
	for _, f := range res.Files {
		if strings.HasSuffix(f, ".html") {
			pages++
		}
	}
	fmt.Fprintf(w, "  %-*s %4d\n", width, "pages", pages)
	fmt.Fprintf(w, "  %-*s %4d\n", width, "files", len(res.Files))
	fmt.Fprintf(w, "  %-*s %4d\n\n", width, "warnings", len(res.Warnings))
	fmt.Fprintf(w, "Total in %d ms\n", res.Elapsed.Round(time.Millisecond).Milliseconds())
}

// csafDocuments counts the CSAF documents among files: the JSON files of
// the provider layout's TLP folders (.well-known/csaf/white/2025/x.json),
// not its provider metadata, index or changes list.
func csafDocuments(files []string) int {
	n := 0
	for _, f := range files {
		rest, ok := strings.CutPrefix(f, csafpath.Root)
		if ok && strings.Count(rest, "/") == 2 && strings.HasSuffix(rest, ".json") {
			n++
		}
	}
	return n
}
