package content

import (
	"fmt"
	"slices"
)

// ruleInterfacesCompleteUnstated: parts[].interfaces_complete not written
// says nothing of whether [[interfaces]] lists every interface of the
// part, and a list that may leave some out answers no question with No
// (InterfacesUnlisted): the CSD's and the plan's interfaces sections do
// not call it complete, and the MDS2 form derives no No from an interface
// it leaves out (does the device have USB ports, Bluetooth, removable
// media ...). One warning per product names the parts, those of
// [[parts]] and of the versions' parts_added and parts_changed, that do
// not write the key: the customer's own infrastructure, whose interfaces
// are not the product's, needs none, and a product without [[parts]] has
// no part to write it on. FDA labeling item 3 does not repeat it
// (unlistedInterfacesNeeds): a list not called complete lacks only the
// key, which this rule asks for.
func ruleInterfacesCompleteUnstated(p *Product) Diagnostics {
	csd, plan, mds2 := p.Produces("csd"), p.Produces("security_plan"), p.Produces("mds2")
	if !csd && !plan && !mds2 {
		return nil
	}
	var ids []string
	add := func(list []Part) {
		for _, pt := range list {
			if pt.ID == "" || pt.Runs.IsCustomerInfrastructure() || pt.InterfacesComplete.Known() || slices.Contains(ids, pt.ID) {
				continue
			}
			ids = append(ids, pt.ID)
		}
	}
	add(p.Parts)
	for _, v := range p.Versions {
		add(v.Changes.PartsAdded)
		add(v.Changes.PartsChanged)
	}
	if len(ids) == 0 {
		return nil
	}
	var docs []string
	if csd {
		docs = append(docs, "the CSD's")
	}
	if plan {
		docs = append(docs, "the security plan's")
	}
	var follows []string
	if len(docs) > 0 {
		follows = append(follows, fmt.Sprintf("%s interfaces %s not call %s interface %s complete",
			AndList(docs), Plural(len(docs), "section does", "sections do"), Plural(len(ids), "its", "their"), Plural(len(ids), "list", "lists")))
	}
	if mds2 {
		// the hardware questions are about the device's own parts: a part
		// the manufacturer hosts has no USB port the form asks about
		what := "(whether the device has USB ports, Bluetooth or removable media, whether PHI or PII can leave over them)"
		if !slices.ContainsFunc(ids, func(id string) bool { return !p.Part(id).Runs.IsManufacturerHosted() }) {
			what = "(whether PHI or PII can enter or leave over them)"
		}
		follows = append(follows, "the MDS2 form takes no No from an interface "+Plural(len(ids), "it leaves", "they leave")+" out "+what)
	}
	return Diagnostics{at(p, Warning, "parts",
		"interfaces_complete not written for %s %s: %s; write interfaces_complete = true where [[interfaces]] lists every interface of the part, false otherwise",
		Plural(len(ids), "part", "parts"), AndList(ids), AndList(follows))}
}
