package content

import (
	"strings"
	"testing"
)

// TestCloudTenancyResponsibilityAssertsNoHost: a part the customer hosts
// in its own cloud tenancy (hosting = "cloud_tenancy") runs on no server
// of the customer's (Part.Where), but its unwritten patching, backup and
// monitoring said "The customer patches / backs up / monitors the host",
// which the data never say. They now say only that the tenancy is the
// customer's; a part on the customer's premises, or with hosting not
// written, keeps the host, and a part's own words are kept.
func TestCloudTenancyResponsibilityAssertsNoHost(t *testing.T) {
	for _, c := range []struct {
		hosting string
		host    bool
	}{{"cloud_tenancy", false}, {"premises", true}, {"", true}} {
		pt := Part{ID: "app", Runs: "customer_hosted", Hosting: c.hosting}
		said := map[string]string{"patching": pt.PatchedBy(), "backup": pt.BackedUpBy(), "monitoring": pt.MonitoredBy(),
			"backup clause": pt.HostBackupClause(), "monitoring clause": pt.HostMonitoringClause()}
		for what, got := range said {
			if strings.Contains(got, "the host") != c.host {
				t.Errorf("hosting %q: %s %q, want the host named: %v", c.hosting, what, got, c.host)
			}
			if strings.HasPrefix(got, "The cloud tenancy it runs in is the customer's") == c.host {
				t.Errorf("hosting %q: %s %q, want the tenancy named: %v", c.hosting, what, got, !c.host)
			}
		}
	}
	tenancy := Part{ID: "app", Runs: "customer_hosted", Hosting: "cloud_tenancy"}
	for what, got := range map[string][2]string{
		"patching":   {tenancy.PatchedBy(), "The cloud tenancy it runs in is the customer's; who patches what it runs on there, and who installs the application's updates, is not stated"},
		"backup":     {tenancy.BackedUpBy(), "The cloud tenancy it runs in is the customer's; who backs up the application's data is not stated"},
		"monitoring": {tenancy.MonitoredBy(), "The cloud tenancy it runs in is the customer's; who watches the application's security events is not stated"},
	} {
		if got[0] != got[1] {
			t.Errorf("cloud tenancy %s: %q, want %q", what, got[0], got[1])
		}
	}
	own := Part{ID: "app", Runs: "customer_hosted", Hosting: "cloud_tenancy", Patching: "Helm upgrade.", Backup: "Snapshots.", Monitoring: "The SIEM."}
	if own.PatchedBy() != "Helm upgrade." || own.BackedUpBy() != "Snapshots." || own.MonitoredBy() != "The SIEM." {
		t.Errorf("a cloud tenancy part's own words: %q, %q, %q", own.PatchedBy(), own.BackedUpBy(), own.MonitoredBy())
	}
}
