package sbom

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// Annotation is the support of one component as jspgen publishes it in an
// annotated SBOM; "" fields are left out.
type Annotation struct {
	EndOfSupport  string // YYYY-MM-DD
	Level         string
	Justification string
	Source        string // where the maker publishes its support policy
	Origin        string // annotation, sbom, product-rule:<id>, site-rule:<id>
	ExtendedUntil string // YYYY-MM-DD: extended security updates after EndOfSupport
	ExtendedFor   string // who receives them: every_customer, customers_who_buy
	// Type is the component's CycloneDX type as the product data give it
	// (components.type): the copy writes it for a component its SBOM
	// types not, instead of the library typeUnstated supplies. A type
	// the SBOM states is kept.
	Type string
}

// PropertyAnnotatedFrom names, in an annotated SBOM's metadata, the file it
// is a copy of.
const PropertyAnnotatedFrom = "jspgen:annotated-from"

// PropertyTypeStated, "false", marks a component of an annotated SBOM whose
// original states no type: CycloneDX requires one, so the copy gives the
// type of a package of unknown kind, "library" (typeUnstated), and says
// that the SBOM did not.
const PropertyTypeStated = "jspgen:type:stated"

// Annotate returns a CycloneDX JSON copy of the SBOM in data (named name,
// any format Parse reads) with each component's support properties set to
// what annotate returns for it: the properties of support.go replace any
// the component had, the rest of the file is kept. The copy is a BOM of
// its own (copyMetadata): version 1, a serial number derived from its
// content, a reference to the original BOM, jspgen among its tools, and
// its metadata names the original file; it states no timestamp
// (AnnotateCopy gives the date the annotations speak as of). An SPDX
// document becomes a CycloneDX 1.6 BOM with the facts the
// documents show (name, version, supplier, licence, purl, CPE, type).
// Same input, same bytes. The SBOM's subject keeps the type it states;
// one that states none is typed as AnnotateAs says. A component whose
// SBOM states no type gets the type annotate gives (Annotation.Type),
// else becomes a library marked PropertyTypeStated "false"
// (typeUnstated).
func Annotate(name string, data []byte, annotate func(Component) Annotation) ([]byte, error) {
	return AnnotateAs(name, data, "", annotate)
}

// AnnotateAs is Annotate, subject being the CycloneDX type the other SBOM
// subjects of the product version state (AgreedType, as its VEX files
// give it): a subject the SBOM states no type of (an SPDX package without
// a primary purpose) gets it, since CycloneDX requires one and a library,
// the type of a package of unknown kind, is not the product. With subject
// "" (no SBOM of the version states one) such a subject is an
// application, ProductType's, marked as supplied (SupplyType), as the
// VEX files mark theirs.
func AnnotateAs(name string, data []byte, subject string, annotate func(Component) Annotation) ([]byte, error) {
	return AnnotateCopy(name, data, CopyOptions{Subject: subject}, annotate)
}

