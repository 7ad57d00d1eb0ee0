package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestProviderMetadataLabelNamesPublishedKinds: the index listed the
// provider metadata as "(advisories and VEX)" on a site whose only CSAF
// documents were informational advisories. The label names the kinds
// the site publishes, and no other.
func TestProviderMetadataLabelNamesPublishedKinds(t *testing.T) {
	env := &kind.Env{
		Content: &content.Content{Site: &content.Site{BaseURL: "https://example.com/", Manufacturer: content.Manufacturer{Name: "Maker"}}},
		AsOf:    content.NewDate(2026, 3, 2),
	}
	for _, c := range []struct {
		name       string
		categories []string
		want       string
	}{
		{"informational only", []string{"csaf_informational_advisory"}, "CSAF 2.0 provider metadata (informational advisories)"},
		{"security only", []string{"csaf_security_advisory"}, "CSAF 2.0 provider metadata (security advisories)"},
		{"VEX only", []string{"csaf_vex"}, "CSAF 2.0 provider metadata (VEX)"},
		{"informational and VEX", []string{"csaf_informational_advisory", "csaf_vex"}, "CSAF 2.0 provider metadata (informational advisories and VEX)"},
		{"security and VEX", []string{"csaf_security_advisory", "csaf_vex"}, "CSAF 2.0 provider metadata (security advisories and VEX)"},
		{"all three", []string{"csaf_informational_advisory", "csaf_security_advisory", "csaf_vex"}, "CSAF 2.0 provider metadata (advisories and VEX)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var part Part
			for i, cat := range c.categories {
				id := string(rune('a' + i))
				part.Advisories = append(part.Advisories, PartAdvisory{
					Path: Root + "white/2026/" + id + ".json", JSON: []byte("{}"), Category: cat, TrackingID: id,
					Title: id, Version: "1", CurrentReleaseDate: "2026-03-01T00:00:00.000Z", Released: "2026-03-01",
				})
			}
			files, err := siteFiles(env, []Part{part})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, f := range files {
				if f.Path == ProviderMetadata {
					got = f.Label
				}
			}
			if got != c.want {
				t.Errorf("provider metadata label %q, want %q", got, c.want)
			}
		})
	}
}
