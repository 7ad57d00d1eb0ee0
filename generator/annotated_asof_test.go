package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/version"
)

// TestAnnotatedSBOMAsOfTheBuild: an annotated SBOM copy is dated the
// build's as-of date, never its original's, names the jspgen that made it,
// and a build as of another date publishes another BOM (another serial
// number), so a scanner does not take the one for the other.
func TestAnnotatedSBOMAsOfTheBuild(t *testing.T) {
	const rel = "sonabeat/sbom-3.1.1.cdx.annotated.json"
	serial := regexp.MustCompile(`"serialNumber": "(urn:uuid:[0-9a-f-]{36})"`)
	var serials []string
	for _, asOf := range []string{"2025-03-10", "2025-03-11"} {
		annotated := buildFixtureAsOf(t, "withdrawn", asOf, rel)
		for _, want := range []string{`"version": 1,`, `"timestamp": "` + asOf + `T00:00:00Z"`,
			`"tools": { "components": [ { "type": "application", "name": "jspgen", "version": "` + version.Version + `" } ] }`} {
			if !strings.Contains(annotated, want) {
				t.Errorf("as of %s: %s lacks %s:\n%s", asOf, rel, want, annotated)
			}
		}
		m := serial.FindStringSubmatch(annotated)
		if m == nil {
			t.Fatalf("as of %s: %s has no serial number", asOf, rel)
		}
		serials = append(serials, m[1])
	}
	if serials[0] == serials[1] {
		t.Errorf("builds as of two dates give the copy one serial number, %s", serials[0])
	}
}
