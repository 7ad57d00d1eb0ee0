package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/jspgen/jspgen"
	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/scaffold"
)

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "Scaffolds a product repository in DIR (default: the current folder): jspgen.toml,\n"+
		"the product files in content/ documenting every field (from jspgen's example products),\n"+
		"their asset folders, a Makefile with docs and check targets, a .gitignore for site/ and a\n"+
		"CI workflow that builds and publishes site/. Refuses when any of these files exists or a\n"+
		"folder on their way is a file; then writes nothing.", stderr, "init [DIR]")
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
	if problems := initProblems(dir, files); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, "jspgen init:", p)
		}
		fmt.Fprintf(stderr, "jspgen init: refusing to scaffold into %s (%d problem(s)); nothing written\n", dir, len(problems))
		return exitProblems
	}
	var created []string // files and folders, in the order made
	undo := func() {
		for i := len(created) - 1; i >= 0; i-- {
			_ = os.Remove(created[i])
		}
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		dirs, err := mkdirs(filepath.Dir(p))
		created = append(created, dirs...)
		if err == nil {
			// O_EXCL: never replace a file that appeared meanwhile
			var w *os.File
			w, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err == nil {
				created = append(created, p)
				_, err = w.Write(f.Data)
				if cerr := w.Close(); err == nil {
					err = cerr
				}
			}
		}
		if err != nil {
			undo()
			fmt.Fprintln(stderr, "jspgen init:", err)
			fmt.Fprintln(stderr, "jspgen init: failed; removed what it had written")
			return exitProblems
		}
	}
	for _, f := range files {
		fmt.Fprintln(stdout, "created", filepath.Join(dir, filepath.FromSlash(f.Path)))
	}
	where := dir // "in .." would end the sentence on the folder's dot
	if filepath.Clean(dir) == "." {
		where = "this folder"
	}
	fmt.Fprintf(stdout, "\nNext: edit jspgen.toml and the product files in content/, then run 'make check' and 'make docs' in %s.\n", where)
	return exitOK
}

// initProblems lists, sorted, why init must not write files into dir: a
// file that exists, or a path on the way to one that is not a folder.
func initProblems(dir string, files []scaffold.File) []string {
	seen := map[string]bool{}
	var out []string
	add := func(msg string) {
		if !seen[msg] {
			seen[msg] = true
			out = append(out, msg)
		}
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		// every folder from dir down to the file's own
		var folders []string
		for d := filepath.Dir(p); ; d = filepath.Dir(d) {
			folders = append(folders, d)
			if d == filepath.Clean(dir) || filepath.Dir(d) == d {
				break
			}
		}
		blocked := false
		for i := len(folders) - 1; i >= 0; i-- {
			st, err := os.Stat(folders[i])
			if errors.Is(err, fs.ErrNotExist) {
				break
			}
			if err != nil {
				add(err.Error())
				blocked = true
				break
			}
			if !st.IsDir() {
				add(folders[i] + " is a file, not a folder")
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		if _, err := os.Lstat(p); err == nil {
			add(p + " already exists")
		}
	}
	slices.Sort(out)
	return out
}

// mkdirs creates dir and its missing parents and returns those it
// created, outermost first.
func mkdirs(dir string) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		missing = append(missing, d)
	}
	slices.Reverse(missing)
	for i, d := range missing {
		if err := os.Mkdir(d, 0o755); err != nil {
			return missing[:i], err
		}
	}
	return missing, nil
}
