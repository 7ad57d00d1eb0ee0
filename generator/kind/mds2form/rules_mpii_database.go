package mds2form

import (
	"fmt"
)

// databasePII (MPII-2.4, PII stored in a database): read from
// data_stores[].database on the stores MPII-2 counts (storesPII: the
// product's own stores; beside a part on the device, not one of a part the
// manufacturer hosts) that hold PHI or PII. Yes from the first marked
// true; No only where there is at least one such store and every one is
// marked false (a written list of stores is every store). A store that
// does not say leaves No undecided. Never read from a store's name or
// location: "PostgreSQL" in prose is the author's, database = true the
// fact.
func (f *mds2Facts) databasePII() (fact, bool) {
	hasDevice := f.p.HasDevice()
	var no []int
	unsaid := false
	for i, d := range f.p.DataStores {
		if hasDevice && f.p.PartOfStore(d).Runs.IsManufacturerHosted() || !f.ownStore(d) || !carriesPII(d.Data) {
			continue
		}
		switch {
		case d.Database.IsTrue():
			return f.yes(f.storePath(i)+".database", fmt.Sprintf("is true for %s%s; it holds PHI or PII", d.ID, f.storeOffHardware(d))), true
		case d.Database.IsFalse():
			no = append(no, i)
		default:
			unsaid = true
		}
	}
	if unsaid || len(no) == 0 {
		return fact{}, false
	}
	if len(no) == 1 {
		d := f.p.DataStores[no[0]]
		return f.no(f.storePath(no[0])+".database", fmt.Sprintf("is false for %s, the only store holding PHI or PII", d.ID)), true
	}
	return f.no("data_stores", "marks every store holding PHI or PII database = false"), true
}
