package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDCloudTenancyResponsibilityAssertsNoHost: the CSD's
// responsibility table said "The customer backs up the host" and "The
// customer monitors the host" of the parts the hospital runs on its
// managed cluster in its own cloud tenancy, where no host is the
// hospital's and the data say nothing of one. Those rows now say only
// that the tenancy is the customer's and point to the backup and
// security events sections (the backup section only for a part that may
// keep data: the hybrid fixture's inference service keeps none); the
// hybrid fixture's gateway, on a virtual machine on the hospital's
// premises, keeps its host.
func TestCSDCloudTenancyResponsibilityAssertsNoHost(t *testing.T) {
	const tenancy = "| The cloud tenancy it runs in is the customer's; for the application's data, see the backup and restore section | The cloud tenancy it runs in is the customer's; for the application's security events, see the security events section |"
	const tenancyKeepsNothing = "| The cloud tenancy it runs in is the customer's; no data at rest is listed on this part | The cloud tenancy it runs in is the customer's; for the application's security events, see the security events section |"
	const host = "| The customer backs up the host; for the application's data, see the backup and restore section | The customer monitors the host; for the application's security events, see the security events section |"
	csd := buildFixture(t, "hybridhosted")("ossiva-hx/csd.md")
	for _, c := range []struct{ part, want, never string }{
		{"| Ossiva HX DICOM gateway | Hosted by the customer, on its premises |", host, tenancy},
		{"| Ossiva HX inference service | Hosted by the customer, in its own cloud tenancy |", tenancyKeepsNothing, host},
		{"| Ossiva HX web viewer | Hosted by the customer, in its own cloud tenancy |", tenancy, host},
	} {
		row := tenancyTestRow(csd, c.part)
		if row == "" {
			t.Fatalf("hybridhosted csd.md has no row %s", c.part)
		}
		kindtest.SaysAll(t, "hybridhosted csd.md row "+c.part, row, c.want)
		kindtest.SaysNoneBecause(t, "hybridhosted csd.md row "+c.part, row, "the part's hosting decides", c.never)
	}
	for _, rel := range []string{"cortexa-fx/csd.md", "cortexa-fx/2.2/csd.md"} {
		csd := buildSelfhosted(t)(rel)
		kindtest.SaysAll(t, "selfhosted "+rel, csd, "| Cortexa FX DICOM router | Hosted by the customer |", tenancy)
		kindtest.SaysNoneBecause(t, "selfhosted "+rel, csd, "every part runs in the hospital's cloud tenancy", "backs up the host", "monitors the host", "patches the host")
	}
}

// tenancyTestRow is the first line of text that holds s, or "".
func tenancyTestRow(text, s string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}
