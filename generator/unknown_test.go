package generator

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/templates"
)

// exampleDocs prepares the example product (after edit) with every
// default kind and renders every document the way the build does: with
// kind.BuiltOf. It checks that kindtest.Built, which the kinds' own tests
// use, agrees with kind.BuiltOf. The result maps a document path (csd,
// security-plan, notices/…) to its Markdown.
func exampleDocs(t *testing.T, edit func(c *content.Content, p *content.Product)) (map[string]string, kind.Built) {
	t.Helper()
	c, diags := kindtest.Load(t, "../jspgen.toml", "../content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	if edit != nil {
		edit(c, kp.Product)
		inv, _ := inventory.Load(c.Dir, kp.Product)
		kp.Inventory = inv
	}
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	kinds := DefaultKinds()
	prepared := make([]kind.Prepared, len(kinds))
	for k, kd := range kinds {
		prepared[k], _ = kindtest.Prepare(t, kd, env, kp)
	}
	built := kind.BuiltOf(kinds, prepared, kp)
	// CSDOf and MDS2Of come from the CSD and MDS2 kinds' documents, which
	// kindtest.Built does not prepare (it gives only the product form's
	// versions); every other field must agree.
	got, want := built, kindtest.Built(kp)
	got.CSDOf = nil
	if got.MDS2 && kp.VersionOf == "4.2.1" && (got.MDS2Of["4.2.1"] != "mds2" || want.MDS2Of["4.2.1"] != "mds2") {
		t.Errorf("MDS2Of: kind.BuiltOf %v, kindtest.Built %v; want 4.2.1 → mds2 in both", got.MDS2Of, want.MDS2Of)
	}
	got.MDS2Of, want.MDS2Of = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kind.BuiltOf = %+v; kindtest.Built = %+v (keep them in step)", got, want)
	}
	docs := map[string]string{}
	for _, prep := range prepared {
		for _, doc := range prep.Documents {
			docs[doc.Path] = kindtest.RenderBuilt(t, env, kp, doc, built)
		}
	}
	return docs, built
}

// TestNoClaimsAboutDocumentsNotBuilt removes the MDS2 input or the SBOM
// files from the example: no document then names the MDS2 form, or
// speaks of "the SBOM" as a published file.
func TestNoClaimsAboutDocumentsNotBuilt(t *testing.T) {
	all, built := exampleDocs(t, nil)
	if !built.MDS2 || !built.SBOM || !built.Lifecycle || !built.Notices || !built.CSD || !built.SecurityPlan {
		t.Fatalf("the example builds everything; got %+v", built)
	}
	if !strings.Contains(all["csd"], "published with [the MDS2 form](mds2.html) that covers version `4.2.1` and the machine-readable software bill of materials (SBOM)") {
		t.Errorf("with everything built, the CSD should name the MDS2 form and the SBOM it is published with")
	}
	for _, tc := range []struct {
		name   string
		edit   func(*content.Content, *content.Product)
		absent []string
	}{
		{"no [mds2]", func(_ *content.Content, p *content.Product) {
			p.MDS2 = content.MDS2{}
			p.Documents.Build = nil // the example names mds2 in documents.build; default: the form only with [mds2] input
		},
			[]string{"MDS2"}},
		{"no SBOM files", func(_ *content.Content, p *content.Product) {
			p.SBOM.Files = nil
			// Data text of the example that names the SBOM.
			p.Suppliers.SBOMProcess = "Components are tracked by the engineering team."
			p.Updates.ThirdParty = "Third-party components are updated inside the signed release."
		}, []string{"The SBOM", "the SBOM", "SBOM file records", "machine-readable file", "software bill of materials (SBOM) of the same release"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, built := exampleDocs(t, tc.edit)
			if _, ok := docs["mds2"]; ok != built.MDS2 {
				t.Errorf("Built.MDS2 = %v, but the MDS2 form is built: %v", built.MDS2, ok)
			}
			for _, path := range []string{"csd", "security-plan"} {
				md, ok := docs[path]
				if !ok {
					t.Fatalf("no %s document", path)
				}
				for _, a := range tc.absent {
					for i, line := range strings.Split(md, "\n") {
						// The edit leaves the other versions' own inventories
						// (kp.ByVersion), whose CSDs still publish their
						// files: the plan rightly lists those.
						if strings.HasPrefix(line, "The SBOM files of the other versions published") {
							continue
						}
						if strings.Contains(line, a) {
							t.Errorf("%s.md:%d names %q, which is not built:\n%s", path, i+1, a, line)
						}
					}
				}
			}
		})
	}
}

