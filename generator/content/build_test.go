package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestBuildsAndProduces: without documents.build every document is built
// but the MDS2 form, which is built only for a product with MDS2 input;
// with it, exactly the documents it names. The risk report and the eSTAR
// cross-reference are produced only when chosen and given document
// control.
func TestBuildsAndProduces(t *testing.T) {
	mds2 := MDS2{Other: "Nothing further."}
	for _, tc := range []struct {
		name  string
		p     Product
		want  string // documents Builds says yes to, in DocumentKinds order
		makes string // documents Produces says yes to
	}{
		{"every document, no MDS2 input", Product{},
			"security_plan csd lifecycle notices risk_report estar", "security_plan csd lifecycle notices"},
		{"every document, MDS2 input", Product{MDS2: mds2},
			"security_plan csd mds2 lifecycle notices risk_report estar", "security_plan csd mds2 lifecycle notices"},
		{"every document, document control of the risk report and eSTAR", Product{Documents: Documents{RiskReport: SubmissionControl{DocumentControl: DocumentControl{ID: "RR-1"}}, ESTAR: SubmissionControl{DocumentControl: DocumentControl{ID: "ES-1"}}}},
			"security_plan csd lifecycle notices risk_report estar", "security_plan csd lifecycle notices risk_report estar"},
		{"chosen: the CSD and the risk report with its document control", Product{MDS2: mds2, Documents: Documents{Build: []string{"csd", "risk_report"}, RiskReport: SubmissionControl{DocumentControl: DocumentControl{ID: "RR-1"}}, ESTAR: SubmissionControl{DocumentControl: DocumentControl{ID: "ES-1"}}}},
			"csd risk_report", "csd risk_report"},
		{"chosen: the MDS2 form without input, the eSTAR without document control", Product{Documents: Documents{Build: []string{"mds2", "estar"}}},
			"mds2 estar", "mds2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var builds, produces []string
			for _, d := range DocumentKinds {
				if tc.p.Builds(d) {
					builds = append(builds, d)
				}
				if tc.p.Produces(d) {
					produces = append(produces, d)
				}
			}
			if got := strings.Join(builds, " "); got != tc.want {
				t.Errorf("Builds: %q, want %q", got, tc.want)
			}
			if got := strings.Join(produces, " "); got != tc.makes {
				t.Errorf("Produces: %q, want %q", got, tc.makes)
			}
		})
	}
}

// TestBuildsOf: documents.build read from the TOML tree before decoding:
// absent, empty or not a list, every document (the MDS2 form only when
// [mds2] is present); a list, exactly the strings it names.
func TestBuildsOf(t *testing.T) {
	docs := func(build any) map[string]any { return map[string]any{"build": build} }
	for _, tc := range []struct {
		name string
		data map[string]any
		want string
	}{
		{"no [documents]", map[string]any{}, "security_plan csd lifecycle notices risk_report estar"},
		{"no [documents], [mds2] present", map[string]any{"mds2": map[string]any{}}, "security_plan csd mds2 lifecycle notices risk_report estar"},
		{"empty list", map[string]any{"documents": docs([]any{})}, "security_plan csd lifecycle notices risk_report estar"},
		{"empty list, [mds2] present", map[string]any{"documents": docs([]any{}), "mds2": map[string]any{}}, "security_plan csd mds2 lifecycle notices risk_report estar"},
		{"not a list", map[string]any{"documents": docs("csd")}, "security_plan csd lifecycle notices risk_report estar"},
		{"a list", map[string]any{"documents": docs([]any{"mds2", 7, "notices"}), "mds2": map[string]any{}}, "mds2 notices"},
		{"a list without the MDS2 form, [mds2] present", map[string]any{"documents": docs([]any{"csd"}), "mds2": map[string]any{}}, "csd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			builds := buildsOf(tc.data)
			var got []string
			for _, d := range DocumentKinds {
				if builds(d) {
					got = append(got, d)
				}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("%s: %q, want %q", fmt.Sprint(tc.data), strings.Join(got, " "), tc.want)
			}
		})
	}
}

// TestOtherSupportedVersionsInAnyOrder: the versions other than the
// current one are found wherever the list places them (newest first
// here, the current and an unreleased version before the others), and an
// entry repeating the current version's string is the current version.
func TestOtherSupportedVersionsInAnyOrder(t *testing.T) {
	asOf := NewDate(2026, 1, 1)
	for _, tc := range []struct {
		name     string
		versions []Version
		want     string
	}{
		{"newest first", []Version{
			{Version: "4.0", GeneralAvailability: NewDate(2027, 1, 1)},
			{Version: "3.0", GeneralAvailability: NewDate(2025, 1, 1)},
			{Version: "2.0", GeneralAvailability: NewDate(2023, 1, 1), EndOfSupport: NewDate(2027, 1, 1)},
			{Version: "1.0", GeneralAvailability: NewDate(2020, 1, 1), EndOfSupport: NewDate(2025, 6, 30)},
			{Version: "0.9", GeneralAvailability: NewDate(2019, 1, 1)},
		}, "2.0 0.9"},
		{"the current version listed twice", []Version{
			{Version: "3.0", GeneralAvailability: NewDate(2025, 1, 1)},
			{Version: "2.0", GeneralAvailability: NewDate(2023, 1, 1)},
			{Version: "3.0", GeneralAvailability: NewDate(2025, 1, 1)},
		}, "2.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Documents: Documents{Versions: "supported"}, Versions: tc.versions}
			var got []string
			for _, v := range p.OtherSupportedVersions(asOf) {
				got = append(got, v.Version)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("%q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}
