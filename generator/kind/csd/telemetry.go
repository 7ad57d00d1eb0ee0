package csd

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// LogsOut is what the data flows show of the logs a version sends the
// manufacturer: the CSD's telemetry row asks whether the device sends the
// manufacturer data about its working, and where remote_service.telemetry
// is not written it falls back to the MDS2 form's RMOT-2, which asks only
// about data for predictive maintenance. A No there must not read as a
// No beside a data flow that carries logs to a part the manufacturer
// hosts.
type LogsOut struct {
	Flows []string       // the IDs of those flows
	To    []content.Part // the manufacturer-hosted parts they reach
}

// LogsToManufacturer returns the data flows of p (the version the
// document is about) that carry logs from a part the manufacturer does
// not host to one it hosts.
func (CSDData) LogsToManufacturer(p *content.Product) LogsOut {
	var out LogsOut
	parts := p.PartsInUse()
	part := func(id string) (content.Part, bool) {
		i := slices.IndexFunc(parts, func(pt content.Part) bool { return pt.ID == id })
		if i < 0 {
			return content.Part{}, false
		}
		return parts[i], true
	}
	for _, f := range p.DataFlows {
		from, ok := part(f.From)
		if !ok || from.Runs.IsManufacturerHosted() || !f.Data.Has("logs") {
			continue
		}
		to, ok := part(f.To)
		if !ok || !to.Runs.IsManufacturerHosted() {
			continue
		}
		out.Flows = append(out.Flows, f.ID)
		if !slices.ContainsFunc(out.To, func(pt content.Part) bool { return pt.ID == to.ID }) {
			out.To = append(out.To, to)
		}
	}
	return out
}
