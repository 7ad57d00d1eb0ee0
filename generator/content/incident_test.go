package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// incidentProduct is a cyber device that states whom to call about an
// incident (the 24/7 support line), triage within 24 hours, CVD
// acknowledgement within 3 days and interim mitigations within 7.
const incidentProduct = `schema_version = 2

[cyber_device]
applies = true

[postmarket]
incident_response = "The PSIRT handles incidents."

[postmarket.incident_reporting]
contact = "support"
availability = "always"
triage_hours = 24

[postmarket.cvd]
acknowledge_days = 3

[postmarket.patching]
critical_mitigation_days = 7
`

func TestIncidentReportingRules(t *testing.T) {
	site := &Site{Manufacturer: Manufacturer{
		SecurityContact: Contact{Email: "security@m.example"},
		Support:         Contact{Name: "Support", Phone: "+1 800 555 0100", Hours: "24/7"},
		PSIRT:           PSIRT{Name: "PSIRT", Email: "psirt@m.example"},
	}}
	tests := []struct {
		name     string
		old, new string // replaced in incidentProduct
		site     func(s *Site)
		want     []string // the diagnostics, each with file:line
	}{
		{"stated and faster than the other commitments passes", "", "", nil, nil},
		{"triage exactly at the acknowledgement passes", "triage_hours = 24", "triage_hours = 72", nil, nil},
		{"the PSIRT as contact passes", `contact = "support"`, `contact = "psirt"`, nil, nil},
		{"availability not stated is not a violation", `availability = "always"` + "\n", "", nil, nil},
		{"not a cyber device needs no commitment", "applies = true\n\n[postmarket]\nincident_response = \"The PSIRT handles incidents.\"\n\n[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n", "applies = false\n\n[postmarket]\nincident_response = \"The PSIRT handles incidents.\"\n", nil, nil},
		{"no commitment at all asks for the missing table, at the [postmarket] table, of the triage time only: reports go to the security contact",
			"[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n", "", nil,
			[]string{"p.toml:6: warning: postmarket.incident_reporting: the documents of a cyber device must tell the customer how to report a suspected incident and how fast it is triaged, but the product file has no [postmarket.incident_reporting] table: add one with triage_hours (how soon a report is triaged) (FDA labeling item 4)"}},
		{"no commitment and a security contact the site cannot print asks for both",
			"[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n", "", func(s *Site) { s.Manufacturer.SecurityContact = Contact{Name: "Security"} },
			[]string{"p.toml:6: warning: postmarket.incident_reporting: the documents of a cyber device must tell the customer how to report a suspected incident and how fast it is triaged, but the product file has no [postmarket.incident_reporting] table: add one with contact (whom the customer reports a suspected incident to) and triage_hours (how soon a report is triaged)"}},
		{"no commitment for a product a patient uses alone at home speaks of the user",
			"schema_version = 2\n\n[cyber_device]\napplies = true\n\n[postmarket]\nincident_response = \"The PSIRT handles incidents.\"\n\n[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n", "schema_version = 2\nhome_use = true\n\n[cyber_device]\napplies = true\n\n[postmarket]\nincident_response = \"The PSIRT handles incidents.\"\n", func(s *Site) { s.Manufacturer.SecurityContact = Contact{Name: "Security"} },
			[]string{"p.toml:7: warning: postmarket.incident_reporting: the documents of a cyber device must tell the user how to report a suspected incident and how fast it is triaged, but the product file has no [postmarket.incident_reporting] table: add one with contact (whom the user reports a suspected incident to) and triage_hours"}},
		{"a triage time without a contact passes: reports go to the security contact",
			"contact = \"support\"\n", "", nil, nil},
		{"a contact without a triage time warns",
			"triage_hours = 24\n", "", nil,
			[]string{"p.toml:9: warning: postmarket.incident_reporting: the documents of a cyber device must tell the customer how to report a suspected incident and how fast it is triaged, but postmarket.incident_reporting does not state triage_hours (how soon a report is triaged) (FDA labeling item 4)"}},
		{"a contact the site cannot print fails",
			"", "", func(s *Site) { s.Manufacturer.Support = Contact{Name: "Support"} },
			[]string{`p.toml:10: postmarket.incident_reporting.contact: contact "support" has no e-mail, phone or web page in the site file (manufacturer.support)`}},
		{"triage slower than the CVD acknowledgement warns",
			"triage_hours = 24", "triage_hours = 96", nil,
			[]string{"p.toml:12: warning: postmarket.incident_reporting.triage_hours: a suspected incident is triaged within 96 hours, later than a vulnerability report is acknowledged (3 days, postmarket.cvd.acknowledge_days)"}},
		{"triage slower than interim mitigations warns twice",
			"triage_hours = 24", "triage_hours = 200", nil,
			[]string{
				"p.toml:12: warning: postmarket.incident_reporting.triage_hours: a suspected incident is triaged within 200 hours, later than a vulnerability report is acknowledged (3 days",
				"p.toml:12: warning: postmarket.incident_reporting.triage_hours: a suspected incident is triaged within 200 hours, later than interim mitigations for a critical risk are due (7 days, postmarket.patching.critical_mitigation_days)",
			}},
		{"an unknown availability fails at decoding",
			`availability = "always"`, `availability = "24/7"`, nil,
			[]string{`p.toml:11: postmarket.incident_reporting.availability: `}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := incidentProduct
			if tt.old != "" {
				if !strings.Contains(src, tt.old) {
					t.Fatalf("no %q in the product", tt.old)
				}
				src = strings.Replace(src, tt.old, tt.new, 1)
			}
			s := *site
			if tt.site != nil {
				tt.site(&s)
			}
			p := &Product{}
			_, diags, _ := DecodeTOML("p.toml", []byte(src), p)
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			diags = append(diags, ruleIncidentReporting(&s, p)...)
			diags = append(diags, ruleIncidentTriageSlow(p)...)
			var got []string
			for _, d := range diags {
				if !strings.Contains(d.Message, "missing required key") { // the small product lacks the rest
					got = append(got, d.String())
				}
			}
			wantPrefixes(t, got, tt.want)
		})
	}
}

