package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The ophlaser console's USB-A port takes only its service key and USB
// sticks (interfaces.media_only). Written as a plain USB port, the MDS2
// answers for a device that links to no other system were left to the
// manufacturer (about 15 of them); written as removable media, CONN-1.2.2
// "Does the device have USB ports?" was derived No, and MPII-3.4's No
// said the product lists no USB interface carrying PHI. Now the port is
// a USB port and removable media at once, and a removable_media
// interface named as a USB port leaves CONN-1.2.2 to the manufacturer.
func TestOphlaserUSBMediaOnly(t *testing.T) {
	read := buildFixture(t, "ophlaser")
	mds2 := read("aurion/mds2.md")
	kindtest.SaysAll(t, "aurion/mds2.md", mds2,
		`| CONN-1.2.2 | Does the device have USB ports? | [Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: interfaces[1] is a USB interface.") |`,
		`| CONN-1.2.3 | Does the device accept removable memory devices? | [Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: interfaces[1] is a removable-media interface.") |`,
		`| CONN-3 | Does the device communicate with other systems inside the customer's network? | [No](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: interfaces lists only displays and removable media, a USB port that takes only media (media_only) among them; the device connects to no other system, so it communicates with no system inside the customer's network.") |`,
		`| CSUP-3.3 | Can driver and firmware patches be installed remotely? | [No](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data:`,
		`| DTBK-4 | Does the device have a built-in function to back up data to remote storage? | [No](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data:`,
		`| MPII-3.3 | Can the device read PII from, or write PII to, removable media such as USB drives, memory cards or optical discs? | [Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: interfaces[1].carries lists PHI or PII (interface usb).") |`,
		`"Derived from the product data: interfaces lists no serial interface, and no USB interface other than USB sockets that take only media (removable media, MPII-3.3, not a cable link), that carries PHI or PII.")`,
	)
	kindtest.SaysNone(t, "aurion/mds2.md", mds2, "lists no USB or serial interface that carries PHI or PII")
	kindtest.SaysAll(t, "aurion/csd.md", read("aurion/csd.md"), "| USB-A port | USB (media only) |")

	// The same port written as removable media: CONN-1.2.2 is not No; it
	// is not stated, and check warns.
	files, res := buildFixtureEdited(t, "ophlaser", "aurion.toml", func(s string) string {
		return strings.Replace(strings.Replace(s, "kind = \"usb\"\n", "kind = \"removable_media\"\n", 1), "media_only = true\n", "", 1)
	})
	var msgs []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "has no answer") {
			msgs = append(msgs, d.Path+": "+d.Message)
		}
	}
	kindtest.SaysAll(t, "the unanswered questions' warnings", strings.Join(msgs, "\n"), "mds2.answers.CONN-1.2.2: CONN-1.2.2 has no answer (Does the device have USB ports?)", `; the form says "Not stated"`)
	if len(msgs) != 1 {
		t.Errorf("want only CONN-1.2.2 unanswered, got:\n%s", strings.Join(msgs, "\n"))
	}
	kindtest.SaysAll(t, "aurion/mds2.md as removable media", files["aurion/mds2.md"], "| CONN-1.2.2 | Does the device have USB ports? | Not stated |")
}
