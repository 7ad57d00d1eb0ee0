package generator

import (
	"strings"
	"testing"
)

// TestRiskReportPathAtReceiver: rpmkit's T-02 (a nurse's taken-over
// identity-provider account reads patients' data) has the path
// ["Clinician web browser", "DF-05"], DF-05 running from the cloud to that
// browser. The attacker is at the flow's receiver and gets what it
// delivers over a properly authenticated TLS session: the report prints
// one route, not the browser and DF-05 as alternatives, says how a flow
// after its receiver is read, and does not call DF-05 attacked on the way.
func TestRiskReportPathAtReceiver(t *testing.T) {
	md := buildFixture(t, "rpmkit")("cardiowatch/risk-report.md")
	var row string
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| T-02 | ") && strings.Contains(line, "DF-05") {
			row = line
		}
	}
	if want := "| T-02 | Clinician web browser → DF-05 (CardioWatch Cloud → Clinician web browser) |"; row != want {
		t.Errorf("T-02's path row\n  %s\nwant one route\n  %s", row, want)
	}
	if strings.Contains(md, "DF-05 is attacked on the way") {
		t.Error("the report says DF-05 is attacked on the way; the attacker is at its receiver")
	}
	if !strings.Contains(md, "DF-05 is attacked at its receiver, Clinician web browser") {
		t.Error("the drawing's text does not say DF-05 is attacked at its receiver")
	}
	if !strings.Contains(md, "a flow that follows its receiver is attacked at its receiving end") {
		t.Error("the report does not say how a flow right after its receiver is read")
	}
}

// TestRiskReportPathWithoutReceiverStep: a report none of whose threats
// reaches a flow at its receiver does not explain that reading.
func TestRiskReportPathWithoutReceiverStep(t *testing.T) {
	md := buildFixture(t, "analyzer")("corvane-ca600/risk-report.md")
	if !strings.Contains(md, "a flow that follows its sender is attacked at its source") {
		t.Fatal("the analyzer's risk report no longer explains its attack paths; pick another fixture")
	}
	if strings.Contains(md, "follows its receiver") || strings.Contains(md, "at its receiver") {
		t.Error("the report explains a flow after its receiver, though no path has one")
	}
}