func TestIncidentReportingText(t *testing.T) {
	if got := (IncidentReporting{Availability: "always"}).AvailabilityLabel(); got != "At any hour, weekends and holidays included" {
		t.Errorf("always: %q", got)
	}
	if got := (IncidentReporting{Availability: "business_hours"}).AvailabilityText(); got != "during business hours" {
		t.Errorf("business hours: %q", got)
	}
	if got := (IncidentReporting{}).AvailabilityLabel(); got != "" {
		t.Errorf("not stated: %q", got)
	}
	m := Manufacturer{PSIRT: PSIRT{Name: "PSIRT", Email: "psirt@m.example"}}
	if c, ok := m.IncidentContact("psirt"); !ok || c.Email != "psirt@m.example" {
		t.Errorf("psirt: %+v %v", c, ok)
	}
	if _, ok := m.IncidentContact("support"); ok {
		t.Error("a support contact without details counts as stated")
	}
}

// stoppedProduct sends incident reports to technical support; its two
// versions' support ends on 2023-12-31 and 2025-12-01, and its CSD and
// plan are released on 2025-12-01.
const stoppedProduct = `schema_version = 2

[[versions]]
version = "2.4"
general_availability = 2016-03-01
end_of_support = 2023-12-31

[[versions]]
version = "2.6"
general_availability = 2019-06-01
end_of_support = 2025-12-01

[postmarket.incident_reporting]
contact = "support"
triage_hours = 24

[documents]
build = ["security_plan", "csd"]

[documents.security_plan]
release_date = 2025-12-01

[documents.csd]
release_date = 2025-12-01
`

