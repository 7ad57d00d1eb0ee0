package lifecycle

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// checkProduct is one version released 2025-05-12 in Support until
// 2026-06-30, with an SBOM dated at its release and a kernel (an operating
// system) and a TLS library (named by a control) supported past that.
func checkProduct() kind.Product {
	p := &content.Product{
		Versions: []content.Version{{Version: "2.0", GeneralAvailability: content.NewDate(2025, 5, 12), EndOfLife: content.NewDate(2026, 6, 30)}},
		SBOM:     content.SBOM{Files: []string{"sbom.json"}},
		Controls: []content.Control{{ID: "C-1", Components: []string{"tls"}}},
	}
	inv := &inventory.Inventory{
		SBOMs: []inventory.SBOMFile{{Path: "sbom.json", Document: &sbom.Document{Timestamp: "2025-05-02T10:00:00Z"}}},
		List: []inventory.Component{
			{Component: sbom.Component{Name: "kernel", Version: "6.6", Type: "operating-system"}, Support: "maintained", EndOfSupport: content.NewDate(2026, 12, 31)},
			{Component: sbom.Component{Name: "tls", Version: "3.0", Type: "library"}, Support: "maintained", EndOfSupport: content.NewDate(2026, 9, 7)},
			{Component: sbom.Component{Name: "zlib", Version: "1.3", Type: "library"}, Support: "abandoned"},
		},
	}
	kp := kind.Product{Product: p, Inventory: inv, ByVersion: map[string]kind.Product{}}
	kp.ByVersion["2.0"] = kind.Product{Product: p, Inventory: inv}
	return kp
}

