package csaf

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/vuln"
)

// vexHistory is the revision history of a version's csaf_vex document:
// the initial version on first, then one revision for each later date up
// to last on which the statements it makes changed (vuln.Set.VEXChanges,
// which also numbers the version's CycloneDX and OpenVEX files, so the
// three agree). A status that changed between the initial and the
// current release is a revision of its own, not folded into one "current
// status" revision (probe I: 4.1.0's VEX went from 1 to 2 across three
// status changes).
func vexHistory(product, version string, set *vuln.Set, list []*vuln.Vulnerability, first, last content.Date) []csaf.Revision {
	history := []csaf.Revision{{Date: dateTime(first), Number: "1", Summary: "Initial version: known vulnerabilities of " + product + " " + version + "."}}
	for _, c := range set.VEXChanges(list, first, last) {
		history = append(history, csaf.Revision{Date: dateTime(c.Date), Number: fmt.Sprint(len(history) + 1),
			Summary: capitalise(strings.Join(c.Changes, "; ")) + "."})
	}
	return history
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
