package sbom

import (
	"strings"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// SupplyType gives c, whose SBOM or product data state no type, the type
// CycloneDX requires, marked PropertyTypeStated "false" as the annotated
// copies mark theirs (typeUnstated), so that no file passes the type off
// as stated: typ, or with typ "" a library, the type of a package of
// unknown kind. A component with a type is left as it is.
func SupplyType(c *cdx.Component, typ cdx.ComponentType) {
	if strings.TrimSpace(string(c.Type)) != "" {
		return
	}
	typeUnstated(c)
	if typ != "" {
		c.Type = typ
	}
}
