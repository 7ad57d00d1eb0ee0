package content

// A product may leave [[models]] out: software, or a device sold as one
// thing, has no model list. The loader then gives it one implicit model
// standing for the product itself (ID and name the product's), so that
// every rule keyed on models holds; the documents leave it out wherever
// they would name or tabulate models, and a key naming a model ID is an
// error (no model is written to name).

// addImplicitModel gives p, which lists no [[models]], its implicit model.
func addImplicitModel(p *Product) {
	if len(p.Models) > 0 {
		return
	}
	p.Models = []Model{{ID: p.ID, Name: p.Name, Implicit: true}}
}

// ImplicitModel reports whether the product lists no [[models]]: its one
// model is the implicit one, which documents do not name.
func (p *Product) ImplicitModel() bool {
	return len(p.Models) == 1 && p.Models[0].Implicit
}

// NamedModels returns the models the product file lists, for the
// documents that name or tabulate models: none for a product without
// [[models]].
func (p *Product) NamedModels() []Model {
	if p.ImplicitModel() {
		return nil
	}
	return p.Models
}

// writtenModelIDs is the set of the model IDs a key may name: those of
// the [[models]] written, none for a product without them.
func (p *Product) writtenModelIDs() map[string]bool {
	known := map[string]bool{}
	for _, m := range p.NamedModels() {
		known[m.ID] = true
	}
	return known
}

// noModelsNote is the error for a model ID named by a product without
// [[models]].
const noModelsNote = "the product lists no [[models]]: write them, or leave this key out"
