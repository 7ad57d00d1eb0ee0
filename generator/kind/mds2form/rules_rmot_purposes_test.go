package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// Cases for RMOT-2 from remote_service.telemetry_purposes
// (rules_rmot.go): RMOT-2 asks about telemetry for predictive
// maintenance, so stated purposes decide it, both ways; not written,
// telemetry keeps its documented meaning, maintenance; purposes beside
// telemetry not sent (check warns) decide nothing.
var telemetryPurposeCases = []ruleCase{
	{"RMOT-2", "telemetry for product improvement only", remote(content.RemoteService{Telemetry: content.True, TelemetryPurposes: []string{"product_improvement"}}),
		noBy("remote_service.telemetry_purposes", "sends the manufacturer data about its own working only for product improvement, not for maintenance: none of its telemetry is for predictive maintenance")},
	{"RMOT-2", "telemetry for maintenance", remote(content.RemoteService{Telemetry: content.True, TelemetryPurposes: []string{"maintenance"}}),
		yesBy("remote_service.telemetry_purposes", "sends the manufacturer data about its own working for maintenance")},
	{"RMOT-2", "telemetry for both", remote(content.RemoteService{Telemetry: content.True, TelemetryPurposes: []string{"product_improvement", "maintenance"}}),
		yesBy("remote_service.telemetry_purposes", "data about its own working for product improvement and maintenance")},
	{"RMOT-2", "telemetry, purposes not written: maintenance", remote(content.RemoteService{Telemetry: content.True}),
		yesBy("remote_service.telemetry", "sends the manufacturer data about its own working for maintenance")},
	{"RMOT-2", "no telemetry, purposes written", remote(content.RemoteService{Telemetry: content.False, TelemetryPurposes: []string{"maintenance"}}),
		noBy("remote_service.telemetry", "sends the manufacturer no data about its own working for maintenance")},
	{"RMOT-2", "telemetry not written, purposes written", remote(content.RemoteService{TelemetryPurposes: []string{"maintenance"}}), decidesNothing},
	{"RMOT-2", "product improvement only, on a device that connects to nothing: the stated fact", func(w *world) {
		mediaOnly(w)
		w.p.RemoteService = content.RemoteService{Telemetry: content.True, TelemetryPurposes: []string{"product_improvement"}}
	}, noBy("remote_service.telemetry_purposes", "only for product improvement")},
}

func TestTelemetryPurposesRMOT2(t *testing.T) {
	rule, ok := derivationFor("RMOT-2")
	if !ok {
		t.Fatal("no rule RMOT-2 in mds2Derivations")
	}
	for _, c := range telemetryPurposeCases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld()
			c.setup(w)
			got, decided := rule.derive(w.facts())
			if decided != c.want.decided {
				t.Fatalf("decided = %v, want %v (got %s: %s)", decided, c.want.decided, got.Answer, got)
			}
			if !decided {
				return
			}
			if got.Answer != c.want.answer || got.Path != c.want.path || got.Yields {
				t.Errorf("got %s by %s (yields %v), want %s", got.Answer, got.Path, got.Yields, c.want)
			}
			kindtest.SaysAll(t, "the basis", got.Says, c.want.says)
			if got.Answer == mds2.Yes {
				kindtest.SaysNone(t, "the basis", got.Says, "not for maintenance")
			}
		})
	}
}
