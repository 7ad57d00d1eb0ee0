package generator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSaMDWithoutPartsSuppliesNoHardware: a SaMD that lists no
// [[parts]] gets the part assumed for a product that lists none, which
// runs "on the device"; the plan's scope then said the SaMD comes "with
// hardware" its maker supplies, a claim no fact makes.
func TestPlanSaMDWithoutPartsSuppliesNoHardware(t *testing.T) {
	parts := regexp.MustCompile(`(?s)\[\[parts\]\]\nid = "service"\n.*?\n\n`)
	files, _ := buildFixtureEdited(t, "smartapp", "sepsisguard.toml", func(s string) string {
		s = parts.ReplaceAllString(s, "")
		s = strings.ReplaceAll(s, "part = \"service\"\n", "")
		s = strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"DOC-11.2\" = \"no\"\n\"AUDT-2.7\" = \"na\"\n\"AUDT-5.1\" = \"na\"\n\"DOC-11.3\" = \"yes\"\n\"DOC-11.4\" = \"no\"\n\"SAHD-11\" = \"na\"\n\"SAHD-15\" = \"na\"\n", 1)
		return strings.Replace(s, "operating_systems = [\"Azure Linux 3.0 container images on Azure Kubernetes Service, run by Veridane (maintained)\"]\n",
			"operating_systems = [\"Azure Linux 3.0 container images on Azure Kubernetes Service, run by Veridane (maintained)\"]\n\n[notices.customer_actions]\nbackup = \"Nothing to back up at the hospital.\"\nnetwork_isolation = \"Nothing to isolate at the hospital.\"\n", 1)
	})
	plan := files["sepsisguard/security-plan.md"]
	if plan == "" {
		t.Fatal("no security plan built")
	}
	kindtest.SaysAll(t, "security-plan.md", plan, "The product is software as a medical device (SaMD): it runs on general-purpose hardware that")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "no fact says the maker supplies hardware", "(SaMD), with hardware")
}
