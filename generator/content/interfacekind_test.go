package content

import (
	"slices"
	"strings"
	"testing"
)

// TestInterfaceKindUnstated: an interface whose kind is not written
// decodes (kind is optional), reads "Not stated" wherever its kind is
// printed, is named by its own name (never "Ethernet"), counts as none
// of the kinds its kind alone would decide, keeps the product from
// reading as one with no network interface, and check warns once per
// interface at its key path where a document that lists interfaces is
// built. A stated kind keeps today's answers.
func TestInterfaceKindUnstated(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nports = []\n"
	const lan = "[[interfaces]]\nid = \"lan\"\nname = \"Network connection\"\npurpose = \"Results to the EHR.\"\n"
	tests := []struct {
		name, src     string
		kindLabel     string
		short         string
		stated        bool
		wired         bool
		noNetworkIntf bool
		warnings      []string
	}{
		{"ethernet", head + lan + "kind = \"ethernet\"\n", "Ethernet", "Ethernet", true, true, false, nil},
		{"serial", head + lan + "kind = \"serial\"\n", "Serial", "Network connection", true, true, true, nil},
		{"not stated", head + lan, "Not stated", "Network connection", false, false, false,
			[]string{"p.toml:4: warning: interfaces[0]: interface \"lan\" does not state its kind"}},
		{"not stated, no document lists interfaces", head + lan + "[documents]\nbuild = [\"lifecycle\"]\n", "Not stated", "Network connection", false, false, false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, diags, _ := DecodeTOML("p.toml", []byte(tc.src), &Product{}); slices.ContainsFunc(diags, func(d Diagnostic) bool { return strings.HasPrefix(d.Path, "interfaces[0]") }) {
				t.Errorf("decoding reports the interface: %v", diags)
			}
			p := ruleProduct(t, tc.src)
			it := p.Interfaces[0]
			if got := it.KindLabel(); got != tc.kindLabel {
				t.Errorf("KindLabel = %q, want %q", got, tc.kindLabel)
			}
			if got := p.InterfaceShort("lan"); got != tc.short {
				t.Errorf("InterfaceShort = %q, want %q", got, tc.short)
			}
			if it.KindStated() != tc.stated || it.IsWired() != tc.wired || (!tc.stated && (it.IsWireless() || it.Kind.Network() || it.Kind.Hardware())) {
				t.Errorf("KindStated %v IsWired %v IsWireless %v Network %v Hardware %v; want stated %v wired %v and, unstated, none of them",
					it.KindStated(), it.IsWired(), it.IsWireless(), it.Kind.Network(), it.Kind.Hardware(), tc.stated, tc.wired)
			}
			if got := p.NoNetworkInterface(); got != tc.noNetworkIntf {
				t.Errorf("NoNetworkInterface = %v, want %v (a kind not stated may be a network)", got, tc.noNetworkIntf)
			}
			if !tc.stated {
				if got := p.UnsaidKindNetworkText(); got != "its interface whose kind is not stated (Network connection) joins a network" {
					t.Errorf("UnsaidKindNetworkText = %q", got)
				}
				if len(p.ConnectivityOfStatedKind()) != 0 || len(p.ConnectivityOfUnstatedKind()) != 1 {
					t.Errorf("the plan lists it among the connectivity features of a stated kind")
				}
			}
			got := ruleInterfaceKindUnstated(p)
			if len(got) != len(tc.warnings) {
				t.Fatalf("got %v; want %d diagnostics %q", got, len(tc.warnings), tc.warnings)
			}
			for i, w := range tc.warnings {
				if !strings.HasPrefix(got[i].String(), w) || got[i].Severity != Warning {
					t.Errorf("got %q; want a warning starting %q", got[i].String(), w)
				}
			}
		})
	}
}

// TestInterfaceKindUnstatedOtherKept: the sentence about interfaces of
// kind other reads as before, and names an interface whose kind is not
// stated beside them.
func TestInterfaceKindUnstatedOtherKept(t *testing.T) {
	src := "schema_version = 2\nid = \"p\"\nports = []\n" +
		"[[interfaces]]\nid = \"a\"\nkind = \"other\"\nname = \"Scanner\"\npurpose = \"Scans.\"\n" +
		"[[interfaces]]\nid = \"b\"\nname = \"Link\"\npurpose = \"Links.\"\n"
	p := ruleProduct(t, src)
	want := "its interface of kind other (Scanner) and its interface whose kind is not stated (Link) join a network"
	if got := p.UnsaidKindNetworkText(); got != want {
		t.Errorf("UnsaidKindNetworkText = %q, want %q", got, want)
	}
	p.Interfaces = p.Interfaces[:1]
	if got := p.UnsaidKindNetworkText(); got != "its interface of kind other (Scanner) joins a network" {
		t.Errorf("UnsaidKindNetworkText = %q", got)
	}
}
