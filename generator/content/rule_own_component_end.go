package content

import (
	"fmt"
	"strings"
)

// OwnComponentEnd is one component of a product version, as the
// version's component list gives it, for RuleOwnComponentEnd: the
// version it belongs to, its name, version and supplier, the end of
// support its list states, and the place that states that end.
type OwnComponentEnd struct {
	Of           string // the product version whose component it is
	Name         string
	Version      string
	Supplier     string
	EndOfSupport Date
	File         string
	Line         int
	Path         string
}

// RuleOwnComponentEnd: a component of version V supplied by V's own
// maker (its supplier is, by name, versions.manufacturer or else the
// site file's manufacturer: MakerOf) is the manufacturer's own software,
// not a supplier's. Its end of support is then a date the manufacturer
// sets for its own software, and where V's end_of_support is not written
// the documents print that date in the component tables beside "Not
// announced" for V (euonly: rhenfluss-pumpd 3.0 until 2032-12-31, 3.0's
// end of support not announced). Run by the first of the CSD, the plan
// and the lifecycle page a product builds, with the components of each
// version that has a component list of its own (kind.OwnComponentList);
// each place is warned about once.
func RuleOwnComponentEnd(p *Product, site string, comps []OwnComponentEnd) Diagnostics {
	var out Diagnostics
	seen := map[string]bool{}
	for _, c := range comps {
		i := p.VersionIndex(c.Of)
		if i < 0 || c.EndOfSupport.IsZero() {
			continue
		}
		v := p.Versions[i]
		if !v.EndOfSupport.IsZero() || v.EndOfSupport.NotApplicable() {
			continue
		}
		maker := strings.TrimSpace(p.MakerOf(c.Of, site))
		if maker == "" || !strings.EqualFold(strings.TrimSpace(c.Supplier), maker) {
			continue
		}
		msg := fmt.Sprintf("component %s of version %s is the manufacturer's own software (its supplier is %s) and states an end of support on %s, but version %s's end_of_support (versions[%d]) is not written, so the documents print an end of support for this software that version %s's own lifecycle does not give; state version %s's end_of_support, or leave the component's end of support out",
			NameVersion(c.Name, c.Version), c.Of, maker, c.EndOfSupport, c.Of, i, c.Of, c.Of)
		if k := c.File + "\x00" + c.Path + "\x00" + msg; !seen[k] {
			seen[k] = true
			out = append(out, Diagnostic{Severity: Warning, File: c.File, Line: c.Line, Path: c.Path, Message: msg})
		}
	}
	return out
}
