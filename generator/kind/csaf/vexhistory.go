package csaf

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/vuln"
)

// vexHistory is the revision history of a version's csaf_vex document:
// the initial version on first, then one revision for each later date on
// which the statements it makes changed (a vulnerability was added, its
// status assessed, or a fix was released: on its fixed date, else on the
// general availability of the version that has it, Set.FixOut, or the
// version with the fix was withdrawn), up to last. A vulnerability is
// added when it is both known to the manufacturer and publicly disclosed
// (Vulnerability.Public): a vulnerability it learnt of before its
// coordinated disclosure is not in the public document until then, and
// what changed about it before (a fix released, a status assessed) is
// part of it when it is added. Communications
// are not in the document and are no revision of it. A status that changed between the initial and
// the current release is a revision of its own, not folded into one
// "current status" revision (probe I: 4.1.0's VEX went from 1 to 2 across
// three status changes).
func vexHistory(product, version string, set *vuln.Set, list []*vuln.Vulnerability, first, last content.Date) []csaf.Revision {
	changes := map[content.Date][]string{}
	add := func(d content.Date, what string) {
		if d.After(first) && !d.After(last) && !slices.Contains(changes[d], what) {
			changes[d] = append(changes[d], what)
		}
	}
	for _, x := range list {
		added := x.Public()
		add(added, x.ID+" added")
		if out := set.FixOut(x); out.After(added) {
			add(out, "fix for "+x.ID+" released")
		}
		if x.FixWithdrawn.After(added) && x.Status == "affected" {
			add(x.FixWithdrawn, "version "+x.FixedIn+", which had the fix for "+x.ID+", withdrawn: its remediation names version "+orNone(x.FixInstead))
		}
		if x.Assessed.After(added) {
			add(x.Assessed, x.ID+" assessed: "+strings.ReplaceAll(string(x.Status), "_", " "))
		}
	}
	history := []csaf.Revision{{Date: dateTime(first), Number: "1", Summary: "Initial version: known vulnerabilities of " + product + " " + version + "."}}
	dates := make([]content.Date, 0, len(changes))
	for d := range changes {
		dates = append(dates, d)
	}
	slices.SortFunc(dates, func(a, b content.Date) int { return a.Time().Compare(b.Time()) })
	for _, d := range dates {
		history = append(history, csaf.Revision{Date: dateTime(d), Number: fmt.Sprint(len(history) + 1),
			Summary: capitalise(strings.Join(changes[d], "; ")) + "."})
	}
	return history
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func orNone(v string) string {
	if v == "" {
		return "none"
	}
	return v
}
