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
}
