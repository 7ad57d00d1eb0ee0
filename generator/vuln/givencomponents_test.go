package vuln_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestVulnerabilityInComponentGivenToVersions: a [[components]] entry no
// SBOM lists is a component of the versions its versions name, as their
// inventories (and so their CSDs and plans) list it: a vulnerability in
// it is stated for each of them, the older one too, and refused for a
// version the entry is not given to. An entry naming no versions is the
// current version's only.
func TestVulnerabilityInComponentGivenToVersions(t *testing.T) {
	const entries = "[[components]]\nname = \"bmc-fw\"\nversion = \"B2.11\"\nsupplier = \"Tarvos\"\nversions = [\"4.1.0\", \"4.2.1\"]\n\n" +
		"[[components]]\nname = \"old-fw\"\nversion = \"1.0\"\nsupplier = \"Tarvos\"\nversions = [\"4.1.0\"]\n\n" +
		"[[components]]\nname = \"cur-fw\"\nversion = \"2.0\"\nsupplier = \"Tarvos\"\n\n"
	_, c, p := editedExample(t, "halcyon-lvp7.toml", func(src string) string {
		if !strings.Contains(src, "\n[[components]]\n") {
			t.Fatal("no [[components]] in the example")
		}
		return strings.Replace(src, "\n[[components]]\n", "\n"+entries+"[[components]]\n", 1)
	})
	affected := func(id, name, version string, versions ...string) content.Vulnerability {
		return content.Vulnerability{ID: id, Status: "affected", Risk: "controlled", Remediation: "Install the update.",
			Versions: versions, Components: []content.VulnerableComponent{{Name: name, Version: version}}}
	}
	p.Vulns = append(p.Vulns,
		affected("CVE-2024-54085", "bmc-fw", "B2.11", "4.1.0", "4.2.1"),
		affected("CVE-2024-99101", "old-fw", "1.0", "4.1.0"),
		affected("CVE-2024-99102", "old-fw", "1.0", "4.2.1"),
		affected("CVE-2024-99103", "cur-fw", "2.0", "4.2.1"),
		affected("CVE-2024-99104", "cur-fw", "2.0", "4.1.0"))
	asOf := content.NewDate(2026, 3, 2)
	invs, _ := inventory.LoadVersions(c.Dir, p, "4.2.1")
	s, diags := vuln.Load(c.Dir, p, invs.Inventory, asOf)
	stated := map[string]bool{}
	for _, v := range s.List {
		stated[v.ID+" "+v.Version] = true
	}
	for _, want := range []string{"CVE-2024-54085 4.1.0", "CVE-2024-54085 4.2.1", "CVE-2024-99101 4.1.0", "CVE-2024-99103 4.2.1"} {
		if !stated[want] {
			t.Errorf("%s not stated", want)
		}
	}
	for _, not := range []string{"CVE-2024-99102 4.2.1", "CVE-2024-99104 4.1.0"} {
		if stated[not] {
			t.Errorf("%s stated; the entry does not give the component to that version", not)
		}
	}
	for _, d := range diags {
		if strings.Contains(d.Message, "bmc-fw") || strings.Contains(d.Message, "CVE-2024-99101") || strings.Contains(d.Message, "CVE-2024-99103") {
			t.Errorf("unexpected diagnostic: %s", d)
		}
	}
	// The remedy offered for a version lacking the component leads to
	// listing it there first: "not present" may be false.
	wantDiag(t, diags, "halcyon-lvp7.toml", "version 4.2.1 contains none of the components (old-fw 1.0 is in 4.1.0): if it contains one, name it as version 4.2.1 has it, or list it for 4.2.1 (in its SBOM file, or in the versions of its [[components]] entry); if not, drop the version, or state not_affected with component_not_present")
	wantDiag(t, diags, "halcyon-lvp7.toml", "version 4.1.0 contains none of the components (cur-fw 2.0 is in 4.2.1)")
}
