package content

import "strings"

// ruleUpdatesUnstated: updates.identification, updates.notification and
// updates.integrity are optional (a maker may say no more than where
// updates come from), and the CSD's update section then says once that
// each is not stated. The FDA premarket guidance (VI.A, labeling item 6)
// asks the labeling for version-identifiable, authorised updates, that
// is how the installed version is identified and how an update is
// verified: cited for those two only. Without [updates].obtain the
// section says all of it is not stated and labeling item 6 warns.
func ruleUpdatesUnstated(p *Product) Diagnostics {
	u := p.Updates
	if !producesAny(p, "csd") || strings.TrimSpace(u.Obtain) == "" {
		return nil
	}
	var missing, keys []string
	fda := false
	if strings.TrimSpace(u.Identification) == "" {
		missing, keys, fda = append(missing, "how to identify the installed version"), append(keys, "identification"), true
	}
	if strings.TrimSpace(u.Notification) == "" {
		missing, keys = append(missing, "how users learn that an update exists"), append(keys, "notification")
	}
	if strings.TrimSpace(u.Integrity) == "" && !u.SignatureVerified.IsTrue() { // signature_verified = true: the CSD says the signature is checked
		missing, keys, fda = append(missing, "how the integrity and authenticity of an update are verified"), append(keys, "integrity"), true
	}
	if len(missing) == 0 {
		return nil
	}
	cite := ""
	if strings.TrimSpace(u.Integrity) == "" && !u.SignatureVerified.IsTrue() {
		cite = " (of integrity, beyond the protection of the data flows that carry updates and the controls that sign them, where it can point to any)"
	}
	if fda {
		cite += fdaPremarketCite(p, "; the FDA premarket guidance (VI.A, labeling item 6) asks the labeling for authorised, version-identifiable updates")
	}
	return Diagnostics{at(p, Warning, "updates",
		"%s not written: the CSD's software updates section says that %s %s not stated%s",
		AndList(keys), AndList(missing), isAre(len(missing)), cite)}
}

// ruleCommitmentsUnstated: end_of_life.commitments is optional (a maker
// may promise nothing at end of life beyond the notice), and the plan and
// the CSD then say, after the notice promised, that what the manufacturer
// provides when a version reaches end of life or end of support is not
// stated; the lifecycle page gives the notice alone.
func ruleCommitmentsUnstated(p *Product) Diagnostics {
	if strings.TrimSpace(p.EndOfLife.Commitments) != "" || !producesAny(p, "security_plan", "csd", "lifecycle") {
		return nil
	}
	var say []string
	if producesAny(p, "security_plan") {
		say = append(say, "the security plan")
	}
	if producesAny(p, "csd") {
		say = append(say, "the CSD")
	}
	msg := "not written: "
	if len(say) > 0 {
		msg += AndList(say) + " " + ternaryWord(len(say) == 1, "says", "say") + " that what the manufacturer provides when a version reaches end of life or end of support is not stated"
		if producesAny(p, "lifecycle") {
			msg += ", and the lifecycle page gives only the notice promised"
		}
	} else {
		msg += "the lifecycle page gives only the notice promised, no commitment for end of life or end of support"
	}
	path := "end_of_life.commitments"
	if !p.Source.Has("end_of_life") {
		path = "end_of_life"
	}
	return Diagnostics{at(p, Warning, path, "%s", msg)}
}

// isAre is the verb for n things.
func isAre(n int) string { return ternaryWord(n == 1, "is", "are") }

// ternaryWord is one when ok, else other.
func ternaryWord(ok bool, one, other string) string {
	if ok {
		return one
	}
	return other
}
