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
// are not the product's, needs none. A product without [[parts]] writes
// the product's own interfaces_complete, for its implicit device part:
// not written, the warning is at that key; written beside [[parts]], it
// is an error, since each part writes its own. FDA labeling item 3 does
// not repeat it (unlistedInterfacesNeeds): a list not called complete
// lacks only the key, which this rule asks for.
func ruleInterfacesCompleteUnstated(p *Product) Diagnostics {
	if len(p.Parts) > 0 && p.InterfacesComplete.Known() {
		return Diagnostics{at(p, Error, "interfaces_complete",
			"interfaces_complete is only for a product without [[parts]]; this product lists parts: write interfaces_complete on each [[parts]] entry instead")}
	}
	csd, plan, mds2 := p.Produces("csd"), p.Produces("security_plan"), p.Produces("mds2")
	if !csd && !plan && !mds2 {
		return nil
	}
	if len(p.Parts) == 0 {
		return partlessInterfacesCompleteUnstated(p, csd, plan, mds2)
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
	var follows []string
	if said := interfaceSectionsDoNotCall(csd, plan, Plural(len(ids), "its interface list", "their interface lists")); said != "" {
		follows = append(follows, said)
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

// partlessInterfacesCompleteUnstated is ruleInterfacesCompleteUnstated for
// a product without [[parts]]: the product's own interfaces_complete, in
// the same words.
func partlessInterfacesCompleteUnstated(p *Product, csd, plan, mds2 bool) Diagnostics {
	if p.InterfacesComplete.Known() {
		return nil
	}
	var follows []string
	if said := interfaceSectionsDoNotCall(csd, plan, "the device's interface list"); said != "" {
		follows = append(follows, said)
	}
	if mds2 {
		follows = append(follows, "the MDS2 form takes no No from an interface it leaves out (whether the device has USB ports, Bluetooth or removable media, whether PHI or PII can leave over them)")
	}
	return Diagnostics{at(p, Warning, "interfaces_complete",
		"interfaces_complete not written for the device (the product lists no [[parts]]): %s; write interfaces_complete = true where [[interfaces]] lists every interface of the device, false otherwise",
		AndList(follows))}
}

// interfaceSectionsDoNotCall says that the interfaces sections of the
// documents built (the CSD's, the security plan's) do not call list
// complete; "" when neither is built.
func interfaceSectionsDoNotCall(csd, plan bool, list string) string {
	var docs []string
	if csd {
		docs = append(docs, "the CSD's")
	}
	if plan {
		docs = append(docs, "the security plan's")
	}
	if len(docs) == 0 {
		return ""
	}
	return fmt.Sprintf("%s interfaces %s not call %s complete", AndList(docs), Plural(len(docs), "section does", "sections do"), list)
}
