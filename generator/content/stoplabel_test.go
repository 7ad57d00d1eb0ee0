package content

import "testing"

// TestStopLabel: a notice's stop of "updates" is of the regular releases,
// not of security fixes; its bare label "Updates" read as the end of
// every update beside the notice's own security fixes going on. The
// other stops keep their plain names.
func TestStopLabel(t *testing.T) {
	for what, want := range map[string]string{
		"updates":                   "Regular releases",
		"security_updates":          "Security updates",
		"spare_parts":               "Spare parts",
		"service_agreement_renewal": "Service agreement renewal",
	} {
		if got := StopLabel(what); got != want {
			t.Errorf("StopLabel(%q) = %q; want %q", what, got, want)
		}
	}
}
