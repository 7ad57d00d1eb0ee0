package vuln

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
)

// ruleFixVersionUncovered: a vulnerability entry's fixed_in names a
// version supported on asOf about which no statement (a [[vulnerabilities]]
// entry or an imported VEX statement) speaks of that vulnerability: the
// VEX and CSAF files then list the affected versions only, and a scanner
// asking whether the version with the fix is affected finds nothing. A
// warning at the entry's fixed_in, once per vulnerability and version.
// fixedRows derives the fixed statement where the version contains a
// component the entry names (by purl less its version, or by name), so
// this warns only where it could not: what fixed it there is the
// manufacturer's to state.
func ruleFixVersionUncovered(p *content.Product, s *Set, asOf content.Date) content.Diagnostics {
	covered := map[string]bool{} // ID + "\x00" + version
	for _, v := range s.List {
		covered[v.ID+"\x00"+v.Version] = true
	}
	var out content.Diagnostics
	for i, d := range p.Vulns {
		fix := p.Version(d.FixedIn)
		key := d.ID + "\x00" + d.FixedIn
		if fix == nil || !fix.DocumentedOn(asOf) || covered[key] {
			continue
		}
		covered[key] = true
		path := fmt.Sprintf("vulnerabilities[%d].fixed_in", i)
		out = append(out, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
			Message: fmt.Sprintf("%s: fixed_in names version %s, which is supported, but no entry states %s for %s: the VEX and CSAF files say nothing of %s, so a scanner asking whether it is affected finds no statement; add a [[vulnerabilities]] entry for %s with versions = [%q], status = \"fixed\" and fixed_in = %q",
				d.ID, d.FixedIn, d.ID, d.FixedIn, d.FixedIn, d.ID, d.FixedIn, d.FixedIn)})
	}
	return out
}
