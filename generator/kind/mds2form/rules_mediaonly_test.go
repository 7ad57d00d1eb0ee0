package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// Cases for a USB port that takes only media (interfaces.media_only: a
// laser console's USB-A port for its service key and USB sticks), which
// the form counts as removable media, and for a removable_media
// interface whose name says USB.

func mediaOnlyPort(i content.Interface) content.Interface { i.MediaOnly = true; return i }

// usbMediaOnly is a device with a screen and a USB-A port that takes only
// media: it connects to no other system.
func usbMediaOnly(w *world) {
	w.states("interfaces")
	w.p.Interfaces = []content.Interface{iface("screen", "display", "phi"), mediaOnlyPort(iface("usb", "usb", "phi", "software"))}
}

// usbNamedMedia is a device whose USB-A port for USB sticks is written
// as removable media.
func usbNamedMedia(w *world) {
	w.states("interfaces")
	sticks := iface("usb", "removable_media", "phi")
	sticks.Name = "USB-A port"
	w.p.Interfaces = []content.Interface{iface("screen", "display", "phi"), sticks}
}

func mediaOnlyUSBRuleCases() []ruleCase {
	var cases []ruleCase
	for _, r := range linkRules {
		want := outcome{decided: true, answer: r.answer, path: "interfaces",
			says: "lists only displays and removable media, a USB port that takes only media (media_only) among them; the device connects to no other system, so " + r.says}
		if r.id == "SAHD-8" {
			want = decidesNothing // a USB socket is a port the customer may want disabled
		}
		cases = append(cases,
			ruleCase{r.id, "a screen and a USB port that takes only media", usbMediaOnly, want},
			// The other direction: the same port, not said to take only media.
			ruleCase{r.id, "a screen and a USB port", func(w *world) {
				usbMediaOnly(w)
				w.p.Interfaces[1].MediaOnly = false
			}, decidesNothing},
		)
	}
	sticks := func(w *world, name, purpose string) {
		usbNamedMedia(w)
		w.p.Interfaces[1].Name, w.p.Interfaces[1].Purpose = name, purpose
	}
	cases = append(cases,
		ruleCase{"CONN-1.2.2", "a USB port that takes only media", usbMediaOnly, yesBy("interfaces[1]", "is a USB interface")},
		ruleCase{"CONN-1.2.3", "a USB port that takes only media", usbMediaOnly, yesBy("interfaces[1]", "is a removable-media interface")},
		ruleCase{"MPII-3.3", "a USB port that takes only media, carrying PHI", usbMediaOnly, yesBy("interfaces[1].carries", "lists PHI or PII (interface usb)")},
		ruleCase{"MPII-3.3", "a USB port that takes only media, carrying none", func(w *world) {
			usbMediaOnly(w)
			w.p.Interfaces[1].Carries = dataKinds([]string{"software"})
		}, noBy("interfaces", "lists no removable-media interface that carries PHI or PII")},
		// A USB stick is no dedicated cable: MPII-3.4 is No, and says
		// why the USB port carrying PHI is left out.
		ruleCase{"MPII-3.4", "a USB port that takes only media, carrying PHI", usbMediaOnly,
			noBy("interfaces", "lists no serial interface, and no USB interface other than USB sockets that take only media (removable media, MPII-3.3, not a cable link), that carries PHI or PII")},
		ruleCase{"MPII-3.4", "a USB port carrying PHI", func(w *world) {
			usbMediaOnly(w)
			w.p.Interfaces[1].MediaOnly = false
		}, decidesNothing},
		ruleCase{"MPII-3.4", "a USB-named media slot carrying PHI", usbNamedMedia,
			noBy("interfaces", "no USB interface other than USB sockets that take only media")},
		// A USB-A port written as removable media: the device has a USB
		// socket, so No would deny it; its kind says media, so Yes is the
		// manufacturer's.
		ruleCase{"CONN-1.2.2", "removable media named as a USB port", usbNamedMedia, decidesNothing},
		ruleCase{"CONN-1.2.2", "removable media for USB sticks", func(w *world) { sticks(w, "Export port", "Exports the logs to a USB stick.") }, decidesNothing},
		ruleCase{"CONN-1.2.2", "an SD card slot", func(w *world) { sticks(w, "SD card slot", "Exports the logs to an SD card.") },
			noBy("interfaces", "lists no USB interface")},
		ruleCase{"CONN-1.2.2", "a USB-named media slot of a part that runs elsewhere", func(w *world) {
			usbNamedMedia(w)
			w.p.Parts = listsWhole(content.Part{ID: "dev", Name: "Device", Runs: "device"}, content.Part{ID: "pc", Name: "PC software", Runs: "customer_device"})
			w.p.Interfaces[0].Part, w.p.Interfaces[1].Part = "dev", "pc"
		}, noBy("interfaces", "lists no USB interface")},
	)
	return cases
}

// TestNoNetworkHintOffersMediaOnly: the error for an answer a stand-alone
// device's USB port leaves open tells the author how to say that the port
// takes only media; a port said to take only media is no link, so no
// hint names it.
func TestNoNetworkHintOffersMediaOnly(t *testing.T) {
	w := newWorld()
	standalone(w)
	const offer = "or, for a USB port that takes only removable storage such as USB drives or a service key and is never cabled to a computer, write media_only = true on it"
	if h := w.facts().noNetworkOpen("CONN-3"); !strings.Contains(h, offer) {
		t.Errorf("stand-alone device with a USB port: hint %q lacks %q", h, offer)
	}
	w = newWorld()
	standalone(w)
	w.p.Interfaces[0].MediaOnly = true
	if h := w.facts().noNetworkOpen("CONN-3"); h != "" {
		t.Errorf("USB port that takes only media: hint %q, want none", h)
	}
}
