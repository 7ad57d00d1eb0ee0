package generator

import (
	"strings"
	"testing"
)

// TestPatchPromiseOnlyWhatIsStated: the CSD's, the plan's and the lifecycle
// page's fix and patch sentences promise only what a key states. A product
// that states no patch timeline (ecmo: updates only at service visits) is
// not said to fix vulnerabilities in regular releases or to send interim
// mitigations; a timeline stated by severity (endowasher: "critical
// vulnerabilities: patch within 60 days", postmarket.patching.
// critical_severity_days) is printed as that, never as a promise about
// uncontrolled risks.
func TestPatchPromiseOnlyWhatIsStated(t *testing.T) {
	ecmo := buildFixture(t, "ecmo")
	csd := ecmo("eclss1/csd.md")
	for _, bad := range []string{
		"Fixed in a regular release within a time not stated",
		"Interim mitigations communicated to",
		"fix released within a time not stated",
		"Fixes for uncontrolled risks released within a time not stated",
	} {
		if strings.Contains(csd, bad) {
			t.Errorf("ecmo CSD asserts a patch process the data do not state: %q", bad)
		}
	}
	for _, want := range []string{
		"| Vulnerability whose risk is controlled | How and when such a vulnerability is fixed is not stated |",
		"| Vulnerability whose risk is not controlled | Whether interim mitigations are communicated to customers, and when, is not stated; when a fix is released is not stated |",
		"When fixes for uncontrolled risks are released is not stated.",
	} {
		if !strings.Contains(csd, want) {
			t.Errorf("ecmo CSD lacks %q", want)
		}
	}

	endo := buildFixture(t, "endowasher")
	csd = endo("aer2/csd.md")
	if strings.Contains(csd, "uncontrolled risks released within 60 days") || strings.Contains(csd, "fix released within 60 days") {
		t.Errorf("endowasher CSD prints the critical-severity timeline as a promise about uncontrolled risks")
	}
	for _, want := range []string{
		"| Vulnerability of critical severity | Patched within 60 days |",
		"Vulnerabilities of critical severity patched within 60 days.",
	} {
		if !strings.Contains(csd, want) {
			t.Errorf("endowasher CSD lacks %q", want)
		}
	}
	life := endo("aer2/lifecycle.md")
	if strings.Contains(life, "uncontrolled risk released within 60 days") {
		t.Errorf("endowasher lifecycle page prints the critical-severity timeline as a promise about uncontrolled risks")
	}
	if !strings.Contains(life, "Released and supported with security updates; a vulnerability of critical severity patched within 60 days.") {
		t.Errorf("endowasher lifecycle page lacks the critical-severity timeline")
	}
}

// TestPatchPromiseSeverityTimelineEverywhere: a timeline stated by severity
// (postmarket.patching.critical_severity_days) is printed in the plan's
// timelines, the CSD's and the lifecycle page's Support stage as a
// timeline for vulnerabilities of critical severity, and makes the plan
// and the lifecycle page speak of security updates.
func TestPatchPromiseSeverityTimelineEverywhere(t *testing.T) {
	files, _ := buildFixtureEdited(t, "dialysiswater", "puraro.toml", func(s string) string {
		return strings.Replace(s, "[postmarket.patching]\n", "[postmarket.patching]\ncritical_severity_days = 45\n", 1)
	})
	plan := files["puraro/security-plan.md"]
	if !strings.Contains(plan, "| Vulnerability of critical severity | Patched within 45 days |") {
		t.Errorf("plan lacks the critical-severity timeline")
	}
	if !strings.Contains(files["puraro/csd.md"], "| Vulnerability of critical severity | Patched within 45 days |") {
		t.Errorf("CSD lacks the critical-severity timeline")
	}
	if !strings.Contains(files["puraro/lifecycle.md"], "with security updates; a vulnerability of critical severity patched within 45 days.") {
		t.Errorf("lifecycle page lacks the critical-severity timeline")
	}
}

// TestPlanSupportStageAsLifecycle: a timeline by severity that a
// mitigation may meet promises no security updates; the lifecycle page
// knew it (SeverityMeansUpdates), the plan's Support stage did not and
// said "Released and supported with security updates". Both now ask
// Product.PatchTimelineMeansUpdates.
func TestPlanSupportStageAsLifecycle(t *testing.T) {
	files, _ := buildFixtureEdited(t, "dialysiswater", "puraro.toml", func(s string) string {
		return strings.Replace(s, "[postmarket.patching]\n", "[postmarket.patching]\ncritical_severity_days = 45\ncritical_severity_remedy = \"fix_or_mitigation\"\n", 1)
	})
	for _, doc := range []string{"puraro/security-plan.md", "puraro/lifecycle.md"} {
		if strings.Contains(files[doc], "supported with security updates") {
			t.Errorf("%s promises security updates from a fix-or-mitigation timeline", doc)
		}
	}
	if !strings.Contains(files["puraro/security-plan.md"], "| Support | General availability | Released and supported; how fixes reach it:") {
		t.Errorf("plan's Support stage is not the no-promise wording")
	}
}
