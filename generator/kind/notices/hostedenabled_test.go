package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeHostedPortsNotAsShipped: a notice's table of the ports of the
// services the manufacturer hosts (GlucoSense Cloud's, in cgmhome) headed
// their state "Enabled as shipped", though nothing of a hosted service is
// shipped; it heads it "Enabled", as the CSD does. The example's pump,
// whose server is moved to the manufacturer, keeps "Enabled as shipped"
// for the ports it needs on the customer's network.
func TestNoticeHostedPortsNotAsShipped(t *testing.T) {
	const hostedHead = "| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled | Purpose |"
	const shippedHead = "| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled as shipped | Purpose |"
	hostedTable := func(t *testing.T, doc, md string) string {
		t.Helper()
		i := strings.Index(md, "The services the manufacturer hosts listen at the manufacturer")
		if i < 0 {
			t.Fatalf("%s: no table of the ports of the services the manufacturer hosts", doc)
		}
		return md[i:]
	}

	c, _ := kindtest.Load(t, "../../testdata/cgmhome/jspgen.toml", "../../testdata/cgmhome/content")
	p, _ := kindtest.Product(t, c, "glucosense")
	env := kindtest.Env(c, exampleAsOf)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	n := 0
	for _, doc := range prep.Documents {
		if _, ok := doc.Data.(*NoticeView); !ok || !strings.HasSuffix(doc.Path, "eos-4.9") {
			continue
		}
		n++
		md := hostedTable(t, doc.Path, kindtest.Render(t, env, p, doc))
		kindtest.SaysAll(t, doc.Path, md, hostedHead+"\n| ---: | --- | --- | --- | --- | --- | --- | --- |\n| 443/TCP | HTTPS | GlucoSense Cloud (hosted by the manufacturer) |")
		kindtest.SaysNoneBecause(t, doc.Path, md, "a hosted service's ports said to be as shipped", "Enabled as shipped")
	}
	if n == 0 {
		t.Fatal("cgmhome has no notice eos-4.9")
	}

	c, _ = kindtest.Load(t, "../../../jspgen.toml", "../../../content")
	p, _ = kindtest.Product(t, c, kindtest.Example)
	for i := range p.Parts {
		if p.Parts[i].Runs.IsCustomerHosted() {
			p.Parts[i].Runs = "manufacturer_hosted"
		}
	}
	env = kindtest.Env(c, exampleAsOf)
	prep, _ = kindtest.Prepare(t, Kind, env, p)
	n = 0
	for _, doc := range prep.Documents {
		if _, ok := doc.Data.(*NoticeView); !ok {
			continue
		}
		n++
		md := kindtest.Render(t, env, p, doc)
		hosted := hostedTable(t, doc.Path, md)
		kindtest.SaysAll(t, doc.Path, hosted, hostedHead)
		kindtest.SaysNone(t, doc.Path, hosted, "Enabled as shipped")
		kindtest.SaysAll(t, doc.Path, md[:strings.Index(md, "The services the manufacturer hosts listen")], "needs only these ports", shippedHead)
	}
	if n == 0 {
		t.Fatal("the example has no end-of-life or end-of-support notice")
	}
}
