package generator

import (
	"strings"
	"testing"
)

// TestCSDResponsibilityPatchingPointsToUpdatesSection: the csdonly
// fixture's server part writes no patching, and its [updates] obtain
// (here made to say only that the hospital's IT staff install the
// releases) is printed in section 6; the CSD's responsibility table
// called who installs the application's updates not stated. It now sends
// the reader to the software updates section, and a part that writes its
// own patching keeps its words.
func TestCSDResponsibilityPatchingPointsToUpdatesSection(t *testing.T) {
	const row = "| DoseVault Server | Hosted by the customer | "
	for _, tt := range []struct {
		name, patching, want string
	}{
		{"patching not written", "", "The customer patches the host; for the application's updates, see the software updates section |"},
		{"patching written", "The hospital's IT staff install each release.", "The hospital's IT staff install each release. |"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "csdonly", "dosevault.toml", func(s string) string {
				s = strings.Replace(s, "the hospital's IT staff download and install them.", "the hospital's IT staff install them.", 1)
				if tt.patching == "" {
					return s
				}
				return strings.Replace(s, "runs = \"customer_hosted\"\n", "runs = \"customer_hosted\"\npatching = \""+tt.patching+"\"\n", 1)
			})
			for _, doc := range []string{"dosevault/csd.md", "dosevault/3.1.0/csd.md"} {
				csd := files[doc]
				if !strings.Contains(csd, row+tt.want) {
					t.Errorf("%s: the server's row does not read %q:\n%s", doc, tt.want, lineWith(csd, row))
				}
				if strings.Contains(csd, "who installs the application's updates is not stated") {
					t.Errorf("%s calls who installs the application's updates not stated, though section 6 says how they come", doc)
				}
			}
		})
	}
}

// lineWith is the first line of s that contains sub, or "" without one.
func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}
