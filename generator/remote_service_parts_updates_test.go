package generator

import (
	"strings"
	"testing"
)

// TestRMPathscannerRemoteServiceNamesParts: the scanner's maker offers no
// remote service to the scanner nor to the server the hospital hosts; the
// CSD names both, not "the device", which reads as the scanner alone.
func TestRMPathscannerRemoteServiceNamesParts(t *testing.T) {
	csd := buildFixture(t, "pathscanner")("cyrion/csd.md")
	want := "offers no remote service connection to the Tessaly Cyrion WSI (neither the Cyrion slide scanner nor the Cyrion image management server)."
	if !strings.Contains(csd, want) {
		t.Errorf("CSD 4.3 lacks %q", want)
	}
	if strings.Contains(csd, "offers no remote service connection to the device") {
		t.Error("CSD 4.3 still denies remote service to the device alone")
	}
}

// TestRMInhalerNetworkUpdatesStated: with RMOT-3 answered by a note
// alone, the plan's 6.8 no longer calls software updates over a network
// not stated: data flow DF-02 carries the sensor's firmware over
// Bluetooth Low Energy. Configuration and training stay not stated.
func TestRMInhalerNetworkUpdatesStated(t *testing.T) {
	const answered = `"RMOT-3" = { answer = "yes", note = 5 }`
	files, _ := buildFixtureEdited(t, "inhalerb2b", "breathlog.toml", func(s string) string {
		if !strings.Contains(s, answered) {
			t.Fatalf("the fixture no longer answers %s", answered)
		}
		return strings.Replace(s, answered, `"RMOT-3" = { note = 5 }`, 1)
	})
	plan := files["breathlog/security-plan.md"]
	if plan == "" {
		t.Fatal("no security plan built")
	}
	want := "Software updates reach the BreathLog sensor over a network (data flow DF-02). Whether Aerith Health, Inc. changes the Aerith BreathLog's settings or trains its users over a network is not stated."
	if !strings.Contains(plan, want) {
		t.Errorf("plan 6.8 lacks %q", want)
	}
	if strings.Contains(plan, "(software updates, configuration changes, training) is not stated") {
		t.Error("plan 6.8 still calls software updates over a network not stated")
	}
}
