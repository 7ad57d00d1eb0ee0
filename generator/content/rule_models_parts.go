package content

import "slices"

func init() { productRules = append(productRules, ruleModelsPartsUntied) }

// ModelsPartsUntied returns the parts on the device (runs = "device")
// when the product has more than one model and more than one such part,
// some interface, port or data store is on those parts, and none of them
// states models (interfaces.models, ports.models, data_stores.models):
// the data then count every one of those entries for every model, though
// the models may be different parts (a pump and its docking rack), so
// they do not state which model has which part's interfaces and stores.
// Nil otherwise. The MDS2 form's JSP-MODELS then does not say that no
// derived answer differs between the models.
func (p *Product) ModelsPartsUntied() []Part {
	parts := p.DeviceParts()
	if len(p.Models) < 2 || len(parts) < 2 {
		return nil
	}
	onDevice := func(pt Part) bool {
		return slices.ContainsFunc(parts, func(d Part) bool { return d.ID == pt.ID })
	}
	some := false
	for _, it := range p.Interfaces {
		if onDevice(p.PartOfInterface(it)) {
			if len(it.Models) > 0 {
				return nil
			}
			some = true
		}
	}
	for _, pt := range p.Ports {
		if onDevice(p.PartOfPort(pt)) {
			if len(p.PortModelIDs(pt)) > 0 {
				return nil
			}
			some = true
		}
	}
	for _, d := range p.DataStores {
		if onDevice(p.PartOfStore(d)) {
			if len(d.Models) > 0 {
				return nil
			}
			some = true
		}
	}
	if !some {
		return nil
	}
	return parts
}

// ruleModelsPartsUntied warns, at the first model, about a product whose
// models may be different parts on the device (ModelsPartsUntied): no
// interface, port or data store of those parts says which models it is
// on, so every one counts for every model, and the documents give each
// model every part's interfaces and stores. There is no key tying a
// model to a part: the remedy is models on the entries.
func ruleModelsPartsUntied(p *Product) Diagnostics {
	parts := p.ModelsPartsUntied()
	if parts == nil {
		return nil
	}
	ids := make([]string, len(p.Models))
	for i, m := range p.Models {
		ids[i] = m.ID
	}
	effect := "the documents count each of them for every model"
	if p.Produces("mds2") {
		effect = "the documents count each of them for every model, the MDS2 form's derived answers describe those parts together, and its JSP-MODELS answer says that the product data do not state which model has which part's interfaces and stores"
	}
	return Diagnostics{at(p, Warning, "models[0]",
		"the product has %d models (%s) and %d parts on the device (%s), but no interface, port or data store of those parts states models: %s; write models on those interfaces, ports and data stores (interfaces[].models, ports[].models, data_stores[].models) naming the models each is on (all of them where every model has it)",
		len(ids), AndList(ids), len(parts), p.PartTheNames(parts), effect)}
}
