package html

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCellDottedNames: in a table cell a host name or field path may
// break before each of its dots (a <wbr>, which adds no character, so
// copying gives the name unchanged); the same text outside a table is
// goldmark's, and the escapes in a cell resolve as they did.
func TestCellDottedNames(t *testing.T) {
	src := "Reached at update.example-medical.com.\n\n" +
		"| Port | Approved endpoints | Note |\n| - | - | - |\n" +
		"| 443/TCP | app.dosewise.example; *login.dosewise.example* | See [gw.dosewise.example](https://gw.dosewise.example/a.b), version 4.2.1, e.g. 2.5 MB, `router.refuseRLE=true`, a\\_b.example, a\\.example, R&amp;Dlab.example, versions\\[1\\].changes |\n"
	got, err := Body(markdown.Parse([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	html := string(got)
	kindtest.SaysAll(t, "the HTML", html,
		"<p>Reached at update.example-medical.com.</p>",
		"<td>app<wbr>.dosewise<wbr>.example; <em>login<wbr>.dosewise<wbr>.example</em></td>",
		`<a href="https://gw.dosewise.example/a.b">gw<wbr>.dosewise<wbr>.example</a>`,
		"version 4.2.1, e.g. 2.5 MB, <code>router.refuseRLE=true</code>",
		"a_b<wbr>.example, a.example, R&amp;Dlab<wbr>.example, versions[1]<wbr>.changes</td>",
	)
	kindtest.SaysNoneBecause(t, "the HTML", html, "a zero-width space would be copied with the name", "\u200b")
	if n := strings.Count(html, "<wbr>"); n != 9 {
		t.Errorf("%d <wbr>, want 9:\n%s", n, html)
	}
	plain := strings.ReplaceAll(html, "<wbr>", "")
	kindtest.SaysAll(t, "the HTML without <wbr>", plain,
		"<td>app.dosewise.example; <em>login.dosewise.example</em></td>",
		"a_b.example, a.example, R&amp;Dlab.example, versions[1].changes</td>",
	)
}

func TestDotBreaks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"update.example-medical.com", "update|.example-medical|.com"},
		{"versions[1].changes.data_flows_changed[0]", "versions[1]|.changes|.data_flows_changed[0]"},
		{"api.v2.example", "api|.v2|.example"},
		{"ab.example a[].b1", "ab|.example a[]|.b1"},
		{`versions\[1\].changes\_x.y_z`, `versions\[1\]|.changes\_x|.y_z`},
		{`x\].ab \\.ab`, `x\]|.ab \\.ab`},
		{"Router.RefuseRLE", "Router|.RefuseRLE"},
		// not names: versions, decimals, abbreviations, full stops
		{"version 4.2.1", "version 4.2.1"},
		{"1.1.1w and 2.x", "1.1.1w and 2.x"},
		{"e.g. i.e. U.S.A.", "e.g. i.e. U.S.A."},
		{"Done. Next.", "Done. Next."},
		{"end.", "end."},
		{".example leading", ".example leading"},
		{"a.b", "a.b"},
		{"NXP i.MX 8M", "NXP i.MX 8M"},
		{"x.example", "x.example"},
		{"name.x.y", "name.x.y"},
		// a backslash or an entity's semicolon is never left at a cut
		{`a\.example &amp;.example`, `a\.example &amp;.example`},
	} {
		s := []byte(c.in)
		var b strings.Builder
		start := 0
		for _, cut := range dotBreaks(s) {
			b.Write(s[start:cut])
			b.WriteByte('|')
			start = cut
		}
		b.Write(s[start:])
		if b.String() != c.want {
			t.Errorf("dotBreaks(%q) cuts %q, want %q", c.in, b.String(), c.want)
		}
	}
}
