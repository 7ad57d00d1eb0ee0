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
