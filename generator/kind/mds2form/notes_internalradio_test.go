package mds2form

import (
	"strings"
	"testing"
)

// TestMDS2InternalRadioLinkNote: the Velo wheelchair controller's
// Bluetooth link to its app is marked internal, and CONN-1.1 and
// CONN-1.1.2's note said it "joins only the product's own parts", while
// the plan's threats have an attacker in Bluetooth range use it and
// pairing is not stated. A radio link marked internal is used only
// between the product's parts; who else in range can reach it depends on
// its pairing and security, quoted where written, else not stated. A
// cable marked internal (the USB-C port, edited so) still joins only the
// product's parts.
//
// CONN-1.1 and CONN-1.1.2 rest on the one Bluetooth link: they printed
// the same paragraph twice, "Each wireless interface …" and "Each
// Bluetooth interface …", of one interface; they now share one note,
// which names no kind of interface and speaks of one. A question alone
// on its interface keeps its kind, "The USB interface".
func TestMDS2InternalRadioLinkNote(t *testing.T) {
	const (
		head     = " interface of the device on models Velo 300 and Velo 500 is a link internal to the product: "
		shared   = "The answers citing this note rest on one interface of the device on models Velo 300 and Velo 500, a link internal to the product: "
		used     = " It is used only between the product's own parts and joins no network; "
		unstated = "which other devices in radio range can communicate with it depends on its pairing and security, which are not stated."
		secured  = "which other devices in radio range can communicate with it depends on its pairing and security, stated as “Bonded to one app by LE Secure Connections with numeric comparison”."
		ble      = "Controller Bluetooth Low Energy."
		cable    = " Such a link joins only the product's own parts and is joined to no network."
		usbOnly  = "purpose = \"The dealer's Windows programming tool"
	)
	internalUSB := func(s string) string {
		return strings.Replace(s, usbOnly, "internal = true\n"+usbOnly, 1)
	}
	for _, tc := range []struct {
		name  string
		edit  func(string) string
		notes map[string]string
	}{
		{"pairing not stated", nil, map[string]string{
			"CONN-1.1":   shared + ble + used + unstated,
			"CONN-1.1.2": shared + ble + used + unstated,
			"CONN-1.2.2": "",
		}},
		{"security written", func(s string) string {
			return strings.Replace(s, "name = \"Controller Bluetooth Low Energy\"\n",
				"name = \"Controller Bluetooth Low Energy\"\nsecurity = \"Bonded to one app by LE Secure Connections with numeric comparison.\"\n", 1)
		}, map[string]string{
			"CONN-1.1.2": shared + ble + used + secured,
		}},
		{"a cable and a radio", internalUSB, map[string]string{
			"CONN-1":     "Each connectivity" + head + "Controller Bluetooth Low Energy and USB-C service port. USB-C service port joins only the product's own parts and is joined to no network. Controller Bluetooth Low Energy is used only between the product's own parts and joins no network; " + unstated,
			"CONN-1.2":   "The answers citing this note rest on one interface of the device on models Velo 300 and Velo 500, a link internal to the product: USB-C service port." + cable,
			"CONN-1.2.2": "The answers citing this note rest on one interface of the device on models Velo 300 and Velo 500, a link internal to the product: USB-C service port." + cable,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, "../../testdata/wheelchair/jspgen.toml", "../../testdata/wheelchair/content/velo.toml", tc.edit))
			for id, want := range tc.notes {
				row, ok := f.Row(id)
				if !ok {
					t.Fatalf("no row %s", id)
				}
				if row.NoteText != want {
					t.Errorf("%s note %q; want %q", id, row.NoteText, want)
				}
			}
			// Rows with the same note text cite one note.
			for id, want := range tc.notes {
				for other, text := range tc.notes {
					a, _ := f.Row(id)
					b, _ := f.Row(other)
					if want != "" && text == want && a.Note != b.Note {
						t.Errorf("%s cites note %d and %s note %d, of the same text", id, a.Note, other, b.Note)
					}
				}
			}
		})
	}
}
