package mds2form

import (
	"github.com/jspgen/jspgen/generator/mds2"
)

// A product whose every part is hardware of the manufacturer's whose
// software is never updated once made (parts.field_updatable = false: a
// single-use sensor and nothing else) takes no update and no software at
// all once made: no patch of any kind is installed, remotely or
// automatically, and the owner installs no other software on it. Those
// CSUP answers are the data's, not the manufacturer's to give by hand;
// whether its software may need security fixes (CSUP-1 to CSUP-6), and
// how the manufacturer tells customers of them, stay its own. Where some
// part can be updated (the patch's gateway) the data decide nothing: the
// answers are about that part. They are read from what the product lacks,
// so they yield to the manufacturer's, with a warning where they deny it.

// neverUpdated reports such a product: at least one part, each on the
// device with field_updatable = false; the customer's own infrastructure
// and related systems, products of their own, are not its software.
func (f *mds2Facts) neverUpdated() bool {
	n := 0
	for _, pt := range f.p.PartsInUse() {
		if pt.Runs.IsCustomerInfrastructure() || f.p.IsRelatedPart(pt.ID) {
			continue
		}
		if !pt.Runs.IsDevice() || !pt.FieldUpdatable.IsFalse() {
			return false
		}
		n++
	}
	return n > 0
}

// neverUpdatedNo answers No for such a product, because so.
func neverUpdatedNo(so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if !f.neverUpdated() {
			return fact{}, false
		}
		d := f.no("parts", "are each on the device with field_updatable = false: their software is never updated once a unit is made, so "+so)
		d.Yields, d.Denies = true, mds2.Yes
		return d, true
	}
}

// orNeverUpdated is rule, else No for a product never updated (so).
func orNeverUpdated(rule func(*mds2Facts) (fact, bool), so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if d, ok := rule(f); ok {
			return d, true
		}
		return neverUpdatedNo(so)(f)
	}
}
