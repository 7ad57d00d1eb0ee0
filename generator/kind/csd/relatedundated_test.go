package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDRelatedSystemsUndated: 4.5 says the related systems have their
// own versions and support dates only of those the data give versions or
// a support policy; of one given neither it says they are not stated.
func TestCSDRelatedSystemsUndated(t *testing.T) {
	const lead = "The Halcyon LVP-7 Large-Volume Infusion System works with the following "
	undate := func(s *content.RelatedSystem) { s.Versions, s.SupportPolicy = nil, "" }
	for _, tc := range []struct {
		name  string
		edit  func(p *content.Product)
		says  string
		never string
	}{
		{"versions and a policy (the example)", func(p *content.Product) {},
			"system of Meridian Infusion Systems, Inc., a part of the product that has its own versions and support dates.", "not stated"},
		{"a support policy alone", func(p *content.Product) { p.RelatedSystems[0].Versions = nil },
			"system of Meridian Infusion Systems, Inc., a part of the product that has its own versions and support dates.", "whose versions and support dates are not stated"},
		{"neither, a part", func(p *content.Product) { undate(&p.RelatedSystems[0]) },
			"system of Meridian Infusion Systems, Inc., a part of the product, whose versions and support dates are not stated.", "has its own versions"},
		{"neither, no part", func(p *content.Product) {
			undate(&p.RelatedSystems[0])
			p.RelatedSystems[0].Part, p.RelatedSystems[0].Runs = "", "customer_hosted"
		}, "system of Meridian Infusion Systems, Inc., a separate product, whose versions and support dates are not stated.", "own versions"},
		{"one of two undated", func(p *content.Product) {
			gw := p.RelatedSystems[0]
			gw.ID, gw.Name = "gateway", "Halcyon Gateway"
			undate(&gw)
			p.RelatedSystems = append(p.RelatedSystems, gw)
		}, "systems of Meridian Infusion Systems, Inc., parts of the product that have their own versions and support dates (not stated for Halcyon Gateway).", "whose versions and support dates are not stated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			tc.edit(p)
			sec := csdSection(t, renderExample(t, c, p), "### 4.5 Related systems")
			kindtest.SaysAll(t, "4.5", sec, lead+tc.says)
			first := sec[strings.Index(sec, lead):]
			first = first[:strings.Index(first, "\n")]
			kindtest.SaysNone(t, "4.5's lead", first, tc.never)
		})
	}
}
