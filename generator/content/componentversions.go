package content

import "fmt"

// componentVersions checks each [[components]] entry's versions: every
// one a version of the product, each once. An entry given to versions is
// a component of those versions only (inventory.LoadVersions), so a
// misspelt version would silently take it off every version's list.
func (v *productValidator) componentVersions() {
	known := v.p.versionSet()
	for i, c := range v.p.Components {
		path := fmt.Sprintf("components[%d].versions", i)
		v.refs(path, c.Versions, known, "version")
		seen := map[string]bool{}
		for j, ver := range c.Versions {
			if seen[ver] {
				v.errorf(fmt.Sprintf("%s[%d]", path, j), "version %q is listed twice", ver)
			}
			seen[ver] = true
		}
	}
}
