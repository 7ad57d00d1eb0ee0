package mds2

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// TestLoadCatalogErrorPlaces: every catalog error names the file, and the
// line (and column, for syntax errors) where known, exactly once.
func TestLoadCatalogErrorPlaces(t *testing.T) {
	tests := []struct {
		name, src, want string
		isList          bool // the message explains that the key is a list
	}{
		{"syntax error at a key", "schema_version = 1\nform = \"x\n",
			"bad.toml:2:10: form: strings cannot contain newlines", false},
		{"syntax error without a key", "schema_version = 1\n= 3\n",
			"bad.toml:2:20: unexpected '=': key name appears blank", false},
		{"no schema_version: no line", minimal[len("schema_version = 1\n"):],
			"bad.toml: schema_version: want 1, got 0", false},
		{"type error", "schema_version = \"one\"\n",
			"bad.toml:1: schema_version: incompatible types: TOML value has type string; destination has type integer", false},
		{"note_when not a list", minimal + "note_when = \"yes\"\n",
			"bad.toml:27: MPII-2.1: note_when: incompatible types: TOML value has type string; destination has type slice", true},
		{"kind not a string", strings.Replace(minimal, `kind = "yes_no"`+"\n"+`question = "Two one?"`, "kind = 3\n"+`question = "Two one?"`, 1),
			"bad.toml:24: MPII-2.1: kind: incompatible types: TOML value has type int64; destination has type string", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadCatalog("bad.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("LoadCatalog succeeded, want an error")
			}
			got := err.Error()
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("error\n  %q\nwant it to start\n  %q", got, tt.want)
			}
			if strings.Contains(got, ": : ") || strings.Contains(got, "bad.toml:0") {
				t.Errorf("error %q has an empty key or line", got)
			}
			if list := strings.Contains(got, "(it is a list"); list != tt.isList {
				t.Errorf("error %q: explains a list %v, want %v", got, list, tt.isList)
			}
		})
	}
}

// TestLoadCatalogReportsEveryProblem: checking goes on after a bad or
// duplicate ID, an unknown parent and a bad gating condition, and each
// problem is reported once.
func TestLoadCatalogReportsEveryProblem(t *testing.T) {
	const later = `
[[questions]]
id = "MPII-3"
section = "MPII"
kind = "yes_no"
question = "No question mark"
`
	tests := []struct {
		name, old, new string
		want           []string // the error's lines, without "bad.toml:<line>: "
	}{
		{"after a bad ID", "", "\n[[questions]]\nid = \"MPII-x\"\nsection = \"MPII\"\nkind = \"yes_no\"\nquestion = \"X?\"\n" + later,
			[]string{`MPII-x: invalid ID "MPII-x"`, `MPII-3: a yes_no question must end with "?"`}},
		{"after a duplicate ID", "", "\n[[questions]]\nid = \"MPII-2\"\nsection = \"MPII\"\nkind = \"yes_no\"\nquestion = \"Again?\"\n" + later,
			[]string{`MPII-2: duplicate ID (first at line 15)`, `MPII-3: a yes_no question must end with "?"`}},
		{"an unknown parent is reported once", `parent = "MPII-2"`, `parent = "MPII-7"`,
			[]string{`MPII-2.1: parent: unknown ID "MPII-7"`}},
		{"every gating condition is checked", `applies_when = [{ id = "MPII-2", answer = "yes" }]`,
			`applies_when = [{ id = "MPII-9", answer = "yes" }, { id = "MPII-1", answer = "na" }]`,
			[]string{`MPII-2.1: applies_when: unknown ID "MPII-9"`, `MPII-2.1: applies_when: answer for MPII-1 must be "yes" or "no", got "N/A"`}},
		{"unless takes yes or no, and not beside answer", `applies_when = [{ id = "MPII-2", answer = "yes" }]`,
			`applies_when = [{ id = "MPII-2", unless = "na" }, { id = "MPII-1", answer = "yes", unless = "no" }]`,
			[]string{`MPII-2.1: applies_when: unless for MPII-2 must be "yes" or "no", got "N/A"`, `MPII-2.1: applies_when: MPII-1 takes answer or unless, not both`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := minimal + tt.new
			if tt.old != "" {
				if !strings.Contains(minimal, tt.old) {
					t.Fatalf("test setup: %q not in minimal", tt.old)
				}
				src = strings.Replace(minimal, tt.old, tt.new, 1)
			}
			_, err := LoadCatalog("bad.toml", []byte(src))
			if err == nil {
				t.Fatal("LoadCatalog succeeded, want an error")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("%d errors, want %d:\n%s", len(lines), len(tt.want), err)
			}
			for i, l := range lines {
				_, msg, _ := strings.Cut(l, ": ")
				if !strings.HasPrefix(msg, tt.want[i]) || !strings.HasPrefix(l, "bad.toml:") {
					t.Errorf("error %d = %q, want bad.toml:<line>: %s…", i, l, tt.want[i])
				}
			}
		})
	}
}

// TestValidCatalogNotScanned: the catalog is scanned for lines only when
// it has a problem to place; every build reads the valid shipped one.
func TestValidCatalogNotScanned(t *testing.T) {
	scans := 0
	defer func(f func([]byte) tomlpos.Positions) { scanPositions = f }(scanPositions)
	scanPositions = func(src []byte) tomlpos.Positions { scans++; return tomlpos.Scan(src) }
	loadShipped(t)
	if scans != 0 {
		t.Errorf("the valid shipped catalog was scanned %d times, want 0", scans)
	}
	if _, err := LoadCatalog("bad.toml", []byte(minimal+"[[sections]]\ncode = \"x\"\ntitle = \"\"\n")); err == nil || !strings.Contains(err.Error(), "bad.toml:") {
		t.Errorf("a bad catalog: error %v, want one placed in bad.toml", err)
	}
	if scans != 1 {
		t.Errorf("a catalog with problems was scanned %d times, want once", scans)
	}
}
