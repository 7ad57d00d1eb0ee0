package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSterilizerOperatorIDIsPII: the Vaporex 800's cycle records hold the
// operator ID typed on the panel, which the README's process_records counts
// as pii listed beside. The fixture lists pii where the records are kept or
// carried, so the MDS2 form says the sterilizer handles PII (MPII-1, the
// store, the screen, USB and Ethernet) and no longer rules TXCF out as "the
// device transmits none"; the CSD's and notice's tables name PII.
func TestSterilizerOperatorIDIsPII(t *testing.T) {
	read := buildFixture(t, "sterilizer")
	mds2 := read("vaporex800/mds2.md")
	kindtest.SaysAll(t, "MDS2", mds2,
		"| MPII-1 | Yes | Derived from the product data: interfaces\\[0\\].carries lists PHI or PII (interface lan). |",
		"| MPII-2 | Yes |",
		"| MPII-3.1 | Yes |",
		"| MPII-3.3 | Yes |",
		"| MPII-3.5 | Yes |",
		"| TXCF-1 | No |",
		"| MPII-2.6 | Does the device import PII from, or export PII to, other systems? | Yes | Note\u00a013 |")
	kindtest.SaysNone(t, "MDS2", mds2,
		"| MPII-1 | No |", "| MPII-3.5 | No |", "the device transmits none",
		"The sterilizer holds no PII")
	csd := read("vaporex800/csd.md")
	kindtest.SaysAll(t, "CSD", csd,
		"| Cycle records | Process records, PII | Controller memory |",
		"| Not stated | Not stated | Process records, PII |")
}

// TestSterilizerNoticeDoesNotClaimErasureSteps: the 7.1 notice's
// decommissioning text is about exporting the cycle records, not erasing
// them, and the store states no sanitize: the table's cell says erasure is
// not stated for the store (pointing to the steps without implying they
// cover it), and the sentence about the units upgraded to 7.4 does not say
// the table tells how the records are erased.
func TestSterilizerNoticeDoesNotClaimErasureSteps(t *testing.T) {
	notice := buildFixture(t, "sterilizer")("vaporex800/notices/eos-7.1.md")
	kindtest.SaysAll(t, "notice", notice,
		"| Cycle records | Process records, PII | Controller memory | Not stated for this store (the decommissioning steps are above) |",
		"this data store: Cycle records; how it is erased from units that are retired is not stated.")
	kindtest.SaysNone(t, "notice", notice,
		"the table says how", "see the decommissioning steps above")
}
