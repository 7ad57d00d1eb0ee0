package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

func encryptedStore(id string, enc content.Tri, part string) content.DataStore {
	d := store(id, "phi")
	d.Encrypted, d.Part = enc, part
	return d
}

// TestCheckSTCF11AgainstData: a hand STCF-1.1 Yes beside a store on the
// device that states encrypted = false, and a No beside stores that all
// state encrypted = true, warn; a note, a consistent answer, a store that
// does not say, a cloud store beside the device, and the customer's own
// store do not.
func TestCheckSTCF11AgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	parts := func(w *world) {
		w.p.Parts = []content.Part{{ID: "dev", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "pacs", Name: "Hospital PACS", Runs: "customer_infrastructure"}}
	}
	plainLog := func(w *world) {
		parts(w)
		w.p.DataStores = []content.DataStore{encryptedStore("db", content.True, "dev"), encryptedStore("log", content.False, "dev")}
	}
	allEncrypted := func(w *world) {
		parts(w)
		w.p.DataStores = []content.DataStore{encryptedStore("db", content.True, "dev"), encryptedStore("blob", content.True, "cloud"),
			encryptedStore("images", content.False, "pacs")}
	}
	runAgainstData(t, []againstDataCase{
		{"Yes beside an unencrypted store on the device", "STCF-1.1", yes, plainLog,
			"answer Yes, but data_stores[1].encrypted (content/p.toml:1) is false for log (log): that is data stored without encryption, which the Yes covers only if something else protects it: say what in the note"},
		{"Yes with its note", "STCF-1.1", content.MDS2Answer{Answer: "yes", Note: 1}, plainLog, ""},
		{"No beside an unencrypted store", "STCF-1.1", no, plainLog, ""},
		{"Yes, the store does not say", "STCF-1.1", yes, func(w *world) {
			plainLog(w)
			w.p.DataStores[1].Encrypted = content.Unstated
		}, ""},
		{"Yes, only the cloud's store is unencrypted", "STCF-1.1", yes, func(w *world) {
			plainLog(w)
			w.p.DataStores[1].Part = "cloud"
		}, ""},
		{"Yes, a software-only product's store", "STCF-1.1", yes, func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.DataStores = []content.DataStore{encryptedStore("blob", content.False, "cloud")}
		}, "data_stores[0].encrypted (content/p.toml:1) is false for blob"},

		{"No beside every store encrypted", "STCF-1.1", no, allEncrypted,
			"answer No, but data_stores (content/p.toml:1) states encrypted = true for every store of the product: that is all stored data encrypted"},
		{"No with its note", "STCF-1.1", content.MDS2Answer{Answer: "no", Note: 2}, allEncrypted, ""},
		{"Yes beside every store encrypted", "STCF-1.1", yes, allEncrypted, ""},
		{"No, a store does not say", "STCF-1.1", no, func(w *world) {
			allEncrypted(w)
			w.p.DataStores[1].Encrypted = content.Unstated
		}, ""},
		{"No, no store of the product", "STCF-1.1", no, func(w *world) {
			parts(w)
			w.p.DataStores = []content.DataStore{encryptedStore("images", content.True, "pacs")}
		}, ""},
	})
}

// TestCheckSTCF12AgainstData: a hand STCF-1.2 Yes (encryption at rest on
// by default) beside stores on the device that all state encrypted =
// false warns; a store encrypted, a store that does not say, a note, a
// No, and only a cloud or the customer's own store unencrypted do not.
func TestCheckSTCF12AgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	nothingEncrypted := func(w *world) {
		w.p.Parts = []content.Part{{ID: "dev", Name: "Monitor", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "pacs", Name: "Hospital PACS", Runs: "customer_infrastructure"}}
		w.p.DataStores = []content.DataStore{encryptedStore("db", content.False, "dev"), encryptedStore("log", content.False, "dev"),
			encryptedStore("blob", content.True, "cloud"), encryptedStore("images", content.True, "pacs")}
	}
	runAgainstData(t, []againstDataCase{
		{"Yes beside no store on the device encrypted", "STCF-1.2", yes, nothingEncrypted,
			"answer Yes, but data_stores (content/p.toml:1) states encrypted = false for every store on the device (db, log): that is no data encrypted at rest as shipped, so no encryption on by default"},
		{"Yes with its note", "STCF-1.2", content.MDS2Answer{Answer: "yes", Note: 1}, nothingEncrypted, ""},
		{"No beside no store encrypted", "STCF-1.2", no, nothingEncrypted, ""},
		{"Yes, one store on the device encrypted", "STCF-1.2", yes, func(w *world) {
			nothingEncrypted(w)
			w.p.DataStores[1].Encrypted = content.True
		}, ""},
		{"Yes, one store on the device does not say", "STCF-1.2", yes, func(w *world) {
			nothingEncrypted(w)
			w.p.DataStores[0].Encrypted = content.Unstated
		}, ""},
		{"Yes, only the cloud's and the customer's stores unencrypted", "STCF-1.2", yes, func(w *world) {
			nothingEncrypted(w)
			w.p.DataStores = []content.DataStore{encryptedStore("db", content.True, "dev"), encryptedStore("blob", content.False, "cloud"),
				encryptedStore("images", content.False, "pacs")}
		}, ""},
		{"Yes, a software-only product's stores", "STCF-1.2", yes, func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.DataStores = []content.DataStore{encryptedStore("blob", content.False, "cloud")}
		}, "states encrypted = false for every store of the product (blob)"},
	})
}
