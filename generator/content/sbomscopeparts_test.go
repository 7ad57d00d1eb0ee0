package content

import (
	"slices"
	"testing"
)

// TestSBOMScopePartsNeedsTwoSoftwareParts: the parts an SBOM file may
// leave out are named only where the product's software runs on two or
// more; the customer's own infrastructure and a related system's part
// run none of it, and a product of one software part has none to name.
func TestSBOMScopePartsNeedsTwoSoftwareParts(t *testing.T) {
	pump := Part{ID: "pump", Name: "Infusion pump", Runs: "device"}
	server := Part{ID: "server", Name: "Drug-library server", Runs: "customer_hosted"}
	idp := Part{ID: "idp", Name: "Hospital directory", Runs: "customer_infrastructure"}
	pacs := Part{ID: "pacs", Name: "PACS", Runs: "customer_hosted"}
	for _, c := range []struct {
		name    string
		product Product
		want    []string
	}{
		{"pump and server", Product{Parts: []Part{pump, server}}, []string{"pump", "server"}},
		{"pump and server beside the customer's directory", Product{Parts: []Part{pump, idp, server}}, []string{"pump", "server"}},
		{"pump alone", Product{Parts: []Part{pump}}, nil},
		{"no parts written", Product{}, nil},
		{"pump beside the customer's directory", Product{Parts: []Part{pump, idp}}, nil},
		{"pump beside a related system's part", Product{Parts: []Part{pump, pacs}, RelatedSystems: []RelatedSystem{{Part: "pacs"}}}, nil},
	} {
		var got []string
		for _, pt := range c.product.SBOMScopeParts() {
			got = append(got, pt.ID)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: SBOMScopeParts = %v, want %v", c.name, got, c.want)
		}
	}
}
