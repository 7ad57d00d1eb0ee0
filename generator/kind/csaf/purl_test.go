package csaf_test

import (
	"bytes"
	"github.com/google/uuid"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jspgen/jspgen/generator/content"
	kcsaf "github.com/jspgen/jspgen/generator/kind/csaf"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoMadeUpProductPURL: a version is identified by the purl its SBOM's
// subject states; when it states none, the CSAF product tree identifies
// the version by name and version alone, and the CycloneDX and OpenVEX
// files carry no purl for it. jspgen made one up
// (pkg:generic/<product-id>@<version>), which scanners would match as
// the manufacturer's identifier.
func TestNoMadeUpProductPURL(t *testing.T) {
	docSchema, _ := schemas(t)
	const subjectPURL = `"purl": "pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@3.8.2"`
	// A name-based UUID URN of the product's name and ID and the version:
	// an identifier that names no package and no unregistered namespace.
	versionRef := "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, []byte("jspgen:Halcyon LVP-7 Large-Volume Infusion System\x00halcyon-lvp7\x003.8.2")).String()
	for _, tc := range []struct {
		name     string
		dropPURL bool
		has      []string // in 3.8.2's CSAF VEX, CycloneDX VEX and OpenVEX
		never    []string
	}{
		{"the SBOM states the purl", false, []string{"pkg:generic/meridian-infusion/halcyon-lvp7-pump-software@3.8.2"}, []string{"urn:jspgen:", versionRef}},
		{"the SBOM states none", true, nil, []string{"pkg:generic/halcyon-lvp7@", "halcyon-lvp7-pump-software@3.8.2", "urn:jspgen:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, dir := kindtest.CopyRepo(t, "../../../jspgen.toml", "../../../content", "", nil)
			if tc.dropPURL {
				path := filepath.Join(dir, kindtest.Example, "sbom-3.8.2.cdx.json")
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				edited := bytes.Replace(b, []byte(",\n      "+subjectPURL), nil, 1)
				if bytes.Equal(edited, b) {
					t.Fatal("the subject's purl is not in sbom-3.8.2.cdx.json as expected: update the test")
				}
				if err := os.WriteFile(path, edited, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c, diags := kindtest.Load(t, site, dir)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			p, diags := kindtest.Product(t, c, kindtest.Example)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			out, diags := kindtest.Prepare(t, kcsaf.Kind, kindtest.Env(c, content.NewDate(2026, 3, 2)), p)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			docs := map[string]string{
				"vex-3.8.2.cdx.json":     string(kindtest.File(t, out, "vex-3.8.2.cdx.json")),
				"vex-3.8.2.openvex.json": string(kindtest.File(t, out, "vex-3.8.2.openvex.json")),
			}
			for _, f := range out.SiteFiles {
				if strings.HasSuffix(f.Path, "halcyon-lvp7-3_8_2-vex.json") {
					docs[f.Path] = string(f.Data)
					v, err := jsonschema.UnmarshalJSON(bytes.NewReader(f.Data))
					if err != nil {
						t.Fatal(err)
					}
					if err := docSchema.Validate(v); err != nil {
						t.Errorf("%s does not validate:\n%v", f.Path, err)
					}
				}
			}
			if len(docs) != 3 {
				t.Fatalf("found %d of 3.8.2's VEX documents, want 3", len(docs))
			}
			for name, doc := range docs {
				kindtest.SaysAll(t, name, doc, tc.has...)
				kindtest.SaysNone(t, name, doc, tc.never...)
			}
			if tc.dropPURL {
				// The CycloneDX file refers to the version by a reference
				// that names no package; the OpenVEX file, whose product has
				// no name field, by a tag URI of the manufacturer's website,
				// the product and the version (vuln.openVEXProductID).
				if !strings.Contains(docs["vex-3.8.2.cdx.json"], versionRef) {
					t.Errorf("vex-3.8.2.cdx.json does not refer to the version as %s", versionRef)
				}
				const tag = `"@id": "tag:www.meridian-infusion.example,2019:halcyon-lvp7/3.8.2"`
				if !strings.Contains(docs["vex-3.8.2.openvex.json"], tag) {
					t.Errorf("vex-3.8.2.openvex.json does not refer to the version as %s", tag)
				}
			}
		})
	}
}
