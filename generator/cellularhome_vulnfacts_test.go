package generator

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCellularhomeVulnerabilityFactsInEveryVersion: CVE-2025-99573 is
// written twice, affected in 2.0 with its title, description and dates,
// fixed in 2.1 without them. Version 2.1's CSD row and CSAF VEX named it
// by its ID alone, with no description or dates; they now take them from
// the 2.0 entry, as the 2.0 documents give them.
func TestCellularhomeVulnerabilityFactsInEveryVersion(t *testing.T) {
	site := buildFixture(t, "cellularhome")
	kindtest.SaysAll(t, "2.1 CSD", site("oxynest/csd.md"),
		"| CVE-2025-99573: Modem firmware accepts unauthenticated configuration SMS | Telvane LM-200 modem firmware LM200.05.02 | Fixed |")
	var doc struct {
		Vulnerabilities []struct {
			CVE           string `json:"cve"`
			Title         string `json:"title"`
			DiscoveryDate string `json:"discovery_date"`
			ReleaseDate   string `json:"release_date"`
			Notes         []struct {
				Category, Text string
			} `json:"notes"`
		} `json:"vulnerabilities"`
	}
	if err := json.Unmarshal([]byte(site(".well-known/csaf/white/2025/oxynest-2_1-vex.json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Vulnerabilities) != 1 {
		t.Fatalf("2.1 CSAF VEX: %d vulnerabilities, want 1", len(doc.Vulnerabilities))
	}
	v := doc.Vulnerabilities[0]
	if v.CVE != "CVE-2025-99573" || v.Title != "Modem firmware accepts unauthenticated configuration SMS" {
		t.Errorf("2.1 CSAF VEX: %s titled %q, want the title the 2.0 entry states", v.CVE, v.Title)
	}
	if v.DiscoveryDate == "" || v.ReleaseDate == "" {
		t.Errorf("2.1 CSAF VEX: discovery_date %q, release_date %q; want the 2.0 entry's dates", v.DiscoveryDate, v.ReleaseDate)
	}
	described := false
	for _, n := range v.Notes {
		if n.Category == "description" || n.Category == "summary" {
			described = described || len(n.Text) > len("CVE-2025-99573")
		}
	}
	if !described {
		t.Errorf("2.1 CSAF VEX: no note describes it: %+v", v.Notes)
	}
}
