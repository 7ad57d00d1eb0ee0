package content

import (
	"strings"
	"testing"
)

// TestUpdatesAndCommitmentsUnstated: updates.identification,
// notification and integrity, and end_of_life.commitments, are optional;
// left out, check says which documents then say "not stated", citing the
// FDA premarket guidance only for what its labeling item 6 asks.
func TestUpdatesAndCommitmentsUnstated(t *testing.T) {
	written := func(p *Product) {
		p.Updates = Updates{Obtain: "From the service portal.", Identification: "About screen.", Notification: "E-mail.", Integrity: "Signed packages."}
		p.EndOfLife.Commitments = "Two years of fixes after end of life."
	}
	tests := []struct {
		name   string
		rule   func(*Product) Diagnostics
		modify func(p *Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"updates: all written passes", ruleUpdatesUnstated, nil, ""},
		{"updates: no [updates] passes (labeling item 6 warns)", ruleUpdatesUnstated, func(p *Product) { p.Updates = Updates{} }, ""},
		{"updates: no CSD passes", ruleUpdatesUnstated, func(p *Product) {
			p.Documents.Build = []string{"security_plan", "lifecycle"}
			p.Updates.Identification, p.Updates.Notification, p.Updates.Integrity = "", "", ""
		}, ""},
		{"updates: all three unwritten fails, citing the FDA", ruleUpdatesUnstated, func(p *Product) {
			p.Updates.Identification, p.Updates.Notification, p.Updates.Integrity = "", "", ""
		}, "updates: identification, notification and integrity not written: the CSD's software updates section says that how to identify the installed version, how users learn that an update exists and how the integrity and authenticity of an update are verified are not stated (of integrity, beyond the protection of the data flows that carry updates and the controls that sign them, where it can point to any); the FDA premarket guidance (VI.A, labeling item 6) asks the labeling for authorised, version-identifiable updates"},
		{"updates: notification alone unwritten fails without the FDA", ruleUpdatesUnstated, func(p *Product) { p.Updates.Notification = "" },
			"updates: notification not written: the CSD's software updates section says that how users learn that an update exists is not stated"},
		{"updates: not a medical device cites no FDA guidance", ruleUpdatesUnstated, func(p *Product) {
			p.MedicalDevice = False
			p.Updates.Integrity = ""
		}, "how the integrity and authenticity of an update are verified is not stated"},
		{"commitments: written passes", ruleCommitmentsUnstated, nil, ""},
		{"commitments: unwritten fails", ruleCommitmentsUnstated, func(p *Product) { p.EndOfLife.Commitments = "" },
			"not written: the security plan and the CSD say that what the manufacturer provides when a version reaches end of life or end of support is not stated, and the lifecycle page gives only the notice promised"},
		{"commitments: lifecycle page alone fails", ruleCommitmentsUnstated, func(p *Product) {
			p.Documents.Build = []string{"lifecycle"}
			p.EndOfLife.Commitments = ""
		}, "not written: the lifecycle page gives only the notice promised, no commitment for end of life or end of support"},
		{"commitments: no document printing them passes", ruleCommitmentsUnstated, func(p *Product) {
			p.Documents.Build = []string{"mds2"}
			p.EndOfLife.Commitments = ""
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reviewProduct()
			written(p)
			if tt.modify != nil {
				tt.modify(p)
			}
			got := tt.rule(p)
			wantOneDiagnostic(t, got, tt.want)
			if tt.name == "updates: not a medical device cites no FDA guidance" && len(got) == 1 && strings.Contains(got[0].Message, "FDA") {
				t.Errorf("cites the FDA for a product that is not a medical device: %s", got[0].Message)
			}
		})
	}
}

// TestUpdatesAndCommitmentsUnstatedRegistered: check runs both rules.
func TestUpdatesAndCommitmentsUnstatedRegistered(t *testing.T) {
	for _, r := range []func(*Product) Diagnostics{ruleUpdatesUnstated, ruleCommitmentsUnstated} {
		if !containsRule(r) {
			t.Error("a rule is not in productRules")
		}
	}
}
