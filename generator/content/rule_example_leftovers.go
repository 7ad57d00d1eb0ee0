package content

import (
	"fmt"
	"strings"
)

// exampleManufacturer is the manufacturer of jspgen's example products,
// which `jspgen init` copies into a new repository.
const exampleManufacturer = "Meridian"

// ruleExampleLeftovers warns where the product p (or the site file,
// p nil) of another manufacturer still says "Meridian": text `jspgen
// init` copied from the example that would be published as this
// manufacturer's facts (a procedure number, an endpoint, a person). The
// first few places are named, then a count.
func ruleExampleLeftovers(s *Site, siteFile Source, p *Product) Diagnostics {
	if s == nil || strings.Contains(s.Manufacturer.Name, exampleManufacturer) {
		return nil
	}
	src, value := siteFile, any(s)
	if p != nil {
		src, value = p.Source, p
	}
	const named = 5
	var diags Diagnostics
	more := 0
	TextValues(value, func(path, text string) {
		if !strings.Contains(text, exampleManufacturer) {
			return
		}
		if len(diags) == named {
			more++
			return
		}
		diags = append(diags, Diagnostic{Severity: Warning, File: src.File, Line: src.Line(path), Path: path,
			Message: fmt.Sprintf("names %s, the manufacturer of jspgen's example, not %s: text copied by jspgen init and not yet replaced is published as your own facts", exampleManufacturer, s.Manufacturer.Name)})
	})
	if more > 0 {
		diags = append(diags, Diagnostic{Severity: Warning, File: src.File, Line: 1,
			Message: fmt.Sprintf("%d more values name %s, the manufacturer of jspgen's example", more, exampleManufacturer)})
	}
	return diags
}
