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
	{"version", "print the jspgen version", runVersion},
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
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

// newFlags returns a flag set whose errors and help go to stderr.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: jspgen %s\n\n%s\n\nFlags:\n", name+" [flags]", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; it returns an exit code when the command must stop.
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "jspgen %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
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
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("SOURCE_DATE_EPOCH: want a non-negative integer of seconds since 1970; got %q", v)
	}
	t := time.Unix(n, 0).UTC()
	return &t, nil
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "Prints the jspgen version.", stderr)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	fmt.Fprintln(stdout, "jspgen", version())
	return exitOK
}
