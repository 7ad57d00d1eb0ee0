package content

import "strings"

// rulePatchTimesUnstated: the patch timelines are optional (a volunteer
// foundation may promise no fix time), and the plan and the CSD then say
// each time is not stated rather than print a number nobody promised.
// Hospitals and the FDA premarket guidance (VII.C.1) expect them, so a
// product whose documents print the timelines is told which it leaves
// out. The lifecycle page names only the out-of-cycle fix time, and
// where it is not written names none: the warning names only the built
// documents that say a time is not stated.
func rulePatchTimesUnstated(p *Product) Diagnostics {
	if !producesAny(p, "security_plan", "csd", "lifecycle") {
		return nil
	}
	pt := p.Postmarket.Patching
	var missing []string
	if pt.RegularDays == 0 && producesAny(p, "security_plan", "csd") {
		missing = append(missing, "a fix in a regular release (regular_days)")
	}
	if pt.CriticalDays == 0 {
		missing = append(missing, "an out-of-cycle fix of an uncontrolled risk (critical_days)")
	}
	if pt.CriticalMitigationDays == 0 && producesAny(p, "security_plan", "csd") {
		missing = append(missing, "interim mitigations of an uncontrolled risk (critical_mitigation_days)")
	}
	if len(missing) == 0 {
		return nil
	}
	// only the plan and the CSD say a time is not stated; the lifecycle
	// page's Support stage just names none (REPORT-handmds2 3)
	said := "the lifecycle page names none"
	if docs := planAndCSDIn(p.Produces); len(docs) > 0 {
		said = AndList(docs) + " " + Plural(len(docs), "says", "say") + " so rather than give one"
	}
	return Diagnostics{at(p, Warning, patchingPath(p, ""),
		"no time is stated for %s: %s%s",
		AndList(missing), said, fdaPremarketCite(p, "; the FDA premarket guidance (VII.C.1) asks for each timeline"))}
}

// ruleNoticeMonthsUnstated: end_of_life.notice_months is optional (a
// manufacturer may promise no minimum notice), and the documents then say
// the least notice is not stated; IMDRF N70 asks for at least 24 months,
// so a product whose plan, CSD or lifecycle page prints it is told.
func ruleNoticeMonthsUnstated(p *Product) Diagnostics {
	if p.EndOfLife.NoticeMonths > 0 || !producesAny(p, "security_plan", "csd", "lifecycle") {
		return nil
	}
	path := "end_of_life.notice_months"
	if !p.Source.Has("end_of_life") {
		path = "end_of_life"
	}
	return Diagnostics{at(p, Warning, path,
		"not written: the documents say the least notice before a version's end of support is not stated; %s at least %d months' notice",
		p.N70Asks(), N70NoticeMonths)}
}

// patchingPath is where a warning about postmarket.patching points:
// the key under it (key, with its leading dot; "" for the table itself),
// or postmarket where the table is not written.
func patchingPath(p *Product, key string) string {
	if !p.Source.Has("postmarket.patching") {
		return "postmarket"
	}
	return "postmarket.patching" + key
}

// fdaPremarketCite is cite where the FDA premarket guidance asks the
// product for what a warning asks; "" for health IT that is not a device
// or a product not marketed in the United States.
func fdaPremarketCite(p *Product, cite string) string {
	if p.FDAAsksNothing() {
		return ""
	}
	return cite
}

// statedTimelines lists the patch timelines written, for a message.
func statedTimelines(pt Patching) string {
	var s []string
	for _, t := range []struct {
		days int
		what string
	}{{pt.RegularDays, "regular"}, {pt.CriticalDays, "critical"}, {pt.CriticalMitigationDays, "to interim mitigations"}, {pt.CriticalSeverityDays, "for critical severity"}} {
		if t.days > 0 {
			s = append(s, plural(t.days, "day")+" "+t.what)
		}
	}
	return strings.Join(s, ", ")
}
