package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanCredentialLifetimeIsAMaximum: idle_lock and valid_for are the
// longest a credential lasts, at the largest value a customer can
// configure, so the plan's credential limits keep "at most": it printed
// "Locks after 10 minutes without input." of a lock whose default is 3
// minutes.
func TestPlanCredentialLifetimeIsAMaximum(t *testing.T) {
	plan, _ := buildExampleEdited(t, nil)
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| SR-01 | Clinician (nurse, anaesthesia) | Badge and PIN login session | Locks after at most 10 minutes without input. | Locks after at most 10 minutes without input (the largest setting a customer can choose). |",
		"| SR-03 | Meridian field service | Service session credential | Accepted for at most 8 hours. | Accepted for at most 8 hours. |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the lifetime is a maximum",
		"| Locks after 10 minutes without input.", "| Accepted for 8 hours.")
}