// TestUnstatedFactsSayNotStated takes every optional yes/no fact a
// document states and renders every document three times: the fact (of
// every interface, port … alike, so that rows merge the same way) stated
// true, stated false, and not stated (the key omitted). The lines
// that differ between true and false are the ones that state the fact;
// none of them may appear when the fact is not stated (no Yes, No, On,
// Off, Neither, "is not a cyber device" …), and each document that states
// the fact must say "not stated" instead.
func TestUnstatedFactsSayNotStated(t *testing.T) {
	for _, tc := range []struct {
		key  string
		docs []string // documents that must state the fact
		set  func(c *content.Content, p *content.Product, v content.Tri)
	}{
		{"interfaces[].default_enabled", []string{"csd", "security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Interfaces {
				p.Interfaces[i].DefaultEnabled = v
			}
			if !v.Known() {
				// an interface with a port open as shipped is on as
				// shipped (InterfaceEnabled): unstated, neither says
				for i := range p.Ports {
					p.Ports[i].DefaultEnabled = v
				}
			}
		}},
		{"interfaces[].can_disable", []string{"csd", "security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Interfaces {
				p.Interfaces[i].CanDisable = v
			}
		}},
		{"ports[].default_enabled", []string{"csd", "security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Ports {
				p.Ports[i].DefaultEnabled = v
			}
		}},
		{"ports[].encrypted", []string{"csd", "security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Ports {
				p.Ports[i].Encrypted = v
			}
		}},
		{"ports[].authenticated", []string{"csd", "security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Ports {
				p.Ports[i].Authenticated = v
			}
		}},
		{"samd", []string{"security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) { p.SaMD = v }},
		{"cyber_device.applies", []string{"security-plan"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			p.CyberDevice.Applies = v
		}},
		{"logging.siem.supported", []string{"csd"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			p.Logging.SIEM.Supported = v
		}},
		{"security_settings[].raises_risk", []string{"csd"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.SecuritySettings {
				p.SecuritySettings[i].RaisesRisk = v
			}
		}},
		{"accounts[].customer_managed", []string{"csd"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Accounts {
				p.Accounts[i].CustomerManaged = v
			}
		}},
		{"cloud.services[].required", []string{"csd"}, func(_ *content.Content, p *content.Product, v content.Tri) {
			for i := range p.Cloud.Services {
				p.Cloud.Services[i].Required = v
			}
		}},
		{"manufacturer.isao.member (site file)", []string{"security-plan"}, func(c *content.Content, _ *content.Product, v content.Tri) {
			c.Site.Manufacturer.ISAO.Member = v
		}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			render := func(v content.Tri) map[string]string {
				docs, _ := exampleDocs(t, func(c *content.Content, p *content.Product) { tc.set(c, p, v) })
				return docs
			}
			yes, no, unstated := render(content.True), render(content.False), render(content.Unstated)
			var stating []string
			for path := range yes {
				if strings.HasSuffix(path, "mds2") {
					continue // the MDS2 rules decide nothing from an unstated fact: see the mds2form tests
				}
				tl, fl, ul := lines(yes[path]), lines(no[path]), lines(unstated[path])
				var states []string // lines that say yes or no
				for _, l := range tl {
					if !slices.Contains(fl, l) {
						states = append(states, l)
					}
				}
				for _, l := range fl {
					if !slices.Contains(tl, l) {
						states = append(states, l)
					}
				}
				if len(states) == 0 {
					continue
				}
				if tc.key == "cyber_device.applies" && path == "csd" && slices.Equal(ul, fl) {
					// The CSD makes no determination of its own: it lists
					// section 524B among the guidance it follows for a cyber
					// device only, and leaves the row out alike when the
					// product is not one and when the data do not say (the
					// plan states "not stated"). An absent row says nothing.
					continue
				}
				stating = append(stating, path)
				for _, l := range states {
					if tc.key == "ports[].default_enabled" && strings.HasPrefix(l, "The allow rules below") && !strings.Contains(l, "When enabled") {
						// The firewall introduction explains the "When
						// enabled" mark only where a rule bears it: without
						// the sentence it says nothing of the ports' state.
						continue
					}
					if slices.Contains(ul, l) {
						t.Errorf("%s: with %s not stated, this line still states it:\n%s", path, tc.key, l)
					}
				}
				said := false
				for _, l := range ul {
					if !slices.Contains(tl, l) && !slices.Contains(fl, l) && strings.Contains(strings.ToLower(l), "not stated") {
						said = true
					}
					if tc.key == "samd" && path == "security-plan" && strings.HasPrefix(l, "The product is not software only: it includes hardware") {
						// The pump's part on the device decides what samd
						// would: the product is not software only, as the
						// MDS2 derives DOC-11 No from the same part.
						said = true
					}
				}
				if !said {
					t.Errorf("%s: with %s not stated, no new line says \"not stated\"; lines that state it:\n%s", path, tc.key, strings.Join(states, "\n"))
				}
			}
			for _, d := range tc.docs {
				if !slices.Contains(stating, d) {
					t.Errorf("%s does not state %s at all (true and false render alike); the test has lost its subject", d, tc.key)
				}
			}
		})
	}
}

