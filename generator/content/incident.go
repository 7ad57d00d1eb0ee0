package content

import (
	"fmt"
	"slices"
	"strings"
)

// The incident-response commitment as data: whom a customer calls about a
// suspected incident, when that contact answers, and how soon the
// manufacturer triages the report. The CSD (item 4, what to do on
// detecting an incident) and the plan (incident response) print it from
// these values; once the CSD gave only the coordinated-disclosure
// timelines and left the 24-hour triage and the 24/7 line to the plan's
// prose.

// IncidentReporting is how a customer reports a suspected security
// incident and how fast the manufacturer triages it.
type IncidentReporting struct {
	Contact      string `toml:"contact" jsp:"oneof=security_contact support psirt" doc:"Which manufacturer contact of the site file takes reports of a suspected incident on a device in use (manufacturer.security_contact, manufacturer.support or manufacturer.psirt); the documents print its details."`
	Availability string `toml:"availability" jsp:"oneof=always business_hours" doc:"When that contact takes incident reports: always (at any hour, weekends and holidays included) or business_hours. Leave out when not known: documents then say \"Not stated\"."`
	TriageHours  int    `toml:"triage_hours" jsp:"range=1 720" doc:"Hours, counted around the clock, from a customer's report of a suspected incident to the manufacturer's triage of it (impact on patients, first containment advice)."`
}

// Stated reports whether the commitment names a contact or a triage time.
func (r IncidentReporting) Stated() bool { return r.Contact != "" || r.TriageHours > 0 }

// AvailabilityText says when the contact takes reports, for prose: "at
// any hour, weekends and holidays included"; "" when not stated.
func (r IncidentReporting) AvailabilityText() string {
	switch r.Availability {
	case "always":
		return "at any hour, weekends and holidays included"
	case "business_hours":
		return "during business hours"
	}
	return ""
}

