package sbom

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// parseCycloneDX decodes CycloneDX JSON or XML with cyclonedx-go.
func parseCycloneDX(data []byte, encoding string) (*Document, error) {
	fileFormat := cdx.BOMFileFormatJSON
	if encoding == EncodingXML {
		fileFormat = cdx.BOMFileFormatXML
	}
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(bytes.NewReader(data), fileFormat).Decode(&bom); err != nil {
		return nil, err
	}
	// The XML decoder takes the version from the namespace and leaves it
	// zero for a namespace it does not know; JSON rejects unknown versions
	// itself, but may lack the field.
	if bom.SpecVersion == 0 {
		if encoding == EncodingXML {
			return nil, fmt.Errorf("unknown CycloneDX namespace %q", bom.XMLNS)
		}
		return nil, fmt.Errorf("specVersion missing")
	}

	doc := &Document{
		Format:      FormatCycloneDX,
		SpecVersion: bom.SpecVersion.String(),
		Encoding:    encoding,
	}
	if md := bom.Metadata; md != nil {
		doc.Timestamp = md.Timestamp
		doc.Authors = contactNames(md.Authors)
		if md.Lifecycles != nil {
			for _, l := range *md.Lifecycles {
				if ph := strings.TrimSpace(string(l.Phase)); ph != "" {
					doc.Phases = append(doc.Phases, ph)
				}
			}
		}
		if md.Component != nil {
			subject := cycloneDXComponent(*md.Component)
			doc.Subject = &subject
			doc.Name = subject.Name
			// The subject's own parts are components of the product too.
			doc.Components = appendCycloneDXComponents(doc.Components, md.Component.Components)
		}
	}
	doc.Components = appendCycloneDXComponents(doc.Components, bom.Components)
	if bom.Dependencies != nil {
		doc.DependsOn = map[string][]string{}
		for _, d := range *bom.Dependencies {
			if d.Dependencies != nil {
				doc.DependsOn[d.Ref] = append(doc.DependsOn[d.Ref], *d.Dependencies...)
			}
		}
	}
	return doc, nil
}

// appendCycloneDXComponents appends cs and, depth first, every component
// nested in them: an assembly's parts are shipped components as much as
// the assembly is.
func appendCycloneDXComponents(out []Component, cs *[]cdx.Component) []Component {
	if cs == nil {
		return out
	}
	for _, c := range *cs {
		out = append(out, cycloneDXComponent(c))
		out = appendCycloneDXComponents(out, c.Components)
	}
	return out
}

func cycloneDXComponent(c cdx.Component) Component {
	author := strings.TrimSpace(c.Author)
	if author == "" {
		author = strings.Join(contactNames(c.Authors), ", ")
	}
	return Component{
		Name:         strings.TrimSpace(c.Name),
		Version:      strings.TrimSpace(c.Version),
		Supplier:     strings.TrimSpace(entityName(c.Supplier)),
		License:      cycloneDXLicense(c.Licenses),
		PURL:         strings.TrimSpace(c.PackageURL),
		CPE:          strings.TrimSpace(c.CPE),
		Group:        strings.TrimSpace(c.Group),
		Type:         strings.ToLower(strings.TrimSpace(string(c.Type))),
		Ref:          c.BOMRef,
		Author:       author,
		Publisher:    strings.TrimSpace(c.Publisher),
		Manufacturer: strings.TrimSpace(entityName(c.Manufacturer)),
		Support:      cycloneDXSupport(c.Properties),
	}
}

// The supplier is the CycloneDX supplier element and nothing else. The
// author(s), publisher and manufacturer say who made or published the
// component, not who supplies it; ecosystem tools often fill only the
// author, and showing that as the supplier would claim a supplier the
// SBOM does not name (and count it in the MDS2 and CSD).

func entityName(e *cdx.OrganizationalEntity) string {
	if e == nil {
		return ""
	}
	return e.Name
}

// contactNames lists the names of contacts, or their e-mail addresses
// when they have no name.
func contactNames(cs *[]cdx.OrganizationalContact) []string {
	if cs == nil {
		return nil
	}
	var names []string
	for _, c := range *cs {
		name := strings.TrimSpace(c.Name)
		if name == "" {
			name = strings.TrimSpace(c.Email)
		}
		if name != "" {
			names = append(names, name)
		}
	}
	return names
}

// cycloneDXLicense turns the licence choices into one expression: each
// licence's SPDX id, else its name, or an expression as written; several
// choices are all granted together, so they are joined with " AND ",
// compound parts in parentheses. Repeats are dropped.
func cycloneDXLicense(ls *cdx.Licenses) string {
	if ls == nil {
		return ""
	}
	var parts []string
	for _, l := range *ls {
		part := strings.TrimSpace(l.Expression)
		if part == "" && l.License != nil {
			part = strings.TrimSpace(l.License.ID)
			if part == "" {
				part = strings.TrimSpace(l.License.Name)
			}
		}
		if part != "" && !slices.Contains(parts, part) {
			parts = append(parts, part)
		}
	}
	if len(parts) > 1 {
		for i, p := range parts {
			if strings.Contains(p, " OR ") || strings.Contains(p, " AND ") {
				parts[i] = "(" + p + ")"
			}
		}
	}
	return strings.Join(parts, " AND ")
}
