package sbom

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spdx/tools-golang/spdx"
	"github.com/spdx/tools-golang/spdx/v2/common"
)

// SPDX tag-value is read here rather than by tools-golang's tag-value
// reader. That reader is a state machine over the order of sections and
// rejects documents the specification itself publishes: its own SPDX 2.3
// example fails with "unknown tag SnippetSPDXID in Package section", and
// ExternalDocumentRef after the Creator lines fails too (an open upstream
// bug). The documents need only a few facts, so this reader takes them
// wherever the specification allows them and passes over the rest
// (files, snippets, licences, annotations, reviews, any tag it does not
// know): it builds the tools-golang model that the JSON reader builds, and
// spdxDocument maps both the same way.

// tagValuePair is one "Tag: value" of a tag-value file; a <text>…</text>
// value may span lines, and line is where its tag is.
type tagValuePair struct {
	tag, value string
	line       int
}

// splitTagValues cuts tag-value text into pairs: blank lines and "#"
// comments are skipped, a value between <text> and </text> is kept as it
// is (new lines included), any other value is trimmed.
func splitTagValues(data []byte) ([]tagValuePair, error) {
	var pairs []tagValuePair
	var open *tagValuePair // a <text> value not yet closed
	var text strings.Builder
	n := 0
	for raw := range bytes.Lines(data) {
		n++
		line := strings.TrimSuffix(strings.TrimSuffix(string(raw), "\n"), "\r")
		if open != nil {
			if before, _, closed := strings.Cut(line, "</text>"); closed {
				text.WriteString(before)
				open.value = text.String()
				pairs = append(pairs, *open)
				open = nil
			} else {
				text.WriteString(line)
				text.WriteByte('\n')
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		tag, value, ok := strings.Cut(trimmed, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want \"Tag: value\"; got %q", n, clip(trimmed))
		}
		p := tagValuePair{tag: strings.TrimSpace(tag), line: n}
		if p.tag == "" {
			return nil, fmt.Errorf("line %d: no tag before the colon in %q", n, clip(trimmed))
		}
		if _, after, isText := strings.Cut(value, "<text>"); isText {
			if inner, _, closed := strings.Cut(after, "</text>"); closed {
				p.value = inner
				pairs = append(pairs, p)
			} else {
				open = &p
				text.Reset()
				text.WriteString(after)
				text.WriteByte('\n')
			}
			continue
		}
		p.value = strings.TrimSpace(value)
		pairs = append(pairs, p)
	}
	if open != nil {
		return nil, fmt.Errorf("line %d: the <text> value of %s is never closed by </text>", open.line, open.tag)
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("no tag-value pairs")
	}
	return pairs, nil
}

// spdxTagValueVersions are the SPDX versions whose tag-value this reader
// reads; their tags for the facts below are the same.
var spdxTagValueVersions = []string{"SPDX-2.1", "SPDX-2.2", "SPDX-2.3"}

// readTagValue reads the document facts (name, namespace, creators,
// creation time), every package's name, identifier, version, supplier,
// originator, licences, purpose and external references, and the
// relationships (for the package the document DESCRIBES).
//
// A package is everything from its PackageName up to the next element
// (another package, a file, a snippet, an extracted licence or a review);
// annotations and relationships between them belong to no element.
func readTagValue(data []byte) (*spdx.Document, string, error) {
	pairs, err := splitTagValues(data)
	if err != nil {
		return nil, "", err
	}
	version := ""
	for _, p := range pairs {
		if p.tag == "SPDXVersion" {
			version = p.value
			break
		}
	}
	supported := false
	for _, v := range spdxTagValueVersions {
		supported = supported || v == version
	}
	if !supported {
		return nil, "", fmt.Errorf("unsupported SPDX version: '%v'", version)
	}

	doc := &spdx.Document{SPDXVersion: version, CreationInfo: &spdx.CreationInfo{}}
	var pkg *spdx.Package // the package being read; nil outside one
	var pkgLine int
	inDocument := true // before the first element
	endPackage := func() error {
		if pkg != nil && pkg.PackageSPDXIdentifier == "" {
			return fmt.Errorf("line %d: package %q has no SPDXID", pkgLine, clip(pkg.PackageName))
		}
		pkg = nil
		return nil
	}
	for _, p := range pairs {
		at := func(format string, args ...any) error {
			return fmt.Errorf("line %d: %s: %s", p.line, p.tag, fmt.Sprintf(format, args...))
		}
		switch p.tag {
		// Document creation information, wherever it stands.
		case "DocumentName":
			doc.DocumentName = p.value
		case "DocumentNamespace":
			doc.DocumentNamespace = p.value
		case "DataLicense":
			doc.DataLicense = p.value
		case "Created":
			doc.CreationInfo.Created = p.value
		case "Creator":
			kind, name, ok := strings.Cut(p.value, ":")
			if !ok {
				return nil, "", at("want \"Person: …\", \"Organization: …\" or \"Tool: …\"; got %q", clip(p.value))
			}
			doc.CreationInfo.Creators = append(doc.CreationInfo.Creators,
				common.Creator{CreatorType: strings.TrimSpace(kind), Creator: strings.TrimSpace(name)})
		case "Relationship":
			r, err := tagValueRelationship(p.value)
			if err != nil {
				return nil, "", at("%v", err)
			}
			doc.Relationships = append(doc.Relationships, r)

		// Elements: a package starts, or another element ends it.
		case "PackageName":
			if err := endPackage(); err != nil {
				return nil, "", err
			}
			pkg, pkgLine, inDocument = &spdx.Package{PackageName: p.value}, p.line, false
			doc.Packages = append(doc.Packages, pkg)
		case "FileName", "SnippetSPDXID", "LicenseID", "Reviewer":
			if err := endPackage(); err != nil {
				return nil, "", err
			}
			inDocument = false
		case "SPDXID":
			id, err := tagValueElementID(p.value)
			if err != nil {
				return nil, "", at("%v", err)
			}
			switch {
			case pkg != nil && pkg.PackageSPDXIdentifier == "":
				pkg.PackageSPDXIdentifier = id
			case pkg != nil:
				return nil, "", at("package %q has a second SPDXID", clip(pkg.PackageName))
			case inDocument:
				doc.SPDXIdentifier = id
			}

		// Package information, within a package.
		default:
			if pkg == nil {
				continue // a file's, snippet's, licence's, annotation's or review's, or unknown
			}
			if err := tagValuePackageField(pkg, p.tag, p.value); err != nil {
				return nil, "", at("%v", err)
			}
		}
	}
	if err := endPackage(); err != nil {
		return nil, "", err
	}
	return doc, strings.TrimPrefix(version, "SPDX-"), nil
}

// tagValuePackageField sets the package fields the documents use; other
// package tags are passed over.
func tagValuePackageField(pkg *spdx.Package, tag, value string) error {
	switch tag {
	case "PackageVersion":
		pkg.PackageVersion = value
	case "PackageSupplier":
		pkg.PackageSupplier = &common.Supplier{Supplier: value}
	case "PackageOriginator":
		pkg.PackageOriginator = &common.Originator{Originator: value}
	case "PackageLicenseConcluded":
		pkg.PackageLicenseConcluded = value
	case "PackageLicenseDeclared":
		pkg.PackageLicenseDeclared = value
	case "PrimaryPackagePurpose":
		pkg.PrimaryPackagePurpose = value
	case "ExternalRef":
		f := strings.Fields(value)
		if len(f) != 3 {
			return fmt.Errorf("want category, type and locator; got %q", clip(value))
		}
		pkg.PackageExternalReferences = append(pkg.PackageExternalReferences,
			&spdx.PackageExternalReference{Category: f[0], RefType: f[1], Locator: f[2]})
	}
	return nil
}

// tagValueElementID is an element's own identifier, "SPDXRef-" and the
// rest, which the model keeps without the prefix.
func tagValueElementID(value string) (common.ElementID, error) {
	id, ok := strings.CutPrefix(value, "SPDXRef-")
	if !ok || id == "" || strings.ContainsAny(id, ": \t") {
		return "", fmt.Errorf("want SPDXRef- followed by letters, digits, \".\" or \"-\"; got %q", clip(value))
	}
	return common.ElementID(id), nil
}

// tagValueRelationship reads "<element> <TYPE> <element>", where an
// element is SPDXRef-…, DocumentRef-…:SPDXRef-…, NONE or NOASSERTION.
func tagValueRelationship(value string) (*spdx.Relationship, error) {
	f := strings.Fields(value)
	if len(f) != 3 {
		return nil, fmt.Errorf("want \"<element> <type> <element>\"; got %q", clip(value))
	}
	a, err := tagValueDocElementID(f[0])
	if err != nil {
		return nil, err
	}
	b, err := tagValueDocElementID(f[2])
	if err != nil {
		return nil, err
	}
	return &spdx.Relationship{RefA: a, RefB: b, Relationship: f[1]}, nil
}

func tagValueDocElementID(value string) (common.DocElementID, error) {
	if value == "NONE" || value == "NOASSERTION" {
		return common.DocElementID{SpecialID: value}, nil
	}
	var docRef string
	if rest, ok := strings.CutPrefix(value, "DocumentRef-"); ok {
		ref, element, ok := strings.Cut(rest, ":")
		if !ok || ref == "" {
			return common.DocElementID{}, fmt.Errorf("want DocumentRef-…:SPDXRef-…; got %q", clip(value))
		}
		docRef, value = ref, element
	}
	id, err := tagValueElementID(value)
	if err != nil {
		return common.DocElementID{}, err
	}
	return common.DocElementID{DocumentRefID: common.DocumentID(docRef), ElementRefID: id}, nil
}
