package csd

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// A model can have milestones of its own (models.end_of_*): the compact
// model no longer sold, its support ending before the version's on the
// other models. A CSD about the version gives the version's dates; for
// a model it covers, whose support has not ended (an ended one the
// document names as no longer covered), it states the model's own dates
// too, where they are not the version's, so that the version's
// "not announced" does not read as the whole answer for that model.

// ModelDates is a model the CSD covers with the milestones of its own
// that are not its version's (content.Model.MilestonesApartFrom).
type ModelDates struct {
	content.Model
	Milestones []content.Milestone
}

// EndOfSupportApart is the model's own end of support when it is among
// Milestones; zero otherwise.
func (m ModelDates) EndOfSupportApart() content.Date {
	for _, ms := range m.Milestones {
		if ms.Key == "end_of_support" {
			return ms.Date
		}
	}
	return content.Date{}
}

// coveredModelDates returns, in product order, the models the CSD about
// version dev dated on covers (content.Product.SupportedModelIDs) that
// state milestones apart from dev's.
func coveredModelDates(p *content.Product, dev *content.Version, on content.Date) []ModelDates {
	covered := p.SupportedModelIDs(dev, on)
	var out []ModelDates
	for _, m := range p.Models {
		if !slices.Contains(covered, m.ID) {
			continue
		}
		if ms := m.MilestonesApartFrom(dev); len(ms) > 0 {
			out = append(out, ModelDates{Model: m, Milestones: ms})
		}
	}
	return out
}