func TestLifecycleChecks(t *testing.T) {
	asOf := content.NewDate(2026, 3, 1)
	tests := []struct {
		name   string
		modify func(p kind.Product)
		want   string // substring of the one diagnostic; "" for none
	}{
		{"consistent passes", nil, ""},
		{"unsupported minor component passes", func(p kind.Product) { p.Inventory.List[2].EndOfSupport = content.NewDate(2025, 1, 1) }, ""},
		{"SBOM dated on the release day passes", func(p kind.Product) { p.Inventory.SBOMs[0].Document.Timestamp = "2025-05-12T23:00:00Z" }, ""},
		{"SBOM dated after the release fails", func(p kind.Product) { p.Inventory.SBOMs[0].Document.Timestamp = "2026-03-02T00:00:00Z" },
			"sbom.files[0]: SBOM sbom.json is dated 2026-03-02, after version 2.0's release on 2025-05-12"},
		{"SBOM made after the release from the software in use passes", func(p kind.Product) {
			p.Inventory.SBOMs[0].Document.Timestamp, p.Inventory.SBOMs[0].Document.Phases = "2026-03-02T00:00:00Z", []string{"discovery"}
		}, ""},
		{"SBOM of a later build phase dated after the release fails", func(p kind.Product) {
			p.Inventory.SBOMs[0].Document.Timestamp, p.Inventory.SBOMs[0].Document.Phases = "2026-03-02T00:00:00Z", []string{"post-build"}
		}, `say so in the SBOM (CycloneDX metadata.lifecycles phase "operations" or "discovery")`},
		{"Support past a kernel's end of support fails", func(p kind.Product) { p.Versions[0].EndOfLife = content.NewDate(2030, 6, 30) },
			"versions[0].end_of_life: version 2.0 is in Support until its end of life on 2030-06-30, but major components lose their support before then: kernel 6.6 (support ends 2026-12-31), tls 3.0 (support ends 2026-09-07)"},
		{"Support with a control's component no longer maintained fails", func(p kind.Product) {
			p.Inventory.List[1].Support, p.Inventory.List[1].EndOfSupport = "no_longer_maintained", content.Date{}
		}, "tls 3.0 (no longer maintained)"},
		// A level stated ended holds from its end of support: the tls
		// library no longer maintained from 2026-09-07, after the end of
		// life (2026-06-30), loses nothing before it; from 2026-05-01,
		// after the as-of date but before the end of life, it does then;
		// from a date passed, it has.
		{"a major component no longer maintained from after the end of life passes", func(p kind.Product) { p.Inventory.List[1].Support = "no_longer_maintained" }, ""},
		{"a major component abandoned from a date before the end of life fails", func(p kind.Product) {
			p.Inventory.List[1].Support, p.Inventory.List[1].EndOfSupport = "abandoned", content.NewDate(2026, 5, 1)
		}, "lose their support before then: tls 3.0 (abandoned from 2026-05-01); a version"},
		{"a major component no longer maintained from a date passed fails", func(p kind.Product) {
			p.Inventory.List[1].Support, p.Inventory.List[1].EndOfSupport = "no_longer_maintained", content.NewDate(2026, 1, 31)
		}, "lose their support before then: tls 3.0 (no longer maintained); a version"},
		{"a major component maintained whose end passed fails", func(p kind.Product) { p.Inventory.List[1].EndOfSupport = content.NewDate(2026, 1, 31) },
			"lose their support before then: tls 3.0 (support ended 2026-01-31); a version"},
		{"Support without an end of life and a dated component fails", func(p kind.Product) { p.Versions[0].EndOfLife = content.Date{} },
			"versions[0]: version 2.0 is in Support and its end_of_life is not set, but major components have lost their support or lose it within the 24 months of notice IMDRF N70 asks for: kernel 6.6 (support ends 2026-12-31), tls 3.0 (support ends 2026-09-07); a version whose security rests on an unsupported component is in Limited Support (IMDRF N70 §5.5): set end_of_life no later than 2026-09-07 (the documents then say the version is in Limited Support from that date: set it only where that is so), or issue a notice about it ([[notices]]) whose maintenance states what it still gets, or ship a version with supported components"},
		// A component no control names (so not major) whose support ends
		// before the major ones: the remedy's date is the major ones', and
		// the warning names the earlier end (implant's 6.0: OpenSSL before
		// the kernel).
		{"Support without an end of life names a minor component that ends earlier", func(p kind.Product) {
			p.Versions[0].EndOfLife = content.Date{}
			p.Inventory.List = append(p.Inventory.List, inventory.Component{Component: sbom.Component{Name: "dotnet", Version: "8.0", Type: "framework"}, Support: "maintained", EndOfSupport: content.NewDate(2026, 8, 1)})
		}, "set end_of_life no later than 2026-09-07 (the documents then say the version is in Limited Support from that date: set it only where that is so), or issue a notice about it ([[notices]]) whose maintenance states what it still gets, or ship a version with supported components; other components of the version, not counted as major (neither an operating system nor named in a control's components), lose their support earlier: dotnet 8.0 (support ends 2026-08-01); if the version's security rests on one of them, name it in the components of the control it implements (it then counts as major), and its end comes first: 2026-08-01"},
		// The warning's remedy taken: a notice about the version states the
		// maintenance it still gets.
		{"Support without an end of life and a notice stating its maintenance passes", func(p kind.Product) {
			p.Versions[0].EndOfLife = content.Date{}
			p.Notices = []content.Notice{{ID: "eos-2.0", Kind: "end_of_support", Issued: content.NewDate(2025, 6, 1), Versions: []string{"2.0"}, Maintenance: "Security fixes for the maker's own software only."}}
		}, ""},
		{"Support without an end of life and a notice stating no maintenance fails", func(p kind.Product) {
			p.Versions[0].EndOfLife = content.Date{}
			p.Notices = []content.Notice{{ID: "eos-2.0", Kind: "end_of_support", Issued: content.NewDate(2025, 6, 1), Versions: []string{"2.0"}}}
		}, "version 2.0 is in Support and its end_of_life is not set"},
		{"Support without an end of life and a component no longer maintained fails", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].Support, p.Inventory.List[1].EndOfSupport = content.Date{}, content.Date{}, "no_longer_maintained", content.Date{}
		}, "version 2.0 is in Support and its end_of_life is not set, but major components have lost their support or lose it within the 24 months of notice IMDRF N70 asks for: tls 3.0 (no longer maintained); a version whose security rests on an unsupported component is in Limited Support (IMDRF N70 §5.5): set end_of_life to when that support ended (the documents then say the version is in Limited Support from that date: set it only where that is so), or issue a notice about it ([[notices]]) whose maintenance states what it still gets, or ship"},
		// With no end of life set, an end of support is asked about only
		// once it has passed or falls within the notice owed before an
		// end of support (notice_months, else N70's 24 months): one years
		// ahead is not yet a decision the maker must have made.
		{"Support without an end of life and components supported for years passes", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].EndOfSupport = content.Date{}, content.NewDate(2032, 1, 13), content.NewDate(2028, 3, 2)
		}, ""},
		{"Support without an end of life and a component supported exactly 24 months more fails", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].EndOfSupport = content.Date{}, content.NewDate(2032, 1, 13), content.NewDate(2028, 3, 1)
		}, "lose it within the 24 months of notice IMDRF N70 asks for: tls 3.0 (support ends 2028-03-01); a version"},
		{"Support without an end of life lists only the components whose end is near", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport = content.Date{}, content.NewDate(2032, 1, 13)
		}, "lose it within the 24 months of notice IMDRF N70 asks for: tls 3.0 (support ends 2026-09-07); a version whose security rests on an unsupported component is in Limited Support (IMDRF N70 §5.5): set end_of_life no later than 2026-09-07"},
		{"Support without an end of life and an ended component lists it beside none far ahead", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].EndOfSupport = content.Date{}, content.NewDate(2032, 1, 13), content.NewDate(2026, 1, 31)
		}, "lose it within the 24 months of notice IMDRF N70 asks for: tls 3.0 (support ended 2026-01-31); a version"},
		{"Support without an end of life and a component abandoned from years ahead passes", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport = content.Date{}, content.NewDate(2032, 1, 13)
			p.Inventory.List[1].Support, p.Inventory.List[1].EndOfSupport = "abandoned", content.NewDate(2030, 1, 1)
		}, ""},
		{"the product's notice_months is the horizon: 18 months ahead passes with 12", func(p kind.Product) {
			p.EndOfLife.NoticeMonths, p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].EndOfSupport = 12, content.Date{}, content.NewDate(2032, 1, 13), content.NewDate(2027, 9, 1)
		}, ""},
		{"the product's notice_months is the horizon: 18 months ahead fails with 36", func(p kind.Product) {
			p.EndOfLife.NoticeMonths, p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].EndOfSupport = 36, content.Date{}, content.NewDate(2032, 1, 13), content.NewDate(2027, 9, 1)
		}, "lose it within the 36 months of notice end_of_life.notice_months commits to: tls 3.0 (support ends 2027-09-01)"},
		// With an end of life set, any end of support before it is asked
		// about, however far ahead: the version's own date claims Support.
		{"Support until an end of life after a component's end years ahead fails", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[0].EndOfSupport, p.Inventory.List[1].EndOfSupport = content.NewDate(2035, 1, 1), content.NewDate(2032, 1, 13), content.NewDate(2036, 1, 1)
		}, "versions[0].end_of_life: version 2.0 is in Support until its end of life on 2035-01-01, but major components lose their support before then: kernel 6.6 (support ends 2032-01-13); a version"},
		{"a planned version is not said to be in Support yet", func(p kind.Product) {
			p.Versions[0].GeneralAvailability, p.Versions[0].EndOfLife = content.NewDate(2026, 4, 1), content.NewDate(2030, 6, 30)
			p.Inventory.SBOMs[0].Document.Timestamp = "2026-03-01T00:00:00Z"
		}, "version 2.0 will be in Support from 2026-04-01 until its end of life on 2030-06-30, but major components"},
		// Past the end of guaranteed support with no end of life written,
		// the version is in Limited Support already (Version.Stage).
		{"a version past its end of guaranteed support is not in Support", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Versions[0].EndOfGuaranteedSupport, p.Inventory.List[1].Support = content.Date{}, content.NewDate(2026, 1, 1), "abandoned"
		}, ""},
		{"a version already at end of life is history", func(p kind.Product) {
			p.Versions[0].EndOfLife, p.Inventory.List[1].Support = content.NewDate(2026, 1, 1), "abandoned"
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checkProduct()
			if tt.modify != nil {
				tt.modify(p)
			}
			got := check(&kind.Env{AsOf: asOf}, p)
			if tt.want == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected diagnostics %v", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0].String(), tt.want) {
				t.Fatalf("diagnostics %v, want one containing %q", got, tt.want)
			}
		})
	}
}

