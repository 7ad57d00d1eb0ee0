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
// (workbook.Write), imported as `jspgen import mds2 --product` does
// (workbook.Read, LeaveOutDerived, TOML with ProductOptions) into the
// product with its [mds2] table removed, and built again, gives the same
// mds2.json: every answer, note, reason, basis and from. The workbook's
// record of what jspgen wrote lets the import leave out the answers the
// data derived and the N/A an earlier answer gives, so the build derives
// them again instead of taking them as the manufacturer's (before, every
// derived answer came back as "answered, agrees with" the fact, and check
// warned that each repeats the data).
func TestMDS2WorkbookRoundTrip(t *testing.T) {
	c := exampleCase(t, nil)
	before, diags, env, _ := resolveCase(t, c)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	derived, gatedBefore := 0, 0
	for _, r := range before.Rows() {
		switch r.Basis {
		case mds2.BasisGated:
			gatedBefore++
		case mds2.BasisDerived:
			derived++
		}
	}
	if gatedBefore == 0 || derived == 0 {
		t.Fatal("the example has no gated N/A or no derived answer; the test would not show that they round-trip")
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
	if !imp.FromJSPGen() {
		t.Fatal("the workbook jspgen wrote is not recognised as jspgen's")
	}
	left := imp.LeaveOutDerived()
	if len(left.Answers) < derived || len(left.Changed) != 0 {
		t.Errorf("left out %d answers (want at least the %d derived), changed %v (want none)", len(left.Answers), derived, left.Changed)
	}
	imp.AsMarkdown()
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
		if !lostFindings {
			t.Errorf("unexpected warning: %s", d)
		}
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
	t.Logf("%d rows, %d derived, %d gated N/A, %d left out by the import, mds2.json %d bytes identical", len(before.Rows()), derived, gatedBefore, len(left.Answers), len(js1))
}
