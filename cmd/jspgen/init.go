package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/jspgen/jspgen"
	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/scaffold"
)

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "Scaffolds a product repository in DIR (default: the current folder): jspgen.toml,\n"+
		"a product file in content/ documenting every field (from jspgen's example product),\n"+
		"its asset folder, a Makefile with docs and check targets, and a CI workflow that\n"+
		"builds and publishes site/. Refuses to overwrite any existing file; then writes nothing.", stderr, "init [DIR]")
	if code, ok := parseFlags(fs, args, stdout, 1); !ok {
		return code
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	files, err := scaffold.Files(jspgen.Example, generator.Version)
	if err != nil {
		fmt.Fprintln(stderr, "jspgen init:", err)
		return exitProblems
	}
	var exists []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if _, err := os.Lstat(p); err == nil {
			exists = append(exists, p)
		}
	}
	if len(exists) > 0 {
		slices.Sort(exists)
		for _, p := range exists {
			fmt.Fprintf(stderr, "jspgen init: %s already exists\n", p)
		}
		fmt.Fprintf(stderr, "jspgen init: refusing to overwrite %d file(s); nothing written\n", len(exists))
		return exitProblems
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintln(stderr, "jspgen init:", err)
			return exitProblems
		}
		// O_EXCL: never replace a file that appeared meanwhile
		w, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, err = w.Write(f.Data)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "jspgen init:", err)
			return exitProblems
		}
		fmt.Fprintln(stdout, "created", p)
	}
	fmt.Fprintf(stdout, "\nNext: edit jspgen.toml and the product file in content/, then run 'make check' and 'make docs' in %s.\n", dir)
	return exitOK
}
