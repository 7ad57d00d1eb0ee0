package csd

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// component is an inventory entry for the data tests.
func component(name, typ, supplier string, support content.SupportLevel, eos content.Date, origin inventory.OriginKind) inventory.Component {
	return inventory.Component{Component: sbom.Component{Name: name, Type: typ, Supplier: supplier}, Support: support, EndOfSupport: eos,
		Origin: inventory.Origin{Kind: origin}}
}

// TestCSDDataCounts: the template's counts follow each component: one
// support level each (a justification without a level is Justified,
// neither is Unassessed), suppliers counted once whatever their case,
// components without one counted apart, origins in their order of
// precedence with only those that occur, and Attention holding a
// component whose support ends before the device's or has ended, and no
// other.
func TestCSDDataCounts(t *testing.T) {
	devEOS := content.NewDate(2030, 6, 30)
	justified := component("zlib", "library", "", "", content.Date{}, inventory.OriginAnnotation)
	justified.Justification = "Fixed by the manufacturer as needed."
	withAuthor := component("tool", "application", "", "", content.Date{}, "")
	withAuthor.Author = "Jan (author)"
	list := []inventory.Component{
		component("Linux", "operating-system", "Kernel.org", "maintained", content.NewDate(2031, 1, 1), inventory.OriginSBOM),
		component("OpenSSL", "library", "OpenSSL Foundation", "maintained", content.NewDate(2029, 1, 1), inventory.OriginAnnotation),
		component("Qt", "framework", "the qt company", "limited", content.Date{}, inventory.OriginSiteRule),
		component("libfoo", "library", "The Qt Company", "no_longer_maintained", content.Date{}, inventory.OriginProductRule),
		component("oldlib", "", "", "abandoned", content.Date{}, inventory.OriginNotice),
		justified,
		withAuthor,
		component("tables", "data", "Meridian", "maintained", content.Date{}, inventory.OriginAnnotation),
	}
	dev := &content.Version{Version: "2.0", EndOfSupport: devEOS}
	p := kind.Product{Product: &content.Product{}, Inventory: &inventory.Inventory{List: list}}
	d := data(content.NewDate(2026, 1, 1), p, dev, nil, "")

	got := fmt.Sprintf("maintained %d limited %d nlm %d abandoned %d justified %d unassessed %d suppliers %d none %d provenance %v",
		d.Maintained, d.Limited, d.NoLongerMaintained, d.Abandoned, d.Justified, d.Unassessed, d.Suppliers, d.NoSupplier, d.Provenance)
	if want := "maintained 3 limited 1 nlm 1 abandoned 1 justified 1 unassessed 1 suppliers 4 none 3 provenance true"; got != want {
		t.Errorf("counts:\n got %s\nwant %s", got, want)
	}
	var origins string
	for _, o := range d.Origins {
		origins += fmt.Sprintf("%s %d; ", o.Label, o.Count)
	}
	if want := "annotations 3; notices 1; the SBOM 1; product rules 1; site rules 1; "; origins != want {
		t.Errorf("origins:\n got %s\nwant %s", origins, want)
	}
	var attention string
	for _, a := range d.Attention {
		attention += fmt.Sprintf("%s %v %s; ", a.Name, a.EndsBeforeDevice, a.Before)
	}
	// In name order: libfoo and oldlib have ended, OpenSSL ends before
	// the device; Linux outlives it, Qt is limited but not ended.
	if want := "libfoo false Yes (its support has ended); oldlib false Yes (its support has ended); OpenSSL true Yes; "; attention != want {
		t.Errorf("attention:\n got %s\nwant %s", attention, want)
	}
	var groups string
	for _, g := range d.Groups {
		groups += fmt.Sprintf("%s:%d ", g.Title, len(g.Components))
	}
	if want := "Operating systems:1 Frameworks:1 Libraries:3 Applications:1 Data:1 Components of unstated type:1 "; groups != want {
		t.Errorf("groups:\n got %s\nwant %s", groups, want)
	}
	if d.DeviceEndOfSupport != devEOS {
		t.Errorf("DeviceEndOfSupport = %v, want %v", d.DeviceEndOfSupport, devEOS)
	}

	// Without a device end of support nothing ends before it.
	d = data(content.NewDate(2026, 1, 1), p, &content.Version{Version: "2.0"}, nil, "")
	attention = ""
	for _, a := range d.Attention {
		attention += a.Name + "; "
	}
	if want := "libfoo; oldlib; "; attention != want {
		t.Errorf("attention without the device's end of support:\n got %s\nwant %s", attention, want)
	}

	// Only the origins that occur are counted.
	d = data(content.NewDate(2026, 1, 1), kind.Product{Product: &content.Product{}, Inventory: &inventory.Inventory{List: list[:2]}}, dev, nil, "")
	origins = ""
	for _, o := range d.Origins {
		origins += fmt.Sprintf("%s %d; ", o.Label, o.Count)
	}
	if want := "annotations 1; the SBOM 1; "; origins != want {
		t.Errorf("origins of two components:\n got %s\nwant %s", origins, want)
	}
}

