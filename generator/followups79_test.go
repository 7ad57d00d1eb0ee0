package generator

import (
	"strings"
	"testing"
)

// TestFollowups79InterfaceCarriesOnlyWith: fallradar's ADT feed (DF-03)
// sends PHI and PII only when the optional ADT interface is used
// (personal_only_with), and it is the only flow over the server's virtual
// network adapter that sends them. The CSD's interface table, which gives
// what that adapter carries from its flows ("At least: …"), gives the
// condition after the PHI and PII, as the data-flow table does for DF-03.
func TestFollowups79InterfaceCarriesOnlyWith(t *testing.T) {
	read := buildFixture(t, "fallradar")
	csd := read("sentinel/csd.md")
	var row string
	for _, l := range strings.Split(csd, "\n") {
		if strings.HasPrefix(l, "| Server virtual network adapter |") && strings.Contains(l, "At least:") {
			row = l
		}
	}
	if row == "" {
		t.Fatal("csd.md has no interface row for the server's virtual network adapter with what its flows carry")
	}
	if !strings.Contains(row, "PHI, PII (only when the optional ADT interface is used) (data flows DF-02, DF-03 and DF-06)") {
		t.Errorf("the adapter's data carried must say PHI and PII come only with the optional ADT interface: %s", row)
	}
	if strings.Contains(row, "At least: Alarms, PHI, PII,") {
		t.Errorf("PHI and PII given before the other data, without the condition: %s", row)
	}
}
