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
// and the eSTAR cross-reference, and once for all the notices. Its id,
// revision and release date are optional too (a sparse specification
// may assign no document number): the document then says its number is
// not assigned and claims no revision or release date, and check warns
// once per document built without one of them (once for all notices).
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
		if !p.HasControl(c.kind, c.ctl) || !p.Produces(c.kind) {
			continue
		}
		if miss := c.ctl.NumberUnassigned(); len(miss) > 0 {
			out = append(out, at(p, Warning, "documents."+c.key,
				"document control incomplete: %s gives no %s; it says so where it would print %s; a released document is normally identified by its number, revision and release date",
				c.name, OrList(miss), itThem(len(miss))))
		}
		if len(c.ctl.Approvals) > 0 {
			continue
		}
		owner := ""
		if strings.TrimSpace(c.ctl.Owner) == "" {
			owner = "; its owner (owner) is not written either"
		}
		out = append(out, at(p, Warning, "documents."+c.key,
			"approvals not written: %s shows no approval of its %s, and its document control says the approval is not stated%s; a regulatory reviewer will expect a released document to show who approved it",
			c.name, revisionWords(c.ctl.Revision), owner))
	}
	if !p.Produces("notices") {
		return out
	}
	var unassigned []string
	firstU := -1
	for i, n := range p.Notices {
		if len(n.Document.NumberUnassigned()) == 0 {
			continue
		}
		if firstU < 0 {
			firstU = i
		}
		unassigned = append(unassigned, "notice "+n.ID+" gives no "+OrList(n.Document.NumberUnassigned()))
	}
	if firstU >= 0 {
		out = append(out, at(p, Warning, fmt.Sprintf("notices[%d].document", firstU),
			"document control incomplete: %s; %s says so where it would print what it lacks; a released notice is normally identified by its number, revision and release date",
			strings.Join(unassigned, "; "), map[bool]string{true: "the notice", false: "each notice"}[len(unassigned) == 1]))
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

// itThem is "it" for one thing, else "them".
func itThem(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// revisionWords names a revision in a warning: "revision A", or "revision"
// when none is written.
func revisionWords(rev string) string {
	if rev == "" {
		return "revision (none is written)"
	}
	return "revision " + rev
}
