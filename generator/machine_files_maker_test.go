package generator

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// csafOf decodes the parts of a CSAF document the machine-readable
// checks below read.
type csafOf struct {
	Document struct {
		Publisher struct {
			Name string `json:"name"`
		} `json:"publisher"`
	} `json:"document"`
	ProductTree struct {
		Branches []struct {
			Category string `json:"category"`
			Name     string `json:"name"`
			Branches []struct {
				Branches []struct {
					Name    string `json:"name"`
					Product struct {
						ID string `json:"product_id"`
					} `json:"product"`
				} `json:"branches"`
			} `json:"branches"`
		} `json:"branches"`
	} `json:"product_tree"`
	Vulnerabilities []struct {
		CVE           string `json:"cve"`
		ProductStatus struct {
			Fixed         []string `json:"fixed"`
			KnownAffected []string `json:"known_affected"`
		} `json:"product_status"`
		Remediations []csafRemediation `json:"remediations"`
	} `json:"vulnerabilities"`
}

type csafRemediation struct {
	Category   string   `json:"category"`
	ProductIDs []string `json:"product_ids"`
}

func decodeCSAF(t *testing.T, name, text string) csafOf {
	t.Helper()
	if text == "" {
		t.Fatalf("%s was not built", name)
	}
	var d csafOf
	if err := json.Unmarshal([]byte(text), &d); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}

// vendorsOf maps each vendor of a CSAF product tree to its versions.
func vendorsOf(d csafOf) map[string][]string {
	out := map[string][]string{}
	for _, b := range d.ProductTree.Branches {
		for _, name := range b.Branches {
			for _, v := range name.Branches {
				out[b.Name] = append(out[b.Name], v.Name)
			}
		}
	}
	return out
}

// checkGocsaf runs every CSAF document of a built site through gocsaf's
// offline checks (schema, strict parse, file name).
func checkGocsaf(t *testing.T, read func(string) string, paths ...string) {
	t.Helper()
	for _, p := range paths {
		for _, problem := range gocsafAdvisoryProblems("https://example.com/"+p, []byte(read(p))) {
			t.Errorf("%s: %s", p, problem)
		}
	}
}

