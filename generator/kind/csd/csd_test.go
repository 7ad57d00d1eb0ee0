package csd

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	cdx "github.com/CycloneDX/cyclonedx-go"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/notices"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// csdLoadExample loads the repository's example content and product.
func csdLoadExample(t testing.TB) (*content.Content, *content.Product) {
	t.Helper()
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	return c, p.Product
}

// csdContext is a build environment over c with the shipped templates,
// speaking as of the CSD's release date, and p with its inventory derived
// now (tests edit p between renders).
func csdContext(c *content.Content, p *content.Product) (*kind.Env, kind.Product) {
	inv, _ := inventory.Load(c.Dir, p)
	return kindtest.Env(c, p.Documents.CSD.ReleaseDate), kind.Product{Product: p, Inventory: inv}
}

// renderExample renders the CSD Markdown of p as it is now.
func renderExample(t testing.TB, c *content.Content, p *content.Product) string {
	t.Helper()
	env, kp := csdContext(c, p)
	return renderCSD(t, env, kp)
}

// renderCSD renders the CSD Markdown of p.
func renderCSD(t testing.TB, env *kind.Env, p kind.Product) string {
	t.Helper()
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.Render(t, env, p, prep.Documents[0])
}

// section returns the Markdown from the heading line equal to head up to
// the next heading of the same or a higher level.
func csdSection(t testing.TB, md, head string) string {
	t.Helper()
	i := strings.Index(md, "\n"+head+"\n")
	if i < 0 {
		t.Fatalf("no heading %q in the CSD", head)
	}
	level := strings.Index(head, " ")
	rest := md[i+1+len(head):]
	re := regexp.MustCompile(fmt.Sprintf(`\n#{1,%d} `, level))
	if loc := re.FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	return rest
}

func TestCSDExampleHasEveryItem(t *testing.T) {
	c, p := csdLoadExample(t)
	md := renderExample(t, c, p)
	for _, want := range []struct{ head, fact string }{
		{"## 1. Recommended security controls for the use environment", "RC-01"},
		{"## 2. Network and data-flow diagrams", "](diagrams/network.png"},
		{"## 3. Interfaces and network ports", "| 443/TCP | HTTPS (mutual TLS) (Wi-Fi, Ethernet) | Halcyon LVP-7 pump (on the device) | Out | On | Encrypted and authenticated | Halcyon Connect server (hospital-hosted) |"},
		{"## 3. Interfaces and network ports", "| 443/TCP | HTTPS (mutual TLS) (Halcyon Connect server network adapter) | Halcyon Connect server (hosted by the customer) | In | On |"},
		{"## 4. Infrastructure, secure deployment, servicing and incident response", "| Versions that work with software 4.2.1 | 5.3 |"},
		{"## 4. Infrastructure, secure deployment, servicing and incident response", "security@meridian-infusion.example"},
		{"## 5. Software bill of materials", "[sbom.cdx.json](sbom.cdx.json)"},
		{"## 6. Software updates", "anti-rollback"},
		{"## 7. Security events and notification", "Pump event log"},
		{"## 8. Protection of critical functionality", "Independent safety microcontroller"},
		{"## 9. Backup and restore", "signed configuration archive"},
		{"## 10. Keeping and recovering the configuration", "Configuration drift"},
		{"## 11. Secure configuration", "**Raises risk**"},
		{"## 12. Logs and forensic evidence", "TCP 6514"},
		{"## 13. End of support and end of life", "2028-12-31"},
		{"## 14. Secure decommissioning and sanitisation", "Sanitise"},
		{"## 15. Additional information (IMDRF N70)", "UL 2900-2-1"},
	} {
		kindtest.SaysAll(t, fmt.Sprintf("section %q", want.head), csdSection(t, md, want.head), want.fact)
	}
	// The firewall rules come from the ports and end with a deny rule.
	fw := csdSection(t, md, "### 3.3 Firewall rules for the parts on the hospital network")
	kindtest.SaysAll(t, "firewall rules", fw, "| Allow | Halcyon LVP-7 pump | Halcyon Connect server (hospital-hosted) | 443/TCP |", "| Deny, log | Any | Any | Any |", "| When enabled |")
	// The pump's connection to Connect is listed at both ends (peer_part):
	// one rule, not a second one from Connect's listener.
	if strings.Contains(fw, "| Halcyon LVP-7 pumps on the medical-device VLAN | Halcyon Connect server | 443/TCP |") {
		t.Errorf("firewall rules repeat the pump-to-Connect connection from Connect's side:\n%s", fw)
	}
	// The data in the 34-component SBOM, every row.
	_, kp := csdContext(c, p)
	comps := kp.Inventory
	inv := csdSection(t, md, "### 5.3 Component inventory")
	for _, comp := range comps.List {
		if !csdHasComponentRow(inv, comp.Component) {
			t.Errorf("inventory lacks a row for %s %s (%s)", comp.Name, comp.Version, comp.Supplier)
		}
	}
}

