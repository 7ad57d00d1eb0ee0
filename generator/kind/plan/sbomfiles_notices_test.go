package plan

import (
	"reflect"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestPlanSBOMListHasEveryPublishedFile: section 5.2 lists the SBOM files
// "published with these documents". The site publishes every file of the
// product's folder, so every version's own SBOM file is published,
// whether a CSD covers the version, a notice links it (the example
// pump's 3.8.2, past its end of support) or nothing does (the withdrawn
// fixture's 3.1.0): the list left out the files of versions no CSD or
// built notice linked. It now has every version's own files and every
// notice's own sbom, built or not, each with its versions, the CSDs'
// versions first; a version that borrows another's list adds none.
func TestPlanSBOMListHasEveryPublishedFile(t *testing.T) {
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
	all := []PublishedSBOM{
		{Path: "sbom.cdx.json", Versions: []string{"3.0"}},
		{Path: "sbom-2.0.cdx.json", Versions: []string{"2.0"}},
		{Path: "sbom-1.0.cdx.json", Versions: []string{"1.0"}},
	}
	cases := []struct {
		name  string
		p     kind.Product
		build []string // documents.build; all when empty
		want  []PublishedSBOM
	}{
		// 1.0 has no CSD and no notice: its file is published all the same.
		{"no notice: every version's file", product(), nil, all},
		{"a notice about 1.0 that names no file of its own", product(eos("", "1.0")), nil, all},
		{"the notice's own sbom beside the version's", product(eos("legacy/sbom-1.0-final.cdx.json", "1.0")), nil, append(append([]PublishedSBOM{}, all...),
			PublishedSBOM{Path: "legacy/sbom-1.0-final.cdx.json", Versions: []string{"1.0"}})},
		{"a notice about a version a CSD covers adds nothing", product(eos("", "2.0")), nil, all},
		{"notices not built: their folder's files are still published", product(eos("legacy/sbom-1.0-final.cdx.json", "1.0")), []string{"security_plan", "csd"}, append(append([]PublishedSBOM{}, all...),
			PublishedSBOM{Path: "legacy/sbom-1.0-final.cdx.json", Versions: []string{"1.0"}})},
		{"a security notice names no file", product(content.Notice{ID: "sa", Kind: "security", Versions: []string{"1.0"}}), nil, all},
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
	// The plan's version alone has a CSD: the others' files follow, in
	// the product's order of versions.
	only := product()
	got := publishedSBOMs([]string{"3.0"}, nil, []string{"sbom.cdx.json"}, "3.0", only)
	if !reflect.DeepEqual(got, all) {
		t.Errorf("plan's version alone covered: got %+v, want %+v", got, all)
	}
	// The other versions borrow the plan's version's list: no file but
	// the plan's own, whose list then names every one.
	borrowed := product()
	for _, v := range []string{"2.0", "1.0"} {
		borrowed.ByVersion[v] = kind.Product{Inventory: &inventory.Inventory{ListedFor: "3.0"}}
	}
	if got := publishedSBOMs([]string{"3.0", "2.0"}, nil, []string{"sbom.cdx.json"}, "3.0", borrowed); got != nil {
		t.Errorf("no other version's file: got %+v, want nil (the plan's own list)", got)
	}
}

// TestSBOMOfMarksAWithdrawnVersion: the site still publishes a withdrawn
// version's SBOM file; the plan's list names it with the withdrawal, as
// of the plan's date (a plan released before it says nothing of it), and
// keeps the other versions plain.
func TestSBOMOfMarksAWithdrawnVersion(t *testing.T) {
	date := func(s string) content.Date {
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	withdrawnOn := date("2025-03-10")
	p := kind.Product{Product: &content.Product{Versions: []content.Version{
		{Version: "3.0.0"}, {Version: "3.1.0", Withdrawn: withdrawnOn}, {Version: "3.1.1"},
	}}}
	for _, tc := range []struct {
		name string
		on   string
		s    PublishedSBOM
		want string
	}{
		{"withdrawn", "2025-06-01", PublishedSBOM{Path: "sbom-3.1.0.cdx.json", Versions: []string{"3.1.0"}}, "version 3.1.0, withdrawn 2025-03-10"},
		{"withdrawn on the plan's date", "2025-03-10", PublishedSBOM{Path: "sbom-3.1.0.cdx.json", Versions: []string{"3.1.0"}}, "version 3.1.0, withdrawn 2025-03-10"},
		{"plan before the withdrawal", "2025-02-01", PublishedSBOM{Path: "sbom-3.1.0.cdx.json", Versions: []string{"3.1.0"}}, "version 3.1.0"},
		{"not withdrawn", "2025-06-01", PublishedSBOM{Path: "sbom-3.1.1.cdx.json", Versions: []string{"3.1.1"}}, "version 3.1.1"},
		{"one of two withdrawn", "2025-06-01", PublishedSBOM{Path: "sbom-3.x.cdx.json", Versions: []string{"3.0.0", "3.1.0"}}, "versions 3.0.0, 3.1.0; 3.1.0 withdrawn 2025-03-10"},
		{"two, none withdrawn", "2025-06-01", PublishedSBOM{Path: "sbom-3.x.cdx.json", Versions: []string{"3.0.0", "3.1.1"}}, "versions 3.0.0, 3.1.1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &PlanData{product: p, on: date(tc.on)}
			if got := d.SBOMOf(tc.s); got != tc.want {
				t.Errorf("SBOMOf(%v) = %q; want %q", tc.s.Versions, got, tc.want)
			}
		})
	}
}
