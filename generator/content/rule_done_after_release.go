package content

import "fmt"

// ruleDoneAfterRelease: the plan, the CSD and the risk report state the
// verification activities as run (their dates, the penetration test's
// period) and the risk report the residual risk as accepted on its date.
// A date after such a document's release is something it cannot have
// stated when released: a planned test written as done, or one run since,
// which calls for a new revision. (Its text would also change with the
// data, though a revision says the same whenever it is built.)
func ruleDoneAfterRelease(p *Product) Diagnostics {
	type doc struct {
		key, title string
		c          DocumentControl
	}
	var docs []doc
	for _, d := range []doc{
		{"security_plan", "security plan", p.Documents.SecurityPlan},
		{"csd", "CSD", p.Documents.CSD},
		{"risk_report", "risk report", p.Documents.RiskReport},
	} {
		if p.Produces(d.key) && !d.c.ReleaseDate.IsZero() {
			docs = append(docs, d)
		}
	}
	var out Diagnostics
	after := func(path string, on Date, what string, only string) {
		for _, d := range docs {
			if only != "" && d.key != only || !on.After(d.c.ReleaseDate) {
				continue
			}
			out = append(out, at(p, Warning, path,
				"%s on %s, after the %s (%s revision %s) was released on %s, which states it as done: if it is planned, do not date it yet; if it happened since, release a new revision of the %s",
				what, on, d.title, d.c.ID, d.c.Revision, d.c.ReleaseDate, d.title))
			return // one warning per date
		}
	}
	v := p.Verification
	for i, a := range v.Activities {
		after(fmt.Sprintf("verification.activities[%d].date", i), a.Date, a.ID+" is run", "")
	}
	after("verification.penetration_test.end", v.PenTest.End, "the penetration test ends", "")
	after("risk.accepted_on", p.Risk.AcceptedOn, "the residual risk is accepted", "risk_report")
	return out
}
