package content

import (
	"slices"
	"strings"
	"testing"
)

// TestSampleDataKind: a specimen's IDs, orders and results kept without
// the patient's identity (a laboratory robot's work list) are a data kind
// of their own, neither PHI nor PII nor configuration, that a store and
// an interface may hold.
func TestSampleDataKind(t *testing.T) {
	d := DataKind("sample_data")
	if !slices.Contains(d.Values(), "sample_data") || d.Label() != "Sample data (no patient identity)" || d.Personal() {
		t.Fatalf("kind sample_data: values %v, label %q, personal %v", d.Values(), d.Label(), d.Personal())
	}
	if (DataKinds{"configuration", "sample_data"}).Personal() {
		t.Errorf("configuration and sample_data: want no personal data")
	}
	src := strings.Replace(contactBase, "[[data_flows]]", `[[data_stores]]
id = "worklist"
name = "Sample work list"
data = ["configuration", "sample_data"]
location = "Controller"
protection = "Not stated."
[[data_flows]]`, 1)
	if got := diagStrings(decodeProduct(src)); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "data_stores") }) {
		t.Errorf("unexpected diagnostic:\n  %s", strings.Join(got, "\n  "))
	}
}
