package content

import "fmt"

// ruleInterfaceKindUnstated warns, once per interface entry at its key
// path, about an interface whose kind is not written (interfaces.kind),
// where a document that lists or derives from the interfaces is built:
// the interfaces tables then give its kind as not stated, and the MDS2
// answers that only its kind would decide (CONN-1.x, MPII-3.x) are left
// open. Every entry is checked, a version's changes too.
func ruleInterfaceKindUnstated(p *Product) Diagnostics {
	if !producesAny(p, "security_plan", "csd", "mds2", "notices", "risk_report") {
		return nil
	}
	type entry struct {
		it   Interface
		path string
	}
	var entries []entry
	for i, it := range p.Interfaces {
		entries = append(entries, entry{it, AtOr(it.At, fmt.Sprintf("interfaces[%d]", i))})
	}
	for _, v := range p.Versions {
		for _, it := range append(append([]Interface(nil), v.Changes.InterfacesAdded...), v.Changes.InterfacesChanged...) {
			if it.At != "" {
				entries = append(entries, entry{it, it.At})
			}
		}
	}
	var out Diagnostics
	seen := map[string]bool{}
	for _, e := range entries {
		if e.it.Kind.Stated() || seen[e.path] {
			continue
		}
		seen[e.path] = true
		out = append(out, at(p, Warning, e.path,
			"interface %q does not state its kind: the interfaces tables say its kind is not stated, and the MDS2 answers that only its kind would decide (which wired or wireless links the device has, and over which of them PHI or PII moves) are left to hand answers; write kind (ethernet, wifi, …, or other) if the source says which link it is", e.it.ID))
	}
	return out
}