// TestCSDDataVEX: the VEX files are linked for a version with known
// vulnerabilities (the example's current version), and not for one
// without.
func TestCSDDataVEX(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	on := kp.Documents.CSD.ReleaseDate
	d := data(on, kp, kp.Version(kp.VersionOf), nil, "")
	if len(d.Vulnerabilities) == 0 || !slices.Equal(d.VEX, []string{"vex-" + kp.VersionOf + ".cdx.json", "vex-" + kp.VersionOf + ".openvex.json"}) {
		t.Errorf("version %s: %d vulnerabilities, VEX %v", kp.VersionOf, len(d.Vulnerabilities), d.VEX)
	}
	none := kind.Product{Product: kp.Product, Inventory: kp.Inventory}
	if d := data(on, none, kp.Version(kp.VersionOf), nil, ""); d.VEX != nil || d.Vulnerabilities != nil {
		t.Errorf("without vulnerabilities: VEX %v, %d vulnerabilities", d.VEX, len(d.Vulnerabilities))
	}
}

// TestCSDStatedSBOM: a product states its components with [sbom], with
// [[components]], or with both; with neither the CSD must not read the
// empty inventory as "no components".
func TestCSDStatedSBOM(t *testing.T) {
	for _, tc := range []struct {
		site, dir, id string
		want          bool
	}{
		{"../../../jspgen.toml", "../../../content", "dosewise", true},                                     // [[components]] only
		{"../../testdata/healthit/jspgen.toml", "../../testdata/healthit/content", "resultroute", true},    // [sbom] only
		{"../../testdata/cloudsamd/jspgen.toml", "../../testdata/cloudsamd/content", "lumentriage", false}, // neither
	} {
		c, _ := kindtest.Load(t, tc.site, tc.dir)
		p, _ := kindtest.Product(t, c, tc.id)
		if got := stated(p.Product).SBOM; got != tc.want {
			t.Errorf("%s: Stated.SBOM = %v, want %v", tc.id, got, tc.want)
		}
	}
}

