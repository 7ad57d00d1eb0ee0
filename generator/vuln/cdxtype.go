package vuln

import (
	"strings"

	cdx "github.com/CycloneDX/cyclonedx-go"

	"github.com/jspgen/jspgen/generator/sbom"
)

// typeSubject gives the VEX's subject, version v, the type its SBOM
// subjects state, else sbom.ProductType's, marked as supplied
// (sbom.SupplyType): CycloneDX requires one, and the data state none.
func typeSubject(c *cdx.Component, v *Version) {
	if t := sbom.AgreedType([]string{v.Type}); t != "" {
		c.Type = cdx.ComponentType(t)
		return
	}
	c.Type = ""
	sbom.SupplyType(c, productType(v))
}

// vexComponent is component c as the CycloneDX VEX lists it, with the
// type and supplier its SBOM or the product data state. A type CycloneDX
// lacks (an SPDX purpose such as "source") is a library, as in the
// annotated copies; no type at all is a library marked as supplied
// (sbom.SupplyType), as there.
func vexComponent(c sbom.Component) cdx.Component {
	out := cdx.Component{BOMRef: componentRef(c), Name: c.Name, Version: c.Version, PackageURL: c.PURL, CPE: c.CPE}
	switch t := strings.TrimSpace(c.Type); {
	case sbom.KnownType(t):
		out.Type = cdx.ComponentType(t)
	case t != "":
		out.Type = cdx.ComponentTypeLibrary
	default:
		sbom.SupplyType(&out, "")
	}
	if s := strings.TrimSpace(c.Supplier); s != "" {
		out.Supplier = &cdx.OrganizationalEntity{Name: s}
	}
	return out
}
