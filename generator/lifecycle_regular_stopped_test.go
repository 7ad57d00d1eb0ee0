package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleSaysRegularReleasesStopped: dentalxray's end-of-support
// notice stops version 2.4's regular releases (stops.what = "updates") at
// its end of life. The plan and the CSD say so; the lifecycle page's
// stage table gave only "Limited Support". It now says when they stopped;
// a version no notice stops (3.0) keeps its stage alone.
func TestLifecycleSaysRegularReleasesStopped(t *testing.T) {
	page := buildFixture(t, "dentalxray")("dentasense/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page,
		"| 2.4 | DS-1, DS-2 | Limited Support (regular releases stopped on 2025-10-14);",
		"| 3.0 | DS-1, DS-2 | Support |")
}
