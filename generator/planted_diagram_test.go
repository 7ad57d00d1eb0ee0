package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDiagramTextPlanted: the server's place in the hand-drawn network
// diagram against the data (the reviewer's "the server's place in the
// diagram vs the CSD text"), planted back into the diagrams' alt texts:
// 4.2.1's own diagram (written first in the file, under its
// [versions.changes]) and the first version's (the top-level [[diagrams]]).
func TestDiagramTextPlanted(t *testing.T) {
	const server = "the Halcyon Connect server on TCP 443 with mutual TLS"
	tests := []plantedContradiction{
		{
			name: "the Connect server drawn on a port it does not have",
			edit: kindtest.Replace(server, "the Halcyon Connect server on TCP 8444 with mutual TLS"),
			want: `versions[2].changes.diagrams_changed[0].alt: diagram "network" names TCP 8444, but version 4.2.1 has no port 8444/tcp (no version has port 8444)`,
			at:   "the Halcyon Connect server on TCP 8444",
		},
		{
			name: "the Connect server left out of the first version's diagram",
			edit: func(s string) string {
				i := strings.LastIndex(s, server)
				return s[:i] + "the fleet server on TCP 443 with mutual TLS" + s[i+len(server):]
			},
			want: `diagrams[0].alt: network diagram "network" does not show part "connect": its alt text never names "Halcyon Connect server", which runs on a server the customer hosts on the customer's network`,
			at:   "the fleet server on TCP 443",
		},
		{
			name: "the Connect server placed in the cloud",
			edit: kindtest.Replace(server, "the Halcyon Connect server in the cloud on TCP 443 with mutual TLS"),
			want: `versions[2].changes.diagrams_changed[0].alt: diagram "network" says "in the cloud", but part "connect" runs customer_hosted (on a server the customer hosts)`,
			at:   "the Halcyon Connect server in the cloud",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertPlanted(t, tt) })
	}
}
