package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// plantedClaim is one contradiction a reviewer found between what the
// pump's documents promised and the facts that decide it, planted back
// into a copy of the example.
type plantedClaim struct {
	name string
	edit func(string) string // of content/halcyon-lvp7.toml
	want string              // "<key path>: <message part>"
	at   string              // text of the product-file line the diagnostic points at
}

// TestClaimContradictionsPlanted: check reports each planted contradiction
// at the line of the key that carries it (the example itself is clean,
// TestExampleIsClean).
func TestClaimContradictionsPlanted(t *testing.T) {
	tests := []plantedClaim{
		{
			name: "the service session credential valid for 12 months against SR-03's 8 hours",
			edit: kindtest.Replace("name = \"Service session credential\"\nvalid_for = \"8 hours\"", "name = \"Service session credential\"\nvalid_for = \"12 months\" # planted"),
			want: "accounts[4].credentials[1].valid_for: credential service-session (Meridian field service) is accepted for 12 months, but requirement SR-03 allows at most 8 hours",
			at:   `valid_for = "12 months" # planted`,
		},
		{
			name: "the CSD without the incident commitment (24/7 line, 24-hour triage)",
			edit: kindtest.Replace("[postmarket.incident_reporting]\ncontact = \"support\"\navailability = \"always\"\ntriage_hours = 24\n", ""),
			want: "postmarket.incident_response: a cyber device's customers need to know how to report a suspected incident and how fast it is triaged, but postmarket.incident_reporting does not state contact",
			at:   `incident_response = """`,
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

// assertPlanted copies the example with the edit made and expects check
// to report the contradiction, as an error or a warning, at the line.
func assertPlanted(t *testing.T, tt plantedClaim) {
	t.Helper()
	const product = "halcyon-lvp7.toml"
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", product, tt.edit)
	res, err := Check(Options{SiteFile: site, ContentDir: dir, TemplatesDir: "../templates-none"})
	var got []string
	if err != nil {
		got = append(got, err.Error())
	}
	if res != nil {
		for _, w := range res.Warnings {
			got = append(got, w.String())
		}
	}
	file := filepath.Join(dir, product)
	src, rerr := os.ReadFile(file)
	if rerr != nil {
		t.Fatal(rerr)
	}
	line := lineOfText(t, string(src), tt.at)
	want := fmt.Sprintf("%s:%d: %s", file, line, tt.want)
	warning := fmt.Sprintf("%s:%d: warning: %s", file, line, tt.want)
	if all := strings.Join(got, "\n"); !strings.Contains(all, want) && !strings.Contains(all, warning) {
		t.Errorf("check lacks\n  %s\ngot:\n%s", want, all)
	}
}
