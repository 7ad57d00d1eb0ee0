// Command jspgen builds HSCC Joint Security Plan documents from TOML
// product data. It only parses flags and maps results to exit codes; the
// work is in package generator.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/jspgen/jspgen/internal/gctune"
)

// Exit codes.
const (
	exitOK       = 0
	exitProblems = 1 // bad input, template error, failed build
	exitUsage    = 2
)

type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

var commands = []command{
	{"build", "render every document into the site folder", runBuild},
	{"check", "validate the product data and templates without writing anything", runCheck},
	{"import", "import data made with other tools: import mds2 FORM.xlsx reads a filled MDS2 workbook", runImport},
	{"init", "scaffold a product repository (site file, product file, Makefile, CI workflow)", runInit},
	{"migrate", "convert content files of an older schema_version to the current one, in place", runMigrate},
	{"serve", "preview the site on 127.0.0.1, rebuilding when content or templates change", runServe},
	{"version", "print the jspgen version", runVersion},
}

func main() {
	gctune.Start(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "jspgen: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "jspgen builds medical-device security documentation (HSCC Joint Security Plan) from TOML product data.")
	fmt.Fprintln(w, "\nUsage: jspgen <command> [flags]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'jspgen <command> --help' for the flags of a command.")
}

// newFlags returns a flag set for the command name; usage is what follows
// "jspgen" on the usage line, e.g. "init [flags] [DIR]" (default: name
// [flags]). Errors go to stderr; --help prints to stdout.
func newFlags(name, synopsis string, stderr io.Writer, usage ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	line := name + " [flags]"
	if len(usage) > 0 {
		line = usage[0]
	}
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: jspgen %s\n\n%s\n", line, synopsis)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// wantsHelp reports whether args ask for help before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// parseFlags parses args, allowing at most maxArgs positional arguments
// (none when omitted, any number when -1); it returns an exit code when the command must stop.
// Help goes to stdout with exit status 0.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer, maxArgs ...int) (int, bool) {
	if wantsHelp(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return exitOK, false
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	allowed := 0
	if len(maxArgs) > 0 {
		allowed = maxArgs[0]
	}
	if allowed >= 0 && fs.NArg() > allowed { // -1: any number
		fmt.Fprintf(fs.Output(), "jspgen %s: unexpected argument %q\n", fs.Name(), fs.Arg(allowed))
		return exitUsage, false
	}
	return 0, true
}

// sourceDate reads SOURCE_DATE_EPOCH (reproducible-builds.org).
func sourceDate() (*time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return nil, nil
	}
	// Dates are written with four-digit years (a PDF date of year 10000
	// reads as year 1000), so the range ends with 9999-12-31.
	const last = 253402300799 // 9999-12-31T23:59:59Z
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || n > last {
		return nil, fmt.Errorf("SOURCE_DATE_EPOCH: want an integer of seconds since 1970 from 0 to %d (1970-01-01 to 9999-12-31); got %q", last, v)
	}
	t := time.Unix(n, 0).UTC()
	return &t, nil
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "Prints the jspgen version.", stderr)
	if code, ok := parseFlags(fs, args, stdout); !ok {
		return code
	}
	fmt.Fprintln(stdout, "jspgen", version())
	return exitOK
}