func lines(s string) []string { return strings.Split(s, "\n") }

// TestTriDecoding: an optional yes/no key accepts true and false, stays
// unstated when omitted, and any other type is reported with file:line.
func TestTriDecoding(t *testing.T) {
	for _, tc := range []struct {
		value string
		want  content.Tri
		err   string
	}{
		{"true", content.True, ""},
		{"false", content.False, ""},
		{"", content.Unstated, ""},
		{`"yes"`, 0, `want true or false; got string "yes"`},
		{"1", 0, "want true or false; got integer 1"},
	} {
		t.Run(fmt.Sprintf("%q", tc.value), func(t *testing.T) {
			const key = "encrypted = true\n"
			site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
				if tc.value == "" {
					return strings.Replace(s, key, "", 1)
				}
				return strings.Replace(s, key, "encrypted =  "+tc.value+"\n", 1) // two spaces: the edit must change the text
			})
			c, diags := kindtest.Load(t, site, dir)
			if tc.err != "" {
				found := false
				for _, d := range diags {
					if strings.Contains(d.Message, tc.err) && d.Line > 0 && strings.HasSuffix(d.Path, ".encrypted") {
						found = true
					}
				}
				if !found {
					t.Errorf("want a diagnostic %q at a .encrypted key with a line; got %v", tc.err, diags)
				}
				return
			}
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			// The first "encrypted = true" of the example may be a port a
			// version adds: look at every version's ports.
			var got []content.Tri
			p := exampleProduct(t, c)
			for _, v := range p.Versions {
				for _, pt := range p.At(v.Version).Ports {
					got = append(got, pt.Encrypted)
				}
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("no port has encrypted = %v; got %v", tc.want, got)
			}
		})
	}
}

// TestMilestoneNotApplicable: a version milestone may say it does not
// apply; the lifecycle page then says "Does not apply", not "Not set";
// a bad value is still reported with file:line, and a key that must be a
// date (general_availability) does not accept "not_applicable".
func TestMilestoneNotApplicable(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		err      string // "" when it loads
	}{
		{"end_of_production = 2026-06-30", `end_of_production = "not_applicable"`, ""},
		{"end_of_production = 2026-06-30", `end_of_production = "n/a"`, `versions[2].end_of_production: want an ISO 8601 date YYYY-MM-DD; got "n/a" (or "not_applicable" when the milestone does not apply)`},
		{"general_availability = 2025-05-12", `general_availability = "not_applicable"`, `versions[2].general_availability: want an ISO 8601 date YYYY-MM-DD; got "not_applicable"`},
	} {
		t.Run(tc.new, func(t *testing.T) {
			site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", kindtest.Replace(tc.old, tc.new))
			c, diags := kindtest.Load(t, site, dir)
			if tc.err != "" {
				found := false
				for _, d := range diags {
					if strings.Contains(d.String(), tc.err) && d.Line > 0 {
						found = true
					}
				}
				if !found {
					t.Errorf("want a diagnostic %q with a line; got %v", tc.err, diags)
				}
				return
			}
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			v := exampleProduct(t, c).Versions[2]
			if !v.EndOfProduction.NotApplicable() || !v.EndOfProduction.IsZero() {
				t.Fatalf("end_of_production = %+v; want not applicable (and no date)", v.EndOfProduction)
			}
			out := filepath.Join(t.TempDir(), "site")
			if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
				t.Fatal(err)
			}
			page, err := os.ReadFile(filepath.Join(out, "halcyon-lvp7", "lifecycle.md"))
			if err != nil {
				t.Fatal(err)
			}
			var row string
			for _, l := range lines(string(page)) {
				if strings.HasPrefix(l, "| "+v.Version+" |") && strings.Contains(l, v.GeneralAvailability.String()) {
					row = l
				}
			}
			if !strings.Contains(row, "| Does not apply |") || strings.Contains(row, "Not set") {
				t.Errorf("lifecycle table row of %s: want \"Does not apply\" and no \"Not set\"; got\n%s", v.Version, row)
			}
			if !strings.Contains(string(page), `A milestone marked "Does not apply" is one the version will never reach.`) {
				t.Errorf("lifecycle page does not explain \"Does not apply\"")
			}
		})
	}
}

