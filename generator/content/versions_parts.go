package content

import (
	"fmt"
	"slices"
	"strings"
)

// Parts per version: the top-level [[parts]] are the first version's,
// and a later version adds, changes or removes parts (parts_added,
// _changed, _removed, by id) like its interfaces. Product.At(v) then
// holds the version's own parts, so that a cloud service a later version
// introduces is no part of an earlier version's documents (its
// responsibilities, its derived MDS2 answers, "hosted by the
// manufacturer"), and a part a version drops is none of the newer ones'.

// versionParts is version ver's parts: the previous version's with the
// version's parts_added, _changed and _removed applied. A product whose
// file lists no [[parts]] has one implicit device part, which no entry
// can change, so its versions must not change parts; and a version keeps
// at least one part (without one, it would read as that implicit device).
func (v *productValidator) versionParts(path, ver string, prev []Part, c VersionChanges) []Part {
	if len(c.PartsAdded)+len(c.PartsChanged)+len(c.PartsRemoved) == 0 {
		return prev
	}
	if len(v.p.Parts) == 0 {
		key := "parts_added"
		for _, k := range []string{"parts_added", "parts_changed", "parts_removed"} {
			if v.p.Source.Has(path + k) {
				key = k
				break
			}
		}
		v.errorf(path+key, "the product lists no [[parts]], so its first version is one implicit device part, which a version cannot change: list the first version's parts in [[parts]] (runs = \"device\" for the device itself) and change them here")
		return prev
	}
	out := applyChanges(v, path+"parts", prev, c.PartsAdded, c.PartsChanged, c.PartsRemoved, func(x Part) string { return x.ID }, "id")
	if len(out) == 0 {
		v.errorf(path+"parts_removed", "version %s removes every part; a version is made of at least one part", ver)
		return prev
	}
	saying := v.updatesSaying()
	for _, pt := range append(slices.Clone(c.PartsAdded), c.PartsChanged...) {
		v.partEntry(pt.At, pt, saying)
	}
	return out
}

// removedPartsNamed reports, for each part version i's changes remove,
// the entries of the version's view q that still name it: an interface,
// port or data store it inherits (one the version adds or changes is
// checked where it is written, checkPartOf) or a port's peer_part, a data
// flow's end, a remote control entry it inherits, or a related system
// one of whose versions works with this version.
func (v *productValidator) removedPartsNamed(q *Product, i int) {
	path := fmt.Sprintf("versions[%d].changes.", i)
	ver := q.factsOf
	mine := func(at string) bool { return strings.HasPrefix(at, path) }
	for j, id := range q.Versions[i].Changes.PartsRemoved {
		if slices.ContainsFunc(q.Parts, func(pt Part) bool { return pt.ID == id }) {
			continue // removed and added again: applyChanges reported nothing wrong
		}
		var named []string
		for _, it := range q.Interfaces {
			if it.Part == id && !mine(it.At) {
				named = append(named, fmt.Sprintf("interface %q (%s)", it.ID, it.At))
			}
		}
		for _, pt := range q.Ports {
			if (pt.Part == id || pt.PeerPart == id) && !mine(pt.At) {
				named = append(named, fmt.Sprintf("port %d/%s (%s)", pt.Number, pt.Transport, pt.At))
			}
		}
		for _, d := range q.DataStores {
			if d.Part == id && !mine(d.At) {
				named = append(named, fmt.Sprintf("data store %q (%s)", d.ID, d.At))
			}
		}
		for _, f := range q.DataFlows {
			if f.From == id || f.To == id {
				named = append(named, fmt.Sprintf("data flow %q (%s)", f.ID, f.At))
			}
		}
		for _, rc := range q.RemoteControl {
			if rc.Part == id && !slices.Contains(q.Versions[i].Changes.RemoteControlAdded, rc) && !slices.Contains(q.Versions[i].Changes.RemoteControlChanged, rc) {
				named = append(named, fmt.Sprintf("remote control %q", rc.Name))
			}
		}
		for k, s := range q.RelatedSystems {
			if s.Part == id && slices.ContainsFunc(s.Versions, func(rv RelatedVersion) bool { return slices.Contains(rv.DeviceVersions, ver) }) {
				named = append(named, fmt.Sprintf("related system %q (related_systems[%d], whose versions work with %s)", s.ID, k, ver))
			}
		}
		if len(named) > 0 {
			v.errorf(fmt.Sprintf("%sparts_removed[%d]", path, j), "version %s removes part %q, which its %s still name: remove or change them in this version too (expected no entry naming %q, found %d)", ver, id, AndList(named), id, len(named))
		}
	}
}

// everyPart is every part any version has, each once by id (the newest
// version's entry for a part that versions change), oldest first: a part
// a product-wide entry (a related system, a diagram's text) may name.
func (p *Product) everyPart() []Part {
	base := p.Base()
	out := slices.Clone(base.AllParts())
	for _, ver := range base.Versions {
		for _, pt := range base.At(ver.Version).AllParts() {
			if k := slices.IndexFunc(out, func(o Part) bool { return o.ID == pt.ID }); k >= 0 {
				out[k] = pt
			} else {
				out = append(out, pt)
			}
		}
	}
	return out
}

// anyVersionPart is the part with the given id as this view has it,
// else as the newest version that has it: a related system is described
// across the versions, and may be the part a later version adds.
func (p *Product) anyVersionPart(id string) Part {
	if pt := p.Part(id); pt.ID != "" || id == "" {
		return pt
	}
	for _, pt := range p.everyPart() {
		if pt.ID == id {
			return pt
		}
	}
	return Part{}
}

// relatedParts checks the part a related system names against the
// versions: it is a part of some version, and every device version a
// version of the system works with has it.
func (v *productValidator) relatedParts() {
	p := v.p
	known := map[string]bool{}
	for _, pt := range p.everyPart() {
		known[pt.ID] = true
	}
	for i, s := range p.RelatedSystems {
		if s.Part == "" || !known[s.Part] || strings.TrimSpace(s.Maker) != "" {
			continue
		}
		for j, rv := range s.Versions {
			for k, dv := range rv.DeviceVersions {
				q, ok := p.views[dv]
				if !ok || q.Part(s.Part).ID != "" {
					continue
				}
				ids := map[string]bool{}
				for _, pt := range q.AllParts() {
					ids[pt.ID] = true
				}
				v.errorf(fmt.Sprintf("related_systems[%d].versions[%d].device_versions[%d]", i, j, k), "works with device version %s, which has no part %q (expected %q among version %s's parts, found %s): a version adds a part with parts_added, and the system works only with the versions that have it", dv, s.Part, s.Part, dv, keysOf(ids))
			}
		}
	}
}
