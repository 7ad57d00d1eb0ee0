package plan

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanScopeNamesUncoveredRelatedPart: the example's Halcyon Connect
// server is a part of the product (its related system names it); with
// covered_by_plan not written, the plan's scope still names it and says
// its coverage is not stated, with false that the plan's processes do not
// cover it, and check warns of the unstated coverage only. Covered, the
// scope says the plan covers it, as before.
func TestPlanScopeNamesUncoveredRelatedPart(t *testing.T) {
	scope := func(md string) string {
		i := strings.Index(md, "### 1.1 ")
		j := strings.Index(md, "### 1.2 ")
		if i < 0 || j < i {
			t.Fatalf("no section 1.1 in the plan")
		}
		return md[i:j]
	}
	const named = "The product also includes the Halcyon Connect server, on a server the customer hosts; [9.11 Related systems](#9-11-related-systems) describes it as the related system Halcyon Connect, and "
	for _, tc := range []struct {
		covered content.Tri
		says    string
	}{
		{content.Unstated, named + "whether this plan's monitoring, disclosure and patching processes cover it is not stated."},
		{content.False, named + "this plan's monitoring, disclosure and patching processes do not cover it."},
	} {
		md := renderPlan(t, kindtest.Example, func(p *content.Product) { p.RelatedSystems[0].CoveredByPlan = tc.covered })
		kindtest.SaysAll(t, "scope, covered_by_plan "+tc.covered.String(), scope(md), tc.says)
		kindtest.SaysNone(t, "scope, covered_by_plan "+tc.covered.String(), scope(md), "This plan also covers")
	}
	md := renderPlan(t, kindtest.Example, func(p *content.Product) { p.RelatedSystems[0].CoveredByPlan = content.True })
	kindtest.SaysAll(t, "scope, covered", scope(md), "This plan also covers the Halcyon Connect server")
	kindtest.SaysNone(t, "scope, covered", scope(md), "The product also includes")

	warned := func(covered content.Tri) bool {
		c := kindtest.LoadExample(t)
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.Product.RelatedSystems[0].CoveredByPlan = covered
		_, diags := kindtest.Prepare(t, Kind, kindtest.Env(c, content.NewDate(2026, 2, 16)), p)
		for _, d := range diags {
			if d.Path == "related_systems[0].covered_by_plan" && strings.Contains(d.Message, "not stated for \"Halcyon Connect\"") {
				return true
			}
		}
		return false
	}
	if !warned(content.Unstated) {
		t.Error("no warning of the unstated covered_by_plan of a related system that is a part of the product")
	}
	if warned(content.True) || warned(content.False) {
		t.Error("a warning of covered_by_plan where it is written")
	}
}

// TestPlanRelatedPartListedWhereListed: 9.11's part row says the part's
// interfaces and ports are in the product's tables only where they are:
// with no port of the Halcyon Connect server listed, its ports are not
// stated; with neither, both are.
func TestPlanRelatedPartListedWhereListed(t *testing.T) {
	part := func(p *content.Product) string { return p.RelatedSystems[0].Part }
	noPorts := func(p *content.Product) {
		var keep []content.Port
		for _, pt := range p.Ports {
			if pt.Part != part(p) {
				keep = append(keep, pt)
			}
		}
		p.Ports = keep
	}
	md := renderPlan(t, kindtest.Example, noPorts)
	kindtest.SaysAll(t, "plan, no port of the server", md,
		"| Part | Halcyon Connect server (its interfaces are in the product's tables; its ports are not stated) |")
	md = renderPlan(t, kindtest.Example, func(p *content.Product) {
		noPorts(p)
		var keep []content.Interface
		for _, i := range p.Interfaces {
			if p.PartOfInterface(i).ID != part(p) {
				keep = append(keep, i)
			}
		}
		p.Interfaces = keep
	})
	kindtest.SaysAll(t, "plan, no interface or port of the server", md,
		"| Part | Halcyon Connect server (its interfaces and ports are not stated) |")
	kindtest.SaysNone(t, "plan, no interface or port of the server", md, "in the product's tables")
}
