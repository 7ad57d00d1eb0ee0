package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestHostedPluginTelemetryPurposes: the plug-in sends anonymised usage
// counts to Corvia for product improvement. Once the product says so
// (remote_service.telemetry_purposes), the CSD and the security plan say
// what the telemetry is for, not "for maintenance", and the MDS2 form
// answers RMOT-2 (predictive-maintenance telemetry) No, saying why; with
// maintenance among the purposes it stays Yes. Written as the fixture
// is, with purposes left out, telemetry keeps its documented meaning.
func TestHostedPluginTelemetryPurposes(t *testing.T) {
	tests := []struct {
		name, purposes string // "" leaves the key out
		rmot2          string
		said, unsaid   []string // in the CSD, the plan and the form
	}{
		{"product improvement only", `["product_improvement"]`, "No",
			[]string{"data about its working, for product improvement (telemetry) | Yes |",
				"data about its own working over a network, for product improvement (telemetry), once it is turned on",
				`| RMOT-2 | No | Derived from the product data: remote\_service.telemetry\_purposes says the device sends the manufacturer data about its own working only for product improvement, not for maintenance: none of its telemetry is for predictive maintenance. |`},
			[]string{"for maintenance (telemetry)", "for maintenance."}},
		{"maintenance and product improvement", `["maintenance", "product_improvement"]`, "Yes",
			[]string{"data about its working, for maintenance and product improvement (telemetry) | Yes |",
				"data about its own working over a network, for maintenance and product improvement (telemetry), once it is turned on",
				`| RMOT-2 | Yes | Derived from the product data: remote\_service.telemetry\_purposes says the device sends the manufacturer data about its own working for maintenance and product improvement. |`},
			[]string{"for maintenance (telemetry)", "not for maintenance"}},
		{"purposes not written: maintenance", "", "Yes",
			[]string{"data about its working, for maintenance (telemetry) | Yes |",
				"data about its own working over a network, for maintenance (telemetry), once it is turned on",
				`| RMOT-2 | Yes | Derived from the product data: remote\_service.telemetry says the device sends the manufacturer data about its own working for maintenance. |`},
			[]string{"product improvement (telemetry)", "telemetry\\_purposes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The fixture as shipped is edited too (a comment), so that
			// every case is built alike and its warnings are read.
			edit := "# telemetry_purposes not written\n"
			if tc.purposes != "" {
				edit = "telemetry_purposes = " + tc.purposes + " # this case's\n"
			}
			files, res := buildFixtureEdited(t, "hostedplugin", "echomeasure.toml", func(s string) string {
				// the fixture states its purposes: each case writes its own
				s = strings.Replace(s, "telemetry_purposes = [\"product_improvement\"]\n", "", 1)
				const shipped = "[remote_service]\ntelemetry = true\ntelemetry_as_shipped = false\n"
				if !strings.Contains(s, shipped) {
					t.Fatalf("echomeasure.toml no longer has %q", shipped)
				}
				return strings.Replace(s, shipped, shipped+edit, 1)
			})
			docs := files["echomeasure/csd.md"] + "\n" + files["echomeasure/security-plan.md"] + "\n" + files["echomeasure/mds2.md"]
			kindtest.SaysAll(t, "csd.md, security-plan.md and mds2.md", docs, tc.said...)
			kindtest.SaysNone(t, "csd.md, security-plan.md and mds2.md", docs, tc.unsaid...)
			var form struct {
				Questions []struct{ ID, Answer, From string }
			}
			if err := json.Unmarshal([]byte(files["echomeasure/mds2.json"]), &form); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, q := range form.Questions {
				if q.ID == "RMOT-2" {
					found = true
					if q.Answer != tc.rmot2 {
						t.Errorf("mds2.json RMOT-2 answer %q, want %q (%s)", q.Answer, tc.rmot2, q.From)
					}
				}
			}
			if !found {
				t.Error("mds2.json has no RMOT-2")
			}
			for _, w := range res.Warnings {
				if strings.Contains(w.Path, "telemetry") {
					t.Errorf("warning: %s", w)
				}
			}
		})
	}
}
