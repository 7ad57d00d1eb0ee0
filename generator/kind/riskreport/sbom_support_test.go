package riskreport

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMSectionSaysSBOMOnRequest: a ventilator whose SBOM customers get
// from their account manager (sbom.on_request, no file) had a report
// saying "No SBOM file is stated", as if there were none, while its plan,
// CSD and MDS2 form say it is available on request. The report says so
// too, with how to obtain it; beside a published file it adds what is
// given on request; with neither, it keeps its words.
func TestSBOMSectionSaysSBOMOnRequest(t *testing.T) {
	const (
		how       = "Customers obtain the CycloneDX SBOM of each release from their account manager."
		onRequest = "No SBOM file is published; the SBOM is available to customers on request. " + how + " The product data lists 36 software components, which need not be all of them."
		unstated  = "No SBOM file is stated; the product data lists 36 software components"
		also      = "Also available to customers on request: " + how
		listed    = "The machine-readable SBOM [sbom.cdx.json](sbom.cdx.json), which describes Halcyon LVP-7 Pump Software 4.2.1, lists 36 components."
	)
	for _, tc := range []struct {
		name        string
		request     string
		files       bool
		says, never []string
	}{
		{"on request, no file", how, false, []string{onRequest}, []string{unstated, also}},
		{"neither", "", false, []string{unstated}, []string{"available to customers on request"}},
		{"a file and on request", how, true, []string{listed + " " + also + " Their support on"}, []string{unstated, onRequest}},
		{"a file only", "", true, []string{listed + " Their support on"}, []string{"on request"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.SBOM.OnRequest = tc.request
			if !tc.files {
				p.Inventory = &inventory.Inventory{List: p.Inventory.List}
			}
			md := renderReport(t, c, p)
			kindtest.SaysAll(t, "report", md, tc.says...)
			kindtest.SaysNone(t, "report", md, tc.never...)
		})
	}
	t.Run("on request, no component listed", func(t *testing.T) {
		c := kindtest.LoadExample(t)
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.SBOM.OnRequest, p.Inventory = how, &inventory.Inventory{}
		kindtest.SaysAll(t, "report", renderReport(t, c, p),
			"No software component is listed, in an SBOM file or in the product data, so the components' support is not reported here. No SBOM file is published; the SBOM is available to customers on request. "+how)
	})
}

// TestSBOMSectionCountsExtendedSupportApart: a CPAP's report counted
// openssl, whose supplier support had ended while extended security
// updates every customer receives continued, as "Actively maintained",
// while its plan, CSD and lifecycle page print "Actively maintained (as
// stated); supplier support ended on 2026-09-07"
// (inventory.Component.SupportOn). The report counts such a component
// apart, as those documents word it; a level that has ended keeps its
// row, and before the supplier's end, or once the extended updates end
// too, or with updates that reach only some customers, it is counted as
// before.
func TestSBOMSectionCountsExtendedSupportApart(t *testing.T) {
	on := content.NewDate(2026, 11, 2)
	comp := func(level content.SupportLevel, eos, ext content.Date, reach string) inventory.Component {
		return inventory.Component{Support: level, EndOfSupport: eos, ExtendedUntil: ext, ExtendedFor: reach}
	}
	ended, ext := content.NewDate(2026, 9, 7), content.NewDate(2027, 12, 31)
	every := content.ExtendedForEveryCustomer
	for _, tc := range []struct {
		name string
		c    inventory.Component
		want func(s SBOMSummary) int // the count that holds it
	}{
		{"maintained, in extended updates", comp("maintained", ended, ext, every), func(s SBOMSummary) int { return s.Extended }},
		{"limited, in extended updates", comp("limited", ended, ext, every), func(s SBOMSummary) int { return s.Extended }},
		{"no level, in extended updates", comp("", ended, ext, every), func(s SBOMSummary) int { return s.Extended }},
		{"no longer maintained, in extended updates", comp("no_longer_maintained", ended, ext, every), func(s SBOMSummary) int { return s.NoLongerMaintained }},
		{"maintained, before its supplier's end", comp("maintained", content.NewDate(2026, 12, 1), ext, every), func(s SBOMSummary) int { return s.Maintained }},
		{"maintained, extended updates ended too", comp("maintained", ended, content.NewDate(2026, 10, 1), every), func(s SBOMSummary) int { return s.Passed }},
		{"maintained, extended updates only for those who buy them", comp("maintained", ended, ext, "customers_who_buy"), func(s SBOMSummary) int { return s.Passed }},
	} {
		s := summarize(&inventory.Inventory{List: []inventory.Component{tc.c}}, on)
		if tc.want(s) != 1 {
			t.Errorf("%s: counted as %+v", tc.name, s)
		}
		if n := s.Maintained + s.Limited + s.NoLongerMaintained + s.Abandoned + s.NotAssessed + s.Passed + s.EndsLater + s.Extended; n != 1 {
			t.Errorf("%s: counted %d times, want once", tc.name, n)
		}
	}

	// The example's report, with one actively maintained component's
	// supplier support ended before it and extended updates continuing.
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	const row = "| Supplier support ended; security fixes continue under extended security updates that reach every customer |"
	kindtest.SaysNone(t, "report as in the example", renderReport(t, c, p), row)
	list := slices.Clone(p.Inventory.List)
	i := slices.IndexFunc(list, func(c inventory.Component) bool { return c.Support == "maintained" && c.ExtendedUntil.IsZero() })
	list[i].EndOfSupport, list[i].ExtendedUntil, list[i].ExtendedFor = content.NewDate(2026, 1, 31), content.NewDate(2027, 1, 31), every
	inv := *p.Inventory
	inv.List = list
	p.Inventory = &inv
	kindtest.SaysAll(t, "report", renderReport(t, c, p),
		"or a support rule; the product security plan gives the source of each), except where a component's stated end of support and its level disagree on that date:",
		"| Actively maintained | 25 |", row+" 1 |",
		"One component recorded as supported, or with no level stated, has its supplier's end of support on or before 16 February 2026 and still receives security fixes under extended security updates that reach every customer: the table counts it so, not by the level recorded.")
}
