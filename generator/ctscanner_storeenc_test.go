package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCTScannerNoBesideEncryptedStore (ctscanner review, finding 1): the
// 6.0 CSD gave a store whose encryption is not stated the form's hand
// STCF-1 No, "the device cannot encrypt the data it stores", as if about
// the device, beside the gateway's partition stated to be encrypted. A No
// is the form's answer about the device as a whole too.
func TestCTScannerNoBesideEncryptedStore(t *testing.T) {
	csd := buildFixture(t, "ctscanner")("kestrel-ct/6.0/csd.md")
	kindtest.SaysAll(t, "6.0/csd.md", csd,
		"| Raw data buffer | Reconstruction server (on the device) |",
		"Whether it is encrypted at rest is not stated for this store. The MDS2 form's answers on encryption are about the device as a whole, and the product data state that another store, Gateway update and log staging area, is encrypted at rest: the device cannot encrypt the data it stores (STCF-1)")
	kindtest.SaysNone(t, "6.0/csd.md", csd, "not stated for this store beyond the MDS2 form's answers: the device cannot encrypt")
}

// TestRiskReportHarmIsTheManufacturers (anaesthesia review, finding 5):
// the risk report labelled a threat's safety_harm text "Potential harm:",
// as if it were jspgen's judgement beside the harm severity; the text is
// the manufacturer's description, as the plan now says.
func TestRiskReportHarmIsTheManufacturers(t *testing.T) {
	md := buildFixture(t, "ctscanner")("kestrel-ct/risk-report.md")
	kindtest.SaysAll(t, "risk-report.md", md, "- **T-01 Altered or misrouted images.** Harm as Halvorsen Medical Imaging AB describes it: A diagnosis made on images altered")
	kindtest.SaysNone(t, "risk-report.md", md, "Potential harm:")
}
