package content

import (
	"fmt"
	"slices"
	"strings"
)

// ruleCloudServiceDataBesideFlows warns of a cloud service that is a part
// the manufacturer hosts (the same name or ID) whose stated data leave
// out kinds the data flows to that part carry: the CSD's cloud table
// (15.1) gives the service's data as what it is sent, and its data-flow
// table (2.1) a flow of the product sending it more, two answers in one
// document. Only flows to the part from another part of the product
// count: what the service sends (a software update) is not data it is
// sent, and what an outside system or the customer's own infrastructure
// sends it (an identity provider's sign-in assertion) is not the
// product's data. A service whose data are not written says "Not
// stated" and contradicts nothing. Each version's view is checked, and
// each warning given once.
func ruleCloudServiceDataBesideFlows(p *Product) Diagnostics {
	if !producesAny(p, "csd") {
		return nil
	}
	var out Diagnostics
	seen := map[string]bool{}
	for n, vv := range p.distinctViews() {
		q := vv.q
		for i, s := range q.Cloud.Services {
			if !q.CloudDataStated(s) {
				continue
			}
			var ids []string
			for _, pt := range q.ManufacturerHostedParts() {
				if sameName(s.Name, pt.Name) || sameName(s.Name, pt.ID) {
					ids = append(ids, pt.ID)
				}
			}
			if len(ids) == 0 {
				continue
			}
			var missing DataKinds
			var flows []string
			for _, f := range q.DataFlows {
				if from := q.Part(f.From); !slices.Contains(ids, f.To) || slices.Contains(ids, f.From) || from.ID != f.From || from.Runs.IsCustomerInfrastructure() {
					continue
				}
				adds := false
				for _, d := range f.Data {
					if !s.Data.Has(d) {
						adds = true
						if !missing.Has(d) {
							missing = append(missing, d)
						}
					}
				}
				if adds {
					flows = append(flows, f.ID)
				}
			}
			if len(missing) == 0 {
				continue
			}
			sent := "none"
			if len(s.Data) > 0 {
				sent = dataKindLabels(s.Data)
			}
			path := AtOr(s.At, fmt.Sprintf("cloud.services[%d]", i)) + ".data"
			msg := fmt.Sprintf("the CSD's cloud table (15.1) gives the data %s is sent as %s, but the data flows to it carry %s as well (%s): add the kinds to the service's data, or correct the flows",
				s.Name, sent, dataKindLabels(missing), strings.Join(flows, ", "))
			if key := path + "\x00" + msg; !seen[key] {
				seen[key] = true
				// The first view is the top-level facts; a later one
				// that differs says which version it is.
				if n > 0 {
					msg = "in version " + vv.version + ", " + msg
				}
				out = append(out, at(p, Warning, path, "%s", msg))
			}
		}
	}
	return out
}

// dataKindLabels joins the kinds' labels with commas, as the CSD's tables do.
func dataKindLabels(ds DataKinds) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = d.Label()
	}
	return strings.Join(s, ", ")
}
