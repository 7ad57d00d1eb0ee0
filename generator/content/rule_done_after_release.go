package content

import (
	"fmt"
	"slices"
)

// penTestIn are the documents that state the penetration test (the risk
// report lists the verification activities only).
var penTestIn = []string{"security_plan", "csd"}

// ruleDoneAfterRelease: the plan, the CSD and the risk report state the
// verification activities as run on their dates, and the risk report the
// residual risk as accepted on its date. A date after such a document's
// release is something it cannot have stated when released: a planned
// test written as done, or one run since, which calls for a new revision.
// (Its text would also change with the data, though a revision says the
// same whenever it is built.) A performed penetration test ending after
// the plan's or the CSD's release is said there to be not completed then
// (PenTest.StatusOn), which is as much in need of a new revision, or of
// planned = true. A test written as planned is stated as planned, and its
// planned dates are warned about the other way: one planned to start
// before a document's release had started, or been put off, by then.
func ruleDoneAfterRelease(p *Product) Diagnostics {
	type doc struct {
		key, title string
		c          DocumentControl
	}
	var docs []doc
	for _, d := range []doc{
		{"security_plan", "security plan", p.Documents.SecurityPlan},
		{"csd", "CSD", p.Documents.CSD},
		{"risk_report", "risk report", p.Documents.RiskReport.DocumentControl},
	} {
		if p.Produces(d.key) && !d.c.ReleaseDate.IsZero() {
			docs = append(docs, d)
		}
	}
	var out Diagnostics
	// in are the documents that state it (nil: all three); says is what
	// they say of it; ifPlanned the advice for a date still to come.
	after := func(path string, on Date, what string, in []string, says, ifPlanned string) {
		for _, d := range docs {
			if in != nil && !slices.Contains(in, d.key) || !on.After(d.c.ReleaseDate) {
				continue
			}
			out = append(out, at(p, Warning, path,
				"%s on %s, after the %s (%s) was released on %s, which %s: %s; if it happened since, release a new revision of the %s",
				what, on, d.title, d.c.Cite(), d.c.ReleaseDate, says, ifPlanned, d.title))
			return // one warning per date
		}
	}
	v := p.Verification
	for i, a := range v.Activities {
		after(fmt.Sprintf("verification.activities[%d].date", i), a.Date, a.ID+" is run", nil, "states it as done", "if it is planned, do not date it yet")
	}
	if pt := v.PenTest; pt.Planned {
		// The first planned date written: a test planned to start (or,
		// with no start, to end) before a document's release is not
		// "not yet performed" in it unless it was put off.
		path, first := "verification.penetration_test.start", pt.Start
		if first.IsZero() {
			path, first = "verification.penetration_test.end", pt.End
		}
		for _, d := range docs {
			if first.IsZero() || !slices.Contains(penTestIn, d.key) || !first.Before(d.c.ReleaseDate) {
				continue
			}
			out = append(out, at(p, Warning, path,
				"the planned penetration test is dated %s, before the %s (%s) was released on %s, which states it as not yet performed: if it has been performed, drop planned = true and write its findings, and release a new revision of the %s; if it was put off, write its new planned dates",
				first, d.title, d.c.Cite(), d.c.ReleaseDate, d.title))
			break // one warning
		}
	} else {
		after("verification.penetration_test.end", v.PenTest.End, "the penetration test ends", penTestIn,
			"says it was not completed then", "if it is still planned, write planned = true (start and end then give the planned period)")
	}
	after("risk.accepted_on", p.Risk.AcceptedOn, "the residual risk is accepted", []string{"risk_report"}, "states it as done", "if it is planned, do not date it yet")
	return out
}
