package generator

import (
	"strings"
	"testing"
)

// TestRemoteServiceDecided: where the data decide remote service and
// network updates, the documents say so, never "not stated": a product
// with no port, no cloud service and no hosted part (rentalpump,
// watchecg), and sensors never updated once made (coldchain); the
// gateway that relays the MRI's remote service is never "not reached".
func TestRemoteServiceDecided(t *testing.T) {
	for _, tc := range []struct {
		fixture, file string
		says, never   []string
	}{
		{"rentalpump", "nutriflo-r/security-plan.md",
			[]string{"The Pellan NutriFlo R makes no network connection of its own to Pellan Medical Ltd", "Pellan Medical Ltd installs no software on the Pellan NutriFlo R"},
			[]string{"services the Pellan NutriFlo R remotely is not stated", "(software updates, configuration changes, training) is not stated"}},
		{"watchecg", "rhythmcheck/csd.md",
			[]string{"| Remote access by the manufacturer | Not over a network connection of its own: the product opens no network port"},
			[]string{"| Remote access by the manufacturer | Not stated"}},
		{"coldchain", "frostguard/security-plan.md",
			[]string{"does not update the software of the FrostGuard sensors over a network"},
			[]string{"(software updates, configuration changes, training) is not stated"}},
		{"mrigateway", "aurion-mr3t/csd.md",
			[]string{"Reaches the Operator console only (through the Veltra Remote Service Gateway), not the Scanner host computer or the Reconstruction computer."},
			[]string{"and the Veltra Remote Service Gateway)", "Reconstruction computer and the Veltra Remote Service Gateway."}},
	} {
		got := buildFixture(t, tc.fixture)(tc.file)
		for _, s := range tc.says {
			if !strings.Contains(got, s) {
				t.Errorf("%s %s: missing %q", tc.fixture, tc.file, s)
			}
		}
		for _, s := range tc.never {
			if strings.Contains(got, s) {
				t.Errorf("%s %s: still says %q", tc.fixture, tc.file, s)
			}
		}
	}
}
