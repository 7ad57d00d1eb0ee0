package vuln

import (
	"strings"

	"github.com/package-url/packageurl-go"

	"github.com/jspgen/jspgen/generator/sbom"
)

// absentComponent is the component an imported not-present statement
// names by id when the version does not contain it: named as the id
// names it, so that the documents print its name and an entry of the
// product file about the same component ("openssh 9.6p1") is the same
// one. A generic purl with no namespace is how jspgen identifies a
// component by name and version alone (findID).
func absentComponent(id string) sbom.Component {
	if strings.HasPrefix(id, "cpe:") {
		return sbom.Component{CPE: id}
	}
	u, err := packageurl.FromString(id)
	if err != nil {
		if name, version, ok := strings.Cut(id, "@"); ok && !strings.HasPrefix(id, "pkg:") {
			return sbom.Component{Name: name, Version: version}
		}
		return sbom.Component{PURL: id}
	}
	if u.Type == packageurl.TypeGeneric && u.Namespace == "" && len(u.Qualifiers) == 0 && u.Subpath == "" {
		return sbom.Component{Name: u.Name, Version: u.Version}
	}
	return sbom.Component{PURL: id, Name: u.Name, Version: u.Version}
}