// csdHasComponentRow reports whether an inventory table row shows c's name,
// version and supplier.
func csdHasComponentRow(md string, c sbom.Component) bool {
	name := render.EscapeCell(c.Name)
	if c.Group != "" {
		name += " (" + render.EscapeCell(c.Group) + ")"
	}
	version, supplier := render.EscapeCell(c.Version), render.EscapeCell(c.Supplier)
	if version == "" {
		version = "Not stated"
	}
	if supplier == "" {
		supplier = "Not stated"
	}
	want := "| " + name + " | " + version + " | " + supplier + " |"
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, want) {
			return true
		}
	}
	return false
}

// TestCSDImportsPublicSBOMs imports every public SBOM example as the
// example product's SBOM and finds every component, with its name, version
// and supplier, in the CSD's inventory.
func TestCSDImportsPublicSBOMs(t *testing.T) {
	dir := filepath.Join(kindtest.Repo, "..", "shared", "sbom-examples")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("public SBOM examples not available (%v); they live in shared/sbom-examples beside the repository", err)
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() || e.Name() == "README.md" || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			c, p := csdWithSBOM(t, e.Name(), data)
			if _, diags := inventory.Load(c.Dir, p); diags.Err() != nil {
				t.Fatal(diags.Err())
			}
			env, kp := csdContext(c, p)
			doc := kp.Inventory.SBOMs[0].Document
			md := renderCSD(t, env, kp)
			if doc.Subject != nil && !strings.Contains(md, render.EscapeCell(subjectOf(doc.Subject))) {
				t.Errorf("the CSD does not name the SBOM's subject %q", subjectOf(doc.Subject))
			}
			if len(doc.Components) == 0 {
				if !strings.Contains(md, "lists no component besides what it describes") {
					t.Error("the CSD does not say that the SBOM lists no component")
				}
				return
			}
			inv := csdSection(t, md, "### 5.3 Component inventory")
			for _, comp := range doc.Components {
				if !csdHasComponentRow(inv, comp) {
					t.Errorf("no row for %q %q supplied by %q", comp.Name, comp.Version, comp.Supplier)
				}
			}
			if !strings.Contains(md, "]("+e.Name()+")") {
				t.Errorf("the CSD does not link the SBOM file %s", e.Name())
			}
			t.Logf("%s: %d components, %s %s %s", e.Name(), len(doc.Components), doc.Format, doc.SpecVersion, doc.Encoding)
		})
	}
	if n == 0 {
		t.Skip("no SBOM files in shared/sbom-examples")
	}
}

// csdWithSBOM loads the example with data as its only SBOM file, name, in a
// temporary asset folder, and without the product file's component
// annotations.
func csdWithSBOM(t testing.TB, name string, data []byte) (*content.Content, *content.Product) {
	t.Helper()
	c, p := csdLoadExample(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, p.ID), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, p.ID, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c.Dir = dir
	p.SBOM.Files = []string{name}
	p.Components = nil
	p.Notices = nil        // they name the example's components
	p.RelatedSystems = nil // their SBOM files are in the example's folder
	// A public SBOM states no support; a catch-all rule keeps it from being
	// an error here (the support check is inventory's test).
	p.SupportRules = append(p.SupportRules, content.SupportRule{ID: "any", Name: "*", Justification: "Not assessed in this test."})
	return c, p
}

