package generator

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestHostedOnlyNoticeTwinsSayNothingRunsAtTheCustomer: in the built
// sites, the CSAF twins of the notices about services only their
// manufacturer hosts say, as the notices do, that nothing of the service
// runs at the customer where they would otherwise give operating
// systems, backup or decommissioning (SepsisGuard's notice states its
// operating systems and decommissioning itself, so only its backup is
// said so), and still pass gocsaf's offline checks.
func TestHostedOnlyNoticeTwinsSayNothingRunsAtTheCustomer(t *testing.T) {
	for _, c := range []struct {
		fixture, notice, twin string
		says                  int
	}{
		{"hostedlifecycle", "readline/notices/eos-2023-2.md", ".well-known/csaf/white/2024/hci-rl-eos-20232.json", 3},
		{"smartapp", "sepsisguard/notices/eol-2.3.md", ".well-known/csaf/white/2026/vh-sg-eol-23.json", 1},
	} {
		t.Run(c.fixture, func(t *testing.T) {
			read := buildFixture(t, c.fixture)
			if n := strings.Count(read(c.notice), "\nNothing of the "); n != c.says {
				t.Fatalf("%s says nothing runs at the customer %d times, want %d", c.notice, n, c.says)
			}
			checkGocsaf(t, read, c.twin)
			var doc struct {
				Document struct {
					Notes []struct{ Text string } `json:"notes"`
				} `json:"document"`
			}
			if err := json.Unmarshal([]byte(read(c.twin)), &doc); err != nil {
				t.Fatalf("%s: %v", c.twin, err)
			}
			var says int
			for _, x := range doc.Document.Notes {
				says += strings.Count(x.Text, "Nothing of the ")
			}
			if says != c.says {
				t.Errorf("%s says nothing runs at the customer %d times, its notice %d", c.twin, says, c.says)
			}
		})
	}
}
