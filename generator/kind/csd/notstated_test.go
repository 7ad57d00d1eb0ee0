package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestCSDUnstatedListsAreNotNone: a product file that does not write
// ports, data_stores or data_flows has not said it has none; the CSD says
// those facts are not stated and gives no "block all traffic" firewall
// advice. Written as empty lists, they are "none".
func TestCSDUnstatedListsAreNotNone(t *testing.T) {
	c, p := csdLoadExample(t)
	p.Ports, p.DataStores, p.DataFlows = nil, nil, nil
	p.Versions = p.Versions[:1] // no version changes that add ports, stores or flows
	file := p.Source.File

	p.Source = content.SourceOfText(file, []byte("id = \"halcyon-lvp7\"\n"))
	unstated := renderExample(t, c, p)
	p.Source = content.SourceOfText(file, []byte("ports = []\ndata_stores = []\ndata_flows = []\n"))
	none := renderExample(t, c, p)

	for _, tc := range []struct {
		head                   string
		whenUnstated, whenNone string
	}{
		{"### 3.2 Network ports", "opens or connects to are not stated.", "opens no network port and connects to none."},
		{"### 3.3 Firewall rules for the parts on the hospital network", "No firewall rules are given: the network ports", "uses no network port: block all traffic to and from it."},
		{"### 2.2 Data at rest", "\nNot stated.\n", "keeps no data at rest."},
		{"### 2.1 Data in transit", "\nNot stated.\n", "no data moves between"},
	} {
		u, n := csdSection(t, unstated, tc.head), csdSection(t, none, tc.head)
		if !strings.Contains(u, tc.whenUnstated) || strings.Contains(u, tc.whenNone) {
			t.Errorf("%s, not written: want %q, not %q:\n%s", tc.head, tc.whenUnstated, tc.whenNone, u)
		}
		if !strings.Contains(n, tc.whenNone) || strings.Contains(n, tc.whenUnstated) {
			t.Errorf("%s, written empty: want %q, not %q:\n%s", tc.head, tc.whenNone, tc.whenUnstated, n)
		}
	}
	summary := func(md string) string {
		return csdSection(t, md, "## Key facts for the network and biomedical engineering teams")
	}
	if s := summary(unstated); !strings.Contains(s, "| Ports listening on the hospital network as shipped | Not stated |") ||
		!strings.Contains(s, "| Connections opened from the hospital network | Not stated |") {
		t.Errorf("summary, not written: want \"Not stated\" for ports and connections:\n%s", s)
	}
	if s := summary(none); !strings.Contains(s, "| Ports listening on the hospital network as shipped | None |") {
		t.Errorf("summary, written empty: want \"None\":\n%s", s)
	}
}