// TestIncidentContactStopped: a CSD or plan released when technical
// support has ended for every version (at each version's end of support,
// or earlier where a notice stops it) must not send incident reports to
// technical support unchallenged; while any version keeps its technical
// support, or with another contact, check says nothing.
func TestIncidentContactStopped(t *testing.T) {
	const notice = `
[[notices]]
versions = ["2.6"]
stops = [{ what = "technical_support", date = 2025-06-30 }]
`
	tests := []struct {
		name     string
		old, new string // replaced in stoppedProduct
		add      string // appended to it
		asOf     Date   // the site file's as_of
		want     []string
	}{
		{"released on the last end of support warns", "", "", "", Date{},
			[]string{"p.toml:14: warning: postmarket.incident_reporting.contact: customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by 2025-12-01 (versions[1].end_of_support), in the security plan (released 2025-12-01) and the CSD (released 2025-12-01): incident reports would go to a service that has ended, with their triage promised"}},
		{"the site's pages after it warn too", "", "", "", NewDate(2026, 12, 1),
			[]string{"p.toml:14: warning: postmarket.incident_reporting.contact: customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by 2025-12-01 (versions[1].end_of_support), in the security plan (released 2025-12-01), the CSD (released 2025-12-01) and the product page (as of 2026-12-01, the site file's as_of):"}},
		{"the site's pages alone after it warn", "release_date = 2025-12-01\n", "release_date = 2025-11-30\n", "", NewDate(2026, 12, 1),
			[]string{"p.toml:14: warning: postmarket.incident_reporting.contact: customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by 2025-12-01 (versions[1].end_of_support), in the product page (as of 2026-12-01, the site file's as_of):"}},
		{"the site's pages and documents before it pass", "release_date = 2025-12-01\n", "release_date = 2025-11-30\n", "", NewDate(2025, 11, 30), nil},
		{"only the CSD released after it warns of the CSD alone", "[documents.security_plan]\nrelease_date = 2025-12-01", "[documents.security_plan]\nrelease_date = 2025-11-30", "", Date{},
			[]string{"p.toml:14: warning: postmarket.incident_reporting.contact: customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by 2025-12-01 (versions[1].end_of_support), in the CSD (released 2025-12-01): incident"}},
		{"a notice that stops technical support earlier decides the date", "release_date = 2025-12-01\n", "release_date = 2025-07-01\n", notice, Date{},
			[]string{"p.toml:14: warning: postmarket.incident_reporting.contact: customers are told to report a suspected incident to technical support (manufacturer.support), which had ended for every version by 2025-06-30 (notices[0].stops[0]), in the security plan (released 2025-07-01) and the CSD (released 2025-07-01):"}},
		{"released before the last end of support passes", "release_date = 2025-12-01\n", "release_date = 2025-11-30\n", "", Date{}, nil},
		{"a version without an end of support keeps it", "end_of_support = 2025-12-01\n", "", "", Date{}, nil},
		{"a notice about another version does not end it", "end_of_support = 2025-12-01\n", "", "\n[[notices]]\nversions = [\"2.4\"]\nstops = [{ what = \"technical_support\", date = 2023-06-30 }]\n", Date{}, nil},
		{"another stop does not end technical support", "end_of_support = 2025-12-01\n", "", "\n[[notices]]\nversions = [\"2.6\"]\nstops = [{ what = \"security_updates\", date = 2025-06-30 }]\n", Date{}, nil},
		{"the PSIRT as contact passes", `contact = "support"`, `contact = "psirt"`, "", Date{}, nil},
		{"neither the CSD nor the plan built passes", `build = ["security_plan", "csd"]`, `build = ["lifecycle"]`, "", Date{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := stoppedProduct
			if tt.old != "" {
				if !strings.Contains(src, tt.old) {
					t.Fatalf("no %q in the product", tt.old)
				}
				src = strings.Replace(src, tt.old, tt.new, -1)
			}
			src += tt.add
			p := &Product{}
			_, _, _ = DecodeTOML("p.toml", []byte(src), p)
			p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
			var got []string
			for _, d := range ruleIncidentContactStopped(&Site{AsOf: tt.asOf}, p) {
				got = append(got, d.String())
			}
			wantPrefixes(t, got, tt.want)
		})
	}
}