// TestMachineFilesNameTheVersionsMaker: the transferred fixture's 5.2.0
// and 5.4.0 were made by Kestrowe Medical Ltd before Brightwater took the
// line over: their CSAF documents list them under the vendor Kestrowe and
// their CycloneDX VEX names Kestrowe as supplier, as their SBOM and the
// documents do, and so does their OpenVEX; Brightwater publishes the
// files (CSAF publisher, VEX author), and its own 6.0.0 stays under it.
func TestMachineFilesNameTheVersionsMaker(t *testing.T) {
	read := buildFixture(t, "transferred")
	const kestrowe, brightwater = "Kestrowe Medical Ltd", "Brightwater Clinical Systems B.V."
	for _, c := range []struct {
		path   string
		vendor map[string][]string
	}{
		{".well-known/csaf/white/2026/orvia-pm-5_2_0-vex.json", map[string][]string{kestrowe: {"5.2.0"}}},
		{".well-known/csaf/white/2024/bcs-or-eol-001.json", map[string][]string{kestrowe: {"5.2.0", "5.4.0"}}},
		{".well-known/csaf/white/2026/bcs-or-eos-002.json", map[string][]string{brightwater: {"6.0.0"}}},
	} {
		d := decodeCSAF(t, c.path, read(c.path))
		if got := vendorsOf(d); len(got) != len(c.vendor) || !equalVendors(got, c.vendor) {
			t.Errorf("%s: vendors %v, want %v", c.path, got, c.vendor)
		}
		if d.Document.Publisher.Name != brightwater {
			t.Errorf("%s: publisher %q, want %s", c.path, d.Document.Publisher.Name, brightwater)
		}
		checkGocsaf(t, read, c.path)
	}
	var bom struct {
		Metadata struct {
			Authors   []struct{ Name string } `json:"authors"`
			Component struct {
				Supplier struct{ Name string } `json:"supplier"`
			} `json:"component"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal([]byte(read("orvia-pm/vex-5.2.0.cdx.json")), &bom); err != nil {
		t.Fatal(err)
	}
	if got := bom.Metadata.Component.Supplier.Name; got != kestrowe {
		t.Errorf("vex-5.2.0.cdx.json: supplier %q, want %s", got, kestrowe)
	}
	if a := bom.Metadata.Authors; len(a) != 1 || a[0].Name != brightwater {
		t.Errorf("vex-5.2.0.cdx.json: authors %+v, want %s", a, brightwater)
	}
	for _, c := range []struct{ path, supplier string }{
		{"orvia-pm/vex-5.2.0.openvex.json", kestrowe},
		{"orvia-pm/vex-5.4.0.openvex.json", kestrowe},
	} {
		var doc struct{ Author, Supplier string }
		if err := json.Unmarshal([]byte(read(c.path)), &doc); err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if doc.Supplier != c.supplier || doc.Author != brightwater {
			t.Errorf("%s: supplier %q, author %q; want supplier %s, author %s", c.path, doc.Supplier, doc.Author, c.supplier, brightwater)
		}
	}
}

func equalVendors(a, b map[string][]string) bool {
	for k, v := range b {
		if !slices.Equal(a[k], v) {
			return false
		}
	}
	return true
}

// TestSecurityAdvisoryStatesTheFixedVersion: oemmodule's advisory
// announces CVE-2024-23170 in 4.2, fixed in 5.0, which has no entry of
// its own: its CSAF twin has 5.0 in the product tree and fixed, 4.2 known
// affected with the vendor fix, as the notice's "Fixed in" says, and it
// still passes gocsaf's checks.
func TestSecurityAdvisoryStatesTheFixedVersion(t *testing.T) {
	read := buildFixture(t, "oemmodule")
	const path = ".well-known/csaf/white/2024/mp-om5-sa-2024-01.json"
	d := decodeCSAF(t, path, read(path))
	if got := vendorsOf(d)["Merrow Photonics Ltd"]; !slices.Equal(got, []string{"4.2", "5.0"}) {
		t.Errorf("product tree versions %v, want 4.2 and 5.0", got)
	}
	if len(d.Vulnerabilities) != 1 {
		t.Fatalf("%d vulnerabilities, want 1", len(d.Vulnerabilities))
	}
	v := d.Vulnerabilities[0]
	if !slices.Equal(v.ProductStatus.Fixed, []string{"oxicore-5.0"}) || !slices.Equal(v.ProductStatus.KnownAffected, []string{"oxicore-4.2"}) {
		t.Errorf("product status fixed %v, known affected %v; want 5.0 fixed, 4.2 affected", v.ProductStatus.Fixed, v.ProductStatus.KnownAffected)
	}
	if !slices.ContainsFunc(v.Remediations, func(r csafRemediation) bool {
		return r.Category == "vendor_fix" && slices.Contains(r.ProductIDs, "oxicore-4.2")
	}) {
		t.Errorf("no vendor_fix for 4.2: %+v", v.Remediations)
	}
	if md := read("oxicore/notices/sa-2024-01.md"); !strings.Contains(md, "Fixed in: `5.0`") {
		t.Errorf("the notice no longer says it is fixed in 5.0")
	}
	checkGocsaf(t, read, path, ".well-known/csaf/white/2024/oxicore-4_2-vex.json", ".well-known/csaf/white/2025/mp-om5-eos-42.json")
}

// TestVEXProductTypeIsWhatTheProductIs: the CycloneDX VEX types a
// version as its SBOM subjects agree, else as the product is: rpmkit's
// SaMD kit (an app and a service, both applications) is an application,
// not firmware for the tablet it supplies; oemmodule's module, whose
// SBOM subjects state no type, is an application marked as a type the
// data do not state (runs = "device" cannot tell firmware from an
// application on a supplied computer); dispensing's cabinets with their
// server and portal are an application.
func TestVEXProductTypeIsWhatTheProductIs(t *testing.T) {
	for _, c := range []struct{ fixture, path, want string }{
		{"rpmkit", "cardiowatch/vex-3.4.cdx.json", "application"},
		{"rpmkit", "cardiowatch/vex-4.0.cdx.json", "application"},
		{"oemmodule", "oxicore/vex-4.2.cdx.json", "application"},
		{"dispensing", "vesta/vex-8.2.cdx.json", "application"},
		{"dispensing", "vesta/vex-9.0.cdx.json", "application"},
	} {
		var bom struct {
			Metadata struct {
				Component struct{ Type string } `json:"component"`
			} `json:"metadata"`
		}
		if err := json.Unmarshal([]byte(buildFixture(t, c.fixture)(c.path)), &bom); err != nil {
			t.Fatalf("%s %s: %v", c.fixture, c.path, err)
		}
		if got := bom.Metadata.Component.Type; got != c.want {
			t.Errorf("%s %s: type %q, want %q", c.fixture, c.path, got, c.want)
		}
	}
}
