package content

import (
	"fmt"
	"slices"
)

// a4Markets are the markets values whose countries print on A4 (ISO 216).
// Canada prints on Letter, as the United States does, and "other" names
// no country, so neither is among them.
var a4Markets = []string{"eu", "uk", "ch", "au", "jp"}

// rulePaperOutsideUS warns once, at the site file, when it leaves paper
// out (the PDFs are then US Letter) while no product of the site is
// marketed in the United States and some product is marketed where A4 is
// the paper. A product whose markets are not written counts as marketed
// there, as the documents speak of it. It runs across products (all:
// every product, read or known), like isaoAcross: one paper for the site.
func rulePaperOutsideUS(s *Site, siteFile Source, all []KnownProduct) Diagnostics {
	if s == nil || s.Paper != "" {
		return nil
	}
	var a4 []string
	for _, k := range all {
		if len(k.Markets) == 0 || slices.Contains(k.Markets, "us") {
			return nil
		}
		for _, m := range k.Markets {
			if n := marketNames[m]; slices.Contains(a4Markets, m) && !slices.Contains(a4, n) {
				a4 = append(a4, n)
			}
		}
	}
	if len(a4) == 0 {
		return nil
	}
	return Diagnostics{{Severity: Warning, File: siteFile.File, Line: siteFile.Line("paper"), Path: "paper",
		Message: fmt.Sprintf("not written, so the PDFs are US Letter (the default), but no product of the site is marketed in the United States, and A4 is the paper in %s, among their markets: write paper = \"a4\" for A4, or paper = \"letter\" to keep Letter", AndList(a4))}}
}
