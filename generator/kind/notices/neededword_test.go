package notices

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeNeededPortsNameWhoseTheyAre: section 9.2 says "the device
// needs only these ports" only when every port listed is the device's
// own; with a port of the Halcyon Connect server, which the customer
// hosts and which is not the device, it says "the product", in the rule
// and in the sentence about ports off until their feature is turned on
// (headed "Enabled" then, the server's state being the one once
// installed; "Enabled as shipped" for the pump's alone).
func TestNoticeNeededPortsNameWhoseTheyAre(t *testing.T) {
	const (
		rule = " needs only these ports; block every other port"
	)
	for _, tc := range []struct {
		name       string
		devOnly    bool // the Connect server's ports left out
		who, never string
		off, needs string // the sentence on ports off, around who
	}{
		{"with the Connect server's ports", false, "product", "device", ` under "Enabled" is off until its feature is turned on: the `, " needs it only then"},
		{"the pump's ports alone", true, "device", "product", ` under "Enabled as shipped" is not used as shipped: the `, " needs it only once"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := kindtest.Load(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
			p, _ := kindtest.Product(t, c, kindtest.Example)
			for i := range p.Notices {
				p.Notices[i].Actions.BlockPorts = nil // the pump's 4443, off as shipped, is then needed
			}
			if tc.devOnly {
				notDevice := func(pt content.Port) bool { return !p.PartOfPort(pt).Runs.IsDevice() }
				p.Ports = slices.DeleteFunc(p.Ports, notDevice)
				for _, q := range p.ByVersion { // the older versions' own ports
					q.Ports = slices.DeleteFunc(q.Ports, notDevice)
				}
			}
			env := kindtest.Env(c, exampleAsOf)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			n := 0
			for _, doc := range prep.Documents {
				v, ok := doc.Data.(*NoticeView)
				if !ok || len(v.Needed) == 0 || !v.NeededOffAsShipped() {
					continue
				}
				md := kindtest.Render(t, env, p, doc)
				n++
				section := portsSection(t, md)
				kindtest.SaysAll(t, doc.Path, section, tc.who+rule, tc.off+tc.who+tc.needs)
				kindtest.SaysNone(t, doc.Path, section, tc.never+rule, tc.off+tc.never+tc.needs)
			}
			if n == 0 {
				t.Fatal("no notice lists ports needed, one of them off as shipped")
			}
		})
	}
}
