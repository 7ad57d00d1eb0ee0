package estar

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/kind"
)

// traceGaps counts what the risk report's traceability matrix leaves
// unlinked (the gaps its section 9 lists): the controls verified by no
// test, traced to no requirement, or mitigating no threat. The row that
// links the matrix must not read as complete then; "" when it is.
// Without the matrix (matrix false), the plan's tracing has the same
// gaps.
func traceGaps(p kind.Product, matrix bool) string {
	untested, unrequired, unused := 0, 0, 0
	for _, c := range p.Controls {
		if len(p.ControlTests(c)) == 0 {
			untested++
		}
		if len(c.Requirements) == 0 {
			unrequired++
		}
		if len(p.ThreatsMitigatedBy(c.ID)) == 0 {
			unused++
		}
	}
	var gaps []string
	for _, g := range []struct {
		n          int
		one, other string
	}{
		{untested, "is verified by no test", "are verified by no test"},
		{unrequired, "is traced to no requirement", "are traced to no requirement"},
		{unused, "mitigates no threat", "mitigate no threat"},
	} {
		switch {
		case g.n == 1:
			gaps = append(gaps, "1 "+g.one)
		case g.n > 1:
			gaps = append(gaps, fmt.Sprintf("%d %s", g.n, g.other))
		}
	}
	if len(gaps) == 0 {
		return ""
	}
	if len(p.Controls) == 1 {
		for i, g := range gaps {
			gaps[i] = strings.TrimPrefix(g, "1 ")
		}
	}
	list := gaps[0]
	if len(gaps) > 1 {
		list = strings.Join(gaps[:len(gaps)-1], ", ") + " and " + gaps[len(gaps)-1]
	}
	lead := "The matrix has gaps"
	if !matrix {
		lead = "The tracing has gaps"
	}
	if len(p.Controls) == 1 {
		return lead + ": its one control " + list + "."
	}
	return fmt.Sprintf("%s: of the %d controls, %s.", lead, len(p.Controls), list)
}
