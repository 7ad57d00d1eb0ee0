package generator

import (
	"strings"
	"testing"
)

// TestGuidance524BByDocument: the documents that state the cyber device
// determination themselves (plan, risk report, eSTAR cross-reference,
// whose kinds set kind.Document.StatesCyberDevice) list section 524B as
// followed when the determination is not stated, the CSD does not; with
// cyber_device.applies = false none lists it.
func TestGuidance524BByDocument(t *testing.T) {
	const stated = "[cyber_device]\napplies = true\n"
	for _, c := range []struct {
		name    string
		applies string // what replaces applies = true
		want    map[string]bool
	}{
		{"not stated", "", map[string]bool{"security-plan.md": true, "risk-report.md": true, "estar.md": true, "csd.md": false}},
		{"not a cyber device", "applies = false\n", map[string]bool{"security-plan.md": false, "risk-report.md": false, "estar.md": false, "csd.md": false}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "aed", "lifeguard.toml", func(s string) string {
				if !strings.Contains(s, stated) {
					t.Fatal("the aed fixture no longer states applies = true under [cyber_device]")
				}
				return strings.Replace(s, stated, "[cyber_device]\n"+c.applies, 1)
			})
			for doc, want := range c.want {
				md, ok := files["lifeguard/"+doc]
				if !ok {
					t.Fatalf("no lifeguard/%s built", doc)
				}
				if got := strings.Contains(guidanceFollowed(md), "section 524B"); got != want {
					t.Errorf("%s lists section 524B as followed: %v, want %v", doc, got, want)
				}
			}
		})
	}
}

// guidanceFollowed is a document's "Guidance editions covered" section.
func guidanceFollowed(md string) string {
	_, rest, ok := strings.Cut(md, "## Guidance editions covered\n")
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n## "); i >= 0 {
		rest = rest[:i]
	}
	return rest
}
