package html

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCellDatesKeptWhole: an ISO date in a table cell (a header cell, a
// link, beside a dotted name) is set in a no-break span, so a phone-width
// column does not split it at a hyphen; an identifier holding a date-like
// run is kept whole as an identifier (TestHyphenIdents), and the same
// date outside a table is left as it was.
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
		`<td><span class="ident">ODI-SA-2026-01</span>, <span class="ident">sa-2025-01-20</span>, 2025-01-20T10:00Z, 12025-01-20, 2025-1-20</td>`,
		"<td>"+d("2025-01-20")+"–"+d("2025-03-10")+"</td>",
	)
	if n := strings.Count(h, `class="date"`); n != 6 {
		t.Errorf("%d date spans, want 6:\n%s", n, h)
	}
}

// TestHyphenIdents: an identifier joined by hyphens in a table cell is
// kept on one line, so that a phone-width column does not show
// "CVE-2025-" over "0395"; hyphenated words without a digit, dates,
// numbers, and identifiers inside a longer host, file, path or address
// name (which break at their dots, slashes or not at all) are left
// breakable, and so is one too long to keep whole.
func TestHyphenIdents(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"CVE-2025-0395", []string{"CVE-2025-0395"}},
		{"Document MIS-LVP7-CSD-001, revision D.", []string{"MIS-LVP7-CSD-001"}},
		{"model LVP-7.", []string{"LVP-7"}},
		{"LVP-7: Wi-Fi", []string{"LVP-7"}},
		{"(GHSA-2c8p-37ww-4r6x) and SHA-256", []string{"GHSA-2c8p-37ww-4r6x", "SHA-256"}},
		{"Wi-Fi, end-to-end, Large-Volume", nil},
		{"2024-05-06 and 555-0142 and 12-34", nil},
		{"update.example-medical7.com", nil},
		{"vex-4.2.1.cdx.json and sbom-3.8.2.cdx.json", nil},
		{"releases/LVP-7/notes and a-1_b", nil},
		{"ops@lvp-7.example and host:LVP-7 and LVP-7:8080", nil},
		{"2025-01-20T10:00Z", nil},
		{"MIS-LVP7-CSD-001-ANNEX-B-REV-12", nil}, // 31 bytes: left breakable
		{"é-LVP-7", nil},
		{"LVP--7 and -LVP-7 and LVP-7-", nil},
	} {
		var got []string
		for _, r := range hyphenIdents([]byte(c.in)) {
			got = append(got, c.in[r[0]:r[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("hyphenIdents(%q) = %q, want %q", c.in, got, c.want)
		}
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

// FuzzHyphenIdents: for any text, the identifiers kept whole are in
// order, apart, inside the text, each letters and digits joined by
// single hyphens with a letter and a digit and at most maxIdent bytes,
// standing alone; and none overlaps a date kept whole.
func FuzzHyphenIdents(f *testing.F) {
	for _, s := range []string{"CVE-2025-0395", "MIS-LVP7-CSD-001, rev. D.", "LVP-7:8080", "a-1_b", "é-LVP-7", "2024-05-06 and X-1", "LVP--7-", "Wi-Fi and 12-34", "update.lvp-7.example"} {
		f.Add(s)
	}
	ident := regexp.MustCompile(`^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$`)
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		ids, end := hyphenIdents(b), 0
		for _, r := range ids {
			if r[0] < end || r[1] <= r[0] || r[1] > len(b) {
				t.Fatalf("%q: range %v out of order or bounds (after %d)", s, r, end)
			}
			end = r[1]
			w := s[r[0]:r[1]]
			if !ident.MatchString(w) || !strings.ContainsAny(w, "0123456789") || strings.Trim(w, "0123456789-") == "" || len(w) > maxIdent {
				t.Fatalf("%q: kept %q, not an identifier", s, w)
			}
			if r[0] > 0 && identJoins(b[r[0]-1]) {
				t.Fatalf("%q: kept %q, which continues a longer name before it", s, w)
			}
			if r[1] < len(b) && identJoins(b[r[1]]) && !((b[r[1]] == '.' || b[r[1]] == ':') && (r[1]+1 == len(b) || !alnum(b[r[1]+1]))) {
				t.Fatalf("%q: kept %q, which continues a longer name after it", s, w)
			}
			for _, d := range isoDates(b) {
				if d[0] < r[1] && r[0] < d[1] {
					t.Fatalf("%q: identifier %q overlaps date %q", s, w, s[d[0]:d[1]])
				}
			}
		}
	})
}
