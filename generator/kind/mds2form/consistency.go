package mds2form

import "github.com/jspgen/jspgen/generator/mds2"

// The catalog's cross-section consistency checks that are implications:
// a Yes to the first question needs the answer given to the second
// (PII over a wireless link needs wireless connectivity). They are
// advisory (the reference: not gating), so a form that breaks one is
// warned about, never refused; an answer that is not Yes or No (N/A, See
// Note, none) checks nothing. hardware marks those about the device's own
// connections, which a SaMD (DOC-11 Yes) answers for hardware it does not
// have while its host's network carries its PII.
var implications = []struct {
	if_, then string
	want      mds2.Answer
	hardware  bool
	why       string
}{
	{"MPII-3.3", "CONN-1.2.3", mds2.Yes, true, "PII on removable media needs a removable-media connection"},
	{"MPII-3.5", "CONN-1.2", mds2.Yes, true, "PII over a wired network needs wired connectivity"},
	{"MPII-3.6", "CONN-1.1", mds2.Yes, true, "PII over a wireless link needs wireless connectivity"},
	{"MPII-3.7", "CONN-4", mds2.Yes, false, "PII over an external network means talking to systems outside the customer's network"},
	{"TXCF-1", "MPII-3.5", mds2.No, false, "PII sent only over a dedicated cable is not sent over a wired network"},
	{"TXCF-1", "MPII-3.6", mds2.No, false, "PII sent only over a dedicated cable is not sent over a wireless link"},
	{"TXCF-1", "MPII-3.7", mds2.No, false, "PII sent only over a dedicated cable is not sent over an external network"},
	{"CONN-1.1", "CONN-1", mds2.Yes, false, "wireless connectivity is hardware connectivity"},
	{"CONN-1.2", "CONN-1", mds2.Yes, false, "wired connectivity is hardware connectivity"},
	{"DOC-11.1", "CSUP-2", mds2.Yes, false, "a SaMD that ships its own operating system has an operating system among its components"},
}

// checkConsistency warns, at the answer the manufacturer gave (else at
// the other), where the final answers break an implication.
func (r *mds2Resolver) checkConsistency(final map[string]mds2.Answer, givens map[string]given) {
	for _, im := range implications {
		a, b := final[im.if_], final[im.then]
		if a != mds2.Yes || (b != mds2.Yes && b != mds2.No) || b == im.want || im.hardware && final["DOC-11"] == mds2.Yes {
			continue
		}
		at := im.if_
		if _, ok := givens[im.if_]; !ok {
			if _, ok := givens[im.then]; ok {
				at = im.then
			}
		}
		r.warnf(r.p.MDS2.AnswerPath(at), "the form answers %s Yes and %s %s, but %s: correct one of them, or explain both in their notes",
			im.if_, im.then, b, im.why)
	}
}