// TestCSDSubjectOf: an SBOM's subject is named with its version and
// supplier, else with who made it and their role; nothing without a name.
func TestCSDSubjectOf(t *testing.T) {
	for _, tc := range []struct {
		c    *sbom.Component
		want string
	}{
		{nil, ""},
		{&sbom.Component{Version: "1.0", Supplier: "Acme"}, ""},
		{&sbom.Component{Name: "Pump"}, "Pump"},
		{&sbom.Component{Name: "Pump", Version: "4.2.1", Supplier: "Meridian"}, "Pump 4.2.1, supplied by Meridian"},
		{&sbom.Component{Name: "Pump", Author: "Jan"}, "Pump, by Jan (author)"},
	} {
		if got := subjectOf(tc.c); got != tc.want {
			t.Errorf("subjectOf(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

// TestCSDOfAnEarlierVersion: a CSD released while an earlier version was
// current describes that version and publishes the SBOM files of the
// current version too (its readers may run either); one released on the
// current version publishes each file once. A CSD describing a version
// whose support had ended on its release is warned about; one describing
// a supported version is not.
func TestCSDOfAnEarlierVersion(t *testing.T) {
	files := func(prep kind.Prepared) []string {
		var out []string
		for _, f := range prep.Files {
			out = append(out, f.Path)
		}
		return out
	}
	eosWarned := func(diags content.Diagnostics) bool {
		return slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
			return d.Path == "documents.csd.release_date" && strings.Contains(d.Message, "whose support ended")
		})
	}
	c, p := csdLoadExample(t)
	env, kp := csdContext(c, p)
	prep, diags := kindtest.Prepare(t, Kind, env, kp)
	current := files(prep)
	if eosWarned(diags) {
		t.Errorf("the example's CSD, of its supported current version, is warned about: %v", diags)
	}

	// Released in 2024, when 4.1.0 was current, read in 2026.
	c = kindtest.LoadExample(t)
	kp, _ = kindtest.Product(t, c, kindtest.Example)
	kp.Documents.CSD.ReleaseDate = content.NewDate(2024, 6, 3)
	prep, _ = kindtest.Prepare(t, Kind, kindtest.Env(c, content.NewDate(2026, 2, 16)), kp)
	if about := prep.Documents[0].About; about != "4.1.0" {
		t.Fatalf("the CSD released in 2024 is about %q, want 4.1.0", about)
	}
	earlier := files(prep)
	for _, f := range current {
		if !slices.Contains(earlier, f) {
			t.Errorf("the CSD of 4.1.0 does not publish the current version's %s (published: %v)", f, earlier)
		}
	}
	if len(earlier) <= len(current) {
		t.Errorf("the CSD of 4.1.0 publishes %v, no more than the current version's %v", earlier, current)
	}

	// Released when 3.8.2 was current and its support had ended.
	c, p = csdLoadExample(t)
	i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "3.8.2" })
	p.Documents.CSD.ReleaseDate = p.Versions[i].EndOfSupport.AddDays(1)
	p.Versions = p.Versions[:i+1]
	env, kp = csdContext(c, p)
	if _, diags := kindtest.Prepare(t, Kind, env, kp); !eosWarned(diags) {
		t.Errorf("a CSD of 3.8.2 released after its end of support is not warned about: %v", diags)
	}
}

// TestCSDDataCountsLevelOnItsDate: section 5's counts give each component
// the level it had on the CSD's date. A level stated ended (no longer
// maintained, abandoned) whose end of supplier support is after that date
// had not been reached then: it is counted apart (EndsLater), not as no
// longer maintained or abandoned; on or after that end it is counted by
// its level. A level stated supported whose end has passed is counted
// apart too (EndPassed), and by its level while its end is to come.
func TestCSDDataCountsLevelOnItsDate(t *testing.T) {
	on := content.NewDate(2026, 2, 16)
	none := content.Date{}
	for _, tc := range []struct {
		name  string
		level content.SupportLevel
		eos   content.Date
		want  string
	}{
		{"no longer maintained from a date after the CSD's", "no_longer_maintained", content.NewDate(2026, 10, 31), "later 1"},
		{"abandoned from the day after the CSD's", "abandoned", content.NewDate(2026, 2, 17), "later 1"},
		{"no longer maintained from the CSD's date", "no_longer_maintained", on, "nlm 1"},
		{"no longer maintained from a date before the CSD's", "no_longer_maintained", content.NewDate(2024, 10, 31), "nlm 1"},
		{"no longer maintained, no date", "no_longer_maintained", none, "nlm 1"},
		{"abandoned, date passed", "abandoned", content.NewDate(2025, 1, 1), "abandoned 1"},
		{"maintained, end passed", "maintained", content.NewDate(2025, 12, 31), "passed 1"},
		{"limited, end on the CSD's date", "limited", on, "passed 1"},
		{"maintained, end to come", "maintained", content.NewDate(2026, 6, 30), "maintained 1"},
		{"limited, no date", "limited", none, "limited 1"},
		// an end of supplier support without a level is stated support,
		// not "no support statement"
		{"no level, an end of support", "", content.NewDate(2027, 3, 31), "end only 1"},
		{"no level, no end of support", "", none, "unassessed 1"},
	} {
		p := kind.Product{Product: &content.Product{}, Inventory: &inventory.Inventory{List: []inventory.Component{
			component("FreeRTOS-Kernel", "operating-system", "AWS", tc.level, tc.eos, inventory.OriginProductRule)}}}
		d := data(on, p, &content.Version{Version: "4.1.0", EndOfSupport: content.NewDate(2027, 9, 30)}, nil, "")
		var got []string
		for _, c := range []struct {
			name string
			n    int
		}{{"maintained", d.Maintained}, {"limited", d.Limited}, {"nlm", d.NoLongerMaintained}, {"abandoned", d.Abandoned},
			{"passed", d.EndPassed}, {"later", d.EndsLater}, {"justified", d.Justified}, {"end only", d.EndOnly}, {"unassessed", d.Unassessed}} {
			if c.n > 0 {
				got = append(got, fmt.Sprintf("%s %d", c.name, c.n))
			}
		}
		if g := strings.Join(got, ", "); g != tc.want {
			t.Errorf("%s: counts %s, want %s", tc.name, g, tc.want)
		}
	}
}

