package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
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