// rebuiltProduct has two versions whose SBOMs both list fw 1.0 with its
// dependencies: rtos 10.5 in 1.0's SBOM and rtos given by the second.
func rebuiltProduct(secondRTOS, secondFW string) kind.Product {
	doc := func(fw, rtos string) *sbom.Document {
		return &sbom.Document{Components: []sbom.Component{{Name: "fw", Version: fw, Ref: "fw"}, {Name: "rtos", Version: rtos, Ref: "rtos"}},
			DependsOn: map[string][]string{"fw": {"rtos"}}}
	}
	inv := func(file, fw, rtos string) *inventory.Inventory {
		return &inventory.Inventory{SBOMs: []inventory.SBOMFile{{Path: file, Document: doc(fw, rtos)}},
			List: []inventory.Component{{Component: sbom.Component{Name: "fw", Version: fw, Ref: "fw"}, SBOMFile: file}, {Component: sbom.Component{Name: "rtos", Version: rtos, Ref: "rtos"}, SBOMFile: file}}}
	}
	p1 := &content.Product{Versions: []content.Version{{Version: "1.0"}, {Version: "2.0"}}, SBOM: content.SBOM{Files: []string{"a.json"}}}
	p2 := &content.Product{Versions: p1.Versions, SBOM: content.SBOM{Files: []string{"b.json"}}}
	kp := kind.Product{Product: p2, Inventory: inv("b.json", secondFW, secondRTOS), ByVersion: map[string]kind.Product{}}
	kp.ByVersion["1.0"] = kind.Product{Product: p1, Inventory: inv("a.json", "1.0", "10.5")}
	kp.ByVersion["2.0"] = kind.Product{Product: p2, Inventory: kp.Inventory}
	return kp
}

func TestSameVersionRebuilt(t *testing.T) {
	tests := []struct {
		name, rtos, fw string
		want           string // substring of the one diagnostic; "" for none
	}{
		{"same version, same dependencies passes", "10.5", "1.0", ""},
		{"new version with new dependencies passes", "11.1", "2.0", ""},
		{"same version, changed dependency fails", "11.1", "1.0", "sbom.files[0]: fw 1.0 is built on rtos 10.5 in version 1.0 and on rtos 11.1 in version 2.0: one version number names two different builds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sameVersionRebuilt(rebuiltProduct(tt.rtos, tt.fw))
			if tt.want == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected diagnostics %v", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0].String(), tt.want) {
				t.Fatalf("diagnostics %v, want one containing %q", got, tt.want)
			}
		})
	}
}
