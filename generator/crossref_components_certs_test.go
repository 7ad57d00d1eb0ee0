package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestR3XrefComponentListPointers: BleedAlert 2.4 (the plan's version)
// lists no components, while 2.3 has a list of its own. The plan's
// section 5.3 says 2.3 is not covered there, so the 524B(b)(3) and
// premarket SBOM traceability rows must not send the reader to 5.3 for
// 2.3's list: they name the lifecycle page, which gives it, or, without
// that page, say that no document built gives it. The lifecycle page, for
// 2.4, links its CSD and says that it lists no components either (the
// k8sai review, findings 3 and 8).
func TestR3XrefComponentListPointers(t *testing.T) {
	read := buildFixture(t, "k8sai")
	plan := read("bleedalert/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"version `2.3` has a component list of its own, given on the [lifecycle page](lifecycle.html) |")
	kindtest.SaysNone(t, "security-plan.md", plan, "has a component list of its own (see [5.3")
	kindtest.SaysAll(t, "lifecycle.md", read("bleedalert/lifecycle.md"),
		"Its software components and their support are not stated. Version `2.4` is described in its [customer security documentation](csd.html), which lists no components either.")

	files, _ := buildFixtureEdited(t, "k8sai", "bleedalert.toml", func(s string) string {
		const from = "\nbuild = [\"security_plan\", \"csd\", \"mds2\", \"lifecycle\"]"
		if !strings.Contains(s, from) {
			t.Fatalf("fixture lacks %q", from)
		}
		return strings.Replace(s, from, "\nbuild = [\"security_plan\", \"csd\", \"mds2\"]", 1)
	})
	plan = files["bleedalert/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md without the lifecycle page", plan,
		"version `2.3` has a component list of its own, which no document built from this product data gives |")
	kindtest.SaysNone(t, "security-plan.md without the lifecycle page", plan, "(see [5.3", "lifecycle.html")

	// A CSD for each supported version, and no lifecycle page: 2.3's CSD gives its list.
	files, _ = buildFixtureEdited(t, "k8sai", "bleedalert.toml", func(s string) string {
		const from = "\nbuild = [\"security_plan\", \"csd\", \"mds2\", \"lifecycle\"]"
		return strings.Replace(s, from, "\nbuild = [\"security_plan\", \"csd\", \"mds2\"]\nversions = \"supported\"", 1)
	})
	plan = files["bleedalert/security-plan.md"]
	if _, ok := files["bleedalert/2.3/csd.md"]; !ok {
		t.Fatal("no CSD built for version 2.3")
	}
	kindtest.SaysAll(t, "security-plan.md with a CSD for 2.3", plan,
		"version `2.3` has a component list of its own, given in its [customer security documentation](2.3/csd.html) |")
	kindtest.SaysNone(t, "security-plan.md with a CSD for 2.3", plan, "(see [5.3", "no document built")
}

// TestR3XrefCertificationsUnstated: BleedAlert's CSD section "15.2
// Security testing and certifications" records tests but no
// certification; it says so rather than leave half its title unanswered
// (the k8sai review, finding 7).
func TestR3XrefCertificationsUnstated(t *testing.T) {
	csd := buildFixture(t, "k8sai")("bleedalert/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "Its findings are not stated.\n\nNo certification or assessment is stated.\n\n### 15.3")
}

// TestR3XrefHostRadioAgreement: the hearing aids are one part with a
// plural name; the MDS2 note on the device's own radios takes no verb from
// the name ("the Aurelle hearing aids, which has no …" was the hearingaid
// review's finding 9).
func TestR3XrefHostRadioAgreement(t *testing.T) {
	mds2 := buildFixture(t, "hearingaid")("aurelle/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2, "about the device's own hardware, the Aurelle hearing aids: that hardware has no Wi-Fi, cellular, wired or Ethernet interface.")
	kindtest.SaysNone(t, "mds2.md", mds2, "hearing aids, which has no")
}
