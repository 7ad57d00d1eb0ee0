package content

import (
	"strings"
	"testing"
)

// TestKeptHostsUpkeep: the notices' sentence on the customer's upkeep of
// the hosts it keeps names the container platform's nodes when every
// part it names runs on one (hosting = "container_platform"), singular
// or plural; a part on a server of the customer's, beside one on the
// platform or alone, keeps the host, as the CSD's firewall rules do.
func TestKeptHostsUpkeep(t *testing.T) {
	platform := func(id, name string) Part {
		return Part{ID: id, Name: name, Runs: "customer_hosted", Hosting: "container_platform"}
	}
	server := func(id, name string) Part {
		return Part{ID: id, Name: name, Runs: "customer_hosted", Hosting: "premises"}
	}
	for _, c := range []struct {
		name  string
		parts []Part
		want  []string
		never []string
	}{
		{"one on the platform", []Part{platform("a", "Analysis")},
			[]string{"The customer's own traffic to and from the nodes of the container platform that runs Analysis (the platform's own traffic between its nodes, backup,", "even if that platform runs nothing but the product: the ports below are only the product's own connections."},
			[]string{"host"}},
		{"two on the platform", []Part{platform("a", "Analysis"), platform("b", "Viewer")},
			[]string{"to and from the nodes of the container platforms that run Analysis and Viewer (each platform's own traffic between its nodes, backup,", "even if those platforms run nothing but the product"},
			[]string{"host"}},
		{"one on a server", []Part{server("a", "Analysis")},
			[]string{"to and from the host that runs Analysis (backup,", "even if that host runs nothing but the product"},
			[]string{"platform"}},
		{"a server and the platform", []Part{server("a", "Analysis"), platform("b", "Viewer")},
			[]string{"to and from the hosts that run Analysis and Viewer (backup,", "even if those hosts run nothing but the product"},
			[]string{"platform"}},
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
