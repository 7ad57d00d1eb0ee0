package notices

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
)

// A notice about the end of some models' software does not retire a part
// those models share with others: the BreathLog Cloud of the Gen 1
// sensor's firmware 1.9 goes on serving the Gen 2 sensor's 2.3. Its data
// stores are not erased when the affected devices are retired, so the
// notice's decommissioning section lists them apart, saying they stay.

// continuing is a part off the device whose data stores stay when the
// notice's devices are retired, with the versions it goes on with.
type continuing struct {
	part     content.Part
	versions []string
	stores   []string
}

// continuesWith returns, for the part of each store, the versions it
// continues with (nil when none; not the models they run on, which may
// not hold the part: the server of a system goes on beside other
// models' monitors): versions not past their end of
// support nor withdrawn on the notice's release (on) that run on some
// model the notice does not concern and use the part. A part on the
// device is never shared: each unit runs one model's software. A part
// the manufacturer hosts serves every customer, so a version the notice
// does not name goes on with it on the notice's models too (ClearBite
// Connect goes on serving 3.4 on the laptops 3.3 ran on): the customer
// retires its own devices, not the manufacturer's service. For any
// other part, a product without models, or a version on the notice's
// models only, decides nothing, and the store stays in the list to
// erase.
func continuesWith(p kind.Product, n content.Notice, on content.Date, id string) (versions []string) {
	pt := p.Part(id)
	if pt.ID == "" || pt.Runs.IsDevice() {
		return nil
	}
	var concerned []string
	for _, m := range p.NoticeModels(n) {
		concerned = append(concerned, m.ID)
	}
	hosted := pt.Runs.IsManufacturerHosted() && n.AboutVersions() && len(n.Versions) > 0
	if len(concerned) == 0 && !hosted {
		return nil
	}
	for i := range p.Versions {
		w := &p.Versions[i]
		if st := w.Stage(on); st == "End of Support" || st == "Withdrawn" {
			continue
		}
		other := len(concerned) > 0 && slices.ContainsFunc(p.ModelIDs(w), func(m string) bool { return !slices.Contains(concerned, m) })
		if hosted && !slices.Contains(n.Versions, w.Version) {
			other = true
		}
		if !other || !slices.ContainsFunc(p.At(w.Version).PartsInUse(), func(q content.Part) bool { return q.ID == id }) {
			continue
		}
		versions = append(versions, w.Version)
	}
	return versions
}

// splitKept takes the stores of parts that continue (continuesWith) out
// of stores, and says in one sentence that they stay (Markdown): "BreathLog
// Cloud, which the manufacturer hosts, stays in service for software
// `2.3`, a version this notice does not concern, and so does its data
// store: BreathLog Cloud patient records." "" when none continues.
func splitKept(p kind.Product, n content.Notice, on content.Date, stores []content.DataStore) ([]content.DataStore, string) {
	var kept []continuing
	var left []content.DataStore
	for _, d := range stores {
		pt := p.PartOfStore(d)
		vs := continuesWith(p, n, on, pt.ID)
		if vs == nil {
			left = append(left, d)
			continue
		}
		j := slices.IndexFunc(kept, func(c continuing) bool { return c.part.ID == pt.ID })
		if j < 0 {
			kept = append(kept, continuing{part: pt, versions: vs})
			j = len(kept) - 1
		}
		if name := render.EscapeText(d.Name) + keptTerms(d); !slices.Contains(kept[j].stores, name) {
			kept[j].stores = append(kept[j].stores, name)
		}
	}
	var clauses []string
	for _, c := range kept {
		coded := make([]string, len(c.versions))
		for i, v := range c.versions {
			coded[i] = render.CodeSpan(v)
		}
		// a part that is a related system has versions of its own: it
		// works with the product's versions, it does not run them
		goes := " continues with software "
		stays := ", so its data " + content.Plural(len(c.stores), "store stays", "stores stay") + " in service: "
		switch {
		case ownVersions(p, c.part.ID):
			goes = " has versions of its own and also works with software "
		case c.part.Runs.IsManufacturerHosted():
			// a service the manufacturer hosts serves the versions that
			// use it; the data do not say it runs their software (a
			// portal beside an AED's firmware)
			goes = ", which the manufacturer hosts, stays in service for software "
			stays = ", and so " + content.Plural(len(c.stores), "does its data store", "do its data stores") + ": "
		}
		clauses = append(clauses, render.EscapeText(c.part.TheName())+goes+content.AndList(coded)+", "+
			content.Plural(len(coded), "a version", "versions")+" this notice does not concern"+stays+content.AndList(c.stores))
	}
	if len(clauses) == 0 {
		return stores, ""
	}
	s := strings.Join(clauses, "; ")
	return left, strings.ToUpper(s[:1]) + s[1:] + "."
}

