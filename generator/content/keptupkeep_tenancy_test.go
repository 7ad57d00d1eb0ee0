package content

import (
	"strings"
	"testing"
)

// TestKeptHostsUpkeepCloudTenancy: a part the customer hosts in its own
// cloud tenancy (hosting = "cloud_tenancy") runs on no host the customer
// keeps, only in the tenancy: the notices' sentence speaks of the
// tenancy, alone or beside the host of a part on the customer's premises
// (a gateway there, the analysis in the tenancy), never of its host.
func TestKeptHostsUpkeepCloudTenancy(t *testing.T) {
	tenancy := func(id, name string) Part {
		return Part{ID: id, Name: name, Runs: "customer_hosted", Hosting: "cloud_tenancy"}
	}
	server := Part{ID: "g", Name: "Gateway", Runs: "customer_hosted", Hosting: "premises"}
	for _, c := range []struct {
		name  string
		parts []Part
		want  []string
		never []string
	}{
		{"one in the tenancy", []Part{tenancy("a", "Analysis")},
			[]string{"The customer's own traffic to and from the cloud tenancy that holds Analysis (backup,", "even if that tenancy runs nothing but the product: the ports below"},
			[]string{"host", "platform"}},
		{"two in the tenancy", []Part{tenancy("a", "Analysis"), tenancy("b", "Viewer")},
			[]string{"to and from the cloud tenancy that holds Analysis and Viewer (backup,", "even if that tenancy runs nothing but the product"},
			[]string{"host", "platform"}},
		{"a server and the tenancy", []Part{server, tenancy("a", "Analysis"), tenancy("b", "Viewer")},
			[]string{"to and from the host that runs Gateway and the cloud tenancy that holds Analysis and Viewer (backup,", "even if that host or that tenancy runs nothing but the product"},
			[]string{"hosts", "platform"}},
	} {
		p := &Product{Parts: c.parts}
		got := p.KeptHostsUpkeep(c.parts, "below")
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: lacks %q:\n%s", c.name, w, got)
			}
		}
		for _, n := range c.never {
			if strings.Contains(got, n) {
				t.Errorf("%s: says %q:\n%s", c.name, n, got)
			}
		}
	}
}
