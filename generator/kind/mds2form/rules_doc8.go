package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// cvdProgram (DOC-8): Yes where the manufacturer publishes a coordinated
// vulnerability disclosure policy (manufacturer.cvd_policy_url), else
// where the product's [postmarket.cvd] commits the manufacturer to
// acknowledge a vulnerability report and to share an initial assessment
// with the reporter within so many days: a disclosure process that covers
// the product, which the CSD (4.4) and the security plan (9.3) print. The
// basis names each of those documents only where it is built. A
// [postmarket.cvd] without both times, like no URL, decides nothing, and
// neither gives No: a manufacturer may run a program it does not describe.
func (f *mds2Facts) cvdProgram() (fact, bool) {
	if d, ok := f.cvd(); ok {
		return d, true
	}
	c := f.p.Postmarket.CVD
	if c.AcknowledgeDays == 0 || c.AssessDays == 0 {
		return fact{}, false
	}
	return f.yes("postmarket.cvd", fmt.Sprintf("commits the manufacturer to acknowledge a vulnerability report within %d %s and to share an initial assessment with the reporter within %d %s: a coordinated vulnerability disclosure process for the product%s",
		c.AcknowledgeDays, content.Plural(c.AcknowledgeDays, "calendar day", "calendar days"),
		c.AssessDays, content.Plural(c.AssessDays, "calendar day", "calendar days"), f.cvdPrintedIn())), true
}

// cvdPrintedIn names the built documents that print [postmarket.cvd]'s
// times, as ", which the CSD (...) prints", or "" where neither is built.
func (f *mds2Facts) cvdPrintedIn() string {
	var docs []string
	if f.p.Produces("csd") {
		docs = append(docs, "the CSD (4.4 Suspected vulnerability or incident)")
	}
	if f.p.Produces("security_plan") {
		docs = append(docs, "the security plan (9.3 Coordinated vulnerability disclosure)")
	}
	switch len(docs) {
	case 0:
		return ""
	case 1:
		return ", which " + docs[0] + " prints"
	}
	return ", which " + strings.Join(docs, " and ") + " print"
}