// keptTerms is what the data state of how long a kept store keeps the
// customer's data and how it is erased, for the customer that leaves the
// product altogether (the table that would have said it leaves the store
// out): " (retention: Studies 30 days after analysis; sanitisation: Not
// stated)"; "" when neither is stated.
func keptTerms(d content.DataStore) string {
	var terms []string
	if r := strings.TrimSuffix(strings.TrimSpace(d.Retention), "."); r != "" {
		terms = append(terms, "retention: "+render.EscapeText(r))
	}
	if s := strings.TrimSuffix(strings.TrimSpace(d.Sanitize), "."); s != "" {
		terms = append(terms, "sanitisation: "+render.EscapeText(s))
	}
	if len(terms) == 0 {
		return ""
	}
	return " (" + strings.Join(terms, "; ") + ")"
}

// noneLeft is what the notice says in place of the table when every
// store is kept (splitKept): "The product data lists no data store on
// the BreathLog sensor, so no stored data is to be erased from it.";
// "" when some store is left or none is kept.
func noneLeft(p kind.Product, n content.Notice, on content.Date, kept string) string {
	if kept == "" {
		return ""
	}
	var names []string
	var seen []string
	for _, q := range kind.NoticeVersionFacts(p, n) {
		for _, pt := range q.PartsInUse() {
			if slices.Contains(seen, pt.ID) {
				continue
			}
			seen = append(seen, pt.ID)
			// the customer's own infrastructure (its identity provider)
			// keeps none of the product's data to erase
			if continuesWith(p, n, on, pt.ID) == nil && !pt.Runs.IsCustomerInfrastructure() {
				names = append(names, render.EscapeText(pt.TheName()))
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "The product data lists no data store on " + content.OrList(names) + ", so no stored data is to be erased from " + content.Plural(len(names), "it", "them") + "."
}

// ownVersions reports whether part id is a related system's part that
// states versions of its own (related_systems.part and .versions): such a
// part is released apart from the product, so it is not said to run the
// product's software.
func ownVersions(p kind.Product, id string) bool {
	return slices.ContainsFunc(p.RelatedSystems, func(s content.RelatedSystem) bool { return s.Part == id && len(s.Versions) > 0 })
}

// upgradedKept says which data stores of the table stay in service on
// the units a software-only upgrade path keeps (Markdown): such a path
// keeps the hardware (upgrade_paths.kind = "software_only"), so the units
// of a device part that its target version also uses go on, with their
// stores, once upgraded; the table then speaks of the units that are
// retired instead. A part whose software is never updated after
// manufacture (parts.field_updatable = false) is not upgraded, and is
// left out, and so is a store the target version does not keep on the
// same part. "" when no such path or store.
func upgradedKept(p kind.Product, n content.Notice, stores []content.DataStore) string {
	if !n.AboutVersions() || p.NoticeEndsModels(n) != nil {
		return ""
	}
	var to, names, erased []string
	for _, u := range n.UpgradePaths {
		if u.Kind != "software_only" || u.ToVersion == "" || slices.Contains(n.Versions, u.ToVersion) || p.Version(u.ToVersion) == nil {
			continue
		}
		target := p.At(u.ToVersion)
		used := target.PartsInUse()
		found := false
		for _, d := range stores {
			pt := p.PartOfStore(d)
			if pt.ID == "" || !pt.Runs.IsDevice() || pt.FieldUpdatable.IsFalse() ||
				!slices.ContainsFunc(used, func(q content.Part) bool { return q.ID == pt.ID && !q.FieldUpdatable.IsFalse() }) ||
				// the target version keeps the store on the same part
				!slices.ContainsFunc(target.DataStores, func(e content.DataStore) bool { return e.ID == d.ID && e.Part == d.Part }) {
				continue
			}
			found = true
			if name := render.EscapeText(d.Name); !slices.Contains(names, name) {
				names = append(names, name)
				if strings.TrimSpace(d.Sanitize) != "" {
					erased = append(erased, name)
				}
			}
		}
		if c := render.CodeSpan(u.ToVersion); found && !slices.Contains(to, c) {
			to = append(to, c)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "Units upgraded to software " + content.OrList(to) + " without a change of hardware stay in use, and with them " +
		content.Plural(len(names), "this data store", "these data stores") + ": " + content.AndList(names) +
		"; " + retiredErasure(names, erased)
}

// retiredErasure says how the kept stores are erased from the units that
// are retired: the table says so only of a store whose sanitisation is
// stated (data_stores.sanitize); for the others it is not stated, and the
// sentence does not claim the table says it.
func retiredErasure(names, erased []string) string {
	var unstated []string
	for _, name := range names {
		if !slices.Contains(erased, name) {
			unstated = append(unstated, name)
		}
	}
	switch {
	case len(unstated) == 0:
		return "the table says how " + content.Plural(len(names), "it is", "they are") + " erased from units that are retired."
	case len(erased) == 0:
		return "how " + content.Plural(len(names), "it is", "they are") + " erased from units that are retired is not stated."
	}
	return "the table says how " + content.AndList(erased) + " " + content.Plural(len(erased), "is", "are") +
		" erased from units that are retired; how " + content.AndList(unstated) + " " + content.Plural(len(unstated), "is", "are") + " erased is not stated."
}
