package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRelatedPartInPlanScopeAndCSDSBOM: a related system that is one of
// the product's parts (homedialysis's Solace Connect, the cloud service;
// hybridhosted's registry and licence server) is a part of the product in
// the CSD's 4.5 and in the plan's drawings, though its software is not
// the product's own (Product.SoftwareParts). The plan's 1.1 names it,
// where it runs and 9.11, only where the plan covers it (covered_by_plan
// true); the CSD's key facts and section 5 say the release's SBOM files
// do not list its software, pointing to 4.5 for its own SBOM files where
// its versions give some and saying its components are not listed where
// they give none, whatever the plan covers. A related system with no part
// gets neither sentence.
func TestRelatedPartInPlanScopeAndCSDSBOM(t *testing.T) {
	const (
		dialysis = "solace-hhd.toml"
		hybrid   = "ossiva-hx.toml"
		plan911  = "[9.11 Related systems](#9-11-related-systems)"
		csd45    = "[section 4.5](#4-5-related-systems)"
		CSD45    = "[Section 4.5](#4-5-related-systems)"
	)
	edits := func(e ...func(string) string) func(string) string {
		return func(s string) string {
			for _, f := range e {
				s = f(s)
			}
			return s
		}
	}
	// the registry gets a version with an SBOM file of its own
	registryVersion := kindtest.Replace("patch_policy = \"Ossiva's platform team patches the registry service continuously.\"\ncovered_by_plan = true\n",
		"patch_policy = \"Ossiva's platform team patches the registry service continuously.\"\ncovered_by_plan = true\n\n[[related_systems.versions]]\nversion = \"2026.1\"\ndevice_versions = [\"2.3\"]\ngeneral_availability = 2026-01-05\nsbom = [\"gateway-2.2.6.cdx.json\"]\n")
	licenceNotCovered := kindtest.Replace("patch_policy = \"Ossiva's platform team patches the licence service continuously.\"\ncovered_by_plan = true",
		"patch_policy = \"Ossiva's platform team patches the licence service continuously.\"\ncovered_by_plan = false")
	for _, tc := range []struct {
		name, fixture, product, file string
		edit                         func(string) string
		plan                         string // in plan 1.1; "" for none
		csd                          string // in the CSD's key facts and section 5; "" for none
	}{
		{
			name: "covered part without SBOM", fixture: "homedialysis", product: "solace-hhd", file: dialysis,
			plan: "This plan also covers Solace Connect, hosted by the manufacturer: a part of the product that " + plan911 + " describes as a related system, with its own versions and support dates.",
			csd:  "The SBOM file of this release does not list the software of Solace Connect, a part of the product that " + csd45 + " describes as a related system; its SBOM files are not stated, and this document does not list its components.",
		},
		{
			name: "part not covered by the plan", fixture: "homedialysis", product: "solace-hhd", file: dialysis,
			edit: kindtest.Replace("covered_by_plan = true", "covered_by_plan = false"),
			csd:  "The SBOM file of this release does not list the software of Solace Connect, a part of the product that " + csd45 + " describes as a related system; its SBOM files are not stated, and this document does not list its components.",
		},
		{
			name: "covered_by_plan not stated", fixture: "homedialysis", product: "solace-hhd", file: dialysis,
			edit: kindtest.Replace("covered_by_plan = true\n", ""),
			csd:  "The SBOM file of this release does not list the software of Solace Connect, a part of the product that " + csd45 + " describes as a related system; its SBOM files are not stated",
		},
		{
			name: "related system without a part", fixture: "homedialysis", product: "solace-hhd", file: dialysis,
			edit: kindtest.Replace("kind = \"cloud_service\"\npart = \"cloud\"", "kind = \"cloud_service\"\nruns = \"manufacturer_hosted\""),
		},
		{
			name: "covered part with its own SBOM file and name", fixture: "homedialysis", product: "solace-hhd", file: dialysis,
			edit: edits(
				kindtest.Replace("name = \"Solace Connect\"\nkind = \"cloud_service\"", "name = \"Solace Connect service\"\nkind = \"cloud_service\""),
				kindtest.Replace("general_availability = 2025-10-06\n", "general_availability = 2025-10-06\nsbom = [\"machine-2.3.4.cdx.json\"]\n"),
			),
			plan: "This plan also covers Solace Connect, hosted by the manufacturer: a part of the product that " + plan911 + " describes as the related system Solace Connect service, with its own versions and support dates.",
			csd:  "The SBOM file of this release does not list the software of Solace Connect, a part of the product that " + csd45 + " describes as the related system Solace Connect service; its own SBOM files are listed there.",
		},
		{
			name: "two covered parts without versions", fixture: "hybridhosted", product: "ossiva-hx", file: hybrid,
			plan: "This plan also covers the following parts of the product, which " + plan911 + " describes as related systems, whose versions and support dates are not stated: the Ossiva container registry, hosted by the manufacturer; the Ossiva licence server, hosted by the manufacturer.",
			csd:  "The SBOM files of this release do not list the software of the parts of the product that " + csd45 + " describes as related systems: the Ossiva container registry and the Ossiva licence server. Their SBOM files are not stated, and this document does not list their components.",
		},
		{
			name: "two covered parts, one with an SBOM file", fixture: "hybridhosted", product: "ossiva-hx", file: hybrid,
			edit: registryVersion,
			plan: "This plan also covers the following parts of the product, which " + plan911 + " describes as related systems, each with its own versions and support dates (not stated for Ossiva licence server): the Ossiva container registry, hosted by the manufacturer; the Ossiva licence server, hosted by the manufacturer.",
			csd:  "The SBOM files of this release do not list the software of the parts of the product that " + csd45 + " describes as related systems: the Ossiva container registry and the Ossiva licence server. " + CSD45 + " lists the SBOM files of the Ossiva container registry; those of the Ossiva licence server are not stated, and this document does not list its components.",
		},
		{
			name: "two parts, one covered", fixture: "hybridhosted", product: "ossiva-hx", file: hybrid,
			edit: edits(registryVersion, licenceNotCovered),
			plan: "This plan also covers the Ossiva container registry, hosted by the manufacturer: a part of the product that " + plan911 + " describes as a related system, with its own versions and support dates.",
			csd:  "those of the Ossiva licence server are not stated, and this document does not list its components.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var files map[string]string
			if tc.edit == nil {
				read := buildFixture(t, tc.fixture)
				files = map[string]string{}
				for _, f := range []string{"security-plan.md", "csd.md"} {
					files[tc.product+"/"+f] = read(tc.product + "/" + f)
				}
			} else {
				files, _ = buildFixtureEdited(t, tc.fixture, tc.file, tc.edit)
			}
			scope := section(t, files[tc.product+"/security-plan.md"], "### 1.1", "### 1.2")
			if tc.plan != "" {
				kindtest.SaysAll(t, "plan 1.1", scope, tc.plan)
			} else {
				kindtest.SaysNone(t, "plan 1.1", scope, "This plan also covers")
			}
			csd := files[tc.product+"/csd.md"]
			s5 := section(t, csd, "## 5. Software bill of materials", "### 5.1")
			var fact string
			for _, l := range strings.Split(csd, "\n") {
				if strings.HasPrefix(l, "| Software bill of materials |") {
					fact = l
					break
				}
			}
			if fact == "" {
				t.Fatal("the CSD has no key fact on the SBOM")
			}
			if tc.csd != "" {
				kindtest.SaysAll(t, "CSD key fact", fact, tc.csd)
				kindtest.SaysAll(t, "CSD section 5", s5, tc.csd)
			} else {
				kindtest.SaysNone(t, "CSD key fact", fact, "does not list the software of")
				kindtest.SaysNone(t, "CSD section 5", s5, "does not list the software of")
			}
		})
	}
}
