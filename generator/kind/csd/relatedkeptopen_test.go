package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDRelatedKeptOpen: where neither kept_by, nor the system's
// patch_policy, nor its part's patching says who keeps Halcyon Connect
// (server software the customer hosts) on a working version, 4.5 says it
// is not stated instead of telling the customer to (the default decided
// it beside "who installs the application's updates is not stated"); a
// second system whose keeper is stated keeps its sentence, and the part's
// patching written gives the customer's task back.
func TestCSDRelatedKeptOpen(t *testing.T) {
	const keep = "Keep it on a version that works with the device's software and is still supported."
	for _, tc := range []struct {
		name       string
		patching   string // the Connect server part's patching
		second     string // kept_by of another maker's system; "-" for none
		says, none []string
	}{
		{name: "nothing says", second: "-",
			says: []string{"own versions and support dates. Who keeps it on a version that works with the device's software is not stated.\n"}, none: []string{keep}},
		{name: "another maker's kept by the manufacturer", second: "manufacturer",
			says: []string{"Who keeps Halcyon Connect on a version that works with the device's software is not stated; MAKER keeps Dexcom G7 CGM on one that works with it."}, none: []string{"Keep each", "Keep it"}},
		{name: "the part's patching written", patching: "The customer installs Connect updates.", second: "-", says: []string{keep}, none: []string{"is not stated."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			maker := c.Site.Manufacturer.Name
			s := &p.RelatedSystems[0]
			s.KeptBy, s.PatchPolicy = "", ""
			for i := range p.Parts {
				if p.Parts[i].ID == s.Part {
					p.Parts[i].Patching = tc.patching
				}
			}
			if tc.second != "-" {
				cgm := p.RelatedSystems[0]
				cgm.ID, cgm.Name, cgm.Maker, cgm.Part, cgm.Runs, cgm.KeptBy = "cgm", "Dexcom G7 CGM", "Dexcom, Inc.", "", "", tc.second
				p.RelatedSystems = append(p.RelatedSystems, cgm)
			}
			sec := csdSection(t, renderExample(t, c, p), "### 4.5 Related systems")
			for _, w := range tc.says {
				kindtest.SaysAll(t, "4.5", sec, strings.ReplaceAll(w, "MAKER", maker))
			}
			for _, w := range tc.none {
				kindtest.SaysNone(t, "4.5", sec, strings.ReplaceAll(w, "MAKER", maker))
			}
		})
	}
}
