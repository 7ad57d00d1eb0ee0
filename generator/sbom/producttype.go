package sbom

import cdx "github.com/CycloneDX/cyclonedx-go"

// ProductType is the CycloneDX type of a product version, the one rule
// behind every file that types it (its VEX files' metadata.component and
// the annotated copies of its SBOMs, whose subject states no type), so
// that they agree: the type its SBOM subjects state, when those that state
// one agree; else an application, software of no stated kind, which the
// VEX marks as supplied (SupplyType). Where the software runs decides
// nothing: a device's software may be firmware or, on a PC it supplies,
// an application on an operating system, and the data do not say which.
// CycloneDX requires a type: a library, the type its tools give a package
// of unknown kind, is never the product itself.
func ProductType(stated []string) string {
	if t := AgreedType(stated); t != "" {
		return t
	}
	return string(cdx.ComponentTypeApplication)
}

// AgreedType is the CycloneDX type SBOM subjects state, when those that
// state one agree; "" when none states one or they differ.
func AgreedType(stated []string) string {
	agreed := ""
	for _, t := range stated {
		switch {
		case !KnownType(t):
		case agreed == "":
			agreed = t
		case agreed != t:
			return ""
		}
	}
	return agreed
}

// KnownType reports a CycloneDX 1.5 component type.
func KnownType(t string) bool {
	switch cdx.ComponentType(t) {
	case cdx.ComponentTypeApplication, cdx.ComponentTypeContainer, cdx.ComponentTypeData, cdx.ComponentTypeDevice,
		cdx.ComponentTypeDeviceDriver, cdx.ComponentTypeFile, cdx.ComponentTypeFirmware, cdx.ComponentTypeFramework,
		cdx.ComponentTypeLibrary, cdx.ComponentTypeMachineLearningModel, cdx.ComponentTypeOS, cdx.ComponentTypePlatform:
		return true
	}
	return false
}
