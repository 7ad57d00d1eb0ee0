package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// eegParts is a video-EEG system: a workstation on the hospital network,
// an amplifier cabled to it by USB and an IP camera on its own Ethernet
// link to the workstation's second network card, both links internal;
// each part's interface list is whole.
func eegParts(w *world) {
	w.p.Parts = []content.Part{{ID: "ws", Name: "Workstation", Runs: "device", InterfacesComplete: content.True},
		{ID: "amp", Name: "Amplifier", Runs: "device", InterfacesComplete: content.True},
		{ID: "cam", Name: "Camera", Runs: "device", InterfacesComplete: content.True}}
	link := func(id, k, part string, carries ...string) content.Interface {
		it := iface(id, k, carries...)
		it.Part, it.Internal = part, true
		return it
	}
	lan := iface("lan", "ethernet", "phi")
	lan.Part = "ws"
	w.p.Interfaces = []content.Interface{lan, link("ws-cam", "ethernet", "ws", "phi"), link("ws-amp", "usb", "ws", "measurements"),
		link("amp-usb", "usb", "amp", "measurements"), link("cam-eth", "ethernet", "cam", "phi")}
}

// TestInternalCablePII: MPII-3.4 asks about PII over a dedicated cable.
// The camera's own Ethernet link to the workstation, marked internal at
// both ends and carrying video of the patient, is one: Yes, naming the
// link and the part at its other end (it was No, "no USB or serial
// interface carries PHI or PII", as the rule counted USB and serial
// only). Without the camera's end listed, the amplifier's USB link is no
// other end of it: the answer is left open, never No. The Yes yields to
// the manufacturer's explicit answer (octimaging answers No beside its
// head's internal USB cable). A contact closure
// (kind contact) carries a signal only, by its kind: its carries not
// written leaves no MPII answer open.
func TestInternalCablePII(t *testing.T) {
	checkCableRuleCases(t, []ruleCase{
		{"MPII-3.4", "an IP camera's internal Ethernet link carrying PHI", eegParts,
			yesBy("interfaces[1].carries", "lists PHI or PII (interface ws-cam of Workstation: an Ethernet link marked internal, a cable to Camera, another of the product's own parts, joined to no network of the customer's)")},
		{"MPII-3.4", "an internal Ethernet link whose other end is not listed", func(w *world) {
			eegParts(w)
			w.p.Interfaces = w.p.Interfaces[:4]
		}, decidesNothing},
		{"MPII-3.4", "the internal links carry no PHI or PII", func(w *world) {
			eegParts(w)
			w.p.Interfaces[1].Carries = dataKinds([]string{"measurements"})
			w.p.Interfaces[4].Carries = dataKinds([]string{"measurements"})
		}, noBy("interfaces", "lists no USB or serial interface that carries PHI or PII")},
		{"MPII-3", "a contact closure whose carries is not written", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "configuration"), iface("nc", "contact")}
		}, noBy("interfaces", "lists no interface that carries PHI or PII")},
		{"MPII-1", "a contact closure whose carries is not written", func(w *world) {
			w.states("data_stores")
			w.p.Interfaces = []content.Interface{iface("lan", "ethernet", "configuration"), iface("nc", "contact")}
		}, noBy("interfaces", "and data_stores list no PHI or PII, and no data flow is stated")},
	})
}

// checkCableRuleCases runs cases of the cable rules: each decides as it
// says, and a Yes yields to the manufacturer's explicit answer.
func checkCableRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			rule, _ := derivationFor(c.id)
			w := newWorld()
			c.setup(w)
			got, decided := rule.derive(w.facts())
			if decided != c.want.decided {
				t.Fatalf("decided = %v, want %v (got %s: %s)", decided, c.want.decided, got.Answer, got)
			}
			if !decided {
				return
			}
			if got.Answer != c.want.answer || got.Path != c.want.path {
				t.Errorf("%s by %s, want %s", got.Answer, got.Path, c.want)
			}
			kindtest.SaysAll(t, "the basis", got.Says, c.want.says)
			// Whether an internal cable counts is the manufacturer's
			// reading: its explicit answer replaces the Yes, unwarned.
			if c.want.answer == mds2.Yes && (!got.Yields || got.Denies != mds2.Unanswered) {
				t.Errorf("Yields %v, Denies %s; want a Yes that yields to an explicit answer", got.Yields, got.Denies)
			}
		})
	}
}
