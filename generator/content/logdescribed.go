package content

import "regexp"

// logWord finds "log", "logs", "logged" or "logging" as a word; "log in",
// "logs on" and the like (signing in) are left to logSignIn.
var (
	logWord   = regexp.MustCompile(`(?i)\b(?:logs?|logged|logging)\b`)
	logSignIn = regexp.MustCompile(`(?i)^\s+(?:in|on|out)\b`)
)

// LogPartDescription returns the description of the part that holds data
// store d when d holds logs and that description speaks of a log ("a log
// of drive faults and the usage hours"): without [[logging.logs]], whose
// content it would give, the only words of the product data about what
// the store's logs record. "" otherwise: the CSD then says what they
// record is not stated.
func (p *Product) LogPartDescription(d DataStore) string {
	if !d.Data.Has("logs") {
		return ""
	}
	desc := p.PartOfStore(d).Description
	for _, m := range logWord.FindAllStringIndex(desc, -1) {
		if !logSignIn.MatchString(desc[m[1]:]) {
			return desc
		}
	}
	return ""
}
