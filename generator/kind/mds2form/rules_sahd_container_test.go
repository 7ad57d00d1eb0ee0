package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestHardwareNANamesContainerPlatformNodes: software the hospital runs
// on its own container platform (hosting = "container_platform") runs on
// the platform's nodes, not on a server or virtual machine of its own:
// the notes on hardware the product lacks said "the server or virtual
// machine it runs on" of it. A part on a server the hospital hosts,
// premises or hosting not written, keeps those words.
func TestHardwareNANamesContainerPlatformNodes(t *testing.T) {
	for _, c := range []struct {
		name, hosting, want, never string
	}{
		{"container platform", "container_platform", "those of the container platform node it runs on", "server or virtual machine"},
		{"premises", "premises", "those of the server or virtual machine it runs on", "container platform"},
		{"hosting not written", "", "those of the server or virtual machine it runs on", "container platform"},
	} {
		w := newWorld()
		w.p.Parts = []content.Part{{ID: "svc", Name: "Services", Runs: "customer_hosted", Hosting: c.hosting}}
		for _, id := range []string{"SAHD-11", "MPII-2.8"} {
			rule, _ := derivationFor(id)
			d, ok := rule.derive(w.facts())
			if !ok || !strings.Contains(d.Says, c.want) || strings.Contains(d.Says, c.never) {
				t.Errorf("%s: %s says %q (%v); want %q and not %q", c.name, id, d.Says, ok, c.want, c.never)
			}
		}
	}
}
