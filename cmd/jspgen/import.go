package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/mds2/workbook"
	"github.com/jspgen/jspgen/templates"
)

const importSynopsis = `Imports data made with other tools.

  jspgen import mds2 [flags] FORM.xlsx

reads a filled MDS2 workbook (ANSI/NEMA HN 1-2019 layout) and writes its
answers, notes and OTHR text as an [mds2] section: to standard output, to a
new file (--out), or appended to content/ID.toml (--product ID, which must
not have an [mds2] section yet; the rows jspgen adds, JSP-VER and
JSP-MODELS, are left out there, the versions JSP-VER lists kept as
mds2.versions, and check tells which answers repeat or contradict the
product data; the answers become the product's first version's, so a
product with versions before those the form covers is warned). A workbook with two form sheets is refused. An N/A that
the form's own instructions
give from the other answers is left out (a comment marks it): the build
gives it the same way. From a workbook jspgen wrote (mds2.xlsx keeps a
record of what jspgen wrote), the answers it derived from the product data
and the notes it wrote itself are left out where the workbook leaves them
unchanged; what was changed is imported as the manufacturer's, and the
import says which. Every problem is reported with its cell; nothing is written
unless the whole import succeeds. Exit status: 0 imported (warnings
allowed), 1 problems found, 2 usage error.`

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", importSynopsis, stderr, "import mds2 [flags] FORM.xlsx")
	product := fs.String("product", "", "product ID: append the section to its product file")
	out := fs.String("out", "", "write the section to this new file (default: standard output)")
	contentDir := fs.String("content", "content", "folder of product files (*.toml)")
	templatesDir := fs.String("templates", "templates", "folder of templates that override the shipped ones (optional)")
	// Flags may follow the positional arguments: parse them in turns.
	var pos []string
	rest := args
	for {
		if code, ok := parseFlags(fs, rest, stdout, 1<<20); !ok {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(pos) != 2 || pos[0] != "mds2" {
		fmt.Fprintln(stderr, "jspgen import: usage: jspgen import mds2 [flags] FORM.xlsx")
		return exitUsage
	}
	if *product != "" && *out != "" {
		fmt.Fprintln(stderr, "jspgen import: --product and --out exclude each other")
		return exitUsage
	}
	form := pos[1]

	cat, err := importCatalog(*templatesDir)
	if err != nil {
		fmt.Fprintln(stderr, "jspgen import:", err)
		return exitProblems
	}
	imp, err := workbook.ReadFile(form, cat)
	var we *workbook.Error
	switch {
	case errors.As(err, &we):
		for _, p := range we.Problems {
			fmt.Fprintln(stderr, p)
		}
		fmt.Fprintf(stderr, "jspgen import: %s not imported; nothing written\n", form)
		return exitProblems
	case err != nil:
		fmt.Fprintln(stderr, "jspgen import:", err)
		return exitProblems
	}
	// A workbook jspgen wrote: what it derived and the notes it wrote,
	// unchanged, are left to the build, which derives them again.
	total := len(imp.Answers)
	left := imp.LeaveOutDerived()
	for _, p := range imp.Problems {
		fmt.Fprintln(stderr, p)
	}
	if *product != "" && len(imp.CoveredVersions()) == 0 {
		why := "no JSP-VER row"
		if imp.HasRow("JSP-VER") {
			why = "its JSP-VER answer is blank"
		}
		fmt.Fprintf(stderr, "%s: warning: the form names no versions (%s): until mds2.versions lists those its answers describe, the built form covers every supported version\n", form, why)
	}
	if *product != "" {
		if w := olderVersionsWarning(filepath.Join(*contentDir, *product+".toml"), imp.CoveredVersions()); w != "" {
			fmt.Fprintf(stderr, "%s: warning: %s\n", form, w)
		}
	}
	imp.AsMarkdown()

	opts := workbook.TOMLOptions{Comment: fmt.Sprintf("MDS2 answers imported from %s by jspgen import mds2.", filepath.Base(form))}
	if *product != "" {
		// Run jspgen check afterwards: it warns where an answer repeats or
		// overrides the product data (an override needs a note) and fails
		// where one contradicts it without one.
		opts = workbook.ProductOptions(filepath.Base(form))
	}
	if imp.FromJSPGen() {
		opts.Comment += "\n" + jspgenWorkbookComment(left)
	}
	section := imp.TOML(cat, opts)

	switch {
	case *product != "":
		path := filepath.Join(*contentDir, *product+".toml")
		if err := appendSection(path, section); err != nil {
			fmt.Fprintln(stderr, "jspgen import:", err)
			return exitProblems
		}
		fmt.Fprintf(stdout, "%s: added [mds2] with %d answers and %d notes from %s%s\n", path, imp.Written(cat, opts), len(imp.Notes), form, leftOut(imp, cat, opts, total))
		reportJSPGen(stdout, imp, left)
	case *out != "":
		if err := writeNew(*out, section); err != nil {
			fmt.Fprintln(stderr, "jspgen import:", err)
			return exitProblems
		}
		fmt.Fprintf(stdout, "%s: %d answers and %d notes from %s%s\n", *out, imp.Written(cat, opts), len(imp.Notes), form, leftOut(imp, cat, opts, total))
		reportJSPGen(stdout, imp, left)
	default:
		stdout.Write(section)
		reportJSPGen(stderr, imp, left)
	}
	return exitOK
}

// leftOut says how many of the workbook's total answers the section
// leaves out (the rows jspgen adds, N/A the form's instructions give, a
// comment in the section marking these; in a workbook jspgen wrote, the
// answers it derived, LeaveOutDerived), or "" when none.
func leftOut(imp *workbook.Import, cat *mds2.Catalog, opts workbook.TOMLOptions, total int) string {
	n := total - imp.Written(cat, opts)
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d of its %d answers left out: the build gives them)", n, total)
}

