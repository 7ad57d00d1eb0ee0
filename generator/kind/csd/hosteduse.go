package csd

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// HostedUse is what the data say of the parts the manufacturer hosts, for
// the key fact "Needs the internet or a cloud service" where neither
// cloud.services nor the MDS2 form's CONN-6 answer it. Such a part is
// reached outside the customer's network, so "Not stated" alone would
// hide it; but no field says whether the product still does its job
// without it, so only a product that runs nowhere else needs it.
type HostedUse struct {
	Parts []content.Part // the parts the manufacturer hosts that this version uses
	Flows []string       // the IDs of this version's data flows to or from them
	Only  bool           // nothing of the product runs anywhere else (Product.HostedOnly)
}

// HostedUse returns the parts the manufacturer hosts in p (the version
// the document is about) and the data flows that reach them.
func (CSDData) HostedUse(p *content.Product) HostedUse {
	var u HostedUse
	var ids []string
	for _, pt := range p.PartsInUse() {
		if pt.Runs.IsManufacturerHosted() {
			u.Parts = append(u.Parts, pt)
			ids = append(ids, pt.ID)
		}
	}
	if len(u.Parts) == 0 {
		return u
	}
	for _, f := range p.DataFlows {
		if slices.Contains(ids, f.From) || slices.Contains(ids, f.To) {
			u.Flows = append(u.Flows, f.ID)
		}
	}
	u.Only = p.HostedOnly()
	return u
}
