package content

import (
	"fmt"
	"strings"
)

// ruleDocControlUnstated: a document control's owner and approvals are
// optional (a sparse specification may name neither), and the document
// control section then says each is not stated rather than print an
// approval by nobody with a date. A released document that shows no
// approval is what a regulatory reviewer asks about first, so check
// warns once per kind of document built without one: once for each of
// the plan, the CSD, the MDS2 form, the lifecycle page, the risk report
// and the eSTAR cross-reference, and once for all the notices.
func ruleDocControlUnstated(p *Product) Diagnostics {
	var out Diagnostics
	d := p.Documents
	for _, c := range []struct {
		kind, key, name string
		ctl             DocumentControl
	}{
		{"security_plan", "security_plan", "the security plan", d.SecurityPlan},
		{"csd", "csd", "the CSD", d.CSD},
		{"mds2", "mds2", "the MDS2 form", d.MDS2},
		{"lifecycle", "lifecycle", "the lifecycle page", d.Lifecycle},
		{"risk_report", "risk_report", "the risk report", d.RiskReport.DocumentControl},
		{"estar", "estar", "the eSTAR cross-reference", d.ESTAR.DocumentControl},
	} {
		if c.ctl.ID == "" || len(c.ctl.Approvals) > 0 || !p.Produces(c.kind) {
			continue
		}
		owner := ""
		if strings.TrimSpace(c.ctl.Owner) == "" {
			owner = "; its owner (owner) is not written either"
		}
		out = append(out, at(p, Warning, "documents."+c.key,
			"approvals not written: %s shows no approval of its revision %s, and its document control says the approval is not stated%s; a regulatory reviewer will expect a released document to show who approved it",
			c.name, c.ctl.Revision, owner))
	}
	if !p.Produces("notices") {
		return out
	}
	var ids []string
	first, owners := -1, 0
	for i, n := range p.Notices {
		if len(n.Document.Approvals) > 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		if strings.TrimSpace(n.Document.Owner) == "" {
			owners++
		}
		ids = append(ids, n.ID)
	}
	if first < 0 {
		return out
	}
	which, says := "notice "+ids[0]+" shows no approval of its revision", "its document control says"
	if len(ids) > 1 {
		which, says = "notices "+AndList(ids)+" show no approval of their revisions", "each one's document control says"
	}
	owner := ""
	switch {
	case owners == len(ids) && len(ids) == 1:
		owner = "; its owner (document.owner) is not written either"
	case owners == len(ids):
		owner = "; their owners (document.owner) are not written either"
	case owners > 0:
		owner = fmt.Sprintf("; %d of them give no owner (document.owner) either", owners)
	}
	out = append(out, at(p, Warning, fmt.Sprintf("notices[%d].document", first),
		"approvals not written: %s, and %s the approval is not stated%s; a regulatory reviewer will expect a released notice to show who approved it",
		which, says, owner))
	return out
}
