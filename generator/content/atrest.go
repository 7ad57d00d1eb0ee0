package content

import "regexp"

// A data store's protection text often says already whether it is
// encrypted at rest ("Encrypted at rest by the cloud provider; …"); the
// documents add its encrypted fact after that text, so where the text
// says the same, the fact is left unsaid rather than said twice. A text
// that says the opposite keeps it: that is a contradiction in the data,
// shown as written, not hidden.
var (
	atRestDenied = regexp.MustCompile(`(?i)\b(not|no|never|without)\s+encrypt(ed|ion) at rest|\b(un|non-?)encrypted at rest`)
	atRestSaid   = regexp.MustCompile(`(?i)(^|[^\w-])encrypt(ed|ion) at rest`)
)

// AtRestSuffix is the sentence that follows the store's protection text:
// "Encrypted at rest." or "Not encrypted at rest.", "" when encrypted is
// not stated or the protection text says the same already.
func (d DataStore) AtRestSuffix() string {
	if !d.Encrypted.Known() {
		return ""
	}
	denied := atRestDenied.MatchString(d.Protection)
	said := atRestSaid.MatchString(d.Protection) && !denied
	if d.Encrypted.IsTrue() && said || d.Encrypted.IsFalse() && denied {
		return ""
	}
	return d.Encrypted.Say("Encrypted at rest.", "Not encrypted at rest.")
}
