package plan

import (
	"reflect"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestPlanSBOMListHasTheNoticesFiles: section 5.2 lists the SBOM files
// "published with these documents". A version past its end of support has
// no CSD, but its end-of-support notice links its SBOM (the example
// pump's 3.8.2): the list left that file out. It now has every file a
// built end-of-life or end-of-support notice links — the notice's own
// sbom, else its versions' files — and none of a notice not built or of a
// security notice, which links none.
func TestPlanSBOMListHasTheNoticesFiles(t *testing.T) {
	withFiles := func(files ...string) kind.Product {
		inv := &inventory.Inventory{}
		for _, f := range files {
			inv.SBOMs = append(inv.SBOMs, inventory.SBOMFile{Path: f})
		}
		return kind.Product{Inventory: inv}
	}
	product := func(notices ...content.Notice) kind.Product {
		return kind.Product{
			Product: &content.Product{
				Versions: []content.Version{{Version: "3.0"}, {Version: "2.0"}, {Version: "1.0"}},
				Notices:  notices,
			},
			ByVersion: map[string]kind.Product{
				"3.0": withFiles("sbom.cdx.json"),
				"2.0": withFiles("sbom-2.0.cdx.json"),
				"1.0": withFiles("sbom-1.0.cdx.json"),
			},
		}
	}
	eos := func(sbom string, versions ...string) content.Notice {
		return content.Notice{ID: "eos", Kind: "end_of_support", Versions: versions, SBOM: sbom}
	}
	cases := []struct {
		name  string
		p     kind.Product
		build []string // documents.build; all when empty
		want  []PublishedSBOM
	}{
		{"no notice: the CSDs' versions only", product(), nil, []PublishedSBOM{
			{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
			{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
		}},
		{"a notice about 1.0 links its file", product(eos("", "1.0")), nil, []PublishedSBOM{
			{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
			{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
			{Path: "sbom-1.0.cdx.json", Versions: []string{"1.0"}},
		}},
		{"the notice's own sbom", product(eos("legacy/sbom-1.0-final.cdx.json", "1.0")), nil, []PublishedSBOM{
			{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
			{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
			{Path: "legacy/sbom-1.0-final.cdx.json", Versions: []string{"1.0"}},
		}},
		{"a notice about a version a CSD covers adds nothing", product(eos("", "2.0")), nil, []PublishedSBOM{
			{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
			{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
		}},
		{"notices not built", product(eos("", "1.0")), []string{"security_plan", "csd"}, []PublishedSBOM{
			{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
			{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
		}},
		{"a security notice links no SBOM", product(content.Notice{ID: "sa", Kind: "security", Versions: []string{"1.0"}}), nil, []PublishedSBOM{
			{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
			{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.p.Documents.Build = tc.build
			got := publishedSBOMs([]string{"3.0", "2.0"}, linkingNotices(tc.p), []string{"sbom.cdx.json"}, "3.0", tc.p)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
	// The plan's version alone has a CSD: a notice's file is the one other.
	only := product(eos("", "1.0"))
	got := publishedSBOMs([]string{"3.0"}, linkingNotices(only), []string{"sbom.cdx.json"}, "3.0", only)
	want := []PublishedSBOM{{Path: "sbom.cdx.json", Versions: []string{"3.0"}}, {Path: "sbom-1.0.cdx.json", Versions: []string{"1.0"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plan's version and a notice's: got %+v, want %+v", got, want)
	}
	if got := publishedSBOMs([]string{"3.0"}, nil, []string{"sbom.cdx.json"}, "3.0", only); got != nil {
		t.Errorf("no other version's file: got %+v, want nil (the plan's own list)", got)
	}
}
