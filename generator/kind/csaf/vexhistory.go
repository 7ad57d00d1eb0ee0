package csaf

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/vuln"
)

// vexHistory is the revision history of a version's csaf_vex document:
// the initial version, then one revision for each later date on which
// the statements it makes changed (vuln.Set.VEXRevisions, which also
// dates and numbers the version's CycloneDX and OpenVEX files, so the
// three agree). A status that changed between the initial and the
// current release is a revision of its own, not folded into one "current
// status" revision (probe I: 4.1.0's VEX went from 1 to 2 across three
// status changes).
func vexHistory(product, version string, rev vuln.VEXRevisions) []csaf.Revision {
	history := []csaf.Revision{{Date: dateTime(rev.First), Number: "1", Summary: "Initial version: known vulnerabilities of " + product + " " + version + "."}}
	for _, c := range rev.Changes {
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
