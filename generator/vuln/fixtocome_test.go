package vuln_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestFixToComeNotSaidTwice: the sentence that the version to fix an
// affected entry is not yet released is left out when the remediation
// itself names that version and the day it is due (FixDue), as the
// documents write dates or as YYYY-MM-DD; it stays when the remediation
// names only one of the two, or a longer version that merely contains
// the fix version's digits.
func TestFixToComeNotSaidTwice(t *testing.T) {
	const toCome = "Version 4.0.1, which is to fix it, is not yet released."
	due := content.NewDate(2026, 2, 9)
	for _, tc := range []struct {
		remediation string
		due         content.Date
		want        string
	}{
		{"Version 4.0.1, planned for release on 9 February 2026, authenticates the messages.", due, ""},
		{"Install 4.0.1 (due 2026-02-09).", due, ""},
		{"Upgrade to version 4.0.1.", due, toCome},
		{"A fix is planned for release on 9 February 2026.", due, toCome},
		{"Version 14.0.1, planned for release on 9 February 2026, fixes it.", due, toCome},
		{"Version 4.0.10, planned for release on 9 February 2026, fixes it.", due, toCome},
		{"Version 4.0.1, planned for release on 1 March 2026, fixes it.", due, toCome},
		{"Version 4.0.1, planned for release on 9 February 2026, fixes it.", content.Date{}, toCome},
		{"", due, toCome},
	} {
		v := &vuln.Vulnerability{Version: "4.0", Status: "affected", FixedIn: "4.0.1", FixPlanned: true, FixDue: tc.due, Remediation: tc.remediation}
		if got := v.FixToCome(); got != tc.want {
			t.Errorf("remediation %q, due %s: FixToCome %q; want %q", tc.remediation, tc.due, got, tc.want)
		}
	}
}

// TestActionNamesTheFixToCome: an affected entry's action (the CSD's
// cell, the OpenVEX action_statement) says that the version to fix it
// is not yet released where nothing else does: not beside compensating
// controls, whose "Until version …, which is to fix it, is released"
// says it; not once the version is out, nor when the remediation names
// it with its due day, nor when no fix is planned, nor of a fixed entry.
func TestActionNamesTheFixToCome(t *testing.T) {
	const toCome = "Version 4.0.1, which is to fix it, is not yet released."
	due := content.NewDate(2026, 2, 9)
	for _, tc := range []struct {
		name string
		v    vuln.Vulnerability
		want string
	}{
		{"planned, no controls", vuln.Vulnerability{Status: "affected", FixedIn: "4.0.1", FixPlanned: true, FixDue: due, Remediation: "Upgrade to version 4.0.1."},
			"Upgrade to version 4.0.1. " + toCome},
		{"planned, no remediation", vuln.Vulnerability{Status: "affected", FixedIn: "4.0.1", FixPlanned: true},
			toCome},
		{"planned, with controls", vuln.Vulnerability{Status: "affected", FixedIn: "4.0.1", FixPlanned: true, Remediation: "Upgrade to version 4.0.1.", CompensatingControls: []string{"Block TCP 6201."}},
			"Upgrade to version 4.0.1. Until version 4.0.1, which is to fix it, is released and installed: Block TCP 6201."},
		{"planned, remediation says when", vuln.Vulnerability{Status: "affected", FixedIn: "4.0.1", FixPlanned: true, FixDue: due, Remediation: "Install 4.0.1 (due 2026-02-09)."},
			"Install 4.0.1 (due 2026-02-09)."},
		{"released", vuln.Vulnerability{Status: "affected", FixedIn: "4.0.1", Remediation: "Upgrade to version 4.0.1."},
			"Upgrade to version 4.0.1."},
		{"stated released", vuln.Vulnerability{Status: "affected", FixedIn: "4.0.1", Fix: "released", FixPlanned: true, Remediation: "Upgrade to version 4.0.1."},
			"Upgrade to version 4.0.1."},
		{"no fix named", vuln.Vulnerability{Status: "affected", Remediation: "Isolate the server."},
			"Isolate the server."},
		{"fixed", vuln.Vulnerability{Status: "fixed", FixedIn: "4.0.1", FixPlanned: true},
			"Fixed in 4.0.1."},
	} {
		tc.v.Version = "4.0"
		if got := tc.v.Action(); got != tc.want {
			t.Errorf("%s: Action %q; want %q", tc.name, got, tc.want)
		}
	}
}
