package generator

import (
	"strings"
	"testing"
)

// TestGAUnstatedFixtures: the sparse fixtures list an older version
// without its release date (stethoscope 4.1, tmsairgap 2.x, inrhome 2.3).
// The version tables of the lifecycle page, the CSD and the notices say
// "Not stated" in its general availability column, and no date is made up
// for it: not the dates the fixtures once invented, nor any other in that
// column.
func TestGAUnstatedFixtures(t *testing.T) {
	for _, c := range []struct {
		fixture, dir, version, invented string
		files                           []string
	}{
		{"stethoscope", "auscura-one", "4.1", "2026-01-01", []string{"lifecycle.md", "csd.md"}},
		{"tmsairgap", "tms300", "2.x", "2018-01-01", []string{"lifecycle.md", "csd.md"}},
		{"inrhome", "inrhome", "2.3", "2024-01-01", []string{"lifecycle.md", "csd.md", "notices/eos-2-3.md"}},
	} {
		t.Run(c.fixture, func(t *testing.T) {
			read := buildFixture(t, c.fixture)
			for _, f := range c.files {
				md := read(c.dir + "/" + f)
				var rows []string
				for _, line := range strings.Split(md, "\n") {
					if strings.HasPrefix(line, "| "+c.version+" | ") && strings.Count(line, "|") >= 6 || strings.Contains(f, "notices/") && strings.HasPrefix(line, "| "+c.version+" | ") && strings.Count(line, "|") == 5 {
						rows = append(rows, line)
					}
				}
				if len(rows) == 0 {
					t.Fatalf("%s: no version table row for %s", f, c.version)
				}
				for _, row := range rows {
					cells := strings.Split(row, " | ")
					// the version tables: Version | Stage | General availability | …;
					// the notices': Version | Models | General availability | …,
					// or, for a product without models, Version | General
					// availability | Stage | …
					stage := func(c string) bool {
						switch c {
						case "Development", "Support", "Limited Support", "End of Support", "Withdrawn":
							return true
						}
						return false
					}
					ga := 2
					switch {
					case stage(cells[1]) || cells[1] == "All models":
					case strings.Contains(f, "notices/") && len(cells) > 2 && stage(cells[2]):
						ga = 1
					default:
						continue // another table (the lifecycle page's models and notices)
					}
					if len(cells) <= ga || cells[ga] != "Not stated" {
						t.Errorf("%s: row %q: want general availability Not stated", f, row)
					}
				}
				if strings.Contains(md, c.invented) {
					t.Errorf("%s: prints the invented date %s", f, c.invented)
				}
			}
		})
	}
}
