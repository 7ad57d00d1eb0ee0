package kind_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestStoreEncryptionOtherStore: the Holter's microSD card, whose
// encryption is not stated, must not read the form's STCF-1 and STCF-1.2
// Yes (which the DPAPI-encrypted database beside it explains) as about
// the card (REPORT-holter 2); MammoCAD's study cache gets the form's
// STCF-2 N/A reason that MammoCAD itself encrypts nothing, beside
// "not on by default" (REPORT-onpremsamd 7).
func TestStoreEncryptionOtherStore(t *testing.T) {
	load := func(fixture, id, store string) (*content.Product, content.DataStore) {
		dir := "../testdata/" + fixture
		site, cont := kindtest.CopyRepo(t, dir+"/jspgen.toml", dir+"/content", "", nil)
		c, _ := kindtest.Load(t, site, cont)
		p, _ := kindtest.Product(t, c, id)
		for _, s := range p.Product.DataStores {
			if s.ID == store {
				return p.Product, s
			}
		}
		t.Fatalf("%s: no store %s", fixture, store)
		return nil, content.DataStore{}
	}
	holter, card := load("holter", "rhythmtrace", "card")
	d := kind.DocumentData{Product: holter, Built: kind.Built{MDS2: true}}
	const wantCard = " for this store. The MDS2 form's answers on encryption are about the device as a whole, and the product data state that another store, RhythmTrace Analyst database, is encrypted at rest: the device can encrypt the data it stores (STCF-1); encryption of the data the device stores is on by default (STCF-1.2); the form refers to its note 6 for STCF-1.1"
	if got := d.MDS2StoreEncryptionText(card); got != wantCard {
		t.Errorf("holter card:\n got %q\nwant %q", got, wantCard)
	}

	mammo, cache := load("onpremsamd", "mammocad", "studycache")
	d = kind.DocumentData{Product: mammo, Built: kind.Built{MDS2: true}}
	const wantCache = " for this store beyond the MDS2 form's answers: all data stored on the product is encrypted or otherwise protected (STCF-1.1); encryption of the data the product stores is not on by default (STCF-1.2); the form refers to its note 1 for STCF-1; the form answers N/A to STCF-2 (whether the encryption keys can be changed): MammoCAD itself encrypts no stored data; encryption of the virtual machine's disks is the hospital's (note 1)"
	if got := d.MDS2StoreEncryptionText(cache); got != wantCache {
		t.Errorf("onpremsamd cache:\n got %q\nwant %q", got, wantCache)
	}
	if got := (kind.DocumentData{Product: mammo}).MDS2StoreEncryptionText(cache); got != "" {
		t.Errorf("without the form: got %q", got)
	}
}
