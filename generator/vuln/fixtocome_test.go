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
