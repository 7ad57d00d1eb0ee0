package generator

import (
	"strings"
	"testing"
)

// TestFlowPortEndpointWordedFixtures: a port's endpoint described rather
// than named took any outside system as its other end. pacsviewer's LDAPS
// port to "Hospital Active Directory domain controllers" carried the
// images from the "Hospital PACS" (F-PACS, no port stated), and
// surgmicroscope's C-STORE port to "The hospital's PACS" the worklist
// (mwl, no port stated): key facts "listens on as shipped | None", the
// final deny with no caveat, no warning. Each endpoint is worded like
// another system, so it stands for that one.
func TestFlowPortEndpointWordedFixtures(t *testing.T) {
	for _, tc := range []struct {
		fixture, file, from, to string
		product, flow, caveat   string
	}{
		{"pacsviewer", "claroview.toml", `endpoints = ["Hospital Active Directory"]`, `endpoints = ["Hospital Active Directory domain controllers"]`,
			"claroview", "F-PACS", "The product data state no port for data flow F-PACS, from Hospital PACS to the ClaroView application on the Citrix servers"},
		{"surgmicroscope", "aurion-om7.toml", `endpoints = ["Hospital PACS"]`, `endpoints = ["The hospital's PACS"]`,
			"aurion-om7", "mwl", "The product data state no port for data flow mwl, from Hospital DICOM Modality Worklist server to the OM-7 recording PC"},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			files, res := buildFixtureEdited(t, tc.fixture, tc.file, func(s string) string {
				if strings.Contains(s, tc.to) {
					// already worded so: an edit must change something
					return s + "\n# endpoint as the fixture words it\n"
				}
				s = strings.Replace(s, tc.from, tc.to, 1)
				if !strings.Contains(s, tc.to) {
					t.Fatalf("the %s fixture has no port with %s", tc.fixture, tc.to)
				}
				return s
			})
			csd := files[tc.product+"/csd.md"]
			if !strings.Contains(csd, tc.caveat) {
				t.Errorf("csd.md lacks %q", tc.caveat)
			}
			if !strings.Contains(csd, "listens on as shipped | Not stated |") {
				t.Errorf("csd.md key facts do not say the listening ports are not stated")
			}
			if plan := files[tc.product+"/security-plan.md"]; !strings.Contains(plan, "the product data state no port for data flow "+tc.flow) {
				t.Errorf("security-plan.md 6.4 does not name data flow %s as having no port", tc.flow)
			}
			var warned bool
			for _, d := range res.Warnings {
				warned = warned || strings.Contains(d.Message, "data flow "+tc.flow+" goes from") && strings.Contains(d.Message, "no port could carry it")
			}
			if !warned {
				t.Errorf("no warning that no port carries data flow %s", tc.flow)
			}
		})
	}
}
