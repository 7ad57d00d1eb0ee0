package vuln_test

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestVEXFilesVersion: a version's CycloneDX and OpenVEX files keep one
// serial number and @id, and their version goes up with every day on
// which a statement changed by the build's as-of date (a vulnerability
// added on its public disclosure, a status assessed), as the CSAF twin's
// revisions do: both files said version 1 whatever changed, so a reader
// holding version 1 never took the newer file. Nothing changed since the
// initial version, or a vulnerability known but not yet disclosed, keeps
// the version; changes on one day are one revision.
func TestVEXFilesVersion(t *testing.T) {
	d := content.NewDate
	list := func() []*vuln.Vulnerability {
		return []*vuln.Vulnerability{
			{ID: "CVE-2024-0001", Version: "1.0", Status: "under_investigation", Discovered: d(2024, 1, 10)},
			{ID: "CVE-2024-0002", Version: "1.0", Status: "not_affected", Justification: "vulnerable_code_not_present", Discovered: d(2024, 2, 1), Assessed: d(2024, 5, 1)},
			{ID: "CVE-2024-0003", Version: "1.0", Status: "under_investigation", Discovered: d(2024, 3, 1), Disclosed: d(2024, 3, 15)},
			{ID: "CVE-2024-0004", Version: "1.0", Status: "under_investigation", Discovered: d(2024, 3, 15)},
		}
	}
	for _, c := range []struct {
		name string
		asOf content.Date
		want int
	}{
		{"nothing changed since the initial version", d(2024, 1, 20), 1},
		{"a vulnerability added", d(2024, 2, 10), 2},
		{"one known but not yet disclosed is no revision", d(2024, 3, 10), 2},
		{"two added on one day are one revision", d(2024, 4, 1), 3},
		{"a status assessed", d(2024, 6, 1), 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, all := vexProduct(list()...)
			s := all.KnownBy(c.asOf)
			pub := vuln.Publisher{Name: "Acme", Tool: "jspgen test", AsOf: c.asOf}
			if got := s.VEXVersion(p, "1.0", c.asOf); got != c.want {
				t.Errorf("VEXVersion %d; want %d", got, c.want)
			}
			b, err := s.CycloneDX(p, "1.0", pub)
			if err != nil {
				t.Fatal(err)
			}
			var bom struct {
				Serial  string `json:"serialNumber"`
				Version int    `json:"version"`
			}
			if err := json.Unmarshal(b, &bom); err != nil {
				t.Fatal(err)
			}
			if bom.Version != c.want {
				t.Errorf("CycloneDX version %d; want %d", bom.Version, c.want)
			}
			if bom.Serial == "" {
				t.Error("CycloneDX serial number empty")
			}
			b, err = s.OpenVEX(p, "1.0", "urn:test:vex-1.0", pub)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				ID      string `json:"@id"`
				Version int    `json:"version"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Version != c.want || doc.ID != "urn:test:vex-1.0" {
				t.Errorf("OpenVEX @id %s version %d; want urn:test:vex-1.0 version %d", doc.ID, doc.Version, c.want)
			}
		})
	}
	// The serial number is the same for every revision.
	serial := map[string]bool{}
	for _, asOf := range []content.Date{d(2024, 1, 20), d(2024, 6, 1)} {
		p, all := vexProduct(list()...)
		b, err := all.KnownBy(asOf).CycloneDX(p, "1.0", vuln.Publisher{Name: "Acme", Tool: "jspgen test", AsOf: asOf})
		if err != nil {
			t.Fatal(err)
		}
		var bom struct {
			Serial string `json:"serialNumber"`
		}
		if err := json.Unmarshal(b, &bom); err != nil {
			t.Fatal(err)
		}
		serial[bom.Serial] = true
	}
	if len(serial) != 1 {
		t.Errorf("serial numbers %v; want one for every revision", serial)
	}
}

// TestVEXChangesOfAVersionNotYetReleased: a version not generally
// available on the as-of date (its files premarket) is at its initial
// version: the CSAF history starts on the general availability, and a
// count from an earlier day would go down on the release.
func TestVEXChangesOfAVersionNotYetReleased(t *testing.T) {
	d := content.NewDate
	p, all := vexProduct(
		&vuln.Vulnerability{ID: "CVE-2024-0001", Version: "2.0", Status: "under_investigation", Discovered: d(2024, 2, 1)},
		&vuln.Vulnerability{ID: "CVE-2024-0002", Version: "2.0", Status: "under_investigation", Discovered: d(2024, 5, 1)},
		&vuln.Vulnerability{ID: "CVE-2024-0003", Version: "2.0", Status: "under_investigation", Discovered: d(2024, 10, 1)},
	)
	for _, c := range []struct {
		asOf content.Date
		want int
	}{{d(2024, 6, 1), 1}, {d(2024, 9, 1), 1}, {d(2024, 11, 1), 2}} {
		if got := all.KnownBy(c.asOf).VEXVersion(p, "2.0", c.asOf); got != c.want {
			t.Errorf("as of %s: version %d; want %d", c.asOf, got, c.want)
		}
	}
}
