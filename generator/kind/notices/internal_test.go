package notices

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticePortsOnAnInternalLink: a port on a link between the pump's own
// processors, marked internal, is neither a port the device needs kept
// open on the customer's network nor one of a part "whose ports the
// customer manages": the notice lists it apart as internal to the
// product. Not marked internal, it is a port the device needs.
func TestNoticePortsOnAnInternalLink(t *testing.T) {
	for _, internal := range []bool{true, false} {
		mark := ""
		if internal {
			mark = "internal = true\n"
		}
		site, dir := kindtest.CopyRepo(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", kindtest.Example+".toml", func(s string) string {
			return s + `
[[interfaces]]
id = "proc-net"
kind = "ethernet"
part = "pump"
name = "Processor link"
purpose = "Private link between the pump's main and safety processors."
` + mark + `
[[ports]]
number = 7001
transport = "tcp"
service = "Safety channel"
purpose = "Commands from the main processor."
direction = "in"
interface = "proc-net"
`
		})
		c, _ := kindtest.Load(t, site, dir)
		p, _ := kindtest.Product(t, c, kindtest.Example)
		env := kindtest.Env(c, exampleAsOf)
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		n := 0
		for _, doc := range prep.Documents {
			v, ok := doc.Data.(*NoticeView)
			if !ok {
				continue
			}
			n++
			is7001 := func(pt content.Port) bool { return pt.Number == 7001 }
			md := kindtest.Render(t, env, p, doc)
			const says = "7001/TCP is not listed: it is on a link internal to the product, which joins no network of the customer's."
			if got := slices.ContainsFunc(v.Internal, is7001); got != internal {
				t.Errorf("internal=%v, %s: 7001 among the internal ports: %v", internal, doc.Path, got)
			}
			if got := slices.ContainsFunc(v.Needed, is7001); got == internal {
				t.Errorf("internal=%v, %s: 7001 among the ports needed: %v", internal, doc.Path, got)
			}
			if len(v.Elsewhere) > 0 {
				t.Errorf("internal=%v, %s: parts listed as off the customer's network: %v", internal, doc.Path, v.Elsewhere)
			}
			if got := strings.Contains(md, says); got != internal {
				t.Errorf("internal=%v, %s says %q: %v", internal, doc.Path, says, got)
			}
		}
		if n == 0 {
			t.Fatal("no end-of-life or end-of-support notice")
		}
	}
}
