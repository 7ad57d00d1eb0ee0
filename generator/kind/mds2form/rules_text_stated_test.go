package mds2form

import (
	"strings"
	"testing"
)

// TestTextStatedOpen: the "has no answer" hint of SAHD-3.x and PAUT-8
// points to the CSD's text (updates.integrity, an account's
// authentication naming multi-factor authentication) where it is
// written, and says nothing where it is not (ecmo F8, endowasher 7,
// vrtherapy 3).
func TestTextStatedOpen(t *testing.T) {
	for _, c := range []struct {
		name, id string
		setup    func(*world)
		want     string // "" = no hint
	}{
		{"integrity written", "SAHD-3.2", func(w *world) {
			w.p.Updates.Integrity = "Firmware images are signed; the bootloader verifies the signature."
		},
			`updates.integrity says how updates are verified ("Firmware images are signed; the bootloader verifies the signature.")`},
		{"integrity written, SAHD-3.1", "SAHD-3.1", func(w *world) { w.p.Updates.Integrity = "Signed." }, "answer SAHD-3.1 by hand"},
		{"integrity not written", "SAHD-3.2", nil, ""},
		{"an account with multi-factor authentication", "PAUT-8", func(w *world) {
			w.p.Accounts = append(w.p.Accounts, account("Nurse", "federated"), account("Support"))
			w.p.Accounts[1].Authentication = "Portal account with multi-factor authentication"
		}, "accounts[1].authentication for Support names multi-factor authentication"},
		{"MFA as an abbreviation", "PAUT-8", func(w *world) {
			w.p.Accounts = append(w.p.Accounts, account("Support"))
			w.p.Accounts[0].Authentication = "Password and MFA."
		}, "names multi-factor authentication"},
		{"a password only", "PAUT-8", func(w *world) {
			w.p.Accounts = append(w.p.Accounts, account("Support"))
			w.p.Accounts[0].Authentication = "Password."
		}, ""},
		{"another question", "PAUT-9", func(w *world) { w.p.Updates.Integrity = "Signed." }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld()
			if c.setup != nil {
				c.setup(w)
			}
			got := w.facts().textStatedOpen(c.id)
			if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
				t.Errorf("textStatedOpen(%s) = %q, want %q", c.id, got, c.want)
			}
		})
	}
}
