package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestK8sAIContainerPlatform: BleedAlert runs as container images on the
// hospital's own Kubernetes cluster (hosting = "container_platform"). The
// plan, the CSD and the MDS2 form said it "runs on a server the customer
// hosts", on "a host the hospital keeps" and on "the server or virtual
// machine it runs on"; they now name the container platform and its
// nodes. Written hosting = "premises", the server and the host come back.
func TestK8sAIContainerPlatform(t *testing.T) {
	read := buildFixture(t, "k8sai")
	plan, csd, mds2 := read("bleedalert/security-plan.md"), read("bleedalert/csd.md"), read("bleedalert/mds2.md")
	kindtest.SaysAll(t, "k8sai security-plan.md", plan,
		"without hardware of its own: the BleedAlert services, on the customer's own container platform.",
		"For the interfaces of the BleedAlert services, on the customer's own container platform,")
	kindtest.SaysAll(t, "k8sai csd.md", csd,
		"For the interfaces of the BleedAlert services, on the customer's own container platform,",
		"The hospital keeps the container platform that runs the BleedAlert services. These rules cover only the product's own connections: the hospital's own traffic to and from that platform's nodes (the platform's own traffic between its nodes, backup,",
		"even if the platform runs nothing but the product.",
		"| Who backs up the container platform and the application's data is not stated | Who monitors the container platform and the application's security events is not stated |")
	kindtest.SaysAll(t, "k8sai mds2.md", mds2, "the storage media are those of the container platform node it runs on")
	for doc, text := range map[string]string{"security-plan.md": plan, "csd.md": csd} {
		kindtest.SaysNoneBecause(t, "k8sai "+doc, text, "the services run on the hospital's container platform",
			"a server the customer hosts", "keeps the host that runs", "that host (", "backs up the host", "monitors the host")
	}

	files, _ := buildFixtureEdited(t, "k8sai", "bleedalert.toml", kindtest.Replace("runs = \"customer_hosted\"\nhosting = \"container_platform\"", "runs = \"customer_hosted\"\nhosting = \"premises\""))
	plan, csd = files["bleedalert/security-plan.md"], files["bleedalert/csd.md"]
	kindtest.SaysAll(t, "k8sai (premises) security-plan.md", plan, "the BleedAlert services, on a server the customer hosts.")
	kindtest.SaysAll(t, "k8sai (premises) csd.md", csd, "The hospital keeps the host that runs the BleedAlert services.", "traffic to and from that host (backup,", "| Who backs up the host and the application's data is not stated | Who monitors the host and the application's security events is not stated |")
	for doc, text := range map[string]string{"security-plan.md": plan, "csd.md": csd, "mds2.md": files["bleedalert/mds2.md"]} {
		kindtest.SaysNoneBecause(t, "k8sai (premises) "+doc, text, "hosting is premises", "container platform")
	}
}

// TestK8sAIEndOfProductionDoesNotApply: BleedAlert is software alone
// (one part the hospital hosts, the other its own database): nothing of
// it is produced, so its end of production, not written, reads "Does not
// apply" on the lifecycle page, in the CSD and in the plan, with the key
// beneath saying what that means, and lifecycle.json lists it among the
// milestones not applicable; it read "Not announced", which the README
// gave "Does not apply" for only where the manufacturer hosts every part.
func TestK8sAIEndOfProductionDoesNotApply(t *testing.T) {
	read := buildFixture(t, "k8sai")
	for _, doc := range []string{"lifecycle.md", "csd.md", "security-plan.md"} {
		text := read("bleedalert/" + doc)
		kindtest.SaysAll(t, "k8sai "+doc, text,
			"| 2.3 | Support | 2025-10-06 | Not announced | Does not apply | Not announced |",
			"| 2.4 | Support | 2026-09-14 | Not announced | Does not apply | Not announced |",
			`A milestone marked "Does not apply" is one the version will never reach.`)
	}
	if j := read("bleedalert/lifecycle.json"); strings.Count(j, `"end_of_production"`) != 2 {
		t.Errorf("k8sai lifecycle.json: want end_of_production among milestones_not_applicable of both versions:\n%s", j)
	}
}
