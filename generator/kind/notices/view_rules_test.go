package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleNoticeView is the view of notice n of the example product after
// edit, as of exampleAsOf.
func exampleNoticeView(t *testing.T, n content.Notice, edit func(*kind.Product)) *NoticeView {
	t.Helper()
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	if edit != nil {
		edit(&p)
	}
	return view(kindtest.Env(c, exampleAsOf), p, kind.NoticeFacts(p, n), n)
}

// withStores gives versions 3.8.2 and 4.1.0 of p facts of their own whose
// data stores are old and mid.
func withStores(old, mid []content.DataStore) func(*kind.Product) {
	return func(p *kind.Product) {
		at := func(v string, stores []content.DataStore) {
			q := *p.Product
			q.DataStores = stores
			kp := p.At(v)
			kp.Product = &q
			p.ByVersion[v] = kp
		}
		at("3.8.2", old)
		at("4.1.0", mid)
	}
}

func storeIDs(stores []content.DataStore) string {
	var out []string
	for _, s := range stores {
		out = append(out, s.ID+"@"+s.Location+"/"+s.Sanitize)
	}
	return strings.Join(out, " ")
}

// TestNoticeDataStoresOfItsVersions: a notice lists the data stores of the
// versions it concerns (each listed once when two versions state the same
// store the same way; twice when they differ in where it is kept or how it
// is erased, as the hospital sanitises what its version has), and those of
// the current version when it names none.
func TestNoticeDataStoresOfItsVersions(t *testing.T) {
	log := content.DataStore{ID: "log", Location: "eMMC", Sanitize: "Overwrite."}
	other := func(edit func(*content.DataStore)) content.DataStore { d := log; edit(&d); return d }
	versions := []string{"3.8.2", "4.1.0"}
	for _, tc := range []struct {
		name     string
		versions []string
		old, mid []content.DataStore
		want     string // "" for the current version's stores
	}{
		{"same store in both versions: once", versions, []content.DataStore{log}, []content.DataStore{log},
			"log@eMMC/Overwrite."},
		{"kept elsewhere in the later version: both", versions, []content.DataStore{log}, []content.DataStore{other(func(d *content.DataStore) { d.Location = "SD card" })},
			"log@eMMC/Overwrite. log@SD card/Overwrite."},
		{"erased otherwise in the later version: both", versions, []content.DataStore{log}, []content.DataStore{other(func(d *content.DataStore) { d.Sanitize = "Shred the board." })},
			"log@eMMC/Overwrite. log@eMMC/Shred the board."},
		{"another store kept and erased alike: both", versions, []content.DataStore{log}, []content.DataStore{other(func(d *content.DataStore) { d.ID = "audit" })},
			"log@eMMC/Overwrite. audit@eMMC/Overwrite."},
		{"one version: its own stores, not the current version's", []string{"3.8.2"}, []content.DataStore{log}, nil,
			"log@eMMC/Overwrite."},
		{"no version named: the current version's stores", nil, []content.DataStore{log}, []content.DataStore{log}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var current string
			v := exampleNoticeView(t, content.Notice{ID: "n", Kind: "component_end_of_support", Versions: tc.versions}, func(p *kind.Product) {
				withStores(tc.old, tc.mid)(p)
				current = storeIDs(p.DataStores)
			})
			want := tc.want
			if want == "" {
				want = current
				if want == "" || strings.Contains(want, "log@eMMC/Overwrite.") {
					t.Fatalf("the example's current stores %q cannot tell them apart", current)
				}
			}
			if got := storeIDs(v.Stores); got != want {
				t.Errorf("stores\n  got  %s\n  want %s", got, want)
			}
		})
	}
}