func TestCSDWifiInterfaceChangesInterfaceTable(t *testing.T) {
	c, p := csdLoadExample(t)
	// Without any Wi-Fi interface (and the ports and flows that use it).
	p.Interfaces = slices.DeleteFunc(p.Interfaces, func(i content.Interface) bool { return i.Kind == "wifi" })
	p.Ports = slices.DeleteFunc(p.Ports, func(pt content.Port) bool { return pt.Interface == "wifi" })
	p.DataFlows = slices.DeleteFunc(p.DataFlows, func(f content.DataFlow) bool { return f.Interface == "wifi" })
	before := csdSection(t, renderExample(t, c, p), "### 3.1 Interfaces")
	if strings.Contains(before, "| Wi-Fi |") {
		t.Fatalf("interface table has Wi-Fi before it was added:\n%s", before)
	}
	p.Interfaces = append(p.Interfaces, content.Interface{ID: "wifi", Kind: "wifi", Name: "Wi-Fi 6 (802.11ax, 5 GHz)", Part: "pump",
		Purpose: "Connection to the hospital network.", DefaultEnabled: content.True, CanDisable: content.True, Carries: content.DataKinds{"phi", "logs"}})
	after := csdSection(t, renderExample(t, c, p), "### 3.1 Interfaces")
	kindtest.SaysAll(t, "interface table with Wi-Fi added", after, "| Wi-Fi 6 (802.11ax, 5 GHz) | Halcyon LVP-7 pump (on the device) | Wi-Fi | Connection to the hospital network. | Yes | Yes | PHI, Logs |")
	if strings.Count(after, "\n|") != strings.Count(before, "\n|")+1 {
		t.Errorf("want exactly one more table row after adding Wi-Fi:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func TestCSDCheckNamesEveryEmptyItem(t *testing.T) {
	c, p := csdLoadExample(t)
	if diags := check(product(c, p)); len(diags) != 0 {
		t.Fatalf("the example leaves items empty: %v", diags)
	}
	// Empty every item.
	p.RecommendedControls, p.Diagrams, p.Interfaces, p.Ports, p.Infrastructure = nil, nil, nil, nil, nil
	p.Deployment, p.SBOM, p.Updates, p.Logging, p.Safeguards = content.Deployment{}, content.SBOM{}, content.Updates{}, content.Logging{}, nil
	p.Backup, p.Configuration, p.Hardening, p.SecuritySettings = content.Backup{}, content.ConfigurationManagement{}, content.Hardening{}, nil
	p.EndOfLife.RiskTransfer, p.Decommissioning = "", content.Decommissioning{}
	for i := range p.Versions {
		p.Versions[i].EndOfSupport = content.Date{}
	}
	diags := check(product(c, p))
	if len(diags) != 14 {
		t.Errorf("want 14 warnings, one per FDA labeling item; got %d:\n%v", len(diags), diags)
	}
	for _, it := range content.LabelingItems {
		// Item 4 always gives the site's incident contact, and the
		// example's postmarket.patching.deployment says in item 6 how
		// updates are delivered: those two are incomplete, not empty;
		// so is item 13, whose section prints the notice promised and
		// the commitments (end_of_life, required); and item 2, whose
		// section links the plan's global system view the example builds.
		state := "is empty"
		if it.Number == 2 || it.Number == 4 || it.Number == 6 || it.Number == 13 {
			state = "is incomplete"
		}
		// Sections 9 and 11 print the example's own MDS2 answers (DTBK,
		// SAHD) in place of the data: not empty (REPORT-wearable 7).
		if it.Number == 9 || it.Number == 11 {
			state = "has only the MDS2 form's answers"
		}
		prefix := fmt.Sprintf("CSD: FDA labeling item %d (%s) %s", it.Number, it.Title, state)
		found := false
		for _, d := range diags {
			if d.Severity == content.Warning && strings.HasPrefix(d.Message, prefix) && d.Line > 0 && strings.HasSuffix(d.File, "halcyon-lvp7.toml") {
				found = true
			}
		}
		if !found {
			t.Errorf("no warning %q with file and line", prefix)
		}
	}
	// One item filled again: one warning fewer, and not for that item.
	p.Safeguards = []content.Safeguard{{Title: "Safe state", Protects: "Delivery", Behaviour: "Stops delivery."}}
	if got := check(product(c, p)); len(got) != 13 || strings.Contains(fmt.Sprint(got), "item 8 ") {
		t.Errorf("after filling item 8, want 13 warnings without item 8; got %v", got)
	}
}

func TestCSDCheckComponentEndsBeforeDevice(t *testing.T) {
	c, p := csdLoadExample(t)
	i := slices.IndexFunc(p.Components, func(tc content.Component) bool { return tc.Name == "poky" })
	p.Components[i].Notes = ""
	env, kp := csdContext(c, p)
	// The CSD itself does not warn; the notices kind warns once, naming
	// both dates.
	for _, d := range check(kp) {
		if strings.Contains(d.Message, "poky") {
			t.Errorf("csdCheck warns about poky too: %s", d)
		}
	}
	var got []string
	_, diags := kindtest.Prepare(t, notices.Kind, env, kp)
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := fmt.Sprintf("content/halcyon-lvp7.toml:%d: warning: components[%d]: component poky %s: its support ends %s, before version 4.2.1's end of support on 2028-12-31",
		p.Source.Line(fmt.Sprintf("components[%d]", i)), i, p.Components[i].Version, p.Components[i].EndOfSupport)
	if len(got) != 1 || !strings.HasPrefix(strings.TrimPrefix(got[0], kindtest.Repo+"/"), want) {
		t.Errorf("want one warning\n  %s\ngot\n  %s", want, strings.Join(got, "\n  "))
	}
	// The document lists it among the components that need attention.
	md := renderCSD(t, env, kp)
	if sec := csdSection(t, md, "### 5.2 Components that need attention"); !strings.Contains(sec, "| poky | "+p.Components[i].Version+" |") {
		t.Errorf("poky not flagged in 5.2:\n%s", sec)
	}
}

// csdGeneratedSBOM is a CycloneDX 1.6 JSON SBOM of n components shaped like a
// real embedded Linux image: several types, 60 suppliers, licences, purls.
func csdGeneratedSBOM(t testing.TB, n int) []byte {
	t.Helper()
	bom := cdx.NewBOM()
	bom.SpecVersion = cdx.SpecVersion1_6
	bom.SerialNumber = "urn:uuid:00000000-0000-4000-8000-000000000001"
	bom.Metadata = &cdx.Metadata{Timestamp: "2026-03-02T00:00:00Z",
		Component: &cdx.Component{Type: cdx.ComponentTypeFirmware, Name: "bench-device", Version: "1.0.0", BOMRef: "device"}}
	types := []cdx.ComponentType{cdx.ComponentTypeLibrary, cdx.ComponentTypeLibrary, cdx.ComponentTypeLibrary, cdx.ComponentTypeApplication,
		cdx.ComponentTypeFramework, cdx.ComponentTypeFirmware, cdx.ComponentTypeOS}
	comps := make([]cdx.Component, n)
	for i := range comps {
		name := fmt.Sprintf("component-%04d", i)
		version := fmt.Sprintf("%d.%d.%d", i%7, i%13, i%5)
		purl := fmt.Sprintf("pkg:generic/example/%s@%s", name, version)
		comps[i] = cdx.Component{BOMRef: purl, Type: types[i%len(types)], Name: name, Version: version, PackageURL: purl,
			Supplier: &cdx.OrganizationalEntity{Name: fmt.Sprintf("Supplier %02d | Ltd.", i%60)},
			Licenses: &cdx.Licenses{{License: &cdx.License{ID: "Apache-2.0"}}}}
	}
	bom.Components = &comps
	var buf bytes.Buffer
	if err := cdx.NewBOMEncoder(&buf, cdx.BOMFileFormatJSON).Encode(bom); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCSDThousandComponents(t *testing.T) {
	c, p := csdWithSBOM(t, "big.cdx.json", csdGeneratedSBOM(t, 1000))
	env, kp := csdContext(c, p)
	md := renderCSD(t, env, kp)
	comps := kp.Inventory
	inv := csdSection(t, md, "### 5.3 Component inventory")
	for _, comp := range comps.List {
		if !csdHasComponentRow(inv, comp.Component) {
			t.Fatalf("no row for %s", comp.Name)
		}
	}
	// Grouped by type, platform first, each group with its count.
	var groups []string
	for _, line := range strings.Split(inv, "\n") {
		if strings.HasPrefix(line, "**") {
			groups = append(groups, line)
		}
	}
	want := []string{"**Operating systems (142)**", "**Firmware (143)**", "**Frameworks (143)**", "**Libraries (429)**", "**Applications (143)**"}
	if !slices.Equal(groups, want) {
		t.Errorf("groups = %q, want %q", groups, want)
	}
}

// BenchmarkCSD measures the CSD of the example product with a generated
// SBOM of 1000 components: importing the SBOM, and rendering the Markdown.
func BenchmarkCSD(b *testing.B) {
	data := csdGeneratedSBOM(b, 1000)
	b.Run("import-1000", func(b *testing.B) {
		c, p := csdWithSBOM(b, "big.cdx.json", data)
		b.ReportAllocs()
		for b.Loop() {
			if _, diags := inventory.Load(c.Dir, p); diags.Err() != nil {
				b.Fatal(diags.Err())
			}
		}
	})
	b.Run("markdown-1000", func(b *testing.B) {
		c, p := csdWithSBOM(b, "big.cdx.json", data)
		env, kp := csdContext(c, p) // imported once per build
		b.ReportAllocs()
		for b.Loop() {
			renderCSD(b, env, kp)
		}
	})
	b.Run("markdown-example", func(b *testing.B) {
		c, p := csdLoadExample(b)
		env, kp := csdContext(c, p)
		b.ReportAllocs()
		for b.Loop() {
			renderCSD(b, env, kp)
		}
	})
}

// product is p with its inventory derived now.
func product(c *content.Content, p *content.Product) kind.Product {
	_, kp := csdContext(c, p)
	return kp
}

// TestCSDAuthorsAreNotSuppliers: an SBOM whose components name authors,
// publishers or manufacturers but no supplier shows "Not stated" in the
// supplier column, the authors in the Origin column with their role, and
// counts no supplier; a component that names its supplier counts once.
func TestCSDAuthorsAreNotSuppliers(t *testing.T) {
	const noSuppliers = `{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
	  "metadata": {"component": {"type": "application", "name": "demo", "version": "1", "authors": [{"name": "Jan Kowalleck"}]}},
	  "components": [
	    {"type": "library", "name": "carbon", "version": "2.63.0", "authors": [{"name": "Brian Nesbitt"}, {"name": "kylekatarnls"}],
	     "purl": "pkg:composer/nesbot/carbon@2.63.0"},
	    {"type": "library", "name": "framework", "version": "v7.30.6", "author": "Taylor Otwell", "publisher": "Laravel LLC",
	     "purl": "pkg:composer/laravel/framework@v7.30.6"},
	    {"type": "library", "name": "motor-fw", "version": "2.0", "manufacturer": {"name": "Maker Ltd"}}]}`
	c, p := csdWithSBOM(t, "authored.cdx.json", []byte(noSuppliers))
	env, kp := csdContext(c, p)
	md := renderCSD(t, env, kp)
	inv := csdSection(t, md, "### 5.3 Component inventory")
	kindtest.SaysAll(t, "inventory", inv,
		"| Component | Version | Supplier | Origin | Licence |",
		"| carbon | 2.63.0 | Not stated | Brian Nesbitt, kylekatarnls (author) | Not stated |\n",
		"| framework | v7.30.6 | Not stated | Taylor Otwell (author); Laravel LLC (publisher) | Not stated |\n",
		"| motor-fw | 2.0 | Not stated | Maker Ltd (manufacturer) | Not stated |\n",
	)
	sec := csdSection(t, md, "## 5. Software bill of materials")
	kindtest.SaysAll(t, "section 5", sec, "The SBOM lists 3 components and names the supplier of none of them.")
	if strings.Contains(sec, "supplied by Jan Kowalleck") || !strings.Contains(sec, "demo 1, by Jan Kowalleck (author)") {
		t.Errorf("the SBOM's subject is not named with its author as author:\n%s", sec)
	}
	if d := data(env.AsOf, kp, device(env.AsOf, kp), nil, ""); d.Suppliers != 0 || d.NoSupplier != 3 || !d.Provenance {
		t.Errorf("Suppliers = %d, NoSupplier = %d, Provenance = %v; want 0, 3, true", d.Suppliers, d.NoSupplier, d.Provenance)
	}

	// One component with a supplier: one supplier, two without.
	withOne := strings.Replace(noSuppliers, `"name": "carbon",`, `"name": "carbon", "supplier": {"name": "Carbon Ltd"},`, 1)
	c, p = csdWithSBOM(t, "authored.cdx.json", []byte(withOne))
	env, kp = csdContext(c, p)
	md = renderCSD(t, env, kp)
	kindtest.SaysAll(t, "CSD", md, "The SBOM lists 3 components from 1 supplier (2 of them name no supplier).",
		"| carbon | 2.63.0 | Carbon Ltd | Brian Nesbitt, kylekatarnls (author) |")
}

// TestCSDSoftwareSupport: 5.4 lists every component's support with its
// source, from each kind of source, and the CSD publishes an annotated
// copy of the SBOM beside the original, which is published unchanged.
func TestCSDSoftwareSupport(t *testing.T) {
	c, p := csdLoadExample(t)
	md := renderExample(t, c, p)
	sec := csdSection(t, md, "### 5.4 Software support")
	kindtest.SaysAll(t, "5.4", sec,
		"| openssl | 3.0.16 | OpenSSL Software Foundation | Actively maintained | 2026-09-07. Policy: <https://openssl-library.org/policies/releasestrat/> | Annotation |",
		"| halcyon-ui | 4.2.1 | Meridian Infusion Systems, Inc. | Actively maintained | Meridian software: supported as long as the device software version that contains it, whose end of support is on the product's lifecycle page. | SBOM (sbom.cdx.json) |",
		"| qtdeclarative | 6.8.3 | The Qt Company | Actively maintained | 2029-10-08. Policy: ",
		"| Product rule qt-6.8-lts |",
		"| Site rule github-libraries |",
		"| dbus | 1.14.10 | freedesktop.org | Limited support | The D-Bus 1.14 series",
	)
	if n := strings.Count(sec, "\n| ") - 2; n != 36 { // less the header and delimiter rows (34 components and the Wi-Fi module firmware and safety bootloader)
		t.Errorf("5.4 has %d component rows, want 36", n)
	}
	if !strings.Contains(csdSection(t, md, "## 5. Software bill of materials"), "[sbom.cdx.annotated.json](sbom.cdx.annotated.json)") {
		t.Error("section 5 does not link the annotated SBOM")
	}

	kp, _ := kindtest.Product(t, c, kindtest.Example)
	prepared, diags := kindtest.Prepare(t, Kind, kindtest.Env(c, content.NewDate(2026, 2, 16)), kp)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range prepared.Files {
		files[f.Path] = f.Data
	}
	orig, err := os.ReadFile(filepath.Join(kindtest.Repo, "content", kindtest.Example, "sbom.cdx.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files["sbom.cdx.json"], orig) {
		t.Error("the original SBOM is not published unchanged")
	}
	ann := string(files["sbom.cdx.annotated.json"])
	kindtest.SaysAll(t, "annotated SBOM", ann, `"name": "jspgen:support:origin",`, `"value": "site-rule:github-libraries"`, `"value": "product-rule:yocto-recipes"`, `"value": "annotation"`)
}

// TestCSDPortsOfSoftwareOnCustomersOwnDevice: the workstation's software
// moved onto a computer the customer owns keeps its ports in the key
// facts and its firewall rules in a hospital (home use not stated or
// false); used at home, its ports stay in the key facts but no hospital
// rule is given, and the CSD never says the product uses no port.
func TestCSDPortsOfSoftwareOnCustomersOwnDevice(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/workstation/jspgen.toml", "../../testdata/workstation/content")
	for _, tc := range []struct {
		home       content.Tri
		want, lack []string
	}{
		{content.Unstated, []string{"| Ports the product listens on as shipped | TCP 104 |", "| Connections the product opens as shipped | UDP 53, TCP 88, TCP 389, TCP 443, TCP 445, TCP 8530 |",
			"| 3 | Allow | Hospital PACS | Viewpoint review software | 104/TCP |", "its rules apply where such a device is on the hospital network"}, nil},
		{content.False, []string{"| Ports the product listens on as shipped | TCP 104 |", "| 3 | Allow | Hospital PACS | Viewpoint review software | 104/TCP |"}, nil},
		{content.True, []string{"| Ports the product listens on as shipped | TCP 104 |", "| Connections the product opens as shipped | UDP 53, TCP 88, TCP 389, TCP 443, TCP 445, TCP 8530 |",
			"No firewall rule is given: no part of the product with a port in the table above sits on the customer's network; the Viewpoint review software runs on a device the customer owns and connects from whatever network that device is on."},
			[]string{"| 1 | Allow |"}},
	} {
		t.Run("home_use="+tc.home.SayOr("true", "false", "unstated"), func(t *testing.T) {
			p, _ := kindtest.Product(t, c, "viewpoint-rw")
			p.Parts[0].Runs, p.Parts[0].Name, p.HomeUse = "customer_device", "Viewpoint review software", tc.home
			md := renderCSD(t, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
			kindtest.SaysNone(t, "the CSD", md, "uses no network port", "listens on as shipped | None", "opens | None")
			kindtest.SaysAll(t, "the CSD", md, tc.want...)
			if len(tc.lack) > 0 { // a case may forbid nothing
				kindtest.SaysNone(t, "the CSD", md, tc.lack...)
			}
		})
	}
}

// TestCSDDescribesTheVersionCurrentOnItsRelease: a CSD revision released
// when 4.1.0 was current describes 4.1.0, with 4.1.0's ports, whatever the
// build's date, and check says a revision about 4.2.1 is due; released
// with 4.2.1 current, it describes 4.2.1.
func TestCSDDescribesTheVersionCurrentOnItsRelease(t *testing.T) {
	c, _ := csdLoadExample(t)
	for _, tc := range []struct {
		released  content.Date
		version   string
		syslogTLS bool // 4.2.1 added syslog over TLS on 6514/TCP
	}{
		{content.NewDate(2025, 1, 15), "4.1.0", false},
		{content.NewDate(2026, 2, 16), "4.2.1", true},
	} {
		// The pump builds a CSD for every supported version; 4.1.0's
		// (supported on the build's date) is this CSD itself when it is
		// about 4.1.0: no second document about the same version.
		docs := 2
		if tc.version == "4.1.0" {
			docs = 1
		}
		t.Run(tc.version, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.Documents.CSD.ReleaseDate = tc.released
			env := kindtest.Env(c, content.NewDate(2026, 2, 16))
			prep, diags := kindtest.Prepare(t, Kind, env, p)
			if len(prep.Documents) != docs {
				t.Errorf("%d documents, want %d", len(prep.Documents), docs)
			}
			doc := prep.Documents[0]
			md := kindtest.Render(t, env, p, doc)
			kindtest.SaysAll(t, "the CSD", md, "for software version `"+tc.version+"`.")
			due := false
			for _, d := range diags {
				due = due || d.Path == "documents.csd.release_date" && strings.Contains(d.Message, "describes version 4.1.0; version 4.2.1 has been generally available")
			}
			if due != (tc.version == "4.1.0") {
				t.Errorf("check says a new revision is due: %v, want %v (%v)", due, tc.version == "4.1.0", diags)
			}
			if got := strings.Contains(md, "| 6514/TCP | Syslog over TLS (Wi-Fi, Ethernet)"); got != tc.syslogTLS {
				t.Errorf("the CSD lists 4.2.1's syslog port: %v, want %v", got, tc.syslogTLS)
			}
		})
	}
}

// TestCSDUnwrittenListsAreNotStated: a list the product file does not
// write reads "not stated", never "none"; written empty, it reads as
// none. (Recommended controls: the example's vulnerabilities give
// compensating controls, which section 1 points to either way.)
func TestCSDUnwrittenListsAreNotStated(t *testing.T) {
	c, _ := csdLoadExample(t)
	for _, written := range []bool{false, true} {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		p.Accounts, p.Safeguards, p.RecommendedControls, p.Logging.Events = nil, nil, nil, nil
		src := "id = \"halcyon-lvp7\"\n"
		if written {
			src += "accounts = []\nsafeguards = []\nrecommended_controls = []\n[logging]\nevents = []\n"
		}
		p.Source = content.SourceOfText(p.Source.File, []byte(src))
		env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		md := kindtest.Render(t, env, p, prep.Documents[0])
		notStated := []string{"Which accounts the product has is not stated.", "How critical functionality is protected is not stated.",
			// the example's vulnerabilities give compensating controls: not the plain "Which security controls … is not stated."
			"General security controls for the use environment are not stated. Compensating controls are given",
			// the example's data stores hold its event log, and its MDS2 form answers AUDT-2.x: 7 says so
			"Which security events the device records is not stated beyond the MDS2 form's answers: its audit log records successful logins and logouts (AUDT-2.1)", "The data store Event log holds logs whose content is not stated (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence))."}
		none := []string{"The product has no user or service accounts.", "The product data lists no safeguards of critical functionality.",
			"The product data recommends no general security controls for the use environment. Compensating controls are given", "The device records no security events."}
		want, never := notStated, none
		if written {
			want, never = none, notStated
		}
		kindtest.SaysAll(t, fmt.Sprintf("written empty %v: the CSD", written), md, want...)
		kindtest.SaysNone(t, fmt.Sprintf("written empty %v: the CSD", written), md, never...)
	}
}

// TestCSDConnectionsAsShipped: the key facts list a connection the
// device opens as shipped as such, one a feature the customer turns on
// opens (the analyzer probe's remote-service VPN) as one that can be
// enabled, and one whose state as shipped is not stated as that, never
// among the connections open as shipped.
func TestCSDConnectionsAsShipped(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/workstation/jspgen.toml", "../../testdata/workstation/content")
	for _, tc := range []struct {
		enabled content.Tri
		want    string
	}{
		{content.True, "| Connections the device opens as shipped | TCP 443; the product data state no port for the connections to the hospital's directory that the sign-in of the \"Clinician\" account needs | [3.3 Firewall rules to isolate the device]"},
		{content.False, "| Connections the device opens as shipped | None listed; the product data state no port for the connections to the hospital's directory that the sign-in of the \"Clinician\" account needs | Can be enabled: TCP 443. [3.3 Firewall rules to isolate the device]"},
		{content.Unstated, "| Connections the device opens as shipped | TCP 443; whether it is used as shipped is not stated; the product data state no port for the connections to the hospital's directory that the sign-in of the \"Clinician\" account needs | [3.3 Firewall rules to isolate the device]"},
	} {
		t.Run("default_enabled="+tc.enabled.SayOr("true", "false", "unstated"), func(t *testing.T) {
			p, _ := kindtest.Product(t, c, "viewpoint-rw")
			// The remote-service connection alone: the domain's and the
			// update server's ports would answer the row whatever it is.
			p.Ports = slices.DeleteFunc(p.Ports, func(pt content.Port) bool { return pt.Direction == "out" && pt.Number != 443 })
			i := slices.IndexFunc(p.Ports, func(pt content.Port) bool { return pt.Number == 443 })
			p.Ports[i].DefaultEnabled = tc.enabled
			md := renderCSD(t, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
			if !strings.Contains(md, tc.want) {
				t.Errorf("the CSD lacks %q:\n%s", tc.want, md[strings.Index(md, "| Ports the device"):][:400])
			}
		})
	}
}
