package inventory

import "github.com/jspgen/jspgen/generator/sbom"

// GivenComponents are the components of version v that no SBOM file
// lists: the [[components]] entries given to it (givenTo: by their
// versions, else to the current version), as v's inventory holds them,
// so that what else reads a version's components agrees with its
// documents. ok is false when inv was not read as the current version's
// by LoadVersions with a current version (Load), which decides no
// version's list. A version that has the current version's list
// (ListedFor) has none of its own.
func (inv *Inventory) GivenComponents(v string) (cs []sbom.Component, ok bool) {
	if inv.versions == nil || inv.versions.Current == "" {
		return nil, false
	}
	o := inv.versions.ByVersion[v]
	if o == nil || o.ListedFor != "" {
		return nil, true
	}
	for _, c := range o.List {
		if c.SBOMFile == "" {
			cs = append(cs, c.Component)
		}
	}
	return cs, true
}
