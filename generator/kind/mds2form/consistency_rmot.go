package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// checkRemotePII warns where the form answers MPII-3.7 (PII sent over a
// network outside the customer's) No while RMOT-1.3 (patient data can
// be seen or reached in a remote service session) and CONN-4 (the device
// communicates with systems outside the customer's network) are Yes: the
// remote session that shows patient data to someone outside sends it
// over a network outside the customer's. Three answers decide it, so it
// is not one of the implications; as those, it is advisory, and a note
// on MPII-3.7 or RMOT-1.3 (a session over the customer's own network,
// say) explains it. The warning is at MPII-3.7's answer.
func (r *mds2Resolver) checkRemotePII(final map[string]mds2.Answer, givens map[string]given) {
	if final["MPII-3.7"] != mds2.No || final["RMOT-1.3"] != mds2.Yes || final["CONN-4"] != mds2.Yes {
		return
	}
	if givens["MPII-3.7"].entry.Note != 0 || givens["RMOT-1.3"].entry.Note != 0 {
		return
	}
	r.warnf(r.p.MDS2.AnswerPath("MPII-3.7"), "the form answers MPII-3.7 (PII over a network outside the customer's) No, but RMOT-1.3 (patient data seen or reached in a remote service session) Yes and CONN-4 (communication with systems outside the customer's network) Yes: a remote session that shows patient data outside the customer's network sends it over such a network; correct one of them, or say in MPII-3.7's note how the sessions stay within the customer's network ({ answer = %q, note = n })",
		strings.ToLower(mds2.No.String()))
}
