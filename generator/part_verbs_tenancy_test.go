package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInterfaceStatesTakeNoVerbFromAPartsName: the sentence under an
// interfaces table said "For the interfaces of the BleedAlert services,
// which runs on the customer's own container platform, … once it is
// installed there: what it runs on …", the verb and pronoun taken from
// a name that is plural. The part's place follows its name without a
// verb, and "the part" carries the rest.
func TestInterfaceStatesTakeNoVerbFromAPartsName(t *testing.T) {
	read := buildFixture(t, "k8sai")
	const note = `For the interfaces of the BleedAlert services, on the customer's own container platform, "Enabled" is their state once the part is installed there: what the part runs on is not shipped with the product.`
	for _, doc := range []string{"bleedalert/security-plan.md", "bleedalert/csd.md"} {
		text := read(doc)
		kindtest.SaysAll(t, "k8sai "+doc, text, note)
		kindtest.SaysNoneBecause(t, "k8sai "+doc, text, "the name is plural", "services, which runs", "once it is installed", "what it runs on")
	}
}

// TestCSDFirewallCloudTenancyKeepsNoHost: CSD 3.3 said the hospital
// "keeps the hosts that run" parts in its own cloud tenancy (hosting =
// "cloud_tenancy"), where it runs no host, only the tenancy, as the
// responsibility table and the notices say. It now names the tenancy,
// beside the host of a part on the hospital's premises (hybridhosted).
func TestCSDFirewallCloudTenancyKeepsNoHost(t *testing.T) {
	self := buildFixture(t, "selfhosted")("cortexa-fx/csd.md")
	kindtest.SaysAll(t, "selfhosted csd.md", self,
		"The hospital keeps the cloud tenancy that holds the Cortexa FX DICOM router, the Cortexa FX inference service and the Cortexa FX web viewer. These rules cover only the product's own connections: the hospital's own traffic to and from that tenancy (backup,",
		"even if the tenancy runs nothing but the product.")
	kindtest.SaysNoneBecause(t, "selfhosted csd.md", self, "every part is in the hospital's cloud tenancy", "keeps the hosts", "those hosts (", "where a host runs")
	hybrid := buildFixture(t, "hybridhosted")("ossiva-hx/csd.md")
	kindtest.SaysAll(t, "hybridhosted csd.md", hybrid,
		"The hospital keeps the host that runs the Ossiva HX DICOM gateway and the cloud tenancy that holds the Ossiva HX inference service and the Ossiva HX web viewer.",
		"traffic to and from that host and that tenancy (backup,",
		"even if the host or the tenancy runs nothing but the product.")
	kindtest.SaysNoneBecause(t, "hybridhosted csd.md", hybrid, "two parts are in the hospital's cloud tenancy", "keeps the hosts", "those hosts (")
}
