package kind_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestR5FormFallbacks: the exoskeleton's key facts say that the table
// gives the patching of the tablet, whose operating system, per the
// manufacturer's CSUP-2 Yes, may need patches nobody is said to install;
// the AED's rescue-data store, whose encryption is not written, gets the
// form's STCF-1 answers, and only where the form is built.
func TestR5FormFallbacks(t *testing.T) {
	load := func(fixture, id string) *content.Product {
		dir := "../testdata/" + fixture
		site, cont := kindtest.CopyRepo(t, dir+"/jspgen.toml", dir+"/content", "", nil)
		c, _ := kindtest.Load(t, site, cont)
		p, _ := kindtest.Product(t, c, id)
		return p.Product
	}
	exo := load("exoskeleton", "stridecore")
	const tail = "; the MDS2 form answers that the device runs an operating system that may need security patches (CSUP-2), and who installs those patches is not stated beyond the patching quoted there."
	if got := (kind.DocumentData{Product: exo, Built: kind.Built{MDS2: true}}).FixReachTable(); got != " The responsibility table below gives the patching of the StrideCore exoskeleton and the StrideCore tablet"+tail {
		t.Errorf("FixReachTable with the form:\n got %q", got)
	}
	if got := (kind.DocumentData{Product: exo}).FixReachTable(); got != " The responsibility table below gives the patching of the StrideCore exoskeleton and the StrideCore tablet." {
		t.Errorf("FixReachTable without the form:\n got %q", got)
	}

	aed := load("aed", "lifeguard")
	var store content.DataStore
	for _, s := range aed.DataStores {
		if s.Name == "Rescue data" {
			store = s
		}
	}
	const want = "the device cannot encrypt the data it stores (STCF-1); not all data stored on the device is encrypted or otherwise protected (STCF-1.1); encryption of the data the device stores is not on by default (STCF-1.2)"
	if got := (kind.DocumentData{Product: aed, Built: kind.Built{MDS2: true}}).MDS2StoreEncryption(store); got != want {
		t.Errorf("MDS2StoreEncryption:\n got %q\nwant %q", got, want)
	}
	if got := (kind.DocumentData{Product: aed}).MDS2StoreEncryption(store); got != "" {
		t.Errorf("MDS2StoreEncryption without the form: got %q", got)
	}
}
