package vuln_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestUncontrolledRisks: the set's uncontrolled risks are the entries
// with an uncontrolled risk in a version still affected or under
// investigation; a controlled risk is none, nor is a version fixed.
func TestUncontrolledRisks(t *testing.T) {
	for _, c := range []struct {
		risk   content.RiskControl
		status content.VulnStatus
		want   bool
	}{
		{"uncontrolled", "affected", true},
		{"uncontrolled", "under_investigation", true},
		{"uncontrolled", "fixed", false},
		{"controlled", "affected", false},
		{"controlled", "under_investigation", false},
		{"", "affected", false},
	} {
		v := &vuln.Vulnerability{ID: "CVE-2024-0001", Version: "1.0", Risk: c.risk, Status: c.status}
		s := &vuln.Set{List: []*vuln.Vulnerability{v}}
		if got := len(s.Uncontrolled()) == 1; got != c.want || v.Uncontrolled() != c.want {
			t.Errorf("risk %q, status %s: uncontrolled %v; want %v", c.risk, c.status, got, c.want)
		}
	}
}

// TestVersionFromSBOMSubject: a version's name and purl in the VEX files
// are its SBOM subject's; an SBOM file of the current inventory whose
// subject names another version describes that version, and leaves the
// current one without a purl rather than lending it another version's.
func TestVersionFromSBOMSubject(t *testing.T) {
	c, p := exampleProduct(t)
	// A notice without an SBOM file listed first: the notices after it
	// still lend theirs (4.1.0's purl comes from its notice's SBOM).
	first := p.Notices[len(p.Notices)-1]
	first.SBOM = ""
	p.Notices = append([]content.Notice{first}, p.Notices...)
	asOf := content.NewDate(2026, 3, 2)
	for _, x := range []struct {
		name             string
		inventoryOf      string
		want421, want410 string // purls; "" for none
		wantName421      string
	}{
		{"the current version's own SBOM", "4.2.1", "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.2.1", "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.1.0", "Halcyon LVP-7 Pump Software"},
		{"an SBOM whose subject is an older version", "4.1.0", "", "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.1.0", p.Name},
	} {
		t.Run(x.name, func(t *testing.T) {
			inv, d := inventory.Load(c.Dir, p.At(x.inventoryOf))
			if err := d.Err(); err != nil {
				t.Fatal(err)
			}
			s, _ := vuln.Load(c.Dir, p, inv, asOf)
			v421, v410 := s.Version("4.2.1"), s.Version("4.1.0")
			if v421.PURL != x.want421 || v410.PURL != x.want410 {
				t.Errorf("purls 4.2.1 %q, 4.1.0 %q; want %q, %q", v421.PURL, v410.PURL, x.want421, x.want410)
			}
			if v421.Name != x.wantName421 {
				t.Errorf("4.2.1 named %q; want %q", v421.Name, x.wantName421)
			}
		})
	}
}

// TestSBOMSubjectOfNoVersion: an SBOM of the current inventory whose
// subject names no version of the product (a build number the product
// file does not list) describes the current version: its components are
// the ones the current version's vulnerabilities are checked against.
func TestSBOMSubjectOfNoVersion(t *testing.T) {
	_, c, p := editedExample(t, "halcyon-lvp7/sbom.cdx.json", func(sbom string) string {
		lines := strings.Split(sbom, "\n")
		if lines[36] != `      "version": "4.2.1",` {
			t.Fatalf("sbom.cdx.json line 37 is %q; want the subject's version", lines[36])
		}
		lines[36] = `      "version": "4.2.1-b7",`
		return strings.Join(lines, "\n")
	})
	asOf := content.NewDate(2026, 3, 2)
	inv, _ := inventory.Load(c.Dir, p.Current(asOf))
	s, _ := vuln.Load(c.Dir, p, inv, asOf)
	v := s.Version("4.2.1")
	if v.SBOM != "sbom.cdx.json" || len(v.Components) == 0 {
		t.Errorf("4.2.1 described by %q with %d components; want sbom.cdx.json and its components", v.SBOM, len(v.Components))
	}
}

