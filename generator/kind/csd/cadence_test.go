package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReleaseCadenceCheckedOnce: the CSD prints the promised release
// cadence too, so a product that builds no plan has the CSD check it
// against the releases; one that builds the plan leaves it to the plan,
// so the warning comes once.
func TestReleaseCadenceCheckedOnce(t *testing.T) {
	for _, tt := range []struct {
		name  string
		build []string
		want  int
	}{
		{"CSD without the plan checks the cadence", []string{"csd"}, 1},
		{"CSD beside the plan leaves it to the plan", []string{"security_plan", "csd"}, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			p.Documents.Build = tt.build
			p.Postmarket.Patching.ReleaseCadence = "quarterly"
			env, kp := csdContext(c, p)
			_, diags := kindtest.Prepare(t, Kind, env, kp)
			n := 0
			for _, d := range diags {
				if d.Path == "postmarket.patching.release_cadence" && strings.Contains(d.Message, "at least every 3 months (quarterly)") {
					n++
				}
			}
			if n != tt.want {
				t.Fatalf("%d cadence warnings, want %d: %v", n, tt.want, diags)
			}
		})
	}
}
