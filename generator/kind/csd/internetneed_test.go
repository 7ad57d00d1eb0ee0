package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDInternetNeedFromHostedParts: where neither cloud.services nor
// the MDS2 form's CONN-6 answer "Needs the internet or a cloud service",
// the key fact no longer hides a part the manufacturer hosts behind "Not
// stated": it names the part and the data flows that reach it, and says
// whether the product needs it only where the data decide it (a product
// that runs nowhere else does); "Not stated" stays for a product with no
// such part, and the form's answer, where built, still decides.
func TestCSDInternetNeedFromHostedParts(t *testing.T) {
	const row = "| Needs the internet or a cloud service | "
	noForm := func(b *kind.Built) { b.MDS2 = false }
	for _, tc := range []struct {
		name  string
		md    func(t *testing.T) string
		says  string
		never string
	}{
		{"a hosted part with flows, no form", func(t *testing.T) string {
			return analyzerCSDBuilt(t, func(p *content.Product) {}, noForm)
		}, row + "Not stated whether needed; some of it is hosted by the manufacturer: Corvane Remote Service Center (data flows DF-03, DF-05) | [15.1", row + "Not stated |"},
		{"a hosted part no flow reaches, no form", func(t *testing.T) string {
			return analyzerCSDBuilt(t, func(p *content.Product) {
				p.DataFlows = slices.DeleteFunc(p.DataFlows, func(f content.DataFlow) bool { return f.From == "remote-service" })
				p.DataFlows = slices.DeleteFunc(p.DataFlows, func(f content.DataFlow) bool { return f.To == "remote-service" })
			}, noForm)
		}, row + "Not stated whether needed; some of it is hosted by the manufacturer: Corvane Remote Service Center | ", "(data flow"},
		{"the form answers CONN-6", func(t *testing.T) string {
			return analyzerCSDBuilt(t, func(p *content.Product) {}, func(b *kind.Built) {})
		}, row + "Not for its intended use; some of it is hosted by the manufacturer: Corvane Remote Service Center | MDS2 form, CONN-6.", "Not stated whether needed"},
		{"no hosted part, no form", func(t *testing.T) string {
			return analyzerCSDBuilt(t, func(p *content.Product) {
				for i := range p.Parts {
					if p.Parts[i].ID == "remote-service" {
						p.Parts[i].Runs = "customer_hosted"
					}
				}
			}, noForm)
		}, row + "Not stated whether needed; it connects out for the manufacturer's remote service (off as shipped) |", "hosted by the manufacturer: Corvane"}, // what else reaches outside is named (content.Product.OutsideUse)
		{"hosted only, no cloud services written, no form", func(t *testing.T) string {
			c, _ := kindtest.Load(t, "../../testdata/cloudsamd/jspgen.toml", "../../testdata/cloudsamd/content")
			p, _ := kindtest.Product(t, c, "lumentriage")
			p.Cloud.Services, p.Cloud.Statement = nil, ""
			env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			built := kindtest.Built(p)
			noForm(&built)
			return kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
		}, row + "Yes: it runs only where the manufacturer hosts it: LumenTriage cloud service", "Not stated whether needed"},
		// A cloud statement (15.1) beside it says more, but does not
		// make the answer less sure ("See details" once replaced it).
		{"hosted only, a cloud statement, no cloud services written, no form", func(t *testing.T) string {
			c, _ := kindtest.Load(t, "../../testdata/cloudsamd/jspgen.toml", "../../testdata/cloudsamd/content")
			p, _ := kindtest.Product(t, c, "lumentriage")
			p.Cloud.Services = nil
			env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			built := kindtest.Built(p)
			noForm(&built)
			return kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
		}, row + "Yes: it runs only where the manufacturer hosts it: LumenTriage cloud service", row + "See details"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := tc.md(t)
			kindtest.SaysAll(t, "key facts", md, tc.says)
			kindtest.SaysNone(t, "key facts", md, tc.never)
		})
	}
}