// TestInheritedSBOM: a version with no SBOM file of its own (its list is
// another version's) is checked against the components of the files its
// list names, without taking their subject as its identity; the current
// version's inventory is the current one's: when the current version is
// the one without a file, its vulnerabilities are checked against the
// components its inventory lists (what its documents show), not against
// the other version's file its list names.
func TestInheritedSBOM(t *testing.T) {
	// 4.2.0 changes nothing of 4.1.0: its SBOM list is 4.1.0's.
	extra := "[[versions]]\nversion = \"4.2.0\"\nsummary = \"Maintenance release.\"\ngeneral_availability = 2024-11-04\n" +
		"end_of_marketing = 2025-06-30\nend_of_production = 2025-06-30\nend_of_life = 2025-09-30\nend_of_guaranteed_support = 2027-03-31\nend_of_support = 2027-09-30\n\n"
	_, c, p := editedExample(t, "halcyon-lvp7.toml", func(src string) string {
		return strings.Replace(src, "[[versions]]\nversion = \"4.2.1\"", extra+"[[versions]]\nversion = \"4.2.1\"", 1)
	})
	for _, x := range []struct {
		name    string
		current string
		asOf    content.Date
	}{
		{"an older version without a file", "4.2.1", content.NewDate(2026, 3, 2)},
		{"the current version without a file", "4.2.0", content.NewDate(2025, 1, 6)},
	} {
		t.Run(x.name, func(t *testing.T) {
			invs, _ := inventory.LoadVersions(c.Dir, p, x.current)
			s, _ := vuln.Load(c.Dir, p, invs.Inventory, x.asOf)
			v, from := s.Version("4.2.0"), s.Version("4.1.0")
			if v.PURL != "" || v.SBOM != "" {
				t.Errorf("4.2.0 identified by %q from %q; want no purl and no SBOM file of its own", v.PURL, v.SBOM)
			}
			if x.current != "4.2.0" {
				if len(v.Components) == 0 || len(v.Components) != len(from.Components) {
					t.Errorf("4.2.0 has %d components; want 4.1.0's %d", len(v.Components), len(from.Components))
				}
				return
			}
			var listed []string
			for _, lc := range invs.Inventory.List {
				listed = append(listed, lc.Name+"@"+lc.Version)
			}
			var got []string
			for _, vc := range v.Components {
				got = append(got, vc.Name+"@"+vc.Version)
			}
			slices.Sort(listed)
			slices.Sort(got)
			if !slices.Equal(got, listed) {
				t.Errorf("current 4.2.0 checked against %v; want its inventory's list %v", got, listed)
			}
		})
	}
}

// TestVersionOfSeveralSBOMSubjects: a version described by SBOM files of
// different subjects (the pump's software and another system's) is
// identified by the subject that names the version itself, whichever
// file its list names first.
func TestVersionOfSeveralSBOMSubjects(t *testing.T) {
	_, c, p := editedExample(t, "halcyon-lvp7.toml", func(src string) string {
		old := "[versions.changes]\nsbom_files = [\"sbom.cdx.json\"]"
		if !strings.Contains(src, old) {
			t.Fatal("4.2.1's SBOM list not found")
		}
		return strings.Replace(src, old, "[versions.changes]\nsbom_files = [\"connect/sbom-connect-5.3.cdx.json\", \"sbom.cdx.json\"]", 1)
	})
	asOf := content.NewDate(2026, 3, 2)
	inv, _ := inventory.Load(c.Dir, p.Current(asOf))
	s, _ := vuln.Load(c.Dir, p, inv, asOf)
	v := s.Version("4.2.1")
	if want := "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@4.2.1"; v.PURL != want || v.Ref != want || v.Name != "Halcyon LVP-7 Pump Software" {
		t.Errorf("4.2.1 is %q (%s, ref %s); want the pump software's subject, %s", v.Name, v.PURL, v.Ref, want)
	}
}
