package content

import (
	"fmt"
	"slices"
)

// Facts that hold for some models only. An interface (interfaces.models)
// or a port (ports.models, else its interface's) may be on some of the
// product's models only: a Wi-Fi module fitted to one model. The documents
// name those models beside the fact; a fact on every model names none, so
// a product whose facts do not differ by model reads as before.

// OnlyModels returns ids, in the product's model order, when they name
// some but not all of the product's models (of the models a document is
// about, for the product ForModels returns); nil when ids is empty
// (every model) or names every model.
func (p *Product) OnlyModels(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	var out []string
	n := 0
	for _, m := range p.Models {
		if p.about != nil && !slices.Contains(p.about, m.ID) {
			continue
		}
		n++
		if slices.Contains(ids, m.ID) {
			out = append(out, m.ID)
		}
	}
	if len(out) == n {
		return nil
	}
	return out
}

// ForModels returns the product as a document about the models ids
// alone sees it: a CSD about a version that runs on some models only
// (versions.models), a notice about some models (notices.models). Its
// interfaces, ports, data flows and data stores are those of
// OnModels(ids): an interface or store of other models only is not on
// the device the document describes. And a fact on every one of ids is
// on every model the document is about: OnlyModels, ModelsDiffer and the
// models key (AboutModels) read ids, not every model of the product. It returns p
// itself when ids is empty or names every model (of the models p is
// about).
func (p *Product) ForModels(ids []string) *Product {
	about := p.OnlyModels(ids)
	if about == nil {
		return p
	}
	on := p.OnModels(about)
	q := *on
	q.about = about
	q.leftOut = p.leftOut || len(on.Interfaces) < len(p.Interfaces) || len(on.Ports) < len(p.Ports)
	return &q
}

// AboutModels returns the models a document about the product reads it
// for: those ForModels was given, else every model.
func (p *Product) AboutModels() []Model {
	if p.about == nil {
		return p.Models
	}
	var out []Model
	for _, m := range p.Models {
		if slices.Contains(p.about, m.ID) {
			out = append(out, m)
		}
	}
	return out
}

// VersionOnlyOn words the models version v runs on (versions.models)
// when it does not run on every model the document is about (AboutModels):
// "models B and C only", naming them even where none of them is one the
// document is about; "" when it runs on each of them. A notice whose
// upgrade path leads to a version some of its models cannot run says
// which can.
func (p *Product) VersionOnlyOn(v *Version) string {
	if v == nil || len(v.Models) == 0 {
		return ""
	}
	if !slices.ContainsFunc(p.AboutModels(), func(m Model) bool { return !slices.Contains(v.Models, m.ID) }) {
		return ""
	}
	var ids []string
	for _, m := range p.Models {
		if slices.Contains(v.Models, m.ID) {
			ids = append(ids, m.ID)
		}
	}
	return OnlyOn(ids)
}

// AboutSomeModels reports whether the product is read for some of its
// models only (ForModels).
func (p *Product) AboutSomeModels() bool { return p.about != nil }

// ModelsLeftOut reports whether ForModels left out an interface or port
// that only models the document is not about have.
func (p *Product) ModelsLeftOut() bool { return p.leftOut }

// PortModels returns the models that use port pt when not every model
// does (OnlyModels of PortModelIDs); nil for every model.
func (p *Product) PortModels(pt Port) []string { return p.OnlyModels(p.PortModelIDs(pt)) }

// PortModelIDs returns the model IDs written for port pt: its own
// models, else its interface's; nil when neither lists any (every
// model).
func (p *Product) PortModelIDs(pt Port) []string {
	if len(pt.Models) > 0 {
		return pt.Models
	}
	if it := p.Interface(pt.Interface); it != nil {
		return it.Models
	}
	return nil
}

// ModelsDiffer reports whether an interface or port of the product is on
// some models only.
func (p *Product) ModelsDiffer() bool {
	for _, it := range p.Interfaces {
		if p.OnlyModels(it.Models) != nil {
			return true
		}
	}
	for _, pt := range p.Ports {
		if p.PortModels(pt) != nil {
			return true
		}
	}
	return false
}

// OnlyOn words a list of model IDs from OnlyModels for a table cell or a
// sentence: "model B only", "models B and C only"; "" for nil (every
// model).
func OnlyOn(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return modelWord(ids) + " only"
}

