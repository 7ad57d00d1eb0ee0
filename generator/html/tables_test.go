package html

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/kindtest"
)

func TestTableRegions(t *testing.T) {
	src := "| a |\n| --- |\n| 1 |\n\n# Ports\n\nText.\n\n| b |\n| --- |\n| 2 |\n\n## Données\n\n- item\n\n  | c |\n  | --- |\n  | 3 |\n"
	got, err := Body(markdown.Parse([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "the HTML", string(got),
		`<div class="table-wrap" role="region" tabindex="0" aria-label="Table">`+"\n<table>",
		`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="ports">`+"\n<table>",
		`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="données">`+"\n<table>",
	)
	if n, m := strings.Count(string(got), `<div class="table-wrap"`), strings.Count(string(got), "</table>\n</div>"); n != 3 || m != 3 {
		t.Errorf("%d wrappers opened and %d closed, want 3 and 3", n, m)
	}
}

// TestWideTables: a table of six or more columns is marked wide (the
// stylesheet sets it smaller so its columns fit beside the contents); one
// of fewer is not.
func TestWideTables(t *testing.T) {
	src := "## Five\n\n| a | b | c | d | e |\n| - | - | - | - | - |\n| 1 | 2 | 3 | 4 | 5 |\n\n" +
		"## Six\n\n| a | b | c | d | e | f |\n| - | - | - | - | - | - |\n| 1 | 2 | 3 | 4 | 5 | 6 |\n"
	got, err := Body(markdown.Parse([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	kindtest.SaysAll(t, "the HTML", string(got),
		`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="five">`,
		`<div class="table-wrap wide" role="region" tabindex="0" aria-labelledby="six">`,
	)
}