// AvailabilityLabel is AvailabilityText as a sentence's start: "At any
// hour, weekends and holidays included".
func (r IncidentReporting) AvailabilityLabel() string {
	t := r.AvailabilityText()
	if t == "" {
		return ""
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

// IncidentContact is the site contact a product names for incident
// reports ("security_contact", "support", "psirt"), as a Contact; ok is
// false when the site states no way to reach it.
func (m Manufacturer) IncidentContact(key string) (c Contact, ok bool) {
	switch key {
	case "security_contact":
		c = m.SecurityContact
	case "support":
		c = m.Support
	case "psirt":
		c = Contact{Name: m.PSIRT.Name, Email: m.PSIRT.Email, URL: m.PSIRT.URL}
	}
	return c, c.Email != "" || c.Phone != "" || c.URL != ""
}

// IncidentContactOf is IncidentContact for templates, which take one
// result: the zero Contact when there is none.
func (m Manufacturer) IncidentContactOf(key string) Contact {
	c, _ := m.IncidentContact(key)
	return c
}

// ruleIncidentReporting: a cyber device's customers need to know whom to
// call about a suspected incident and how fast it is triaged (FDA
// labeling item 4; 524B(b)(1) plans include incident response), and the
// contact named must be one the site can print.
func ruleIncidentReporting(s *Site, p *Product) Diagnostics {
	if !p.Builds("security_plan") && !p.Builds("csd") {
		return nil
	}
	ir := p.Postmarket.IncidentReporting
	var out Diagnostics
	if s != nil && ir.Contact != "" {
		if _, ok := s.Manufacturer.IncidentContact(ir.Contact); !ok {
			out = append(out, at(p, Error, "postmarket.incident_reporting.contact",
				"contact %q has no e-mail, phone or web page in the site file (manufacturer.%s): the documents would name no way to report an incident", ir.Contact, ir.Contact))
		}
	}
	if !p.CyberDevice.Applies.IsTrue() {
		return out
	}
	var missing []string
	// Without a contact the documents send incident reports to the site's
	// security contact (the site file defines it as taking them): only
	// one they cannot print leaves the customer nobody to report to.
	if ir.Contact == "" && !securityContactReachable(s) {
		missing = append(missing, "contact (whom the customer reports a suspected incident to)")
	}
	if ir.TriageHours == 0 {
		missing = append(missing, "triage_hours (how soon a report is triaged)")
	}
	if len(missing) > 0 {
		// Keyed at the table the remedy names, also when the file has
		// none (the line is then its [postmarket] table's, where the new
		// table goes); the audience word is the product's own (the user
		// of a product patients use alone at home, the hospital of an
		// in-house device).
		const path = "postmarket.incident_reporting"
		why := "the documents of a cyber device must tell the customer how to report a suspected incident and how fast it is triaged"
		var msg string
		if p.Source.Has(path) {
			msg = why + ", but postmarket.incident_reporting does not state " + strings.Join(missing, " or ")
		} else {
			msg = why + ", but the product file has no [postmarket.incident_reporting] table: add one with " + strings.Join(missing, " and ")
		}
		out = append(out, at(p, Warning, path, "%s (FDA labeling item 4)", p.InHouseWords(msg)))
	}
	return out
}

// ruleIncidentTriageSlow: triage of a suspected incident (an attack that
// may be under way) that is promised later than the acknowledgement of a
// vulnerability report, or later than the interim mitigations of a
// critical risk are due, contradicts those commitments.
func ruleIncidentTriageSlow(p *Product) Diagnostics {
	h := p.Postmarket.IncidentReporting.TriageHours
	if h == 0 {
		return nil
	}
	var out Diagnostics
	path := "postmarket.incident_reporting.triage_hours"
	if d := p.Postmarket.CVD.AcknowledgeDays; d > 0 && h > 24*d {
		out = append(out, at(p, Warning, path,
			"a suspected incident is triaged within %d hours, later than a vulnerability report is acknowledged (%s, postmarket.cvd.acknowledge_days): a report of an attack under way would wait longer than a report of a flaw",
			h, plural(d, "day")))
	}
	if d := p.Postmarket.Patching.CriticalMitigationDays; d > 0 && h > 24*d {
		out = append(out, at(p, Warning, path,
			"a suspected incident is triaged within %d hours, later than interim mitigations for a critical risk are due (%s, postmarket.patching.critical_mitigation_days): the mitigations could not rest on the triage",
			h, plural(d, "day")))
	}
	return out
}

// securityContactReachable reports a site whose security contact has an
// e-mail, phone or web page; false when the site is not known.
func securityContactReachable(s *Site) bool {
	if s == nil {
		return false
	}
	_, ok := s.Manufacturer.IncidentContact("security_contact")
	return ok
}

// plural is "1 day", "3 days".
func plural(n int, unit string) string { return Count(n, unit, unit+"s") }

// ruleIncidentContactStopped: customers report a suspected incident to
// technical support (contact = "support"), and a CSD or plan is released,
// or the site's pages speak (the site file's as_of), when technical
// support has ended for every version of the product: at
// each version's end of support (all support ends then) or earlier, where
// a notice stops it (notices.stops, what = "technical_support"). Such a
// document would send incident reports to a service that has ended and
// promise their triage; what the manufacturer does with incident reports
// then the data does not say, so check asks rather than the documents
// guessing.
func ruleIncidentContactStopped(s *Site, p *Product) Diagnostics {
	if p.Postmarket.IncidentReporting.Contact != "support" || len(p.Versions) == 0 {
		return nil
	}
	var last Date
	var lastPath string
	for vi, v := range p.Versions {
		// The earliest date this version's technical support ends.
		stop, stopPath := v.EndOfSupport, fmt.Sprintf("versions[%d].end_of_support", vi)
		for i, n := range p.Notices {
			if !slices.Contains(n.Versions, v.Version) {
				continue
			}
			for j, st := range n.Stops {
				if st.What != "technical_support" {
					continue
				}
				d := st.Date
				if st.Milestone != "" {
					d = v.MilestoneDate(st.Milestone)
				}
				if !d.IsZero() && (stop.IsZero() || d.Before(stop)) {
					stop, stopPath = d, fmt.Sprintf("notices[%d].stops[%d]", i, j)
				}
			}
		}
		if stop.IsZero() {
			return nil // this version's technical support has no end stated
		}
		if last.IsZero() || stop.After(last) {
			last, lastPath = stop, stopPath
		}
	}
	var docs []string
	for _, d := range []struct {
		name, key string
		release   Date
	}{
		{"the security plan", "security_plan", p.Documents.SecurityPlan.ReleaseDate},
		{"the CSD", "csd", p.Documents.CSD.ReleaseDate},
	} {
		if p.Builds(d.key) && !d.release.IsZero() && !d.release.Before(last) {
			docs = append(docs, fmt.Sprintf("%s (released %s)", d.name, d.release))
		}
	}
	if len(docs) == 0 && (s == nil || s.AsOf.IsZero() || s.AsOf.Before(last)) {
		return nil
	}
	if s != nil && !s.AsOf.IsZero() && !s.AsOf.Before(last) {
		// The product page speaks as of the site's date and prints the
		// same contact, whenever the documents were released.
		docs = append(docs, fmt.Sprintf("the product page (as of %s, the site file's as_of)", s.AsOf))
	}
	list := strings.Join(docs, " and ")
	if len(docs) > 2 {
		list = strings.Join(docs[:len(docs)-1], ", ") + " and " + docs[len(docs)-1]
	}
	return Diagnostics{at(p, Warning, "postmarket.incident_reporting.contact",
		"customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by %s (%s), in %s: incident reports would go to a service that has ended, with their triage promised; name the contact that still takes them (security_contact or psirt)",
		last, lastPath, list)}
}
