package content

import "testing"

// TestNoticeMonthsKept: a version whose end of support comes sooner after
// its release than the promised notice is warned; one that keeps it, or
// without an end of support, is not.
func TestNoticeMonthsKept(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[end_of_life]\nnotice_months = 24\n"
	const warning = "warning: versions[0].end_of_support: version 1.0 reaches end of support on 2025-12-01, 6 months after its general availability on 2025-06-01: less than the 24 months' notice"
	warnCases(t, warning, []warnCase{
		{"6 months after release", head + "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\nend_of_support = 2025-12-01\n", true},
		{"30 months after release", head + "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\nend_of_support = 2027-12-01\n", false},
		{"no end of support", head + "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\n", false},
	})
	// No warning of any length for a version that keeps the promise, or
	// when nothing is promised (even for an end of support before the
	// release, which the milestones' order reports).
	warnCases(t, "warning: versions[0].end_of_support: version 1.0 reaches end of support", []warnCase{
		{"no end of support, any message", head + "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\n", false},
		{"30 months after release, any message", head + "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\nend_of_support = 2027-12-01\n", false},
		{"no promise", "schema_version = 2\nid = \"p\"\n[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\nend_of_support = 2025-01-01\n", false},
	})
	// Every version is checked, after one that keeps the promise.
	warnCases(t, "warning: versions[1].end_of_support: version 2.0 reaches end of support on 2026-12-01, 6 months after", []warnCase{
		{"the second version breaks it", head + "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2025-06-01\nend_of_support = 2027-12-01\n[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2026-06-01\nend_of_support = 2026-12-01\n", true},
	})
}
