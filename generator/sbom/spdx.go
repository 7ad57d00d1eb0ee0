package sbom

import (
	"bytes"
	"encoding/json"
	"strings"

	spdxjson "github.com/spdx/tools-golang/json"
	"github.com/spdx/tools-golang/spdx"
	"github.com/spdx/tools-golang/spdx/v2/common"
)

// parseSPDXJSON decodes SPDX JSON with tools-golang.
func parseSPDXJSON(data []byte) (*Document, error) {
	version, err := spdxVersionJSON(data)
	if err != nil {
		return nil, err
	}
	doc, err := spdxjson.Read(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return spdxDocument(doc, version, EncodingJSON), nil
}

// parseSPDXTagValue reads SPDX tag-value with readTagValue.
func parseSPDXTagValue(data []byte) (*Document, error) {
	doc, version, err := readTagValue(data)
	if err != nil {
		return nil, err
	}
	return spdxDocument(doc, version, EncodingTagValue), nil
}

// The JSON reader converts every version to the newest model and
// overwrites its SPDXVersion, so the version the file was written in is
// read from the file itself.

func spdxVersionJSON(data []byte) (string, error) {
	var probe struct {
		SPDXVersion string `json:"spdxVersion"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return "", err
	}
	return strings.TrimPrefix(probe.SPDXVersion, "SPDX-"), nil
}

func spdxDocument(d *spdx.Document, version, encoding string) *Document {
	doc := &Document{
		Format:      FormatSPDX,
		SpecVersion: version,
		Encoding:    encoding,
		Name:        strings.TrimSpace(d.DocumentName),
	}
	if ci := d.CreationInfo; ci != nil {
		doc.Timestamp = ci.Created
		for _, c := range ci.Creators {
			// Tools are not authors in the NTIA sense; people and
			// organisations are.
			if c.CreatorType != "Tool" && strings.TrimSpace(c.Creator) != "" {
				doc.Authors = append(doc.Authors, strings.TrimSpace(c.Creator))
			}
		}
	}
	subject := describedPackage(d)
	for _, p := range d.Packages {
		if p == nil {
			continue
		}
		c := spdxComponent(p)
		if p.PackageSPDXIdentifier == subject {
			doc.Subject = &c
			continue
		}
		doc.Components = append(doc.Components, c)
	}
	return doc
}

// describedPackage returns the identifier of the one package that the
// document DESCRIBES, or "" when it describes none or several packages
// (then there is no single subject and every package is a component).
// Described files and elements of other documents do not count.
func describedPackage(d *spdx.Document) common.ElementID {
	packages := map[common.ElementID]bool{}
	for _, p := range d.Packages {
		if p != nil {
			packages[p.PackageSPDXIdentifier] = true
		}
	}
	described := map[common.ElementID]bool{}
	for _, r := range d.Relationships {
		if r == nil {
			continue
		}
		var doc, element common.DocElementID
		switch strings.ToUpper(r.Relationship) {
		case "DESCRIBES":
			doc, element = r.RefA, r.RefB
		case "DESCRIBED_BY":
			doc, element = r.RefB, r.RefA
		default:
			continue
		}
		if doc.ElementRefID == "DOCUMENT" && doc.DocumentRefID == "" &&
			element.DocumentRefID == "" && packages[element.ElementRefID] {
			described[element.ElementRefID] = true
		}
	}
	if len(described) != 1 {
		return ""
	}
	for id := range described {
		return id
	}
	return ""
}

func spdxComponent(p *spdx.Package) Component {
	c := Component{
		Name:       strings.TrimSpace(p.PackageName),
		Version:    spdxValue(p.PackageVersion),
		Supplier:   spdxSupplier(p),
		License:    spdxLicense(p),
		Type:       spdxPurpose(p.PrimaryPackagePurpose),
		Ref:        common.RenderElementID(p.PackageSPDXIdentifier),
		Originator: spdxOriginator(p),
	}
	var cpe22 string
	for _, r := range p.PackageExternalReferences {
		if r == nil {
			continue
		}
		category := strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(r.Category)), "_", "-")
		locator := strings.TrimSpace(r.Locator)
		switch {
		case category == "PACKAGE-MANAGER" && r.RefType == "purl" && c.PURL == "":
			c.PURL = locator
		case category == "SECURITY" && r.RefType == "cpe23Type" && c.CPE == "":
			c.CPE = locator
		case category == "SECURITY" && r.RefType == "cpe22Type" && cpe22 == "":
			cpe22 = locator
		}
	}
	if c.CPE == "" {
		c.CPE = cpe22 // a CPE 2.2 name only when there is no 2.3 one
	}
	return c
}

// spdxSupplier is the package supplier, without the "Organization: " or
// "Person: " prefix; NOASSERTION counts as unknown. The originator (who
// made the package) is not its supplier: spdxOriginator keeps it apart.
func spdxSupplier(p *spdx.Package) string {
	if p.PackageSupplier == nil {
		return ""
	}
	return spdxAgent(p.PackageSupplier.Supplier)
}

// spdxOriginator is the package originator, the same way.
func spdxOriginator(p *spdx.Package) string {
	if p.PackageOriginator == nil {
		return ""
	}
	return spdxAgent(p.PackageOriginator.Originator)
}

func spdxAgent(name string) string {
	name = strings.TrimSpace(name)
	for _, prefix := range []string{"Organization:", "Person:"} {
		name = strings.TrimSpace(strings.TrimPrefix(name, prefix))
	}
	if name == "NOASSERTION" {
		return ""
	}
	return name
}

// spdxLicense is the concluded licence, else the declared one; NOASSERTION
// and NONE say nothing a document can show.
func spdxLicense(p *spdx.Package) string {
	for _, l := range []string{p.PackageLicenseConcluded, p.PackageLicenseDeclared} {
		if l = strings.TrimSpace(l); l != "" && l != "NOASSERTION" && l != "NONE" {
			return l
		}
	}
	return ""
}

// spdxPurpose maps an SPDX 2.3 primary package purpose
// ("OPERATING-SYSTEM", or "OPERATING_SYSTEM" as the JSON schema spells
// it) to the CycloneDX-style type ("operating-system").
// spdxValue is a field's value; NOASSERTION and NONE say nothing a
// document can show (a version "NOASSERTION" is not a version).
func spdxValue(v string) string {
	if v = strings.TrimSpace(v); v == "NOASSERTION" || v == "NONE" {
		return ""
	}
	return v
}

func spdxPurpose(purpose string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(purpose)), "_", "-")
}