// TestNoticeRelatedSystemOnlyForVersionNotices: a notice about versions
// announces the related system's versions it names; a component notice
// does not, whatever it names.
func TestNoticeRelatedSystemOnlyForVersionNotices(t *testing.T) {
	for _, tc := range []struct {
		kind string
		want bool
	}{{"end_of_support", true}, {"end_of_life", true}, {"component_end_of_support", false}} {
		t.Run(tc.kind, func(t *testing.T) {
			v := exampleNoticeView(t, content.Notice{ID: "n", Kind: tc.kind, Versions: []string{"3.8.2"}, RelatedSystem: "connect", RelatedVersions: []string{"4.2"}}, nil)
			if got := v.Related != nil; got != tc.want {
				t.Fatalf("related system announced: %v, want %v", got, tc.want)
			}
			if got := len(v.RelatedVersions) == 1 && v.RelatedStage["4.2"] != ""; got != tc.want {
				t.Errorf("related version 4.2 with its stage: %v (%v, %v), want %v", got, v.RelatedVersions, v.RelatedStage, tc.want)
			}
			if tc.want && v.Related.ID != "connect" {
				t.Errorf("related system %q, want connect", v.Related.ID)
			}
		})
	}
}

// TestNoticeOwnSBOMAndInterfacesToDisable: the notice's own SBOM is
// linked from the notice's folder only when it has one; of the interfaces
// it asks to disable, those the version has are listed and an unknown ID
// is left out.
func TestNoticeOwnSBOMAndInterfacesToDisable(t *testing.T) {
	for _, tc := range []struct {
		sbom, want string
	}{{"sbom-3.8.2.cdx.json", "../sbom-3.8.2.cdx.json"}, {"", ""}} {
		v := exampleNoticeView(t, content.Notice{ID: "n", Kind: "end_of_support", Versions: []string{"3.8.2"}, SBOM: tc.sbom}, nil)
		if v.SBOM != tc.want {
			t.Errorf("sbom %q: the notice links %q, want %q", tc.sbom, v.SBOM, tc.want)
		}
	}
	for _, tc := range []struct {
		disable []string
		want    string
	}{
		{[]string{"usb-c", "no-such-interface"}, "usb-c"},
		{[]string{"no-such-interface"}, ""},
		{nil, ""},
	} {
		v := exampleNoticeView(t, content.Notice{ID: "n", Kind: "end_of_support", Actions: content.CustomerActions{DisableInterfaces: tc.disable}}, nil)
		var got []string
		for _, i := range v.Disable {
			got = append(got, i.ID)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("disable %v: lists %v, want %q", tc.disable, got, tc.want)
		}
	}
}

// TestComponentWarningNamedAfterAnUnknownOne: a notice's component that
// did not resolve (unknown, reported by the inventory) does not keep the
// notice's later components from counting as named; and no warning (nor
// a failure) comes while no version is generally available yet.
func TestComponentWarningNamedAfterAnUnknownOne(t *testing.T) {
	c := kindtest.LoadExample(t)
	base, _ := kindtest.Product(t, c, kindtest.Example) // current version 4.2.1, end of support 2028-12-31
	libx := inventory.Component{Component: sbom.Component{Name: "libx", Version: "1"}, Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1)}
	for _, tc := range []struct {
		name   string
		asOf   content.Date
		noticd []*inventory.Component
		warn   bool
	}{
		{"named after an unknown component", exampleAsOf, []*inventory.Component{nil, &libx}, false},
		{"only an unknown component named", exampleAsOf, []*inventory.Component{nil}, true},
		{"named by no notice", exampleAsOf, nil, true},
		{"no version generally available yet", content.NewDate(2015, 1, 1), nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base
			p.Notices = []content.Notice{{ID: "n", Kind: "component_end_of_support"}}
			p.Inventory = &inventory.Inventory{List: []inventory.Component{libx}, Noticed: map[string][]*inventory.Component{"n": tc.noticd}}
			var got []string
			for _, d := range check(kindtest.Env(c, tc.asOf), p) {
				got = append(got, d.Message)
			}
			warned := len(got) == 1 && strings.HasPrefix(got[0], "component libx 1: its support ends 2027-01-01")
			if warned != tc.warn || !tc.warn && len(got) > 0 {
				t.Errorf("want a warning about libx: %v; got %q", tc.warn, got)
			}
		})
	}
}
