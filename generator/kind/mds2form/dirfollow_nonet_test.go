package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestNoNetworkHintKindUnstated: the hint for an answer a stand-alone
// device leaves open names each of its links with its kind; one whose
// kind is not stated is named as such, not as of a kind "Not stated".
func TestNoNetworkHintKindUnstated(t *testing.T) {
	for _, tc := range []struct {
		kind, want string
	}{
		{"serial", "its interfaces usb (USB) and svc (Serial)"},
		{"", "its interfaces usb (USB) and svc (an interface whose kind is not stated)"},
	} {
		w := newWorld()
		standalone(w)
		w.p.NoNetworkAtAll = true // no_network = true: an interface of unstated kind is then no network one
		w.p.Interfaces = append(w.p.Interfaces, content.Interface{ID: "svc", Kind: content.InterfaceKind(tc.kind), Name: "svc"})
		h := w.facts().noNetworkOpen("CONN-3")
		if !strings.Contains(h, tc.want) || strings.Contains(h, "Not stated") {
			t.Errorf("kind %q: hint %q; want %q", tc.kind, h, tc.want)
		}
	}
}

// TestKindNote: an interface's kind in brackets after its ID
// (content.Interface.KindWords), or that its kind is not stated.
func TestKindNote(t *testing.T) {
	for _, tc := range []struct{ kind, want string }{{"usb", "USB"}, {"", "an interface whose kind is not stated"}} {
		if got := (content.Interface{ID: "x", Kind: content.InterfaceKind(tc.kind)}).KindWords(); got != tc.want {
			t.Errorf("KindWords(%q) = %q; want %q", tc.kind, got, tc.want)
		}
	}
}
