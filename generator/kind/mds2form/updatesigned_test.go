package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestUpdatesSignatureVerifiedSAHD: updates.signature_verified decides
// SAHD-3.2 both ways (true: Yes, false: No) and SAHD-3 Yes only (a
// device that checks no signature on updates may still check its
// software otherwise); not written decides neither. SAHD-3.1 (the
// software installed, e.g. by a verified boot) is never decided by it
// (smartstapler finding 2).
func TestUpdatesSignatureVerifiedSAHD(t *testing.T) {
	for _, c := range []struct {
		name  string
		value content.Tri
		want  map[string]mds2.Answer // Unanswered = not derived
	}{
		{"true", content.True, map[string]mds2.Answer{"SAHD-3": mds2.Yes, "SAHD-3.1": mds2.Unanswered, "SAHD-3.2": mds2.Yes}},
		{"false", content.False, map[string]mds2.Answer{"SAHD-3": mds2.Unanswered, "SAHD-3.1": mds2.Unanswered, "SAHD-3.2": mds2.No}},
		{"not written", content.Unstated, map[string]mds2.Answer{"SAHD-3": mds2.Unanswered, "SAHD-3.1": mds2.Unanswered, "SAHD-3.2": mds2.Unanswered}},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld()
			w.p.Updates.Integrity = "Firmware images are signed by the manufacturer."
			w.p.Updates.SignatureVerified = c.value
			derived := w.facts().derive()
			for id, want := range c.want {
				d, ok := derived[id]
				switch {
				case want == mds2.Unanswered && ok:
					t.Errorf("%s derived %v (%s), want no derived answer", id, d.Answer, d.Says)
				case want != mds2.Unanswered && !ok:
					t.Errorf("%s not derived, want %v", id, want)
				case want != mds2.Unanswered && d.Answer != want:
					t.Errorf("%s derived %v, want %v", id, d.Answer, want)
				case want != mds2.Unanswered && d.Path != "updates.signature_verified":
					t.Errorf("%s derived from %q, want updates.signature_verified", id, d.Path)
				}
			}
		})
	}
}

// TestUpdatesSignatureVerifiedHint: the "has no answer" hint of SAHD-3.x
// beside a written updates.integrity suggests updates.signature_verified
// where it is not written, and not where it is (or for SAHD-3.1, which
// it does not decide).
func TestUpdatesSignatureVerifiedHint(t *testing.T) {
	for _, c := range []struct {
		name, id string
		value    content.Tri
		suggests bool
	}{
		{"SAHD-3, not written", "SAHD-3", content.Unstated, true},
		{"SAHD-3.2, not written", "SAHD-3.2", content.Unstated, true},
		{"SAHD-3, written false", "SAHD-3", content.False, false},
		{"SAHD-3.1, not written", "SAHD-3.1", content.Unstated, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld()
			w.p.Updates.Integrity = "Signed."
			w.p.Updates.SignatureVerified = c.value
			got := w.facts().textStatedOpen(c.id)
			if got == "" {
				t.Fatalf("textStatedOpen(%s) = \"\", want a hint", c.id)
			}
			if has := strings.Contains(got, "updates.signature_verified"); has != c.suggests {
				t.Errorf("textStatedOpen(%s) = %q; suggests updates.signature_verified: %v, want %v", c.id, got, has, c.suggests)
			}
		})
	}
}

// updateSignedRuleCases: SAHD-3 and SAHD-3.2 from
// updates.signature_verified, for the derivation table's own checks.
func updateSignedRuleCases() []ruleCase {
	set := func(v content.Tri) func(*world) {
		return func(w *world) { w.p.Updates.SignatureVerified = v }
	}
	const path = "updates.signature_verified"
	return []ruleCase{
		{"SAHD-3", "signature verified", set(content.True), yesBy(path, "which checks that the software has not been altered")},
		{"SAHD-3", "no signature check", set(content.False), decidesNothing},
		{"SAHD-3", "not written", nil, decidesNothing},
		{"SAHD-3.2", "signature verified", set(content.True), yesBy(path, "checked for the manufacturer's signature")},
		{"SAHD-3.2", "no signature check", set(content.False), noBy(path, "without a check that the manufacturer signed them")},
		{"SAHD-3.2", "not written", nil, decidesNothing},
	}
}
