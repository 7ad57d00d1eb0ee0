package generator

import (
	"strings"
	"testing"
)

// TestInterfaceKindUnstatedFixture: wmtstelemetry writes no kind for the
// receivers' and the central station's network connections (its source
// says only "on a dedicated VLAN" and names TCP ports): it builds, its
// CSD's interfaces table gives their kind as Not stated, and no line of
// the CSD that names either calls it Ethernet or wireless.
func TestInterfaceKindUnstatedFixture(t *testing.T) {
	csd := buildFixture(t, "wmtstelemetry")("teletrack/csd.md")
	for _, name := range []string{"Network connection of the receivers (dedicated VLAN)", "Network connection of the central station"} {
		found := false
		for _, line := range strings.Split(csd, "\n") {
			if !strings.Contains(line, name) {
				continue
			}
			if strings.Contains(line, "Ethernet") || strings.Contains(strings.ToLower(line), "wireless") || strings.Contains(line, "Wi-Fi") {
				t.Errorf("the CSD names the medium of %q, which the data do not state:\n%s", name, line)
			}
			if strings.HasPrefix(line, "| "+name+" |") {
				found = true
				// | Interface | Part | Kind | …
				if cells := strings.Split(line, " | "); len(cells) < 3 || cells[2] != "Not stated" {
					t.Errorf("the interfaces table does not give the kind of %q as Not stated:\n%s", name, line)
				}
			}
		}
		if !found {
			t.Errorf("the CSD's interfaces table has no row for %q", name)
		}
	}
}
