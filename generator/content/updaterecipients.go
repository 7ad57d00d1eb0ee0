package content

import "strings"

// Who receives a product's updates while it is supported (updates.recipients):
// makers of large equipment (imaging, radiotherapy, laboratory analyzers)
// often install updates only for the customers with a service agreement.
// The agreement's terms are the manufacturer's words; jspgen prints them
// and invents none, so service_agreement needs them and nothing else may
// carry them.

// validateUpdateRecipients checks the updates of q (the product, or a
// version's view after its changes, whose keys are reported where the
// view's value was written): service_agreement needs agreement, and
// agreement needs service_agreement.
func (v *productValidator) validateUpdateRecipients(q *Product) {
	u := q.Updates
	terms := strings.TrimSpace(u.Agreement)
	switch {
	case u.UnderAgreement() && terms == "":
		v.errorf(q.PatchKey("updates", "recipients"), "recipients = \"service_agreement\" without agreement: say which agreement gives the updates and what a customer without one can obtain; the documents print it and invent no terms")
	case !u.UnderAgreement() && terms != "":
		v.errorf(q.PatchKey("updates", "agreement"), "agreement without recipients = \"service_agreement\" (%s): the documents print the agreement only for updates that reach only the customers with one", recipientsWritten(u.Recipients))
	}
}

func recipientsWritten(r string) string {
	if r == "" {
		return "recipients not written"
	}
	return "recipients = \"" + r + "\""
}
