// Package testtools lets tests use outside programs (qpdf, poppler, Java,
// Chromium, node): a missing tool skips the test with a message, unless
// JSPGEN_REQUIRE_TOOLS=1, where it fails it (CI installs every tool).
package testtools

import (
	"os"
	"os/exec"
	"testing"
)

// Required reports whether missing tools fail tests instead of skipping them.
func Required() bool { return os.Getenv("JSPGEN_REQUIRE_TOOLS") == "1" }

// Need returns the path of each named program, in order. When one is
// missing it skips the test, or fails it under JSPGEN_REQUIRE_TOOLS=1.
func Need(t testing.TB, names ...string) []string {
	t.Helper()
	paths := make([]string, len(names))
	for i, name := range names {
		p, err := exec.LookPath(name)
		if err != nil {
			Missing(t, name+" not found on PATH")
		}
		paths[i] = p
	}
	return paths
}

// Missing skips (or, when tools are required, fails) with why.
func Missing(t testing.TB, why string) {
	t.Helper()
	if Required() {
		t.Fatalf("JSPGEN_REQUIRE_TOOLS=1 but %s", why)
	}
	t.Skipf("skipping: %s (install it, or see .ci/run)", why)
}