// jspgenWorkbookComment is the section's comment on a workbook jspgen
// wrote: what was left out, and why.
func jspgenWorkbookComment(left workbook.LeftOut) string {
	var b strings.Builder
	b.WriteString("jspgen wrote this workbook: the answers it derived from the product data or gave N/A from an earlier answer,\n" +
		"and the notes it wrote itself, are left out where the workbook keeps them as jspgen wrote them; the build gives them again.\n")
	fmt.Fprintf(&b, "Left out: %d answers", len(left.Answers))
	if len(left.NoteOnly) > 0 {
		fmt.Fprintf(&b, ", and the answers beside the manufacturer's notes of %s (the notes stay)", strings.Join(left.NoteOnly, ", "))
	}
	if len(left.Notes) > 0 {
		fmt.Fprintf(&b, "; jspgen's %s %s", content.Plural(len(left.Notes), "note", "notes"), joinInts(left.Notes))
	}
	b.WriteString(".")
	if len(left.VersionsDiffer) > 0 {
		fmt.Fprintf(&b, "\nLeft out too: %s, which jspgen answered See Note because the versions the form covers answer %s differently (its notes give each version's answer).", strings.Join(left.VersionsDiffer, ", "), content.Plural(len(left.VersionsDiffer), "it", "them"))
	}
	if len(left.Changed) > 0 {
		fmt.Fprintf(&b, "\nChanged in the workbook, imported as the manufacturer's answers: %s.", strings.Join(left.Changed, ", "))
	}
	return b.String()
}

