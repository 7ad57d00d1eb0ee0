package mds2form

import (
	"bytes"
	"encoding/json"
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

// jsonRows splits mds2.json into its header (and notes) and its rows.
func jsonRows(t *testing.T, f *mds2.Form) (map[string]any, []map[string]any) {
	t.Helper()
	js, err := f.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	for _, r := range doc["questions"].([]any) {
		rows = append(rows, r.(map[string]any))
	}
	delete(doc, "questions")
	return doc, rows
}

// TestMDS2WorkbookRoundTrip: the example's form, exported as mds2.xlsx
// (workbook.Write), imported (workbook.Read + TOML, as `jspgen import mds2
// --product` does) into the product with its [mds2] table removed, and
// built again, gives the same mds2.json. The only differences allowed are
// basis/from of rows that become explicit: an N/A the form's instruction
// gave (basis gated) comes back as the workbook's explicit N/A (basis
// answered, no from). Derived answers stay derived: the imported answer
// repeats them (a warning) and the data still decides them.
func TestMDS2WorkbookRoundTrip(t *testing.T) {
	c := exampleCase(t, nil)
	before, diags, env, _ := resolveCase(t, c)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
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
	derived := map[string]bool{}
	for _, d := range Derivations() {
		derived[d[0]] = true
	}
	section := string(imp.TOML(cat, workbook.TOMLOptions{Omit: func(id string) bool {
		q, ok := cat.Lookup(id)
		return ok && q.Kind == mds2.KindText && derived[id]
	}}))
	src, err := os.ReadFile(c.product)
	if err != nil {
		t.Fatal(err)
	}
	stripped, versions := withoutMDS2(t, string(src))
	if strings.Contains(stripped, "[mds2") {
		t.Fatal("the [mds2] table was not removed")
	}
	// The 2019 workbook has no field for the versions covered; the
	// product keeps its mds2.versions (it is product data, not an answer).
	section = strings.Replace(section, "[mds2]\n", "[mds2]\n"+versions+"\n", 1)
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

	h1, r1 := jsonRows(t, before)
	h2, r2 := jsonRows(t, after)
	if d := cmp.Diff(h1, h2); d != "" {
		t.Errorf("mds2.json header and notes differ (-exported +round-tripped):\n%s", d)
	}
	if len(r1) != len(r2) {
		t.Fatalf("%d rows, want %d", len(r2), len(r1))
	}
	becameExplicit := 0
	for i := range r1 {
		a, b := r1[i], r2[i]
		if a["basis"] != b["basis"] || a["from"] != b["from"] {
			if a["basis"] != mds2.BasisGated || b["basis"] != mds2.BasisAnswered || b["from"] != "" {
				t.Errorf("%s: basis %v from %q -> basis %v from %q; only a gated N/A may become an explicit one", a["id"], a["basis"], a["from"], b["basis"], b["from"])
			}
			becameExplicit++
		}
		delete(a, "basis")
		delete(a, "from")
		delete(b, "basis")
		delete(b, "from")
		if d := cmp.Diff(a, b); d != "" {
			t.Errorf("%s differs (-exported +round-tripped):\n%s", a["id"], d)
		}
	}
	t.Logf("%d rows, %d gated N/A became explicit N/A", len(r1), becameExplicit)
}
