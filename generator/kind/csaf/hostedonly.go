package csaf

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// hostedOnlySentence is what an end-of-life or end-of-support notice
// about a product only its manufacturer hosts (content.Product.HostedOnly)
// says in place of the customer-side step it has nothing for, in plain
// text for its twin: the opening (templates/partials/hostedonly.md.tmpl
// "nothing-at-customer"), then ": M hosts <what>, so <so>", then, for
// backup and decommissioning (data), where the customer's data is
// written of (the partial "hosted-data-where"). Whoever changes the
// partials changes this too: TestNoticeTwinSaysNothingRunsAtTheCustomer
// compares them. q is the product as the notice describes it
// (kind.NoticeFacts).
func hostedOnlySentence(maker string, p kind.Product, q *content.Product, n content.Notice, what, so string, data bool) string {
	var infra []string
	for _, pt := range q.AllParts() {
		if pt.Runs.IsCustomerInfrastructure() {
			infra = append(infra, pt.Name)
		}
	}
	s := "Nothing of the " + q.Name + " runs at the customer"
	if len(infra) > 0 {
		s += " but the customer's own infrastructure (" + strings.Join(infra, ", ") + ")"
	}
	s += ": " + maker + " hosts " + what + ", so " + so
	if h := n.HostedService; data && (!h.IsZero() || p.NoticeHostedOnly(n)) {
		if h.StatesData() {
			// The notice points to its section 5.1, which this document
			// carries as these notes.
			s += " What becomes of the customer's data when " + maker + ` stops running the affected versions is in the notes "Lifecycle milestones" and "Exporting the customer's data".`
		} else {
			s += " This notice gives no way or deadline to export the customer's data and no date on which " + maker + " deletes it."
		}
	}
	return s
}