// modelRefs checks the models of q's interfaces, ports and data stores:
// each a model of the product, and a port's each a model its interface
// is on.
func (v *productValidator) modelRefs(q *Product) {
	known := v.p.writtenModelIDs()
	byID := map[string]Interface{}
	for i, it := range q.Interfaces {
		byID[it.ID] = it
		v.modelList(AtOr(it.At, fmt.Sprintf("interfaces[%d]", i))+".models", it.Models, known)
	}
	for i, d := range q.DataStores {
		v.modelList(AtOr(d.At, fmt.Sprintf("data_stores[%d]", i))+".models", d.Models, known)
	}
	for i, pt := range q.Ports {
		at := AtOr(pt.At, fmt.Sprintf("ports[%d]", i)) + ".models"
		v.modelList(at, pt.Models, known)
		it, ok := byID[pt.Interface]
		if !ok || len(it.Models) == 0 {
			continue
		}
		for j, id := range pt.Models {
			if known[id] && !slices.Contains(it.Models, id) {
				v.errorf(fmt.Sprintf("%s[%d]", at, j), "port %d/%s is on interface %q, which model %q does not have (interfaces.models: %s)", pt.Number, pt.Transport, it.ID, id, AndList(it.Models))
			}
		}
	}
}

// modelList checks a models key at path: known model IDs, none twice,
// and not written empty, which would read as every model (the key left
// out) though it names none. A version's view repeats the top-level
// entries, each reported once.
func (v *productValidator) modelList(path string, ids []string, known map[string]bool) {
	if len(ids) == 0 {
		if v.p.Source.Has(path) && !v.erredAt(path) {
			v.errorf(path, "names no model: list the models that have it, or leave models out for every model")
		}
		return
	}
	for j, id := range ids {
		at := fmt.Sprintf("%s[%d]", path, j)
		if v.erredAt(at) {
			continue
		}
		if len(known) == 0 {
			v.errorf(at, "unknown model %q: %s", id, noModelsNote)
		} else if !known[id] {
			v.errorf(at, "unknown model %q (want one of %s)", id, keysOf(known))
		} else if slices.Index(ids, id) < j {
			v.errorf(at, "model %q is listed twice", id)
		}
	}
}

// OnlyOnModels words the models ids name when they are some but not all
// of the product's (OnlyOn of OnlyModels): "model B only"; "" for every
// model.
func (p *Product) OnlyOnModels(ids []string) string { return OnlyOn(p.OnlyModels(ids)) }

// FlowOnlyOn words the models whose interface data flow d goes over
// when not every model has it (interfaces.models); "" for every model,
// or a flow that names no interface. The data-flow tables name them as
// the interface and port tables beside them do.
func (p *Product) FlowOnlyOn(d DataFlow) string {
	if d.Interface == "" {
		return ""
	}
	if it := p.Interface(d.Interface); it != nil {
		return p.OnlyOnModels(it.Models)
	}
	return ""
}

// PortOnlyOn words the models that use port pt when not every model does
// (PortModels); "" for every model.
func (p *Product) PortOnlyOn(pt Port) string { return OnlyOn(p.PortModels(pt)) }

