package generator

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestTransferredMachineFilesNameTheMaker: mds2.json named Brightwater,
// the site's manufacturer, as the manufacturer of forms about the versions
// Kestrowe made, and the provider metadata said Brightwater "is the
// manufacturer of the products", while the forms' DOC-1 and the CSAF
// documents name Kestrowe. Both now name Kestrowe for its versions, with
// Brightwater as the company supporting them, and the provider metadata
// still passes gocsaf's checks.
func TestTransferredMachineFilesNameTheMaker(t *testing.T) {
	read := buildFixture(t, "transferred")
	const site, kestrowe = "Brightwater Clinical Systems B.V.", "Kestrowe Medical Ltd"
	for rel, want := range map[string]string{
		"orvia-pm/5.2.0/mds2.json": kestrowe,
		"orvia-pm/5.4.0/mds2.json": kestrowe,
		"orvia-pm/mds2.json":       site + " (software 6.0.0); " + kestrowe + " (software 5.2.0, 5.4.0)",
	} {
		var form struct {
			Manufacturer string  `json:"manufacturer"`
			SupportedBy  *string `json:"supported_by"`
		}
		if err := json.Unmarshal([]byte(read(rel)), &form); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if form.Manufacturer != want || form.SupportedBy == nil || *form.SupportedBy != site {
			t.Errorf("%s: manufacturer %q, supported_by %v; want %q, %q", rel, form.Manufacturer, form.SupportedBy, want, site)
		}
	}
	pmd := read(".well-known/csaf/provider-metadata.json")
	for _, p := range gocsafProviderProblems([]byte(pmd)) {
		t.Errorf("provider metadata: %s", p)
	}
	kindtest.SaysAll(t, "provider metadata", pmd,
		`"issuing_authority": "`+site+` is the manufacturer of the products, except the versions another company made. `+kestrowe+` made Orvia Patient Monitoring System 5.2.0 and 5.4.0, whose labeling names `+kestrowe+` as the manufacturer; `+site+` supports them in its place.`)
	kindtest.SaysNone(t, "provider metadata", pmd, "is the manufacturer of the products.")
}
