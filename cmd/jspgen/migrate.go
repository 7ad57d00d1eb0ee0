package main

import (
	"fmt"
	"io"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/migrate"
)

func runMigrate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("migrate", fmt.Sprintf("Rewrites content files (jspgen.toml, content/*.toml) of an older schema_version to %d, in place.\n"+
		"Comments, key order, quoting and layout are kept: only schema_version and the values that must\n"+
		"change are edited. Version 2 reads Markdown fields (see the README's field reference) as\n"+
		"Markdown; where a value would now render differently (\"**\" meant two asterisks), the\n"+
		"characters are escaped so the file means what it meant. A file already at %d is left as it is.\n"+
		"Each change is printed as file:line: key: what changed.\n"+
		"Exit status: 0 done (or, with --check, nothing to convert), 1 a file could not be read or\n"+
		"converted (or, with --check, a file needs converting), 2 usage error.", content.SchemaVersion, content.SchemaVersion),
		stderr, "migrate [--check] FILE...")
	check := fs.Bool("check", false, "write nothing; report the files that need converting and exit 1 if any does")
	if code, ok := parseFlags(fs, args, stdout, -1); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "jspgen migrate: name the files to convert, e.g. jspgen migrate jspgen.toml content/*.toml")
		return exitUsage
	}
	code := exitOK
	for _, file := range fs.Args() {
		changed, changes, diags := migrate.File(file, *check)
		for _, d := range diags {
			fmt.Fprintln(stderr, d)
			code = exitProblems
		}
		for _, c := range changes {
			fmt.Fprintf(stdout, "%s:%d: %s: %s\n", file, c.Line, c.Path, c.Message)
		}
		switch {
		case changed && *check:
			fmt.Fprintf(stdout, "%s: needs converting to schema_version %d\n", file, content.SchemaVersion)
			code = exitProblems
		case changed:
			fmt.Fprintf(stdout, "%s: converted to schema_version %d\n", file, content.SchemaVersion)
		case len(diags) == 0:
			fmt.Fprintf(stdout, "%s: already at schema_version %d\n", file, content.SchemaVersion)
		}
	}
	return code
}
