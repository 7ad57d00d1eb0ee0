package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// planScope is the plan's 1.1 sentence that says where the product's
// software runs ("The product is …", "The product includes hardware …",
// "Whether the product is …").
func planScope(t *testing.T, plan string) string {
	t.Helper()
	_, s, ok := strings.Cut(plan, "### 1.1 ")
	if ok {
		s, _, _ = strings.Cut(s, "### 1.2 ")
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, "The product is ") || strings.HasPrefix(line, "The product includes ") || strings.HasPrefix(line, "Whether the product is ") {
				return line
			}
		}
	}
	t.Fatal("the plan's 1.1 has no sentence on where the software runs")
	return ""
}

// reportScope is the risk report's sentence naming the parts the
// product's software runs on; "" when it has none (one such part).
func reportScope(report string) string {
	const lead = "The product's software runs on "
	_, s, ok := strings.Cut(report, lead)
	if !ok {
		return ""
	}
	s, _, _ = strings.Cut(s, "\n")
	return lead + s
}

// TestPlanScopeNamesEveryPartTheSoftwareRunsOn: the plan's 1.1 of an
// insulin pump said its software runs on the pump and on the patient's
// phone, leaving out Lumen Cloud, whose interfaces, ports and threats
// the plan covers and which the risk report names as one of the
// product's three parts; so did those of a CPAP device, a pocket
// ultrasound and an AED with their services, and the plans of products
// that are not medical devices, or not stated to be SaMD, named no part
// at all. Every branch now names the parts the risk report names
// (content.Product.SoftwareParts), and the customer's own
// infrastructure in neither.
func TestPlanScopeNamesEveryPartTheSoftwareRunsOn(t *testing.T) {
	for _, tc := range []struct {
		fixture, product string
		parts            []string // as both documents name them
		never            []string // in neither
	}{
		{"insulinpump", "lumen-aid", []string{"the Lumen pump", "the Lumen app", "Lumen Cloud"}, nil},
		{"homecpap", "dreamair", []string{"the DreamAir device", "DreamAir Cloud", "the DreamAir app"}, nil},
		{"aed", "lifeguard", []string{"the LifeGuard AED", "the Brightwell ReadyNet portal", "RescueView"}, nil},
		{"dispensing", "vesta", []string{"the Vesta cabinet", "the Vesta server", "the Carrowmoor remote-support portal"}, []string{"Hospital Active Directory"}},
		{"withdrawn", "sonabeat", []string{"the SonaBeat probe", "the SonaBeat app", "the SonaBeat cloud service"}, nil},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			read := buildFixture(t, tc.fixture)
			plan, report := planScope(t, read(tc.product+"/security-plan.md")), reportScope(read(tc.product+"/risk-report.md"))
			kindtest.SaysAll(t, "the plan's 1.1", plan, tc.parts...)
			kindtest.SaysAll(t, "the risk report's parts", report, tc.parts...)
			if len(tc.never) > 0 {
				kindtest.SaysNone(t, "the plan's 1.1", plan, tc.never...)
				kindtest.SaysNone(t, "the risk report's parts", report, tc.never...)
			}
		})
	}

	// The insulin pump's service is named apart from the phone, which is
	// hardware the manufacturer does not supply.
	kindtest.SaysAll(t, "the insulin pump's plan", planScope(t, buildFixture(t, "insulinpump")("lumen-aid/security-plan.md")),
		"The product is a medical device whose software runs on its own hardware (the Lumen pump), in a service the manufacturer hosts (Lumen Cloud) and on hardware Lumen Diabetes Systems, Inc. does not supply: the Lumen app, on a phone the customer owns. This plan covers that software")
}

// TestRelatedSystemsPartIsNotTheProductsSoftware: the home dialysis
// system's plan left Solace Connect, the part a related system names, out
// of where the product's software runs (1.1) and called it "not the
// device itself" (9.11), while the risk report said the product's
// software runs on it. A related system is one the product relies on,
// not the product ([[related_systems]]; its SBOM files are its own): the
// risk report now leaves it out as the plan does. Where Solace Connect is
// no related system's part, both name it.
func TestRelatedSystemsPartIsNotTheProductsSoftware(t *testing.T) {
	const product = "solace-hhd/"
	read := buildFixture(t, "homedialysis")
	plan := read(product + "security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "which is not the device itself.")
	kindtest.SaysAll(t, "the plan's 1.1", planScope(t, plan), "the Solace machine")
	kindtest.SaysNoneBecause(t, "the plan's 1.1", planScope(t, plan), "Solace Connect is a related system's part", "Solace Connect")
	kindtest.SaysNoneBecause(t, "risk-report.md", read(product+"risk-report.md"), "Solace Connect is a related system's part, and the machine the one part left",
		"The product's software runs on")

	files, _ := buildFixtureEdited(t, "homedialysis", "solace-hhd.toml", kindtest.Replace("kind = \"cloud_service\"\npart = \"cloud\"\n", "kind = \"cloud_service\"\nruns = \"manufacturer_hosted\"\n"))
	kindtest.SaysAll(t, "the plan's 1.1, Solace Connect the product's own", planScope(t, files[product+"security-plan.md"]),
		"(the Solace machine); its other parts: Solace Connect, hosted by the manufacturer.")
	kindtest.SaysAll(t, "risk-report.md, Solace Connect the product's own", reportScope(files[product+"risk-report.md"]),
		"The product's software runs on 2 parts: the Solace machine and Solace Connect.")
}
