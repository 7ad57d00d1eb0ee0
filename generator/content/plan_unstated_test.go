package content

import (
	"slices"
	"strings"
	"testing"
)

// TestPlanKeysNotRequired: the security plan and the CSD build without
// [verification.penetration_test] and suppliers.sbom_process (each says
// it is not stated), and a plan still needs the keys around them.
func TestPlanKeysNotRequired(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n[documents]\nbuild = [\"security_plan\", \"csd\"]\n"
	src := head + "[suppliers]\nvetting = \"v\"\n[verification]\ndeferred_fixes = \"x\"\nretest = \"y\"\n"
	_, diags, _ := DecodeTOML("p.toml", []byte(src), &Product{})
	for _, d := range diags {
		if d.Path == "verification.penetration_test" || d.Path == "suppliers.sbom_process" {
			t.Errorf("unexpected diagnostic: %v", d)
		}
	}
	for _, w := range []string{"verification.activities: missing required key for the security plan", "suppliers.monitoring: missing required key for the security plan"} {
		if !hasDiagIn(diags, w) {
			t.Errorf("want %q; got:\n  %s", w, diagText(diags))
		}
	}
}

// TestPlanKeysUnstatedWarn: a key left out that the plan or the CSD
// prints as not stated is warned about, naming what each built document
// says; written, or with neither document built, it is not.
func TestPlanKeysUnstatedWarn(t *testing.T) {
	pen := PenTest{Tester: "Lab", Independence: "Third party.", Scope: "All.", Planned: true}
	tests := []struct {
		name  string
		build []string
		pen   PenTest
		sbom  string
		want  []string // path: message start
	}{
		{"plan and CSD, both left out", []string{"security_plan", "csd"}, PenTest{}, "", []string{
			"verification.penetration_test: not stated: the security plan (section 8.2, Penetration test) and the CSD (section 15.2, Security testing and certifications) say that whether an independent penetration test is performed or planned is not stated; add [verification.penetration_test] with tester, independence and scope",
			"suppliers.sbom_process: not stated: the security plan (section 5.2, Software bill of materials) and the CSD (section 5, Software bill of materials) say that how the SBOM is produced and kept current is not stated; write sbom_process under [suppliers]",
		}},
		{"plan alone", []string{"security_plan"}, PenTest{}, "", []string{
			"verification.penetration_test: not stated: the security plan (section 8.2, Penetration test) says that whether",
			"suppliers.sbom_process: not stated: the security plan (section 5.2, Software bill of materials) says that",
		}},
		// The CSD's 15.2 says the test is not stated (TestCSDOnlyPenTestUnstated).
		{"CSD alone", []string{"csd"}, PenTest{}, "", []string{
			"verification.penetration_test: not stated: the CSD (section 15.2, Security testing and certifications) does not state",
			"suppliers.sbom_process: not stated: the CSD (section 5, Software bill of materials) says that",
		}},
		{"both written", []string{"security_plan", "csd"}, pen, "The build writes a CycloneDX SBOM.", nil},
		{"neither document built", []string{"mds2"}, PenTest{}, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			p.Documents.Build = tc.build
			p.Verification.PenTest = tc.pen
			p.Suppliers.SBOMProcess = tc.sbom
			got := append(rulePenTestUnstated(p), ruleSBOMProcessUnstated(p)...)
			if len(got) != len(tc.want) {
				t.Errorf("got %d warnings, want %d:\n  %s", len(got), len(tc.want), diagText(got))
			}
			for _, w := range tc.want {
				if !slices.ContainsFunc(got, func(d Diagnostic) bool { return strings.HasPrefix(d.Path+": "+d.Message, w) }) {
					t.Errorf("want %q; got:\n  %s", w, diagText(got))
				}
			}
		})
	}
}

// TestRulePenTestPlannedReleased: a test only planned on the document's
// date while versions are on the market is warned about; one performed,
// one planned before any version is released, or one beside a dated
// penetration activity by then, is not.
func TestRulePenTestPlannedReleased(t *testing.T) {
	d := NewDate
	c := DocumentControl{ID: "SP-1", Revision: "B", ReleaseDate: d(2026, 11, 23)}
	planned := PenTest{Tester: "Lab", Independence: "Third party.", Scope: "All.", Planned: true}
	done := PenTest{Tester: "Lab", Independence: "Third party.", Scope: "All.", Start: d(2025, 9, 1), End: d(2025, 9, 12)}
	v70 := Version{Version: "7.0", GeneralAvailability: d(2024, 3, 18), EndOfSupport: d(2027, 3, 31)}
	v72 := Version{Version: "7.2", GeneralAvailability: d(2025, 10, 20)}
	v80 := Version{Version: "8.0", GeneralAvailability: d(2027, 6, 1)}
	ended := Version{Version: "6.0", GeneralAvailability: d(2020, 1, 1), EndOfSupport: d(2024, 1, 1)}
	penActivity := func(on Date) []Activity {
		return []Activity{{ID: "VA-9", Kind: "penetration", Title: "Pen test of 7.2", Method: "m", Results: "r", Date: on}}
	}
	tests := []struct {
		name       string
		pen        PenTest
		versions   []Version
		activities []Activity
		control    DocumentControl
		want       string // message start; "" for no warning
	}{
		{"planned, two versions on the market", planned, []Version{ended, v70, v72, v80}, nil, c,
			"the penetration test is planned, not yet performed, on 2026-11-23, the date of the security plan (SP-1 revision B, released then), yet versions 7.0 (generally available since 2024-03-18) and 7.2 (generally available since 2025-10-20) are on the market then: the documents say that versions in customers' hands have not been penetration-tested; if they have, drop planned = true"},
		{"planned, one version on the market, a draft", planned, []Version{v72}, nil, DocumentControl{ID: "SP-1", Revision: "B"},
			"the penetration test is planned, not yet performed, on 2026-11-23, the date of the security plan (SP-1 revision B, a draft as of then), yet version 7.2 (generally available since 2025-10-20) is on the market then"},
		{"planned, an undated penetration activity", planned, []Version{v72}, penActivity(Date{}), c,
			"the penetration test is planned, not yet performed"},
		{"planned, a penetration activity after the date", planned, []Version{v72}, penActivity(d(2026, 12, 1)), c,
			"the penetration test is planned, not yet performed"},
		{"planned, a penetration activity by the date", planned, []Version{v72}, penActivity(d(2025, 9, 30)), c, ""},
		{"planned before any release", planned, []Version{v80}, nil, c, ""},
		{"planned, every released version past its end of support", planned, []Version{ended, v80}, nil, c, ""},
		{"performed", done, []Version{v70, v72}, nil, c, ""},
		{"not stated", PenTest{}, []Version{v70, v72}, nil, c, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Versions: tc.versions}
			p.Verification.PenTest = tc.pen
			p.Verification.Activities = tc.activities
			got := RulePenTestPlannedReleased(p, "security plan", tc.control, d(2026, 11, 23))
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("unexpected warning:\n  %s", diagText(got))
			case tc.want != "" && (len(got) != 1 || got[0].Path != "verification.penetration_test.planned" || !strings.HasPrefix(got[0].Message, tc.want)):
				t.Errorf("want one warning at verification.penetration_test.planned starting %q; got:\n  %s", tc.want, diagText(got))
			}
		})
	}
}