// reportJSPGen tells, for a workbook jspgen wrote, what import left out
// and which derived answers the workbook changed.
func reportJSPGen(w io.Writer, imp *workbook.Import, left workbook.LeftOut) {
	if !imp.FromJSPGen() {
		return
	}
	msg := fmt.Sprintf("%s: jspgen wrote this workbook: %d answers it derived from the product data or gave N/A from an earlier answer", imp.File, len(left.Answers)+len(left.NoteOnly))
	if len(left.Notes) > 0 {
		msg += fmt.Sprintf(" and its %s %s", content.Plural(len(left.Notes), "note", "notes"), joinInts(left.Notes))
	}
	msg += ", unchanged, are left out: the build gives them again"
	if len(left.VersionsDiffer) > 0 {
		msg += fmt.Sprintf("; %s jspgen answered See Note because the versions the form covers answer %s differently, left out too: give the first version's %s under [mds2.answers] and a later version's under versions[].changes.mds2_answers_changed (its notes in the workbook say each version's)",
			strings.Join(left.VersionsDiffer, ", "), content.Plural(len(left.VersionsDiffer), "it", "them"), content.Plural(len(left.VersionsDiffer), "answer", "answers"))
	}
	if len(left.Changed) > 0 {
		msg += fmt.Sprintf("; changed in the workbook, imported as the manufacturer's: %s", strings.Join(left.Changed, ", "))
	}
	fmt.Fprintln(w, msg)
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

// importCatalog is the product repository's catalog when it has one, else
// the shipped one.
func importCatalog(dir string) (*mds2.Catalog, error) {
	name := filepath.Join(dir, "mds2", "catalog.toml")
	src, err := os.ReadFile(name)
	if errors.Is(err, os.ErrNotExist) {
		name = "templates/mds2/catalog.toml"
		src, err = templates.FS.ReadFile("mds2/catalog.toml")
	}
	if err != nil {
		return nil, err
	}
	return mds2.LoadCatalog(name, src)
}

var mds2TableRE = regexp.MustCompile(`(?m)^[ \t]*\[\[?[ \t]*"?mds2"?[ \t]*[.\]]`)

// appendSection adds the section to the end of a product file that has
// no [mds2] table yet, replacing the file in one rename.
func appendSection(path string, section []byte) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if loc := mds2TableRE.FindIndex(src); loc != nil {
		line := bytes.Count(src[:loc[0]], []byte("\n")) + 1
		return fmt.Errorf("%s:%d: the product already has an [mds2] section; remove it first, or import with --out into a new file and merge by hand", path, line)
	}
	var b bytes.Buffer
	b.Write(src)
	if len(src) > 0 && !bytes.HasSuffix(src, []byte("\n")) {
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.Write(section)
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".import-*.toml")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// writeNew writes a file that must not exist yet.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists; not overwritten", path)
		}
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}

// olderVersionsWarning says, for a form imported into the product file at
// path, which of the product's versions come before every version the
// form covers: [mds2.answers] are the first version's answers, carried to
// each later version until one changes them, so the imported answers
// become those versions' too, though the form gave them for later ones.
// "" when there are none, or the file or versions cannot be read (the
// import reports those itself, and check the rest).
func olderVersionsWarning(path string, covered []string) string {
	if len(covered) == 0 {
		return ""
	}
	var p struct {
		Versions []struct {
			Version string `toml:"version"`
		} `toml:"versions"`
	}
	if _, err := toml.DecodeFile(path, &p); err != nil {
		return ""
	}
	var older []string
	for _, v := range p.Versions {
		if slices.Contains(covered, v.Version) {
			break
		}
		older = append(older, v.Version)
	}
	if len(older) == 0 || len(older) == len(p.Versions) {
		return ""
	}
	which := "which come before it (and the forms of those versions give them"
	if len(older) == 1 {
		which = "which comes before it (and that version's form gives them"
	}
	return fmt.Sprintf("the form answers for %s, but [mds2.answers] are the answers of the product's first version and of each later one until a version changes them: they become the answers of %s too, %s, with documents.versions = \"supported\"); check they hold there; where an earlier version answered differently, write its answer in [mds2.answers] and %s's in the mds2_answers_changed of %s's [versions.changes]",
		strings.Join(covered, ", "), strings.Join(older, ", "), which, covered[0], covered[0])
}
