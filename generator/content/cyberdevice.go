package content

import (
	"slices"
	"sort"
	"time"
)

// Section524BApplies is the day section 524B of the FD&C Act began to
// apply to premarket submissions (it was added by the Consolidated
// Appropriations Act, 2023, and took effect 90 days after enactment).
var Section524BApplies = NewDate(2023, time.March, 29) // the plan template says "29 March 2023"

// MarketedBefore524B gives the earliest general availability of the
// product's versions when it came before Section524BApplies, else the zero
// Date. A version available before that day may have come to market on a
// submission 524B(b) did not yet govern, so the plan must not say that any
// submission for the device had to carry a vulnerability plan and an SBOM;
// it says only that submissions from that day on do. The date is the
// earliest listed version's, in no named market, so the plan does not say
// when, or whether, a submission brought the device to market.
func (p *Product) MarketedBefore524B() Date {
	releases := p.ReleasesOf() // dated ones, earliest first
	if len(releases) == 0 || !releases[0].Date.Before(Section524BApplies) {
		return Date{}
	}
	return releases[0].Date
}

// LaterModel is a model the earliest version does not run on: the first
// version, by general availability, the product data lists for it.
type LaterModel struct {
	ID      string
	Version string
	Date    Date
}

// LaterModels lists the models no version of the earliest general
// availability runs on (versions.models), each with the first later
// version that does: such a model came to market after the product did,
// so the day the product was first on the market says nothing of the
// submission that brought the model there. Nil when the earliest versions
// run on every model.
func (p *Product) LaterModels() []LaterModel {
	var vs []Version
	for _, v := range p.Versions {
		if !v.GeneralAvailability.IsZero() {
			vs = append(vs, v)
		}
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].GeneralAvailability.Before(vs[j].GeneralAvailability) })
	if len(vs) == 0 {
		return nil
	}
	runs := func(v Version, id string) bool { return len(v.Models) == 0 || slices.Contains(v.Models, id) }
	first := vs[0].GeneralAvailability
	var out []LaterModel
models:
	for _, m := range p.Models {
		for _, v := range vs {
			if !runs(v, m.ID) {
				continue
			}
			if v.GeneralAvailability.After(first) {
				out = append(out, LaterModel{ID: m.ID, Version: v.Version, Date: v.GeneralAvailability})
			}
			continue models
		}
	}
	return out
}
