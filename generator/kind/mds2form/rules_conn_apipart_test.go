package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestCONN5NamesThePartThatCallsTheAPI: the basis of CONN-5 says who
// calls or provides the API. An app on the patient's phone calling its
// cloud (homecpap, hearingaid) is named with where it runs, never "the
// device", which in a form about a CPAP or hearing aids means their
// hardware; an API of a part on the device, or of a product of one part,
// stays "the device".
func TestCONN5NamesThePartThatCallsTheAPI(t *testing.T) {
	rule, ok := derivationFor("CONN-5")
	if !ok {
		t.Fatal("no rule CONN-5")
	}
	appAndDevice := func(apiPart string) func(w *world) {
		return func(w *world) {
			w.p.Parts = []content.Part{
				{ID: "dev", Name: "DreamAir device", Runs: "device"},
				{ID: "app", Name: "DreamAir app", Runs: "customer_device", HostKinds: []string{"phone"}},
			}
			w.p.Interfaces = []content.Interface{partIface("bt", "bluetooth", "dev"), partIface("phone", "api", apiPart)}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "phone"), apiPart, "api.example")}
		}
	}
	for _, tc := range []struct {
		name, says, not string
		setup           func(w *world)
	}{
		{"the app on a phone", "the DreamAir app, on a phone the customer owns, calls an application programming interface over it", "the device", appAndDevice("app")},
		{"the device's own API", "the device calls an application programming interface over it", "DreamAir app", appAndDevice("dev")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			got, decided := rule.derive(w.facts())
			if !decided {
				t.Fatal("CONN-5 not decided")
			}
			if !strings.Contains(got.Says, tc.says) || strings.Contains(got.Says, tc.not) {
				t.Errorf("basis %q: want %q, not %q", got.Says, tc.says, tc.not)
			}
		})
	}
}
