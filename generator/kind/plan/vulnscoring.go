package plan

import (
	"slices"

	"github.com/jspgen/jspgen/generator/vuln"
)

// ScoredVulnerabilities reports whether a vulnerability the plan lists
// has a CVSS vector: the paragraph on how the table's scores are made
// (each record's own vector, in its own CVSS version) is then printed;
// with none scored it would describe nothing in the table.
func (d *PlanData) ScoredVulnerabilities() bool {
	return slices.ContainsFunc(d.Vulnerabilities, func(v *vuln.Vulnerability) bool { return v.CVSS != nil })
}
