package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestTelecartFlowEndIsRelatedSystem: the cart's peripherals are other
// makers' [[related_systems]] and, by other names, the ends of the flows
// that bring their readings in. flow_endpoints.related_system links the
// two, so the data-in-transit table names each peripheral's system and
// maker, and the related-systems section lists its flows and says how it
// connects (directly to the cart PC, over Bluetooth or USB) instead of
// "Hosted: Not stated". Without the link, the documents print what they
// did: the names alone decide nothing.
func TestTelecartFlowEndIsRelatedSystem(t *testing.T) {
	read := buildFixture(t, "telecart")
	csd := read("carelink-tc/csd.md")
	kindtest.SaysAll(t, "CSD", csd,
		"| DF-03 | Digital stethoscope (Sonara S2 digital stethoscope, made by Sonara Acoustics Ltd) | CareLink TC cart PC |",
		"| DF-05 | Otoscope camera (Veyra OC-1 otoscope camera, made by Veyra Optics GmbH) | CareLink TC cart PC |",
		"| Connects | Directly to CareLink TC cart PC, over Bluetooth |",
		"| Connects | Directly to CareLink TC cart PC, over USB |",
		"| Data flows with the product | DF-03: PHI from it to CareLink TC cart PC |",
		"| Data flows with the product | DF-04: PHI from it to CareLink TC cart PC |")
	// The manufacturer's portal is hosted: its row stays, and no flow
	// endpoint links it, so no flows row is invented for it.
	kindtest.SaysAll(t, "CSD", csd, "| Hosted | Hosted by the manufacturer |")
	kindtest.SaysNone(t, "CSD", csd, "| Hosted | Not stated |")
	kindtest.SaysAll(t, "plan", read("carelink-tc/security-plan.md"),
		"| DF-04 | Blood-pressure cuff (Pressio BP-7 blood-pressure monitor, made by Pressio Medical Co) |",
		"| Connects | Directly to CareLink TC cart PC, over Bluetooth |")

	unlinked, _ := buildFixtureEdited(t, "telecart", "carelink-tc.toml", func(s string) string {
		for _, id := range []string{"steth", "otoscope", "cuff"} {
			s = strings.Replace(s, "related_system = \""+id+"\"\n", "", 1)
		}
		return s
	})
	csd = unlinked["carelink-tc/csd.md"]
	kindtest.SaysAll(t, "unlinked CSD", csd,
		"| DF-03 | Digital stethoscope | CareLink TC cart PC |",
		"| Hosted | Not stated |")
	kindtest.SaysNone(t, "unlinked CSD", csd, "Sonara S2 digital stethoscope, made by", "| Connects |", "| Data flows with the product |")
}

// TestTelecartFlowEndRelatedSystemChecked: related_system names a known
// [[related_systems]] ID, on an endpoint that is not a part (the CLI
// prints the key's file and line: content/carelink-tc.toml:56).
func TestTelecartFlowEndRelatedSystemChecked(t *testing.T) {
	got := fixtureCheck(t, "telecart", "carelink-tc.toml", func(s string) string {
		return strings.Replace(s, `related_system = "steth"`, `related_system = "stetho"`, 1)
	})
	kindtest.SaysAll(t, "check", got, `flow_endpoints[1].related_system: unknown related system "stetho" (want one of the [[related_systems]] IDs: cuff, fleet, otoscope, steth)`)
	got = fixtureCheck(t, "telecart", "carelink-tc.toml", func(s string) string {
		return strings.Replace(s, `related_system = "otoscope"`, "related_system = \"otoscope\"\npart = \"cart\"", 1)
	})
	kindtest.SaysAll(t, "check", got, `flow_endpoints[2].related_system: "Otoscope camera" means the part "cart"`)
	got = fixtureCheck(t, "telecart", "", nil)
	kindtest.SaysNone(t, "check", got, "related_system")
}
