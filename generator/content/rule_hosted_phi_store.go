package content

import (
	"fmt"
	"slices"
	"strings"
)

// ruleHostedPHIUnkept: a part the manufacturer hosts that a data flow
// sends PHI or PII to, where the data stores are written and none is on
// that part. The CSD's responsibility table then says "no data at rest
// is listed on this part", and nothing in the documents says whether
// the manufacturer keeps what it receives, where, or for how long. The
// data do not decide it (the part may forward the data and keep
// nothing, or keep them for years), so check asks for the store. One
// warning per part, at the first such flow. Where data_stores is not
// written at all, the documents say data at rest is not stated, and this
// rule is silent.
func ruleHostedPHIUnkept(p *Product) Diagnostics {
	if !producesAny(p, "csd", "security_plan") || len(p.DataStores) == 0 && !p.States("data_stores") {
		return nil
	}
	var out Diagnostics
	warned := map[string]bool{}
	for i, fl := range p.DataFlows {
		if !fl.Data.Personal() || fl.To == "" {
			continue
		}
		pt := p.Part(fl.To)
		if pt.ID != fl.To || !pt.Runs.IsManufacturerHosted() || warned[pt.ID] {
			continue
		}
		if slices.ContainsFunc(p.DataStores, func(d DataStore) bool { return p.PartOfStore(d).ID == pt.ID }) {
			continue
		}
		warned[pt.ID] = true
		path := fl.At
		if path == "" {
			path = fmt.Sprintf("data_flows[%d]", i)
		}
		csd := ""
		if p.Produces("csd") && pt.BackupNothingKept() && strings.TrimSpace(pt.Backup) == "" {
			csd = " (the CSD says only that no data at rest is listed on this part)"
		}
		out = append(out, at(p, Warning, path,
			"data flow %s sends %s to %s, which the manufacturer hosts, but no data store is listed on %s: the documents do not say whether, or for how long, the manufacturer keeps these data%s; list the part's data store(s) in [[data_stores]] with part = %q and their retention",
			fl.ID, personalWords(fl.Data), pt.Name, pt.ID, csd, pt.ID))
	}
	return out
}

// personalWords names the PHI and PII in ds for a message.
func personalWords(ds DataKinds) string {
	switch {
	case ds.Has("phi") && ds.Has("pii"):
		return "PHI and PII"
	case ds.Has("phi"):
		return "PHI"
	}
	return "PII"
}
