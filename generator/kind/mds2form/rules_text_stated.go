package mds2form

import (
	"fmt"
	"regexp"
	"strings"
)

// textStatedOpen is the hint of the "has no answer" warning for a
// question that no structured key decides but that free text the CSD
// prints speaks to: updates.integrity (how updates are verified) for
// SAHD-3, SAHD-3.1 and SAHD-3.2, and an account's authentication naming
// multi-factor authentication for PAUT-8. The form derives nothing from
// prose (it may qualify or deny what it names), so the manufacturer
// answers by hand; the hint says which text the CSD published beside the
// form states, so that the two agree. "" when no such text is written.
func (f *mds2Facts) textStatedOpen(id string) string {
	switch id {
	case "SAHD-3", "SAHD-3.1", "SAHD-3.2":
		t := strings.TrimSpace(f.p.Updates.Integrity)
		if t == "" {
			return ""
		}
		hint := fmt.Sprintf("updates.integrity says how updates are verified (%q), which the CSD prints; the form derives nothing from that text: answer %s by hand so that it agrees", t, id)
		// SAHD-3 and SAHD-3.2 follow from the structured key
		// (updatesSigned), SAHD-3 from true only; SAHD-3.1 does not
		switch {
		case f.p.Updates.SignatureVerified.Known():
		case id == "SAHD-3":
			hint += ", or, where every update is checked for the manufacturer's signature before it is installed, write updates.signature_verified = true, from which the form derives it"
		case id == "SAHD-3.2":
			hint += ", or write updates.signature_verified = true or false (whether every update is checked for the manufacturer's signature before it is installed), from which the form derives it"
		}
		return hint
	case "PAUT-8":
		for i, a := range f.p.Accounts {
			if multiFactor.MatchString(a.Authentication) {
				return fmt.Sprintf("%s.authentication for %s names multi-factor authentication (%q), which the CSD prints; the form derives nothing from that text: answer PAUT-8 by hand so that it agrees", f.accountPath(i), a.Role, strings.TrimSpace(a.Authentication))
			}
		}
	}
	return ""
}

var multiFactor = regexp.MustCompile(`(?i)\b(multi-?factor|two-?factor|2fa|mfa)\b`)
