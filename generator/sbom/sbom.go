// Package sbom imports software bills of materials (CycloneDX JSON and XML,
// SPDX JSON and tag-value, SPDX 3.0 JSON-LD) into the few facts the
// documents show about each software component: name, version, supplier,
// licence, identifiers and what the SBOM states of its support.
//
// The official libraries do the decoding (github.com/CycloneDX/cyclonedx-go
// and github.com/spdx/tools-golang for SPDX JSON); SPDX tag-value is read
// here (tagvalue.go) into the tools-golang model, because the upstream
// reader rejects documents shaped like the specification's own example.
// This package detects the format, maps both models onto one Component
// type and puts the components in a total order so that documents built
// from them are reproducible.
package sbom

import (
	"cmp"
	"slices"
	"strings"
)

// Component is one software component as the documents show it.
type Component struct {
	Name     string
	Version  string
	Supplier string // organisation or person that supplies the component; "" when the SBOM names none
	License  string // SPDX licence expression or licence name; "" when unknown
	PURL     string // package URL
	CPE      string // CPE 2.3 (or 2.2) name

	// Group is the CycloneDX group (Maven groupId, npm scope, Composer
	// vendor); SPDX has no such field. Name alone is kept as the name
	// because that is what suppliers and vulnerability feeds call the
	// component; Group and PURL tell same-named components apart.
	Group string

	// Type is the CycloneDX component type, or the SPDX primary package
	// purpose, lower-case with "-" between words ("library",
	// "operating-system", "application", "firmware", …); "" when unknown.
	Type string

	// Ref is the CycloneDX bom-ref or the SPDX identifier
	// ("SPDXRef-…"), for linking within the same SBOM.
	Ref string

	// Who made or published the component, as the SBOM states it. None
	// of them is the supplier (the NTIA minimum element "supplier name"
	// is the entity that distributes the component, which SBOMs state in
	// CycloneDX supplier and SPDX PackageSupplier only); documents show
	// them as provenance, never as the supplier, and never count them as
	// suppliers. "" when not stated.
	Author       string // CycloneDX author, or the names of authors joined with ", "
	Publisher    string // CycloneDX publisher
	Manufacturer string // CycloneDX manufacturer (1.6)
	Originator   string // SPDX PackageOriginator, without "Person: " or "Organization: "

	// Support is what the SBOM itself states about the maker's support of
	// the component (CycloneDX properties, see support.go; SPDX 3
	// supportLevel and validUntilTime, mapped in spdx3.go), as written;
	// the inventory validates it.
	Support Support
}

// Provenance is the component's authors, publisher, manufacturer and
// originator as one phrase for a document, each with its role in
// parentheses ("Taylor Otwell (author); Laravel LLC (publisher)"); "" when
// the SBOM states none of them.
func (c Component) Provenance() string {
	var parts []string
	for _, f := range []struct{ name, role string }{
		{c.Author, "author"}, {c.Publisher, "publisher"}, {c.Manufacturer, "manufacturer"}, {c.Originator, "originator"},
	} {
		if f.name != "" {
			parts = append(parts, f.name+" ("+f.role+")")
		}
	}
	return strings.Join(parts, "; ")
}

// Document is a parsed SBOM file.
type Document struct {
	Format      string // "CycloneDX" or "SPDX"
	SpecVersion string // "1.4", "1.6", "2.2", "2.3", …
	Encoding    string // "JSON", "XML", "tag-value" or "JSON-LD" (SPDX 3)
	Name        string // CycloneDX subject name, SPDX document name
	Authors     []string
	Timestamp   string // as written in the file (ISO 8601)
	// Phases are the lifecycle phases the SBOM says it was made in
	// (CycloneDX metadata.lifecycles: build, post-build, operations,
	// discovery, …), as written; nil when it says none.
	Phases []string

	// Subject is what the SBOM describes: the CycloneDX metadata.component,
	// or the one package an SPDX document DESCRIBES. It is nil when the
	// file names no subject, or (SPDX) describes more than one package.
	Subject *Component

	// Components is every component except the subject, nested CycloneDX
	// components flattened (the subject's own sub-components included), in
	// the order of compareComponents.
	Components []Component

	// DependsOn is, per component Ref, the Refs of the components it
	// depends on directly (the CycloneDX dependency graph); nil when the
	// file states none (SPDX relationships are not read).
	DependsOn map[string][]string
}

// Format names, as Document.Format holds them.
const (
	FormatCycloneDX = "CycloneDX"
	FormatSPDX      = "SPDX"
)

// Encoding names, as Document.Encoding holds them.
const (
	EncodingJSON     = "JSON"
	EncodingXML      = "XML"
	EncodingTagValue = "tag-value"
)

// Matches tells whether c is the component that product data refers to.
//
// The rule: a non-empty purl decides alone, and matches when it equals
// c.PURL after surrounding white space is trimmed from both (no further
// purl normalisation: qualifier order and percent-encoding must be as the
// SBOM writes them). Without a purl, name and version must both match: the
// name compared case-insensitively, the version exactly; an empty name
// matches nothing.
func (c Component) Matches(purl, name, version string) bool {
	if purl = strings.TrimSpace(purl); purl != "" {
		return purl == strings.TrimSpace(c.PURL)
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	return strings.EqualFold(name, strings.TrimSpace(c.Name)) &&
		strings.TrimSpace(version) == strings.TrimSpace(c.Version)
}

// sortComponents puts components in a total order: by name (case folded,
// then exact, so "BusyBox" and "busybox" sit together but still in a fixed
// order), version, purl, ref, and the remaining fields as tie-breakers.
func sortComponents(cs []Component) {
	slices.SortStableFunc(cs, compareComponents)
}

func compareComponents(a, b Component) int {
	return cmp.Or(
		cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.Version, b.Version),
		cmp.Compare(a.PURL, b.PURL),
		cmp.Compare(a.Ref, b.Ref),
		cmp.Compare(a.Group, b.Group),
		cmp.Compare(a.Supplier, b.Supplier),
		cmp.Compare(a.License, b.License),
		cmp.Compare(a.CPE, b.CPE),
		cmp.Compare(a.Type, b.Type),
		cmp.Compare(a.Author, b.Author),
		cmp.Compare(a.Publisher, b.Publisher),
		cmp.Compare(a.Manufacturer, b.Manufacturer),
		cmp.Compare(a.Originator, b.Originator),
		compareSupport(a.Support, b.Support),
	)
}
