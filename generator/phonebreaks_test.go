package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPhoneWidthBreaks: at 390 px a table column split ISO dates at their
// hyphens ("2024-05-" over "06") and the product page's file names at any
// letter ("vex.jso" over "n"). Dates in table cells of the Markdown-made
// pages and the product page's per-market availability are now kept in a
// no-break span, and file names break only after ".", "-" or "/"; so are
// identifiers joined by hyphens in those cells (CVE-2026-41007,
// ODI-DS-CSD-001), which split read as two values. The Markdown is
// unchanged.
func TestPhoneWidthBreaks(t *testing.T) {
	read := buildFixture(t, "marketsplit")
	date := func(s string) string { return `<span class="date">` + s + `</span>` }
	kindtest.SaysAll(t, "lifecycle.html", read("dentasense/lifecycle.html"),
		"<td>"+date("2024-05-06")+"</td>",
		`<a href="notices/eos-2.4.html">End of support, issued `+date("2025-06-02")+"</a>")
	kindtest.SaysNone(t, "lifecycle.html", read("dentasense/lifecycle.html"), "<td>2024-05-06</td>")
	kindtest.SaysAll(t, "csd.html", read("dentasense/csd.html"), "<td>"+date("2026-03-02")+"</td>")
	kindtest.SaysAll(t, "security-plan.html", read("dentasense/security-plan.html"), "<td>"+date("2025-09-15")+"</td>")
	page := read("dentasense/index.html")
	kindtest.SaysAll(t, "index.html", page,
		"<td>"+date("2025-11-03")+" in the United States; "+date("2026-06-01")+" in the European Union</td>",
		`<td><code class="file-name">vex-<wbr>3.0.<wbr>openvex.<wbr>json</code></td>`,
		`<td><code class="file-name">views/<wbr>global-<wbr>system.<wbr>svg</code></td>`,
		`<td><code class="file-name">2.4/<wbr>mds2.<wbr>xlsx</code></td>`)
	kindtest.SaysNone(t, "index.html", page, "<code>vex-3.0.openvex.json</code>")
	// Identifiers joined by hyphens: "CVE-2026-" over "41007" read as two.
	ident := func(s string) string { return `<span class="ident">` + s + `</span>` }
	kindtest.SaysAll(t, "csd.html", read("dentasense/csd.html"),
		"<td>"+ident("ODI-DS-CSD-001")+"</td>",
		"<td>"+ident("CVE-2026-41007")+": Denial of service in the .NET Runtime</td>")
	kindtest.SaysNone(t, "csd.html", read("dentasense/csd.html"), "<td>ODI-DS-CSD-001</td>", "<td>CVE-2026-41007:")
	kindtest.SaysAll(t, "style.css", read("assets/style.css"),
		"td .date, th .date, td .ident, th .ident { white-space: nowrap; }", "code.file-name { overflow-wrap: normal; }")
	kindtest.SaysNoneBecause(t, "lifecycle.md", read("dentasense/lifecycle.md"), "the markup is the HTML's alone", "<span", "<wbr>")
}
