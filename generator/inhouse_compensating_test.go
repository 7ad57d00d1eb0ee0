package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInHouseStagesShiftNoResponsibility: the in-house SepsisWatch's plan
// and lifecycle page said each stage shifts more of the responsibility
// for compensating controls "to the hospital", though the hospital makes
// the device and is its only user at every stage: there is no one to
// shift it from. They say the hospital keeps it throughout; a marketed
// product (selfhosted) still says the stages shift it to the customer.
func TestInHouseStagesShiftNoResponsibility(t *testing.T) {
	const keeps = "Northgate University Hospital, which makes the Northgate SepsisWatch and is its only user, keeps the responsibility for them at every stage."
	inhouse, marketed := buildFixture(t, "inhouse"), buildFixture(t, "selfhosted")
	for _, c := range []struct {
		name, doc string
		says      []string
		saysNone  []string
	}{
		{"inhouse security-plan.md", inhouse("sepsiswatch/security-plan.md"),
			[]string{"As risk grows once updates stop, each stage relies more on compensating controls; " + keeps},
			[]string{"responsibility for compensating controls to the", "shifts more of the responsibility"}},
		{"inhouse lifecycle.md", inhouse("sepsiswatch/lifecycle.md"),
			[]string{"Risk to the hospital grows once updates stop, so each stage relies more on compensating controls; " + keeps},
			[]string{"responsibility for compensating controls to the", "moves more of the responsibility"}},
		{"selfhosted security-plan.md", marketed("cortexa-fx/security-plan.md"),
			[]string{"As risk grows once updates stop, each stage relies more on compensating controls."},
			[]string{"keeps the responsibility for them at every stage"}},
		{"selfhosted lifecycle.md", marketed("cortexa-fx/lifecycle.md"),
			[]string{"Risk to the customer grows once updates stop, so each stage relies more on compensating controls."},
			[]string{"keeps the responsibility for them at every stage"}},
	} {
		kindtest.SaysAll(t, c.name, c.doc, c.says...)
		kindtest.SaysNone(t, c.name, c.doc, c.saysNone...)
	}
}
