package html

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCellDatesKeptWhole: an ISO date in a table cell (a header cell, a
// link, beside a dotted name) is set in a no-break span, so a phone-width
// column does not split it at a hyphen; an identifier holding a date-like
// run, and the same date outside a table, are left as they were.
func TestCellDatesKeptWhole(t *testing.T) {
	src := "Released 2024-05-06.\n\n" +
		"| Stage on 2026-03-02 | Notice |\n| - | - |\n" +
		"| 2025-11-03 in the United States; 2026-06-01 in the European Union | [End of support, issued 2025-06-02](n.html) via update.example.com |\n" +
		"| ODI-SA-2026-01, sa-2025-01-20, 2025-01-20T10:00Z, 12025-01-20, 2025-1-20 | 2025-01-20–2025-03-10 |\n"
	got, err := Body(markdown.Parse([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	h := string(got)
	d := func(s string) string { return `<span class="date">` + s + `</span>` }
	kindtest.SaysAll(t, "the HTML", h,
		"<p>Released 2024-05-06.</p>",
		"<th>Stage on "+d("2026-03-02")+"</th>",
		"<td>"+d("2025-11-03")+" in the United States; "+d("2026-06-01")+" in the European Union</td>",
		`<a href="n.html">End of support, issued `+d("2025-06-02")+"</a> via update<wbr>.example<wbr>.com</td>",
		"<td>ODI-SA-2026-01, sa-2025-01-20, 2025-01-20T10:00Z, 12025-01-20, 2025-1-20</td>",
		"<td>"+d("2025-01-20")+"–"+d("2025-03-10")+"</td>",
	)
	if n := strings.Count(h, `class="date"`); n != 6 {
		t.Errorf("%d date spans, want 6:\n%s", n, h)
	}
}

func TestKeepDates(t *testing.T) {
	got := string(KeepDates("2025-11-03 in the <US>; 2026-06-01 in the EU"))
	want := `<span class="date">2025-11-03</span> in the &lt;US&gt;; <span class="date">2026-06-01</span> in the EU`
	if got != want {
		t.Errorf("KeepDates = %q, want %q", got, want)
	}
}

// TestFileName: a file name may break only after ".", "-" or "/" (not in
// a version number's dot), and is escaped.
func TestFileName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"vex-3.0.openvex.json", "vex-|3.0.|openvex.|json"},
		{"views/global-system.svg", "views/|global-|system.|svg"},
		{"2.4/mds2.xlsx", "2.4/|mds2.|xlsx"},
		{"sbom-3.1.1.cdx.annotated.json", "sbom-|3.1.1.|cdx.|annotated.|json"},
		{".well-known/csaf/provider-metadata.json", ".|well-|known/|csaf/|provider-|metadata.|json"},
		{"a&b<c>.json", "a&amp;b&lt;c&gt;.|json"},
		{"trailing-", "trailing-"},
		{"README", "README"},
	} {
		got := strings.ReplaceAll(string(FileName(c.in)), "<wbr>", "|")
		if got != c.want {
			t.Errorf("FileName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
