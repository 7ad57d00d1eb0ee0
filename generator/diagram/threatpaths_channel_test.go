package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestPathBasisChannelOnly: a flow attacked at its sender or receiver
// defeats the protection of the connection only; the basis must not say
// that every protection in transit fails, as a flow's protection may be
// an end-to-end signature the receiver checks (REPORT-insulinpump #2).
// That such a check still holds is said once, in the report's general
// statement of attack paths, not under every path.
func TestPathBasisChannelOnly(t *testing.T) {
	f := &content.DataFlow{ID: "DF-07"}
	steps := []content.PathStep{
		{Flow: f, From: content.FlowEnd{Label: "Cloud"}, To: content.FlowEnd{Label: "Pump"}, AtSource: true},
		{Flow: &content.DataFlow{ID: "DF-08"}, From: content.FlowEnd{Label: "Pump"}, To: content.FlowEnd{Label: "App"}, AtReceiver: true},
	}
	b := pathBasis([]string{"T-03"}, steps)
	if strings.Contains(b, "protection in transit does not stop") || strings.Contains(b, "is not defeated") {
		t.Errorf("basis says every protection in transit fails: %q", b)
	}
	for _, want := range []string{
		"DF-07 is attacked at its sender, Cloud: the attacker controls the sender or sends data through it, so protection of the connection (channel encryption and authentication) does not stop the attack.",
		"DF-08 is attacked at its receiver, App:",
	} {
		if !strings.Contains(b, want) {
			t.Errorf("basis %q lacks %q", b, want)
		}
	}
}
