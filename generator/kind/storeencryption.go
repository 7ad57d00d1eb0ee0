package kind

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// MDS2StoreEncryption is what the manufacturer's own MDS2 answers on the
// encryption of the data the device stores (STCF-1 to STCF-1.2) say, for
// the data-at-rest table's cell of store s where nothing says whether s is
// encrypted at rest (content.DataStore.AtRestUnstated): clauses joined by
// "; ", each with its question ID, the device (or product) named; "" where
// the form is not built, the form does not describe s (a hosted service's
// or a phone app's store: content.Product.MDS2DescribesStore), or the
// manufacturer answered none of them (notes that say only "Not stated"
// count as none).
func (d DocumentData) MDS2StoreEncryption(s content.DataStore) string {
	p := d.Product
	if p == nil || !d.Built.MDS2 || !s.AtRestUnstated() || !p.MDS2DescribesStore(s) {
		return ""
	}
	thing := "the device"
	if p.CalledProduct() {
		thing = "the product"
	}
	clauses, notes := FormClauses(p, []FormFact{
		{ID: "STCF-1", Yes: thing + " can encrypt the data it stores", No: thing + " cannot encrypt the data it stores"},
		{ID: "STCF-1.1", Yes: "all data stored on " + thing + " is encrypted or otherwise protected", No: "not all data stored on " + thing + " is encrypted or otherwise protected"},
		{ID: "STCF-1.2", Yes: "encryption of the data " + thing + " stores is on by default", No: "encryption of the data " + thing + " stores is not on by default"},
	})
	if len(clauses) == 0 && !slices.ContainsFunc(notes, func(n string) bool { return !strings.HasPrefix(n, UnstatedMark) }) {
		return ""
	}
	return JoinFormClauses(clauses, notes)
}
