package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestClaimContradictionsPlanted: check reports each planted contradiction
// at the line of the key that carries it (the example itself is clean,
// TestExampleIsClean).
func TestClaimContradictionsPlanted(t *testing.T) {
	tests := []plantedContradiction{
		{
			name: "the service session credential valid for 12 months against SR-03's 8 hours",
			edit: kindtest.Replace("name = \"Service session credential\"\nvalid_for = \"8 hours\"", "name = \"Service session credential\"\nvalid_for = \"12 months\" # planted"),
			want: "accounts[4].credentials[1].valid_for: credential service-session (Meridian field service) is accepted for 12 months, but requirement SR-03 allows at most 8 hours",
			at:   `valid_for = "12 months" # planted`,
		},
		{
			name: "the CSD without the incident commitment (24/7 line, 24-hour triage)",
			edit: kindtest.Replace("[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n", ""),
			want: "postmarket.incident_reporting: the documents of a cyber device must tell the customer how to report a suspected incident and how fast it is triaged, but the product file has no [postmarket.incident_reporting] table: add one with triage_hours",
			at:   "[postmarket]",
		},
		{
			name: "incident triage slower than the CVD acknowledgement",
			edit: kindtest.Replace("triage_hours = 24\n", "triage_hours = 96 # planted\n"),
			want: "postmarket.incident_reporting.triage_hours: a suspected incident is triaged within 96 hours, later than a vulnerability report is acknowledged (3 days, postmarket.cvd.acknowledge_days)",
			at:   `triage_hours = 96 # planted`,
		},
		{
			name: "quarterly releases promised again",
			edit: kindtest.Replace("critical_mitigation_days = 7\nrelease_cadence = \"as_needed\"\n", "critical_mitigation_days = 7\nrelease_cadence = \"quarterly\" # planted\n"),
			want: "postmarket.patching.release_cadence: a release of Halcyon LVP-7 Large-Volume Infusion System is promised at least every 3 months (quarterly), but none came from 4.1.0 (2023-04-17) to 4.2.1 (2025-05-12), 24 months; from 4.2.1 (2025-05-12) to the as-of date 2026-02-16, 9 months, while a version was supported",
			at:   `release_cadence = "quarterly" # planted`,
		},
		{
			name: "quarterly releases promised in the regular cycle's text only",
			edit: kindtest.Replace(`regular_cycle = "Maintenance release (4.2.x) whenever`, `regular_cycle = "Quarterly maintenance releases (4.2.x), and whenever`),
			want: `postmarket.patching.regular_cycle: the text promises a release cadence ("Quarterly"), but postmarket.patching.release_cadence says as needed, no fixed calendar: make the two agree`,
			at:   `regular_cycle = "Quarterly maintenance releases`,
		},
		{
			name: "Connect maintenance releases every quarter",
			edit: kindtest.Replace("covered_by_plan = true\nrelease_cadence = \"as_needed\"\n", "covered_by_plan = true\nrelease_cadence = \"quarterly\" # planted\n"),
			want: "related_systems[0].release_cadence: a release of Halcyon Connect is promised at least every 3 months (quarterly), but none came from 5.1 (2023-03-20) to 5.3 (2024-11-04), 19 months; from 5.3 (2024-11-04) to the as-of date 2026-02-16, 15 months",
			at:   `release_cadence = "quarterly" # planted`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertPlanted(t, tt) })
	}
}
