package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/mds2"
)

// deviceDatabase (STCF-3, whether data are stored in a database on the
// device): read from data_stores[].database on the stores of a part that
// runs on the device's own hardware, whatever data they hold (MPII-2.4
// reads the same fact on the stores holding PHI or PII; STCF-3 asks
// about any data). Yes from the first such store marked true (dexalegacy:
// the acquisition PC's Access database, beside MPII-2.4 Yes). No only
// where data_stores is written (a written list is every store: "[]" says
// the device keeps no data), at least one store is on a part on the
// device, and every store that is, or whose part is not known, marks
// database = false. A store that does not say leaves No undecided; a
// product with no part on the device (a SaMD) decides nothing, as its
// "device" has no storage of its own; and the store's name or location
// never decides.
func (f *mds2Facts) deviceDatabase() (fact, bool) {
	if !f.p.HasDevice() {
		return fact{}, false
	}
	var no []int
	unsaid := false
	for i, d := range f.p.DataStores {
		pt := f.p.PartOfStore(d)
		if pt.ID != "" && !pt.Runs.IsDevice() {
			continue
		}
		switch {
		case d.Database.IsTrue() && pt.Runs.IsDevice():
			of := "a data store of the device"
			if len(f.p.Parts) > 0 {
				of = fmt.Sprintf("a data store of %s, which runs on the device's own hardware", pt.TheName())
			}
			return f.yes(f.storePath(i)+".database", fmt.Sprintf("is true for %s (%s), %s", d.ID, d.Name, of)), true
		case d.Database.IsFalse() && pt.Runs.IsDevice():
			no = append(no, i)
		default:
			unsaid = true
		}
	}
	if unsaid || len(no) == 0 || !f.states("data_stores", len(f.p.DataStores)) {
		return fact{}, false
	}
	if len(no) == 1 {
		d := f.p.DataStores[no[0]]
		return f.no(f.storePath(no[0])+".database", fmt.Sprintf("is false for %s, the only data store of a part on the device", d.ID)), true
	}
	return f.no("data_stores", "marks every data store of a part on the device database = false"), true
}

// mpii35Rule and mpii36Rule are the rules of MPII-3.5 (PII over a wired
// network) and MPII-3.6 (over a wireless connection), named so that
// MPII-3.10 can read them (unlessHostLinksOther).
var (
	mpii35Rule = unlessUnlistedPII(unlessHostLinks(unlessVirtualFlowPII(orFlowPII((*mds2Facts).wiredNetworkPII, (*mds2Facts).piiFlowWired))))
	mpii36Rule = unlessUnlistedPII(unlessHostLinks(orFlowPII((*mds2Facts).wirelessPII, piiFlowWireless)))
)

// unlessHostLinksOther (MPII-3.10, any other way of moving PII) leaves
// rule's No undecided where MPII-3.5 or MPII-3.6 is the host-link N/A of
// a product with no part on the device (rules_mpii_hostlink.go: the
// connections of the host it runs on are that host's): PHI or PII then
// may leave over that host's network, which neither of them counts, so
// "no other way" would deny the route the data give (k8sai: MPII-3 Yes
// beside No or N/A on every route). Whether the host's network is
// another way is the manufacturer's to answer, unless its own answers
// to MPII-3.5 and MPII-3.6 stand in place of those N/As (hostLinkNAs).
func unlessHostLinksOther(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if !ok || d.Answer != mds2.No || f.p.HasDevice() {
			return d, ok
		}
		if len(f.hostLinkNAs()) > 0 {
			return fact{}, false
		}
		return d, ok
	}
}

// hostLinkNAs are those of MPII-3.5 and MPII-3.6 whose answer on the
// form is the host-link N/A of a product with no part on the device
// (unlessHostLinks): derived so and not replaced by the manufacturer's
// own answer. A hand answer (No in place of the N/A: the plug-in hands
// PHI to its host only inside it) counts the host's network itself, so
// it leaves MPII-3.10 nothing to keep open, and the warning names only
// the N/As the form prints.
func (f *mds2Facts) hostLinkNAs() []string {
	var na []string
	for _, r := range []struct {
		id   string
		rule func(*mds2Facts) (fact, bool)
	}{{"MPII-3.5", mpii35Rule}, {"MPII-3.6", mpii36Rule}} {
		if f.p.MDS2Answered(r.id) != "" {
			continue // the form prints the manufacturer's answer
		}
		if g, ok := r.rule(f); ok && g.Answer == mds2.NA && g.Path == "parts" {
			na = append(na, r.id)
		}
	}
	return na
}
