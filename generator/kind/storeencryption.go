package kind

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// MDS2StoreEncryption is what the manufacturer's own MDS2 answers on the
// encryption of the data the device stores (STCF-1 to STCF-1.2, and
// STCF-2 on its keys where a note or an N/A reason explains it) say, for
// the data-at-rest table's cell of store s where nothing says whether s
// is encrypted at rest (content.DataStore.AtRestUnstated): clauses joined
// by "; ", each with its question ID, the device (or product) named; ""
// where the form is not built, the form does not describe s (a hosted
// service's or a phone app's store: content.Product.MDS2DescribesStore),
// or the manufacturer answered none of them (notes that say only "Not
// stated" count as none). STCF-2's N/A reason comes last ("MammoCAD
// itself encrypts no stored data"), so that "not on by default" is not
// read as an option the product has.
func (d DocumentData) MDS2StoreEncryption(s content.DataStore) string {
	p := d.Product
	if p == nil || !d.Built.MDS2 || !s.AtRestUnstated() || !p.MDS2DescribesStore(s) {
		return ""
	}
	thing := "the device"
	if p.CalledProduct() {
		thing = "the product"
	}
	facts := []FormFact{
		{ID: "STCF-1", Yes: thing + " can encrypt the data it stores", No: thing + " cannot encrypt the data it stores"},
		{ID: "STCF-1.1", Yes: "all data stored on " + thing + " is encrypted or otherwise protected", No: "not all data stored on " + thing + " is encrypted or otherwise protected"},
		{ID: "STCF-1.2", Yes: "encryption of the data " + thing + " stores is on by default", No: "encryption of the data " + thing + " stores is not on by default"},
	}
	if p.MDS2.Answers["STCF-2"].Note != 0 {
		// a bare Yes or No on the keys adds little to the cell; one the
		// manufacturer explains in a note is cited as the others are
		facts = append(facts, FormFact{ID: "STCF-2", Yes: "the keys of that encryption can be changed or configured", No: "the keys of that encryption cannot be changed or configured"})
	}
	clauses, notes := FormClauses(p, facts)
	var na string
	if p.MDS2NotApplicable("STCF-2") {
		if r := strings.TrimRight(p.MDS2Reason("STCF-2"), ". "); r != "" {
			na = "the form answers N/A to " + FormCite(p, "STCF-2") + " (whether the encryption keys can be changed): " + render.EscapeCell(r)
		} else if p.MDS2.Answers["STCF-2"].Note != 0 {
			na = "the form answers N/A to STCF-2 (whether the encryption keys can be changed) and refers to its note " + strings.TrimPrefix(FormCite(p, "STCF-2"), "STCF-2, note ")
		}
	}
	if len(clauses) == 0 && na == "" && NotesSayNothing(notes) {
		return ""
	}
	out := JoinFormClauses(clauses, notes)
	if na != "" {
		if out != "" {
			out += "; "
		}
		out += na
	}
	return out
}

// MDS2EncryptedElsewhere is the names of the product's other data stores
// that state encrypted = true, for store s, in data order: the form's
// STCF answers are about the whole device, and a Yes may rest on those
// stores alone, not on s (the Holter's form answers STCF-1 Yes for its
// analysis software's database, on a part that is not the device). A
// store of a part the manufacturer hosts counts only where the form
// describes it (content.Product.MDS2DescribesStore: a hosted-only
// product); a device's form does not speak of its cloud service.
func (d DocumentData) MDS2EncryptedElsewhere(s content.DataStore) []string {
	p := d.Product
	if p == nil {
		return nil
	}
	var names []string
	for _, t := range p.DataStores {
		if t.ID == s.ID || !t.Encrypted.IsTrue() {
			continue
		}
		if p.Part(t.Part).Runs.IsManufacturerHosted() && !p.MDS2DescribesStore(t) {
			continue
		}
		names = append(names, render.EscapeCell(t.Name))
	}
	return names
}

// MDS2StoreEncryptionText is what the data-at-rest table's Protection
// cell of store s says after "Whether it is encrypted at rest is not
// stated" (or, with no protection written, after "Not stated"), before
// the final full stop: "" where MDS2StoreEncryption is "", else " for
// this store beyond the MDS2 form's answers: …". Where another store of
// the device states that it is encrypted (MDS2EncryptedElsewhere), the
// form's answers may be about that store only: the cell says that this
// store's encryption is not stated and that the answers are about the
// device as a whole, naming the store stated to be encrypted, so that a
// Yes is not read as being about this store (the Holter's microSD card
// beside its DPAPI-encrypted database). Where the form answers Yes or No
// to one of STCF-1 to STCF-1.2: a No beside a store stated to be
// encrypted is not the product's as a whole either (the CT scanner's
// 6.0 "cannot encrypt" beside its gateway's encrypted partition).
func (d DocumentData) MDS2StoreEncryptionText(s content.DataStore) string {
	enc := d.MDS2StoreEncryption(s)
	if enc == "" {
		return ""
	}
	p := d.Product
	var others []string
	if slices.ContainsFunc([]string{"STCF-1", "STCF-1.1", "STCF-1.2"}, func(id string) bool { a := p.MDS2Answered(id); return a == "yes" || a == "no" }) {
		others = d.MDS2EncryptedElsewhere(s)
	}
	if len(others) == 0 {
		return " for this store beyond the MDS2 form's answers: " + enc
	}
	thing, store := "device", "another store, "+others[0]+", is"
	if p.CalledProduct() {
		thing = "product"
	}
	if len(others) > 1 {
		store = "other stores, " + content.AndList(others) + ", are"
	}
	return " for this store. The MDS2 form's answers on encryption are about the " + thing + " as a whole, and the product data state that " + store + " encrypted at rest: " + enc
}
