package generator

import (
	"strings"
	"testing"
)

// The plan's traceability row for 524B(b)(1) names the coordinated
// vulnerability disclosure section; where the site file states no CVD
// policy (section 9.3 says whether one is published is not stated), the
// row says so rather than read as addressed in full, as the SBOM and
// testing rows do for what they lack.
func TestPlanTraceabilityCVDPolicyNotStated(t *testing.T) {
	const row = "| Plan to monitor, identify and address postmarket vulnerabilities, including coordinated vulnerability disclosure |"
	const caveat = " (whether a coordinated vulnerability disclosure policy is published is not stated) |"
	for _, c := range []struct {
		fixture, doc string
		want         bool
	}{
		{"bloodbank", "sanguis-tms/security-plan.md", true},
		{"aed", "lifeguard/security-plan.md", false},
	} {
		plan := buildFixture(t, c.fixture)(c.doc)
		var line string
		for _, l := range strings.Split(plan, "\n") {
			if strings.HasPrefix(l, row) {
				line = l
			}
		}
		if line == "" {
			t.Fatalf("%s: no 524B(b)(1) row", c.fixture)
		}
		if got := strings.HasSuffix(line, caveat); got != c.want {
			t.Errorf("%s: the row says the policy is not stated: %v, want %v\n%s", c.fixture, got, c.want, line)
		}
	}
}
