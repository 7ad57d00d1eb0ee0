package content

import "time"

// Section524BApplies is the day section 524B of the FD&C Act began to
// apply to premarket submissions (it was added by the Consolidated
// Appropriations Act, 2023, and took effect 90 days after enactment).
var Section524BApplies = NewDate(2023, time.March, 29) // the plan template says "29 March 2023"

// MarketedBefore524B gives the earliest general availability of the
// product's versions when it came before Section524BApplies, else the zero
// Date. A device on the market before that day was cleared or approved on
// a submission 524B(b) did not yet govern, so the plan must not say that
// submission had to carry a vulnerability plan and an SBOM; only the
// device's submissions from that day on do.
func (p *Product) MarketedBefore524B() Date {
	releases := p.ReleasesOf() // dated ones, earliest first
	if len(releases) == 0 || !releases[0].Date.Before(Section524BApplies) {
		return Date{}
	}
	return releases[0].Date
}
