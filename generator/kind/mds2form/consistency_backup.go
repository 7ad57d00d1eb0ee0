package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/mds2"
)

// checkBackupMediaPII warns where the form answers MPII-3.3 (PII read
// from or written to removable media) No beside DTBK-3 (a built-in
// backup to removable media) Yes on a product whose data stores keep PHI
// or PII (storesPII, MPII-2's Yes from the data): a backup of such a
// store to removable media writes PII to it. The backup may leave the
// PII out (configuration only), which MPII-3.3's note then says: a note
// there silences the warning.
func (r *mds2Resolver) checkBackupMediaPII(final map[string]mds2.Answer, givens map[string]given) {
	if final["MPII-3.3"] != mds2.No || final["DTBK-3"] != mds2.Yes || givens["MPII-3.3"].entry.Note != 0 {
		return
	}
	s, ok := r.facts.storesPII()
	if !ok || s.Answer != mds2.Yes {
		return
	}
	r.warnf(r.p.MDS2.AnswerPath(givenFirst(givens, "MPII-3.3", "DTBK-3")),
		"the form answers MPII-3.3 (PII read from or written to removable media) No, but DTBK-3 (a built-in backup to removable media) Yes, and %s: a backup to removable media of a store that keeps PII writes PII to removable media; correct one of them, or say in MPII-3.3's note that the backup leaves the PII out ({ answer = %q, note = n })",
		s.Short(), strings.ToLower(mds2.No.String()))
}
