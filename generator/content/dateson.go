package content

import "slices"

// DatesOn is p as its versions' milestones stood on date d: a notice
// first issued after d that moved a milestone (date_changes) had not moved
// it yet, so the milestone has the date announced before (previous; the
// earliest such notice's when several moved it). A document released on
// d states those dates, however much later it is built. DatesOn returns p
// itself when no notice issued after d moved a milestone (and for a zero
// d).
func (p *Product) DatesOn(d Date) *Product {
	if d.IsZero() {
		return p
	}
	type key struct{ version, milestone string }
	previous, by := map[key]Date{}, map[key]Date{}
	for _, n := range p.Notices {
		issued := n.IssuedOrFirst()
		if !issued.After(d) {
			continue
		}
		for _, c := range n.DateChanges {
			k := key{c.Version, c.Milestone}
			if at, ok := by[k]; !ok || issued.Before(at) {
				by[k], previous[k] = issued, c.Previous
			}
		}
	}
	if len(previous) == 0 {
		return p
	}
	q := *p
	q.Versions = slices.Clone(p.Versions)
	for i := range q.Versions {
		v := &q.Versions[i]
		for k, date := range previous {
			if k.version != v.Version {
				continue
			}
			if m := v.milestone(k.milestone); m != nil {
				*m = date
			}
		}
	}
	return &q
}

// milestone is the field of the milestone named key (as date_changes name
// it), or nil.
func (v *Version) milestone(key string) *Date {
	switch key {
	case "general_availability":
		return &v.GeneralAvailability
	case "end_of_marketing":
		return &v.EndOfMarketing
	case "end_of_production":
		return &v.EndOfProduction
	case "end_of_life":
		return &v.EndOfLife
	case "end_of_guaranteed_support":
		return &v.EndOfGuaranteedSupport
	case "end_of_support":
		return &v.EndOfSupport
	}
	return nil
}
