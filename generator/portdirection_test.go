package generator

import (
	"strings"
	"testing"
)

// TestPortDirectionUnstatedFixtures: maldi and wmtstelemetry build with
// the ports whose direction their specifications do not state left
// without direction: the ports table says Not stated, no firewall rule
// is made up for them, the CSD names them beneath the rules, and check
// warns once per port.
func TestPortDirectionUnstatedFixtures(t *testing.T) {
	for _, tc := range []struct {
		name, csd, file string
		ports           []string
	}{
		{"maldi", "spectrid-id-ms/csd.md", "spectrid-id-ms.toml", []string{"2575/tcp"}},
		{"wmtstelemetry", "teletrack/csd.md", "teletrack.toml", []string{"6661/tcp", "3000/tcp"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, res := buildFixtureEdited(t, tc.name, tc.file, func(s string) string { return s + "\n# built as written\n" })
			csd := files[tc.csd]
			for _, want := range []string{"| Not stated | Not stated | Not encrypted", "No rule is given for TCP", "Direction not stated: TCP"} {
				if want == "| Not stated | Not stated | Not encrypted" && tc.name == "maldi" {
					continue
				}
				if !strings.Contains(csd, want) {
					t.Errorf("%s lacks %q", tc.csd, want)
				}
			}
			for _, bad := range []string{"| Allow | Hospital LIS | Acquisition PC | 2575/TCP", "| Allow | Central station PC | Hospital EHR interface engine | 6661/TCP", "sits on the customer's network"} {
				if strings.Contains(csd, bad) {
					t.Errorf("%s still has %q", tc.csd, bad)
				}
			}
			for _, port := range tc.ports {
				n := 0
				for _, w := range res.Warnings {
					if strings.Contains(w.Message, "port "+port) && strings.Contains(w.Message, "direction not written") {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%d warnings about the direction of port %s, want 1", n, port)
				}
			}
		})
	}
}
