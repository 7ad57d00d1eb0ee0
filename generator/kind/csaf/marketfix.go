package csaf

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/vuln"
)

// A version released market by market (versions.market_releases) is a
// fix only where it is released: a vendor_fix that sends every reader to
// it, or "Fixed in" that names it, is false for the readers of the
// markets that do not have it yet. Both say where it is released, as of
// the date the file speaks for; nothing is added when every market has it.

// fixReleasedWhereBy is the sentence that says where version ver, a fix,
// is released, for a file released on d and built on asOf
// (vuln.FixWhereBy, as the notice says it): "" when it is released in all
// the product's markets.
func fixReleasedWhereBy(p *content.Product, ver string, d, asOf content.Date) string {
	return vuln.FixWhereBy(p, ver, d, asOf)
}

// marketFixes adds to each vendor_fix remediation of cv, made from an
// affected entry of xs whose fixed_in version is not released in every
// market on d, where that version is released.
func marketFixes(p *content.Product, cv *csaf.Vulnerability, xs []*vuln.Vulnerability, d content.Date, pids func(*vuln.Vulnerability) []string) {
	marketFixesBy(p, cv, xs, d, d, pids)
}

// marketFixesBy is marketFixes for a notice's twin released on d and
// built on asOf (fixReleasedWhereBy).
func marketFixesBy(p *content.Product, cv *csaf.Vulnerability, xs []*vuln.Vulnerability, d, asOf content.Date, pids func(*vuln.Vulnerability) []string) {
	for _, x := range xs {
		if x.Status != "affected" || x.FixedIn == "" {
			continue
		}
		s := fixReleasedWhereBy(p, x.FixedIn, d, asOf)
		if s == "" {
			continue
		}
		ids := pids(x)
		for i := range cv.Remediations {
			r := &cv.Remediations[i]
			if r.Category == "vendor_fix" && slices.Equal(r.ProductIDs, ids) {
				if r.Details != "" {
					r.Details += " "
				}
				r.Details += s
			}
		}
	}
}
