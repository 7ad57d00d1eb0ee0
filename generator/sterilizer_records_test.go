package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSterilizerCycleRecordsAreNotLogs: the Vaporex 800's cycle records
// (temperatures, pressures, pass or fail, which release a load) are
// process records, not security logs: the CSD's data tables name them
// so, and neither its security events section nor its logs section
// presents them as the device's logs or says their content is not stated
// (the data kinds had only logs for them).
func TestSterilizerCycleRecordsAreNotLogs(t *testing.T) {
	read := buildFixture(t, "sterilizer")
	csd := read("vaporex800/csd.md")
	kindtest.SaysAll(t, "CSD", csd,
		"| Cycle records | Process records, PII | Controller memory |",
		"Which security events the device records is not stated.\n",
		"Which logs the device keeps is not stated.")
	kindtest.SaysNone(t, "CSD", csd, "holds logs", "Logs |", ", Logs", "The data store below holds logs")
	// No data_flows are written: MPII-1's provenance names no such list
	// (the operator ID in the cycle records is PII, listed beside them).
	mds2 := read("vaporex800/mds2.md")
	kindtest.SaysAll(t, "MDS2", mds2, "| MPII-1 | Yes | Derived from the product data: interfaces\\[0\\].carries lists PHI or PII (interface lan). |")
	kindtest.SaysNone(t, "MDS2", mds2, "data\\_flows list no PHI")
}