// AnnotateCopy is AnnotateAs with what the copy says of itself (o): the
// subject's type, the date its annotations speak as of (its timestamp)
// and jspgen's version.
func AnnotateCopy(name string, data []byte, o CopyOptions, annotate func(Component) Annotation) ([]byte, error) {
	subject := o.Subject
	d := detect(data)
	if d.lookedLike != "" || d.unsupported != "" {
		return nil, fmt.Errorf("%s: %w", name, ErrNotSBOM)
	}
	var bom *cdx.BOM
	untyped := false // an SPDX subject without a purpose CycloneDX has
	err := recoverPanic(func() error {
		var err error
		if d.format == FormatCycloneDX {
			bom, err = decodeCycloneDX(bytes.TrimPrefix(data, utf8BOM), d.encoding)
			return err
		}
		doc, err := Parse(name, data)
		if err != nil {
			return err
		}
		bom = spdxToCycloneDX(doc)
		untyped = doc.Subject != nil && !slices.Contains(cycloneDXTypes, cdx.ComponentType(doc.Subject.Type))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}

	if md := bom.Metadata; md != nil && md.Component != nil {
		if KnownType(subject) && (untyped || md.Component.Type == "") {
			md.Component.Type = cdx.ComponentType(subject)
		}
		SupplyType(md.Component, cdx.ComponentTypeApplication)
		annotateComponents(md.Component.Components, annotate)
	}
	annotateComponents(bom.Components, annotate)
	if bom.Metadata == nil {
		bom.Metadata = &cdx.Metadata{}
	}
	bom.Metadata.Properties = setProperties(bom.Metadata.Properties, []cdx.Property{{Name: PropertyAnnotatedFrom, Value: name}})
	bom.BOMFormat = cdx.BOMFormat
	if bom.SpecVersion < cdx.SpecVersion1_3 { // properties came with 1.3
		bom.SpecVersion, bom.JSONSchema = cdx.SpecVersion1_3, ""
	}
	if d.encoding != EncodingJSON {
		bom.JSONSchema = ""
	}
	copyMetadata(bom, data, o)

	out, err := encodeCopy(bom)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func decodeCycloneDX(data []byte, encoding string) (*cdx.BOM, error) {
	format := cdx.BOMFileFormatJSON
	if encoding == EncodingXML {
		format = cdx.BOMFileFormatXML
	}
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(bytes.NewReader(data), format).Decode(&bom); err != nil {
		return nil, err
	}
	if bom.SpecVersion == 0 {
		return nil, fmt.Errorf("CycloneDX %s: unknown specification version", encoding)
	}
	return &bom, nil
}

// annotateComponents sets the support properties of cs and, depth first,
// of the components nested in them (as Parse flattens them).
func annotateComponents(cs *[]cdx.Component, annotate func(Component) Annotation) {
	if cs == nil {
		return
	}
	for i := range *cs {
		c := &(*cs)[i]
		a := annotate(cycloneDXComponent(*c))
		if strings.TrimSpace(string(c.Type)) == "" && KnownType(a.Type) {
			c.Type = cdx.ComponentType(a.Type)
		}
		typeUnstated(c)
		var props []cdx.Property
		for _, p := range []struct{ name, value string }{
			{PropertyEndOfSupport, a.EndOfSupport}, {PropertyExtendedUntil, a.ExtendedUntil}, {PropertyExtendedFor, a.ExtendedFor}, {PropertyLevel, a.Level}, {PropertyJustification, a.Justification},
			{PropertySource, a.Source}, {PropertyOrigin, a.Origin},
		} {
			if p.value != "" {
				props = append(props, cdx.Property{Name: p.name, Value: p.value})
			}
		}
		c.Properties = setProperties(c.Properties, props)
		annotateComponents(c.Components, annotate)
	}
}

// supportProperties are the names Annotate owns: any the component had are
// replaced.
var supportProperties = []string{PropertyEndOfSupport, PropertyExtendedUntil, PropertyExtendedFor, PropertyLevel, PropertyJustification, PropertySource, PropertyOrigin, PropertyAnnotatedFrom}

// setProperties drops the support properties from ps and appends add, in
// add's order; other properties keep their place. nil when none is left.
func setProperties(ps *[]cdx.Property, add []cdx.Property) *[]cdx.Property {
	var out []cdx.Property
	if ps != nil {
		for _, p := range *ps {
			if !slices.Contains(supportProperties, strings.TrimSpace(p.Name)) {
				out = append(out, p)
			}
		}
	}
	out = append(out, add...)
	if len(out) == 0 {
		return nil
	}
	return &out
}

// spdxToCycloneDX carries what the documents show of an SPDX document
// into a CycloneDX 1.6 BOM: the described package as the subject, every
// other package as a component.
func spdxToCycloneDX(doc *Document) *cdx.BOM {
	bom := &cdx.BOM{
		JSONSchema: "http://cyclonedx.org/schema/bom-1.6.schema.json", BOMFormat: cdx.BOMFormat,
		SpecVersion: cdx.SpecVersion1_6, Version: 1,
		Metadata: &cdx.Metadata{Timestamp: doc.Timestamp},
	}
	if doc.Subject != nil {
		c := cycloneDXOf(*doc.Subject)
		bom.Metadata.Component = &c
	}
	cs := make([]cdx.Component, len(doc.Components))
	for i, c := range doc.Components {
		cs[i] = cycloneDXOf(c)
	}
	if len(cs) > 0 {
		bom.Components = &cs
	}
	return bom
}

// cycloneDXTypes are the CycloneDX component types an SPDX purpose maps
// onto by name; any other purpose becomes a library, and no purpose no
// type (typeUnstated gives it one).
var cycloneDXTypes = []cdx.ComponentType{
	cdx.ComponentTypeApplication, cdx.ComponentTypeContainer, cdx.ComponentTypeDevice, cdx.ComponentTypeFile,
	cdx.ComponentTypeFirmware, cdx.ComponentTypeFramework, cdx.ComponentTypeLibrary, cdx.ComponentTypeOS,
	cdx.ComponentTypePlatform, cdx.ComponentTypeDeviceDriver,
}

func cycloneDXOf(c Component) cdx.Component {
	out := cdx.Component{
		BOMRef: c.Ref, Name: c.Name, Version: c.Version, Group: c.Group,
		PackageURL: c.PURL, CPE: c.CPE, Author: c.Author, Publisher: c.Publisher,
	}
	if t := cdx.ComponentType(c.Type); slices.Contains(cycloneDXTypes, t) {
		out.Type = t
	} else if c.Type != "" {
		out.Type = cdx.ComponentTypeLibrary
	}
	if c.Supplier != "" {
		out.Supplier = &cdx.OrganizationalEntity{Name: c.Supplier}
	}
	if c.License != "" {
		out.Licenses = &cdx.Licenses{{Expression: c.License}}
	}
	if c.Originator != "" {
		out.Properties = &[]cdx.Property{{Name: "spdx:package:originator", Value: c.Originator}}
	}
	return out
}

// typeUnstated gives c, when its SBOM states no type, the type "library"
// and the property PropertyTypeStated "false" (replacing any it had), so
// that the copy is valid CycloneDX without passing the type off as the
// SBOM's. A component with a type is left as it is.
func typeUnstated(c *cdx.Component) {
	if strings.TrimSpace(string(c.Type)) != "" {
		return
	}
	c.Type = cdx.ComponentTypeLibrary
	var props []cdx.Property
	if c.Properties != nil {
		for _, p := range *c.Properties {
			if strings.TrimSpace(p.Name) != PropertyTypeStated {
				props = append(props, p)
			}
		}
	}
	props = append(props, cdx.Property{Name: PropertyTypeStated, Value: "false"})
	c.Properties = &props
}