// OnModels returns the product as it is on the models ids: its
// interfaces, ports, data flows, data stores and recommended controls
// less those on none of them (an interface or port of other models only,
// a flow over such an interface, a store other models alone keep, a
// control that concerns other models only: a hospital is not told to
// segment a model it does not have, nor to erase a store it lacks). Each
// entry kept keeps the key path it is written at (At), so diagnostics
// about the view name the product file's entries. It returns p itself when
// nothing is left out (every fact on one of ids, or ids empty).
func (p *Product) OnModels(ids []string) *Product {
	if len(ids) == 0 {
		return p
	}
	on := func(models []string) bool {
		return len(models) == 0 || slices.ContainsFunc(models, func(id string) bool { return slices.Contains(ids, id) })
	}
	ifaceOn := func(id string) bool {
		it := p.Interface(id)
		return it == nil || on(it.Models)
	}
	portOn := func(pt Port) bool { return on(p.PortModelIDs(pt)) }
	dropped := slices.ContainsFunc(p.Interfaces, func(it Interface) bool { return !on(it.Models) }) ||
		slices.ContainsFunc(p.Ports, func(pt Port) bool { return !portOn(pt) }) ||
		slices.ContainsFunc(p.RecommendedControls, func(rc RecommendedControl) bool { return !on(rc.Models) }) ||
		slices.ContainsFunc(p.DataStores, func(d DataStore) bool { return !on(d.Models) })
	if !dropped {
		return p
	}
	q := *p
	q.Interfaces, q.Ports, q.DataFlows, q.RecommendedControls, q.DataStores = nil, nil, nil, nil, nil
	for i, d := range p.DataStores {
		if on(d.Models) {
			d.At = AtOr(d.At, fmt.Sprintf("data_stores[%d]", i))
			q.DataStores = append(q.DataStores, d)
		}
	}
	for i, rc := range p.RecommendedControls {
		if on(rc.Models) {
			rc.At = AtOr(rc.At, fmt.Sprintf("recommended_controls[%d]", i))
			q.RecommendedControls = append(q.RecommendedControls, rc)
		}
	}
	for i, it := range p.Interfaces {
		if on(it.Models) {
			it.At = AtOr(it.At, fmt.Sprintf("interfaces[%d]", i))
			q.Interfaces = append(q.Interfaces, it)
		}
	}
	for i, pt := range p.Ports {
		if portOn(pt) {
			pt.At = AtOr(pt.At, fmt.Sprintf("ports[%d]", i))
			q.Ports = append(q.Ports, pt)
		}
	}
	for i, d := range p.DataFlows {
		if d.Interface == "" || ifaceOn(d.Interface) {
			d.At = AtOr(d.At, fmt.Sprintf("data_flows[%d]", i))
			q.DataFlows = append(q.DataFlows, d)
		}
	}
	return &q
}

// unreleasedModels warns about an interface, port or data store listed
// only for models that run no version (versions[].models): it is in no
// product the manufacturer releases, and a document that names its
// models names a device no version runs on. The top-level facts and
// every version's are checked, each entry once.
func (v *productValidator) unreleasedModels() {
	p := v.p
	running := map[string]bool{}
	for _, ver := range p.Versions {
		if len(ver.Models) == 0 {
			return // a version that runs on every model
		}
		for _, id := range ver.Models {
			running[id] = true
		}
	}
	released := func(ids []string) bool {
		return len(ids) == 0 || slices.ContainsFunc(ids, func(id string) bool { return running[id] })
	}
	views := []*Product{p}
	for _, ver := range p.Versions {
		if q := p.views[ver.Version]; q != nil && !slices.Contains(views, q) {
			views = append(views, q)
		}
	}
	seen := map[string]bool{}
	for _, q := range views {
		for i, it := range q.Interfaces {
			at := AtOr(it.At, fmt.Sprintf("interfaces[%d]", i))
			if !seen[at] && !released(it.Models) {
				v.warnf(at+".models", "interface %q is listed only for %s, which no version runs on (versions.models): it is in no released product; correct its models or the versions' models, or remove it", it.ID, modelWord(it.Models))
			}
			seen[at] = true
		}
		for i, pt := range q.Ports {
			at := AtOr(pt.At, fmt.Sprintf("ports[%d]", i))
			if !seen[at] && len(pt.Models) > 0 && !released(pt.Models) {
				v.warnf(at+".models", "port %d/%s is listed only for %s, which no version runs on (versions.models): it is in no released product; correct its models or the versions' models, or remove it", pt.Number, pt.Transport, modelWord(pt.Models))
			}
			seen[at] = true
		}
		for i, d := range q.DataStores {
			at := AtOr(d.At, fmt.Sprintf("data_stores[%d]", i))
			if !seen[at] && !released(d.Models) {
				v.warnf(at+".models", "data store %q is listed only for %s, which no version runs on (versions.models): it is in no released product; correct its models or the versions' models, or remove it", d.ID, modelWord(d.Models))
			}
			seen[at] = true
		}
	}
}

// ModelWord words model IDs for a sentence: "model M2", "models M2 and
// M3".
func ModelWord(ids []string) string { return modelWord(ids) }

// modelWord words model IDs for a diagnostic: "model M2", "models M2 and M3".
func modelWord(ids []string) string {
	if len(ids) == 1 {
		return "model " + ids[0]
	}
	return "models " + AndList(ids)
}
