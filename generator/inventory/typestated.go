package inventory

import "strings"

// TypeUnstated reports that c comes from an SBOM file that states no type
// of it (an SPDX package without a primary purpose), nor does a
// [[components]] entry (components.type, which annotate fills in): the CSD lists it
// under "unstated type", and the annotated copy of the file gives it the
// CycloneDX type "library", which CycloneDX requires, marked by
// sbom.PropertyTypeStated "false" (sbom.Annotate). A component only the
// product data list is in no SBOM file, so in no copy: false.
func (c Component) TypeUnstated() bool {
	return c.SBOMFile != "" && strings.TrimSpace(c.Type) == ""
}
