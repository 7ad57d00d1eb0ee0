package content

import (
	"slices"
	"testing"
)

// TestRelatedPartSystems: each related system that names a part comes with
// its part, in [[related_systems]] order, whether or not the plan covers
// it; one that names no part (another maker's sensor) or a part the
// product lacks does not. PlanRelatedPartSystems keeps only those stated
// covered by the plan: false and not stated are left out.
func TestRelatedPartSystems(t *testing.T) {
	p := &Product{
		Parts: []Part{
			{ID: "pump", Runs: "device"},
			{ID: "connect", Name: "Connect server", Runs: "customer_hosted"},
			{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "licence", Name: "Licence server", Runs: "manufacturer_hosted"},
		},
		RelatedSystems: []RelatedSystem{
			{ID: "cgm", Maker: "Dexcom, Inc.", CoveredByPlan: True},
			{ID: "lic", Part: "licence"},
			{ID: "conn", Part: "connect", CoveredByPlan: True},
			{ID: "cl", Part: "cloud", CoveredByPlan: False},
			{ID: "gone", Part: "nowhere", CoveredByPlan: True},
		},
	}
	ids := func(rs []RelatedPartSystem) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.System.ID+"/"+r.Part.ID)
		}
		return out
	}
	if got, want := ids(p.RelatedPartSystems()), []string{"lic/licence", "conn/connect", "cl/cloud"}; !slices.Equal(got, want) {
		t.Errorf("RelatedPartSystems = %v, want %v", got, want)
	}
	if got, want := ids(p.PlanRelatedPartSystems()), []string{"conn/connect"}; !slices.Equal(got, want) {
		t.Errorf("PlanRelatedPartSystems = %v, want %v", got, want)
	}
	if got := (&Product{Parts: p.Parts}).RelatedPartSystems(); got != nil {
		t.Errorf("RelatedPartSystems without related systems = %v, want none", ids(got))
	}
}

// TestRelatedSystemSBOMAndVersionsStated: HasSBOMFiles is true when any
// version names an SBOM file, false with versions that name none or with
// no version; VersionsStated follows the CSD's related systems, true with
// a version or a support policy and false with neither (a blank policy is
// none).
func TestRelatedSystemSBOMAndVersionsStated(t *testing.T) {
	for _, tc := range []struct {
		name           string
		s              RelatedSystem
		sbom, versions bool
	}{
		{"no version", RelatedSystem{}, false, false},
		{"blank support policy", RelatedSystem{SupportPolicy: "  "}, false, false},
		{"support policy only", RelatedSystem{SupportPolicy: "Two years each."}, false, true},
		{"versions without SBOM", RelatedSystem{Versions: []RelatedVersion{{Version: "1"}, {Version: "2"}}}, false, true},
		{"a later version with SBOM", RelatedSystem{Versions: []RelatedVersion{{Version: "1"}, {Version: "2", SBOM: []string{"s.cdx.json"}}}}, true, true},
	} {
		if got := tc.s.HasSBOMFiles(); got != tc.sbom {
			t.Errorf("%s: HasSBOMFiles = %v, want %v", tc.name, got, tc.sbom)
		}
		if got := tc.s.VersionsStated(); got != tc.versions {
			t.Errorf("%s: VersionsStated = %v, want %v", tc.name, got, tc.versions)
		}
	}
}
