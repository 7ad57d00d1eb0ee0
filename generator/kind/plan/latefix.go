package plan

import "github.com/jspgen/jspgen/generator/kind"

// LateFixes are the fixes past the promise for their risk on the plan's
// date whose data say why (kind.LateFixes), for the vulnerability
// assessment section, beside the table that shows them late. An
// uncontrolled risk's reason is left out: its own paragraph there gives
// it.
func (d *PlanData) LateFixes() []kind.LateFix {
	if d.product.Product == nil {
		return nil
	}
	var out []kind.LateFix
	for _, f := range kind.LateFixes(d.product.Product, d.vulns, d.Vulnerabilities, d.on) {
		if !f.Uncontrolled {
			out = append(out, f)
		}
	}
	return out
}
