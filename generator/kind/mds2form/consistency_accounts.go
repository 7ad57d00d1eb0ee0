package mds2form

import "github.com/jspgen/jspgen/generator/mds2"

// checkAccountsListed warns where the manufacturer answers PAUT-4 (the
// documentation lists every default account, service and administrator
// accounts included) No and SGUD-3 (the documentation describes every
// account through which the device can be accessed) Yes: a default
// account the documentation leaves out is an account it does not
// describe, so one of the two answers is wrong. The CSD, which reads
// both (its accounts section), then says neither that its account list
// is complete nor that it is not. A note silences nothing: the answers
// still disagree in the published form.
func (r *mds2Resolver) checkAccountsListed(final map[string]mds2.Answer, givens map[string]given) {
	if final["PAUT-4"] != mds2.No || final["SGUD-3"] != mds2.Yes {
		return
	}
	r.warnf(r.p.MDS2.AnswerPath(givenFirst(givens, "PAUT-4", "SGUD-3")),
		"the form answers PAUT-4 No (the documentation does not list every default account, service and administrator accounts included) and SGUD-3 Yes (the documentation describes every account through which the device can be accessed), but a default account the documentation does not list is an account it does not describe: say which is right and correct the other (PAUT-4 N/A where the device has no default account); until then the CSD's accounts section says neither that its list is complete nor that it is not")
}
