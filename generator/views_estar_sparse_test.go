package generator

import (
	"strings"
	"testing"
)

// TestExoskeletonRiskReportRowsAgree: the eSTAR cross-reference answered
// the "Cybersecurity risk management report" element with plan section 4
// and, two rows later, said traceability would be answered in that
// report, "which is not built"; the plan traces threats, controls,
// requirements and tests all the same. The rows now agree (sparse review,
// exoskeleton finding 3).
func TestExoskeletonRiskReportRowsAgree(t *testing.T) {
	read := buildFixture(t, "exoskeleton")
	md := read("stridecore/estar.md")
	for _, want := range []string{
		"| Cybersecurity risk management report | V.A | Product Security Plan: [4. Security risk management](security-plan.html#4-security-risk-management). No separate Cybersecurity Risk Management Report is built for this product; the Product Security Plan answers in its place. |",
		"| Traceability: threat model, risk assessment, controls and testing | V.A | Product Security Plan: [4.7 Threat model](security-plan.html#4-7-threat-model); Product Security Plan: [7. Security controls by FDA category](security-plan.html#7-security-controls-by-fda-category); Product Security Plan: [6.1 Security requirements](security-plan.html#6-1-security-requirements). No separate Cybersecurity Risk Management Report is built",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("estar.md lacks %q", want)
		}
	}
	if strings.Contains(md, "It would be answered in the Cybersecurity Risk Management Report") {
		t.Error("estar.md still says the report would answer a row the plan answers")
	}
}

// TestExoskeletonMultiPatientHarmUnassessed: the plan's 6.2.2 said "None
// recorded." beside software that a field service laptop brings to every
// unit; it now says what the view drawn from the data covers and names
// the flows it did not assess, as the eSTAR's reason does (exoskeleton
// finding 4).
func TestExoskeletonMultiPatientHarmUnassessed(t *testing.T) {
	read := buildFixture(t, "exoskeleton")
	const flows = "The view does not assess the software flows DF-04 and DF-05 from the Ambulon service laptop (physical access)"
	plan := read("stridecore/security-plan.md")
	i := strings.Index(plan, "#### 6.2.2 Multi-patient harm view")
	j := strings.Index(plan, "#### 6.2.3")
	if i < 0 || j < i {
		t.Fatal("no 6.2.2 in the plan")
	}
	sec := plan[i:j]
	if strings.Contains(sec, "None recorded.") || !strings.Contains(sec, "No multi-patient harm view is recorded. Drawn from the data alone, the view covers only") || !strings.Contains(sec, flows) {
		t.Errorf("6.2.2:\n%s", sec)
	}
	if !strings.Contains(read("stridecore/estar.md"), flows) {
		t.Error("the eSTAR's multi-patient row does not name the flows")
	}
}

// TestNicucamInstallersLeaveOutSource: "Who installs updates on each part
// that receives software" listed KinView Cloud, which only sends the
// cameras' firmware (nicucam finding 8).
func TestNicucamInstallersLeaveOutSource(t *testing.T) {
	read := buildFixture(t, "nicucam")
	plan := read("kinview/security-plan.md")
	i := strings.Index(plan, "Who installs updates on each part that receives software:")
	if i < 0 {
		t.Fatal("no list of installers in the plan")
	}
	list := plan[i:]
	list = list[:strings.Index(list, "####")]
	if strings.Contains(list, "KinView Cloud:") || !strings.Contains(list, "- **KinView bedside camera:**") {
		t.Errorf("installers:\n%s", list)
	}
}

// TestGenomicscloudTenancyZone: the deployment in the laboratory's AWS
// account was framed "Hosted by the customer", a label readers take for a
// server on its premises (genomicscloud finding 6).
func TestGenomicscloudTenancyZone(t *testing.T) {
	read := buildFixture(t, "genomicscloud")
	if svg := read("helixa/views/data-flows.svg"); !strings.Contains(svg, ">Hosted by the customer, in its own cloud tenancy<") {
		t.Error("data-flows.svg: the tenancy zone is not labelled as such")
	}
	if !strings.Contains(read("helixa/risk-report.md"), "Hosted by the customer, in its own cloud tenancy: ") {
		t.Error("risk-report.md: the figure's alt text does not say cloud tenancy")
	}
}

// TestMdmvitalsPhysicalZone: the SaMD app with no part on a device had
// its wristband drawn under "Physical access at the device" (mdmvitals
// finding 5).
func TestMdmvitalsPhysicalZone(t *testing.T) {
	read := buildFixture(t, "mdmvitals")
	for _, f := range []string{"vitatap/views/global-system.svg", "vitatap/views/data-flows.svg", "vitatap/security-plan.md", "vitatap/risk-report.md"} {
		s := read(f)
		if strings.Contains(s, "Physical access at the device") || !strings.Contains(s, "Physical access") {
			t.Errorf("%s: the physical zone is not labelled \"Physical access\"", f)
		}
	}
}
