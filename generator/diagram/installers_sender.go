package diagram

import "github.com/jspgen/jspgen/generator/content"

// softwareSource reports a part the manufacturer hosts that sends
// software in a data flow and is brought none by any (a cloud service
// that serves the devices' firmware): the updates come from it, and its
// interfaces carry them out, which says nothing of software it receives,
// so "who installs updates on each part that receives software" must not
// list it for its interfaces alone. A part on the customer's side that
// sends software (an app that passes firmware on to the device) got it
// over its interfaces first, so it stays.
func softwareSource(p *content.Product, pt content.Part) bool {
	if !pt.Runs.IsManufacturerHosted() {
		return false
	}
	sends := false
	for _, f := range p.DataFlows {
		if !f.Data.Has("software") {
			continue
		}
		if to, _ := p.ResolveFlowEnd(f.To); to.Part == pt.ID {
			return false
		}
		if from, _ := p.ResolveFlowEnd(f.From); from.Part == pt.ID {
			sends = true
		}
	}
	return sends
}
