package content

import "testing"

// A related system that is a part the manufacturer hosts, whose patching
// is not written, is patched by the manufacturer, as the CSD's
// responsibility table says of the same part (CSDPatchedBy); a written
// patching, a patch_policy, or a part whose software is not updated keep
// their own answer.
func TestRelatedPatchedByHostedPart(t *testing.T) {
	p := &Product{
		Parts: []Part{
			{ID: "dev", Runs: "device"},
			{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "cloud2", Name: "Cloud 2", Runs: "manufacturer_hosted", Patching: "Patched weekly by the manufacturer"},
			{ID: "cloud3", Name: "Cloud 3", Runs: "manufacturer_hosted", FieldUpdatable: False},
		},
	}
	for _, tc := range []struct {
		s    RelatedSystem
		want string
	}{
		{RelatedSystem{ID: "a", Part: "cloud"}, hostedPatchWords},
		{RelatedSystem{ID: "b", Part: "cloud2"}, "Patched weekly by the manufacturer"},
		{RelatedSystem{ID: "c", Part: "cloud", PatchPolicy: "Daily"}, "Daily"},
		{RelatedSystem{ID: "e", Runs: "manufacturer_hosted"}, ""},
	} {
		if got := p.RelatedPatchedBy(tc.s); got != tc.want {
			t.Errorf("%s: RelatedPatchedBy = %q, want %q", tc.s.ID, got, tc.want)
		}
	}
	if got, want := p.RelatedPatchedBy(RelatedSystem{ID: "a", Part: "cloud"}), p.CSDPatchedBy(p.Parts[1]); got != want {
		t.Errorf("related table %q and responsibility table %q differ", got, want)
	}
	if got := p.RelatedPatchedBy(RelatedSystem{ID: "d", Part: "cloud3"}); got == hostedPatchWords {
		t.Errorf("a hosted part that is not updated: RelatedPatchedBy = %q", got)
	}
}
