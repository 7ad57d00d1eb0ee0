package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2InternalLinkNote: GlucoDock's only USB interfaces are the
// meter's dock connector and the dock's meter bay, marked internal: the
// form's USB ports Yes (CONN-1.2.2), and the GM-30 meter's wired
// connectivity Yes (CONN-1.2), which rests on that connector alone, say
// in a note that the link is internal to the product, and the derivation
// says it of the interface it cites; CONN-1 and the DB-20's wired Yes
// cite an interface that is not internal (the scanner, the Ethernet
// port). Without internal, the Yes stand without the note.
func TestMDS2InternalLinkNote(t *testing.T) {
	const (
		tail = " Such a link joins only the product's own parts and is joined to no network."
		usb  = "The USB interface of the device on models GM-30 and DB-20 is a link internal to the product: Dock connector (USB) on model GM-30; Meter bay connector (USB) on model DB-20." + tail
		wire = "The wired interface of the device on model GM-30 is a link internal to the product: Dock connector (USB)." + tail
	)
	for _, tc := range []struct {
		name  string
		edit  func(string) string
		notes map[string]string // row → its generated note; "" for none
		from  map[string]string // row → its derivation
	}{
		{"internal links", nil,
			map[string]string{"CONN-1": "", "CONN-1.2": wire, "CONN-1.2.2": usb},
			map[string]string{
				"CONN-1":     "interfaces[1] is a connectivity interface on model GM-30; interfaces[4] is a connectivity interface on model DB-20",
				"CONN-1.2":   "interfaces[0] is a wired interface internal to the product on model GM-30; interfaces[4] is a wired interface on model DB-20",
				"CONN-1.2.2": "interfaces[0] is a USB interface internal to the product on model GM-30; interfaces[3] is a USB interface internal to the product on model DB-20",
			}},
		{"not internal", func(s string) string { return strings.ReplaceAll(s, "internal = true\n", "") },
			map[string]string{"CONN-1": "", "CONN-1.2": "", "CONN-1.2.2": ""},
			map[string]string{
				"CONN-1.2.2": "interfaces[0] is a USB interface on model GM-30; interfaces[3] is a USB interface on model DB-20",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, "../../testdata/glucosedock/jspgen.toml", "../../testdata/glucosedock/content/glucodock.toml", tc.edit))
			checkInternalNotes(t, f, tc.notes, tc.from)
		})
	}
}

// TestMDS2InternalLinkNoteOneModel: LumaCap's capsule radio reaches only
// its own recorder; the form covers no several models, so the note names
// none. The links are radio, whose security is not stated: the note does
// not say no other device can reach them. CONN-1 cites the recorder's USB port, which is no internal link.
// CONN-1.1 (wireless) rests on the same two radios: the two questions
// share one note, which names no kind of interface.
func TestMDS2InternalLinkNoteOneModel(t *testing.T) {
	const radio = "The answers citing this note rest on these interfaces of the device, each a link internal to the product: Capsule radio transmitter and Recorder radio receiver. They are used only between the product's own parts and join no network; which other devices in radio range can communicate with them depends on their security, which is not stated."
	f, _, _, _ := resolveCase(t, copyCase(t, "../../testdata/capsule/jspgen.toml", "../../testdata/capsule/content/lumacap.toml", nil))
	checkInternalNotes(t, f, map[string]string{"CONN-1": "", "CONN-1.1": radio, "CONN-1.1.4": radio},
		map[string]string{"CONN-1": "interfaces[2] is a connectivity interface", "CONN-1.1.4": "interfaces[0] is an NFC, infrared or radio interface internal to the product"})
}

// checkInternalNotes checks that each row of notes is a Yes from the data
// with that generated note ("" for none), and each of from derived so.
func checkInternalNotes(t *testing.T, f *mds2.Form, notes, from map[string]string) {
	t.Helper()
	for id, note := range notes {
		row, ok := f.Row(id)
		if !ok {
			t.Fatalf("no row %s", id)
		}
		if row.Answer != mds2.Yes || !fromData(&row) {
			t.Errorf("%s = %s (%s); want Yes from the data", id, row.Answer, row.Basis)
		}
		if row.NoteText != note {
			t.Errorf("%s note %d %q; want %q", id, row.Note, row.NoteText, note)
		}
		if want, ok := from[id]; ok && row.From != want {
			t.Errorf("%s from %q; want %q", id, row.From, want)
		}
	}
}
