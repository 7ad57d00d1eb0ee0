package mds2form

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/mds2/workbook"
)

// withoutMDS2 removes the [mds2] table and its sub-tables from a product
// file; it returns the file and the versions line the table held.
func withoutMDS2(t *testing.T, src string) (string, string) {
	t.Helper()
	start := strings.Index(src, "\n[mds2]\n")
	if start < 0 {
		t.Fatal("no [mds2] table")
	}
	end := len(src)
	header := regexp.MustCompile(`(?m)^\[\[?([^\]]+)\]\]?\s*$`)
	for _, m := range header.FindAllStringSubmatchIndex(src[start+1:], -1) {
		name := src[start+1+m[2] : start+1+m[3]]
		if name != "mds2" && !strings.HasPrefix(name, "mds2.") {
			end = start + 1 + m[0]
			break
		}
	}
	versions := regexp.MustCompile(`(?m)^versions = .*$`).FindString(src[start:end])
	return src[:start+1] + src[end:], versions
}

// TestMDS2WorkbookRoundTrip: the example's form, exported as mds2.xlsx
// (workbook.Write), imported (workbook.Read + TOML with the options of
// `jspgen import mds2 --product`) into the product with its [mds2] table
// removed, and built again, gives the same mds2.json: every answer, note,
// reason, basis and from, but one thing the import truly changes. An
// answer the data derived is now written in the product file too (the
// imported answer repeats it, a warning): the form gives it as the
// manufacturer's, with the fact that agrees (basis "answered", from
// "agrees with " and the fact it was derived from), and nothing else of
// it changes. An N/A the form's stated instruction gives stays gated,
// because the importer leaves it out.
func TestMDS2WorkbookRoundTrip(t *testing.T) {
	c := exampleCase(t, nil)
	before, diags, env, _ := resolveCase(t, c)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	gatedBefore := 0
	for _, r := range before.Rows() {
		if r.Basis == mds2.BasisGated {
			gatedBefore++
		}
	}
	if gatedBefore == 0 {
		t.Fatal("the example has no gated N/A; the test would not show that they round-trip")
	}
	xl, err := workbook.Write(before, workbook.Meta{Generator: "jspgen test"})
	if err != nil {
		t.Fatal(err)
	}
	cat, err := LoadCatalog(env)
	if err != nil {
		t.Fatal(err)
	}
	imp, err := workbook.Read(bytes.NewReader(xl), "mds2.xlsx", cat)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Errors() {
		t.Fatalf("import problems: %v", imp.Problems)
	}
	section := string(imp.TOML(cat, workbook.ProductOptions("mds2.xlsx")))
	src, err := os.ReadFile(c.product)
	if err != nil {
		t.Fatal(err)
	}
	stripped, versions := withoutMDS2(t, string(src))
	if strings.Contains(stripped, "[mds2") {
		t.Fatal("the [mds2] table was not removed")
	}
	// The 2019 form has no field for the versions covered; jspgen's
	// JSP-VER row lists them and the import keeps them as mds2.versions.
	if !strings.Contains(section, "\n"+versions+" #") {
		t.Errorf("the imported section does not keep the versions covered, %s:\n%s", versions, section[:min(len(section), 600)])
	}
	c2 := exampleCase(t, func(string) string { return stripped + "\n" + section })
	after, diags2, _, _ := resolveCase(t, c2)
	if err := diags2.Err(); err != nil {
		t.Fatalf("the imported form does not build: %v", err)
	}
	for _, d := range diags2 {
		// The workbook has no field for a note's findings (the test
		// findings it states with structure), so the imported notes lose
		// them and check asks for them back.
		lostFindings := strings.HasPrefix(d.Path, "mds2.notes[") && strings.Contains(d.Message, "but does not reference it")
		if !strings.Contains(d.Message, "repeats what the product data decides") && !strings.Contains(d.Message, "is not referred to") && !lostFindings {
			t.Errorf("unexpected warning: %s", d)
		}
	}

	// The answers the import wrote over derived ones: the manufacturer's
	// now, agreeing with the fact they were derived from. Put back as
	// derived, the rest of the file must be byte-identical.
	agreeing := 0
	for si := range after.Sections {
		for ri, r := range after.Sections[si].Rows {
			b, _ := before.Row(r.ID)
			if b.Basis != mds2.BasisDerived || r.Basis == mds2.BasisDerived {
				continue
			}
			if r.Basis != mds2.BasisAnswered || r.From != mds2.AgreesPrefix+b.From || !r.Agrees() {
				t.Errorf("%s: derived from %q before the import, %s from %q after; want answered, agreeing with the same fact", r.ID, b.From, r.Basis, r.From)
				continue
			}
			agreeing++
			after.Sections[si].Rows[ri].Basis, after.Sections[si].Rows[ri].From = b.Basis, b.From
		}
	}
	if agreeing == 0 {
		t.Error("no imported answer repeats a derived one; the test would not show how they are labelled")
	}
	js1, err := before.JSON()
	if err != nil {
		t.Fatal(err)
	}
	js2, err := after.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(js1), string(js2)); d != "" {
		t.Errorf("mds2.json differs (-exported +round-tripped):\n%s", d)
	}
	t.Logf("%d rows, %d gated N/A, %d imported answers agreeing with derived ones, mds2.json %d bytes otherwise identical", len(before.Rows()), gatedBefore, agreeing, len(js1))
}
