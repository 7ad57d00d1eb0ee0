package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanIncidentIntakeFallsBackToSecurityContact: without
// postmarket.incident_reporting.contact, the plan's incident-response
// table said how a customer reports a suspected incident was "Not
// stated", while the CSD sent the report to the security contact, which
// the site file defines as taking incidents too. Both now name it through
// one partial; a contact the product names stays. When the contact takes
// reports is "not stated" only where neither the product's availability
// nor the contact's own hours say it.
func TestPlanIncidentIntakeFallsBackToSecurityContact(t *testing.T) {
	for _, tc := range []struct {
		name      string
		contact   string // postmarket.incident_reporting.contact
		hours     bool   // the site's contacts keep their hours
		want, not []string
	}{
		{"no incident contact", "", true,
			[]string{"| Customer reports a suspected incident | To Meridian Product Security Office, the security contact (security@meridian-infusion.example; +1 612 555 0147; <https://www.meridian-infusion.example/security/report>;",
				"which pages the on-call PSIRT engineer); no separate contact for incidents is stated |",
				"| Triage of the report | Within 24 hours of the report, counted around the clock |"},
			[]string{"| Customer reports a suspected incident | Not stated |", "when it takes reports is not stated"}},
		{"no incident contact, no hours", "", false,
			[]string{"| Customer reports a suspected incident | To Meridian Product Security Office, the security contact (security@meridian-infusion.example; +1 612 555 0147; <https://www.meridian-infusion.example/security/report>; encryption key: <https://www.meridian-infusion.example/security/psirt-pgp-key.asc>); when it takes reports is not stated; no separate contact for incidents is stated |"},
			[]string{"| Customer reports a suspected incident | Not stated |"}},
		{"support named", "support", true,
			[]string{"| Customer reports a suspected incident | To Meridian Technical Support and Field Service (techsupport@meridian-infusion.example; +1 800 555 0193; <https://support.meridian-infusion.example>; hours: 24/7) |"},
			[]string{"the security contact (security@", "when it takes reports is not stated"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			if !tc.hours {
				c.Site.Manufacturer.SecurityContact.Hours = ""
				c.Site.Manufacturer.Support.Hours = ""
			}
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.Postmarket.IncidentReporting.Contact = tc.contact
			p.Postmarket.IncidentReporting.Availability = ""
			env := kindtest.Env(c, content.NewDate(2026, 2, 16))
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			md := kindtest.Render(t, env, p, prep.Documents[0])
			kindtest.SaysAll(t, "plan", md, tc.want...)
			kindtest.SaysNone(t, "plan", md, tc.not...)
		})
	}
	// The product's own availability is printed as before.
	md := renderPlan(t, kindtest.Example, func(*content.Product) {})
	kindtest.SaysAll(t, "plan", md,
		"| Customer reports a suspected incident | To Meridian Technical Support and Field Service (techsupport@meridian-infusion.example; +1 800 555 0193; <https://support.meridian-infusion.example>; hours: 24/7), at any hour, weekends and holidays included |")
}
