package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOfflineSaysNFCIsNoNetwork: an NFC cap and its phone app with ports
// written empty (insulinpen) answer CONN-4 and CONN-6 No; the reason
// names the NFC links as no network instead of denying that any radio
// interface is listed (the same form answers CONN-1.1.4 Yes for them).
func TestOfflineSaysNFCIsNoNetwork(t *testing.T) {
	for _, id := range []string{"CONN-4", "CONN-6"} {
		rule, _ := derivationFor(id)
		w := newWorld()
		w.states("ports", "interfaces")
		w.p.Interfaces = []content.Interface{internal(iface("cap-nfc", "nfc", "phi")), internal(iface("app-nfc", "nfc", "phi"))}
		got, ok := rule.derive(w.facts())
		if !ok {
			t.Fatalf("%s: decided nothing", id)
		}
		kindtest.SaysAll(t, id, got.Says, "is written empty, and interfaces lists no network interface; its wireless links are NFC only, none of them a network")
		kindtest.SaysNone(t, id, got.Says, "no network or radio interface")
	}
}
