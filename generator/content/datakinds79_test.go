package content

import (
	"slices"
	"strings"
	"testing"
)

// TestDataKinds79Labels: counts about groups have a kind of their own
// (statistics), neither PHI nor PII; measurements no longer say
// "images"; and PHI and PII a store or flow has only with an optional
// feature (personal_only_with) come last, with the condition.
func TestDataKinds79Labels(t *testing.T) {
	p := &Product{}
	for _, tc := range []struct {
		name  string
		kinds DataKinds
		only  string
		flow  bool
		want  string
	}{
		{"statistics", DataKinds{"statistics"}, "", true, "Counts or statistics about groups (no data of any one patient)"},
		{"measurements", DataKinds{"alarms", "measurements"}, "", false, "Alarms, Patient measurements or recordings (no name or record number)"},
		{"no condition", DataKinds{"alarms", "phi", "pii"}, "", false, "Alarms, PHI, PII"},
		{"condition", DataKinds{"phi", "alarms", "pii"}, "the ADT interface", false, "Alarms, PHI, PII (only when the ADT interface is used)"},
		{"flow condition", DataKinds{"phi", "pii"}, "the ADT interface", true, "PHI, PII (only when the ADT interface is used)"},
		{"condition without personal data", DataKinds{"alarms"}, "the ADT interface", false, "Alarms"},
		{"flow none", DataKinds{}, "", true, NoListedData},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			if tc.flow {
				got = p.FlowDataLabelsOnlyWith(tc.kinds, tc.only)
			} else {
				got = p.DataLabelsOnlyWith(tc.kinds, tc.only)
			}
			if s := strings.Join(got, ", "); s != tc.want {
				t.Errorf("got %q, want %q", s, tc.want)
			}
		})
	}
	if d := DataKind("statistics"); !slices.Contains(d.Values(), "statistics") || d.Personal() {
		t.Errorf("statistics: want a kind, not personal")
	}
	if strings.Contains(DataKind("measurements").Label(), "images") {
		t.Errorf("measurements label says images: %q", DataKind("measurements").Label())
	}
}

// TestDataKinds79Validation: personal_only_with is checked both ways.
func TestDataKinds79Validation(t *testing.T) {
	store := func(data, only string) string {
		s := strings.Replace(contactBase, "[[data_flows]]", "[[data_stores]]\nid = \"db\"\nname = \"Database\"\ndata = "+data+"\nlocation = \"Server\"\nprotection = \"Not stated.\"\n[[data_flows]]", 1)
		if only != "" {
			s = strings.Replace(s, "protection = \"Not stated.\"\n", "protection = \"Not stated.\"\npersonal_only_with = "+only+"\n", 1)
		}
		return s + "[[data_flows]]\nid = \"DF-02\"\nfrom = \"device\"\nto = \"Insights\"\ndata = [\"statistics\"]\ninterface = \"wifi\"\nprotection = \"TLS.\"\n"
	}
	for _, tc := range []struct {
		name, src, want string
	}{
		{"statistics and condition accepted", store(`["alarms", "phi"]`, `"the ADT interface"`), ""},
		{"no condition", store(`["measurements"]`, ""), ""},
		{"blank", store(`["phi"]`, `" "`), "data_stores[0].personal_only_with: must not be blank"},
		{"no personal data", store(`["alarms"]`, `"the ADT interface"`), "data_stores[0].personal_only_with: is written, but data lists neither phi nor pii"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			has := slices.ContainsFunc(got, func(s string) bool {
				return strings.Contains(s, "personal_only_with") || strings.Contains(s, "want one of") || strings.Contains(s, "syntax")
			})
			if tc.want == "" {
				if has {
					t.Errorf("unexpected diagnostic:\n  %s", strings.Join(got, "\n  "))
				}
				return
			}
			if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("want %q, got:\n  %s", tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
