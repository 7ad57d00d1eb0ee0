package content

import (
	"fmt"
	"slices"
)

// remote_control = [] says only that no function lets a person away from
// the device change its clinical settings from another device over a
// network. A product whose own parts send the device therapy data or
// configuration (a tablet that drives an exoskeleton over a radio link, a
// fitting app that sets a prosthesis) is still set from another device:
// the documents say so beside the empty list, rather than that no one
// can change the settings from another device at all.

// RemoteControlInProductText names the data flows by which one part of
// the product sends a part that runs on the device (runs = device)
// therapy data or configuration, in every one of the versions (the
// product itself where versions is empty): "the StrideCore tablet sends
// therapy data and configuration to the StrideCore exoskeleton (data flow
// DF-01)", several joined by "and"; "" where no flow does.
func (p *Product) RemoteControlInProductText(versions []string) string {
	views := []*Product{p}
	if len(versions) > 0 {
		views = views[:0]
		for _, v := range versions {
			views = append(views, p.At(v))
		}
	}
	type send struct {
		flow, from, to  string
		therapy, config bool
	}
	var common []send
	for i, q := range views {
		var sends []send
		for _, f := range q.DataFlows {
			therapy, config := f.Data.Has("therapy"), f.Data.Has("configuration")
			if !therapy && !config || f.From == f.To {
				continue
			}
			from, to := q.Part(f.From), q.Part(f.To)
			if from.ID == "" || from.ID != f.From || to.ID == "" || to.ID != f.To || !to.Runs.IsDevice() {
				continue
			}
			sends = append(sends, send{f.ID, from.ID, to.ID, therapy, config})
		}
		if i == 0 {
			common = sends
			continue
		}
		// a version without the flow leaves it out for the run
		common = slices.DeleteFunc(common, func(s send) bool { return !slices.Contains(sends, s) })
	}
	var clauses []string
	for _, s := range common {
		var kinds []string
		if s.therapy {
			kinds = append(kinds, "therapy data")
		}
		if s.config {
			kinds = append(kinds, "configuration")
		}
		clauses = append(clauses, fmt.Sprintf("%s sends %s to %s (data flow %s)",
			views[0].Part(s.from).TheName(), AndList(kinds), views[0].Part(s.to).TheName(), s.flow))
	}
	return AndList(clauses)
}