// TestTwoInterfacesOfOneKindAreNamed: with a second Ethernet interface,
// the CSD's ports and firewall tables name each Ethernet interface
// instead of printing "Ethernet" for both; with one, the kind suffices.
func TestTwoInterfacesOfOneKindAreNamed(t *testing.T) {
	before, _ := exampleDocs(t, nil)
	if !strings.Contains(before["csd"], ", Ethernet) |") {
		t.Fatalf("the example's CSD should name its only Ethernet interface by kind")
	}
	// The port's endpoint is on the hospital network ("Service laptop" is
	// reached only by physical access, and such a port gets no firewall rule).
	docs, _ := exampleDocs(t, func(_ *content.Content, p *content.Product) {
		p.Interfaces = append(p.Interfaces, content.Interface{ID: "eth-service", Kind: "ethernet", Name: "Service LAN", Purpose: "Service."})
		p.Ports = append(p.Ports, content.Port{Number: 22, Transport: "tcp", Service: "SSH", Purpose: "Service shell.", Direction: "in",
			Interface: "eth-service", Endpoints: []string{"Hospital syslog collector"}, DefaultEnabled: content.False, Encrypted: content.True, Authenticated: content.True})
	})
	csd := docs["csd"]
	kindtest.SaysAll(t, "CSD", csd, "| 22/TCP | SSH (Service LAN) |", "| 22/TCP | SSH (Service LAN) | When enabled |", "Ethernet through the docking station (RJ-45, 100/1000 Mbit/s))")
	for i, l := range lines(csd) {
		if strings.HasPrefix(l, "| ") && (strings.Contains(l, "(Ethernet)") || strings.Contains(l, ", Ethernet)") || strings.Contains(l, "(Ethernet,")) {
			t.Errorf("csd.md:%d names an interface only by its kind, with two Ethernet interfaces:\n%s", i+1, l)
		}
	}
}

// TestTemplatesUseTriMethods: a three-valued fact is never tested with
// {{ if .Encrypted }} (true for a stated "no" too) nor printed bare; a
// template calls its methods (.Say, .SayOr, .IsTrue, .IsFalse, .Known).
func TestTemplatesUseTriMethods(t *testing.T) {
	names := map[string]bool{}
	var walk func(reflect.Type)
	seen := map[reflect.Type]bool{}
	walk = func(rt reflect.Type) {
		for rt.Kind() == reflect.Slice || rt.Kind() == reflect.Pointer || rt.Kind() == reflect.Map {
			rt = rt.Elem()
		}
		if rt.Kind() != reflect.Struct || seen[rt] {
			return
		}
		seen[rt] = true
		for i := range rt.NumField() {
			f := rt.Field(i)
			if f.Type == reflect.TypeFor[content.Tri]() {
				names[f.Name] = true
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[content.Product]())
	walk(reflect.TypeFor[content.Site]())
	walk(reflect.TypeFor[content.FirewallRule]())
	if len(names) < 12 {
		t.Fatalf("found only %d Tri fields: %v", len(names), names)
	}
	files, err := fs.Glob(templates.FS, "*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	partials, _ := fs.Glob(templates.FS, "partials/*.tmpl")
	for _, name := range append(files, partials...) {
		b, err := fs.ReadFile(templates.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		for n := range names {
			re := regexp.MustCompile(`\.` + n + `\b([^.]|$)`)
			for i, l := range lines(string(b)) {
				if re.MatchString(l) {
					t.Errorf("templates/%s:%d uses .%s without a method (.Say, .IsTrue, .Known …):\n%s", name, i+1, n, l)
				}
			}
		}
	}
}

// exampleProduct is the pump among the example products.
func exampleProduct(t *testing.T, c *content.Content) *content.Product {
	t.Helper()
	for _, p := range c.Products {
		if p.ID == kindtest.Example {
			return p
		}
	}
	t.Fatalf("no product %s", kindtest.Example)
	return nil
}