// TestCSDSummaryCountsLevelOnItsDate: the example's CSD released on 15
// October 2024 is about 4.1.0, whose FreeRTOS-Kernel 10.5.1 is stated no
// longer maintained with its end of supplier support on 31 October 2024:
// section 5's summary does not count it as no longer maintained then, and
// says it apart; qtbase 6.2.8, stated the same with its end on 30
// September 2024, is counted no longer maintained. Released on 1 November
// 2024, both are.
func TestCSDSummaryCountsLevelOnItsDate(t *testing.T) {
	c, _ := csdLoadExample(t)
	const later = "stated as no longer maintained or abandoned, but only from an end of supplier support after this document's date"
	for _, tc := range []struct {
		released content.Date
		says     string
		later    bool
	}{
		// 4.1.0's u-boot-imx 2022.04 has no known level, for a reason
		// given (support rule nxp-lf6.1-boot-loader).
		{content.NewDate(2024, 10, 15), "2 no longer maintained and 0 abandoned by their makers, and 1 " + later + "; 3 have no support statement, only a note on why none is given.", true},
		{content.NewDate(2024, 11, 1), "3 no longer maintained and 0 abandoned by their makers; 3 have no support statement, only a note on why none is given.", false},
	} {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.Documents.CSD.ReleaseDate, p.Documents.CSD.History = tc.released, nil
		env := kindtest.Env(c, content.NewDate(2026, 2, 16))
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		md := kindtest.Render(t, env, p, prep.Documents[0])
		what := "CSD released " + tc.released.String()
		kindtest.SaysAll(t, what, md, "for software version `4.1.0`.", tc.says)
		if tc.later {
			continue
		}
		kindtest.SaysNone(t, what, md, later)
	}
}

// TestCSDUncontrolledRiskFixVersionPastSupport: the CSD of 4.1.0 told
// the hospital to keep the compensating controls of CVE-2024-1086 "Until
// software 4.2.1, which fixes it, is installed", whatever 4.2.1's own
// support: with 4.2.1 past its end of support on the CSD's date, the
// document offered an unsupported version as the way out. It now says
// the version with the fix is past its end of support and gives the
// controls as they are; with 4.2.1 supported it still names the upgrade.
func TestCSDUncontrolledRiskFixVersionPastSupport(t *testing.T) {
	csdOf410 := func(eos421 content.Date) string {
		c, p := csdLoadExample(t)
		p.Documents.Versions = "supported"
		for i := range p.Versions {
			if p.Versions[i].Version == "4.2.1" {
				p.Versions[i].EndOfSupport = eos421
			}
		}
		kp, _ := kindtest.Product(t, c, kindtest.Example) // with its vulnerabilities
		env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
		prep, _ := kindtest.Prepare(t, Kind, env, kp)
		for _, doc := range prep.Documents {
			if doc.About == "4.1.0" {
				return kindtest.Render(t, env, kp, doc)
			}
		}
		t.Fatal("no CSD of 4.1.0")
		return ""
	}
	const para = "**CVE-2024-1086 is an uncontrolled risk in this version.**"
	md := csdOf410(content.NewDate(2026, 1, 31))
	kindtest.SaysAll(t, "4.1.0/csd.md", md, para,
		"Software `4.2.1`, which has the fix, is past its end of support (2026-01-31). Compensating controls:",
		"Version 4.2.1, which has the fix, is past its end of support (2026-01-31). Compensating controls:")
	kindtest.SaysNoneBecause(t, "4.1.0/csd.md", md, "an unsupported version given as the fix to install",
		"Until software `4.2.1`", "Until version 4.2.1", "Until then")

	md = csdOf410(content.Date{})
	kindtest.SaysAll(t, "4.1.0/csd.md", md, "Until software `4.2.1`, which fixes it, is installed:", "Until version 4.2.1, which fixes it, is installed:")
	kindtest.SaysNoneBecause(t, "4.1.0/csd.md", md, "a supported fix version said to be past its support", "which fixes it, is past its end of support")
}
