package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// The answer data_stores[].encrypted can contradict: STCF-1.1, whether
// all data the device stores is encrypted or otherwise protected. A store
// stating encrypted = false does not make the answer No (access control
// may be the other protection), so a Yes beside it only needs its note;
// every store stating encrypted = true makes a No false. STCF-1.2, whether
// encryption at rest is on by default: a Yes is false when every store
// on the device states encrypted = false (the CSD then prints "Not
// encrypted at rest" for each), unless a note explains it.

// unencryptedStore (against STCF-1.1 Yes) is the first store on the
// device that states encrypted = false: of a part on the device when the
// product has one (a cloud service's store is not on the device), else
// of any part of the product (software only: its stores are the
// device's), never the customer's own infrastructure.
func (f *mds2Facts) unencryptedStore() (fact, bool) {
	device := f.p.HasDevice()
	for i, d := range f.p.DataStores {
		if f.deviceStore(d, device) && d.Encrypted.IsFalse() {
			return f.no(f.storePath(i)+".encrypted", fmt.Sprintf("is false for %s (%s)", d.ID, d.Name)), true
		}
	}
	return fact{}, false
}

// everyStoreEncrypted (against STCF-1.1 No): the product lists data
// stores and every one of its own states encrypted = true. A store that
// does not say decides nothing.
func (f *mds2Facts) everyStoreEncrypted() (fact, bool) {
	n := 0
	for _, d := range f.p.DataStores {
		if !f.ownStore(d) {
			continue
		}
		if !d.Encrypted.IsTrue() {
			return fact{}, false
		}
		n++
	}
	if n == 0 {
		return fact{}, false
	}
	return f.yes("data_stores", "states encrypted = true for every store of the product"), true
}

// noStoreEncrypted (against STCF-1.2 Yes) is every store on the device
// (as unencryptedStore chooses them) stating encrypted = false, at least
// one: as shipped nothing is encrypted at rest. A store that does not
// say decides nothing.
func (f *mds2Facts) noStoreEncrypted() (fact, bool) {
	device := f.p.HasDevice()
	var names []string
	for _, d := range f.p.DataStores {
		if !f.deviceStore(d, device) {
			continue
		}
		if !d.Encrypted.IsFalse() {
			return fact{}, false
		}
		names = append(names, d.ID)
	}
	if len(names) == 0 {
		return fact{}, false
	}
	where := "of the product" // software only: its stores are the device's
	if device {
		where = "on the device"
	}
	return f.no("data_stores", "states encrypted = false for every store "+where+" ("+strings.Join(names, ", ")+")"), true
}

// deviceStore reports a store of the device as unencryptedStore and
// noStoreEncrypted choose them: of a part on the device when the product
// has one (device), else of any part of the product, never the customer's
// own infrastructure.
func (f *mds2Facts) deviceStore(d content.DataStore, device bool) bool {
	return f.ownStore(d) && (!device || f.p.PartOfStore(d).Runs.IsDevice())
}

// checkOutsideDatabase warns where the manufacturer answers STCF-4 (data
// stored in a database outside the device) No, without a note, while the
// product has a part on the device and a data store holding PHI or PII
// on a part that is not on it: a service the manufacturer hosts, software
// on a server or a PC of the customer's, or the customer's own database.
// STCF-4 is never derived: whether such a store is a database is the
// store's database key (never its name or location), so a store stating
// database = true contradicts the No; one that does not say may, and is
// asked about where the manufacturer hosts its part or the part is the
// customer's own system; one stating database = false does not. The first
// store stating true is reported, else the first asked about.
func (r *mds2Resolver) checkOutsideDatabase(final map[string]mds2.Answer, givens map[string]given) {
	g, ok := givens["STCF-4"]
	if !ok || g.answer != mds2.No || final["STCF-4"] != mds2.No || g.entry.Note != 0 || !r.facts.p.HasDevice() {
		return
	}
	f := r.facts
	found, unsaid := -1, -1
	for i, d := range f.p.DataStores {
		pt := f.p.PartOfStore(d)
		if pt.ID == "" || pt.Runs.IsDevice() || !carriesPII(d.Data) || d.Database.IsFalse() {
			continue
		}
		if d.Database.IsTrue() {
			found = i
			break
		}
		// a store that does not say is asked about only where its part is
		// plainly outside the product's own hardware and software: a
		// service the manufacturer hosts, or the customer's own system;
		// software the customer hosts (a central station's server) may be
		// what the form calls the device
		if unsaid < 0 && (pt.Runs.IsManufacturerHosted() || pt.Runs.IsCustomerInfrastructure()) {
			unsaid = i
		}
	}
	if found < 0 && unsaid < 0 {
		return
	}
	i := found
	if i < 0 {
		i = unsaid
	}
	d := f.p.DataStores[i]
	pt := f.p.PartOfStore(d)
	holds := "PHI"
	switch {
	case d.Data.Has("phi") && d.Data.Has("pii"):
		holds = "PHI and PII"
	case !d.Data.Has("phi"):
		holds = "PII"
	}
	on := fmt.Sprintf("%s kept on %s%s, outside the device", holds, pt.TheName(), r.p.PartPlaced(pt))
	if found >= 0 {
		at := f.yes(f.storePath(i)+".database", fmt.Sprintf("is true for %s (%s), a store of %s", d.ID, d.Name, on))
		r.warnf(g.path, "answer No (no data stored in a database outside the device), but %s: that is data stored in a database outside the device; correct the answer, or explain it in a note ({ answer = \"no\", note = n })", at)
		return
	}
	at := f.yes(f.storePath(i), fmt.Sprintf("(%s, %s) is a store of %s", d.ID, d.Name, on))
	r.warnf(g.path, "answer No (no data stored in a database outside the device), but %s, and does not state whether it is a database (database not written): if it is one, the No is false; write database = true and correct the answer, write database = false where the store is files or a cache, or explain the No in a note ({ answer = \"no\", note = n })", at)
}
