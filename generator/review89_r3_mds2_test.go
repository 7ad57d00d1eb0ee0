package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReview89MDS2IntroCountsNoteOnly (bloodbank review 89, finding 12):
// the MDS2 introduction listed about 170 question IDs answered with
// notes alone in one sentence. A list longer than 12 is counted instead;
// each such row shows its note and an empty answer cell. Its CONN-2 basis
// said 7 ports and protocols where TCP 8250 is listed twice (a server's
// in and a client's out) (finding 10): it counts the 6 ports and protocols
// and the 7 entries. The wheelchair's CONN-1.1 and CONN-1.1.2 printed one
// paragraph twice, "Each wireless interface" and "Each Bluetooth
// interface", of its one Bluetooth link (finding 10): they cite one note.
func TestReview89MDS2IntroCountsNoteOnly(t *testing.T) {
	out := buildFixture(t, "bloodbank")
	md := out("sanguis-tms/mds2.md")
	kindtest.SaysAll(t, "sanguis-tms/mds2.md", md,
		"See Note, except that Corvale Systems Ltd answers 171 questions with notes alone, the answers left blank (each such row of the tables below shows its note beside an empty answer cell); numbered notes follow",
		"ports lists 6 ports and protocols in 7 entries, published in the customer security documentation")
	kindtest.SaysNone(t, "sanguis-tms/mds2.md", md, "answers DOC-9, DOC-10, MPII-2.1", "lists 7 ports and protocols")

	velo := buildFixture(t, "wheelchair")("velo/mds2.md")
	kindtest.SaysAll(t, "velo/mds2.md", velo,
		"| CONN-1.1 | Does the device have any wireless connectivity? | [Yes]",
		"The answers citing this note rest on one interface of the device on models Velo 300 and Velo 500, a link internal to the product: Controller Bluetooth Low Energy.")
	kindtest.SaysNone(t, "velo/mds2.md", velo, "Each wireless interface of the device", "Each Bluetooth interface of the device")
}
