package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDHostedPartPointsToPortsOnlyWhereListed: without a cloud
// statement, section 15.1 names each part the manufacturer hosts outside
// the hospital network. It pointed to the part's ports in 3.2 even where
// 3.2 lists none of them (a remote-support portal reached only by the
// server's outbound connection): it now points to the part's own ports
// only where 3.2 lists some, to the ports of other parts that name it as
// the other end where those are all 3.2 has, and otherwise only names it.
func TestCSDHostedPartPointsToPortsOnlyWhereListed(t *testing.T) {
	const (
		lead  = "Hosted by Meridian Infusion Systems, Inc. outside the hospital network: Test portal"
		own   = lead + " (its ports are in [3.2 Network ports](#3-2-network-ports))."
		to    = lead + " (reached through the port to it in [3.2 Network ports](#3-2-network-ports))."
		named = lead + "."
	)
	for _, tc := range []struct {
		name  string
		port  func(pump content.Port) []content.Port // ports added beside the pump's
		says  string
		never []string
	}{
		{"a port of its own in 3.2", func(pump content.Port) []content.Port {
			pump.Part, pump.PeerPart, pump.Direction = "portal", "", "in"
			return []content.Port{pump}
		}, own, []string{"reached through"}},
		{"only another part's port to it", func(pump content.Port) []content.Port {
			pump.PeerPart, pump.Direction = "portal", "out"
			return []content.Port{pump}
		}, to, []string{"its ports are in"}},
		{"no port of or to it", func(content.Port) []content.Port { return nil }, named, []string{"its ports are in", "reached through"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			p.Cloud.Statement = ""
			p.Parts = append(p.Parts, content.Part{ID: "portal", Name: "Test portal", Runs: "manufacturer_hosted"})
			i := slices.IndexFunc(p.Ports, func(pt content.Port) bool { return p.PartOfPort(pt).ID == "pump" })
			if i < 0 {
				t.Fatal("the example's pump has no port")
			}
			p.Ports = append(slices.Clone(p.Ports), tc.port(p.Ports[i])...)
			sec := csdSection(t, renderExample(t, c, p), "### 15.1 Cloud and internet dependencies")
			kindtest.SaysAll(t, "15.1", sec, tc.says)
			kindtest.SaysNone(t, "15.1", sec, tc.never...)
		})
	}
	// Two hosted parts, only one with ports in 3.2: each is said on its
	// own, not "their ports".
	c, p := csdLoadExample(t)
	p.Cloud.Statement = ""
	p.Parts = append(p.Parts, content.Part{ID: "portal", Name: "Test portal", Runs: "manufacturer_hosted"}, content.Part{ID: "relay", Name: "Test relay", Runs: "manufacturer_hosted"})
	i := slices.IndexFunc(p.Ports, func(pt content.Port) bool { return p.PartOfPort(pt).ID == "pump" })
	mine := p.Ports[i]
	mine.Part, mine.PeerPart, mine.Direction = "portal", "", "in"
	p.Ports = append(slices.Clone(p.Ports), mine)
	sec := csdSection(t, renderExample(t, c, p), "### 15.1 Cloud and internet dependencies")
	kindtest.SaysAll(t, "15.1 with two hosted parts", sec, lead+" (its ports are in [3.2 Network ports](#3-2-network-ports)); Test relay.")
	kindtest.SaysNone(t, "15.1 with two hosted parts", sec, "their ports are in")
}
