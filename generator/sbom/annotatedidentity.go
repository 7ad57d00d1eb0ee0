package sbom

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/google/uuid"
)

// CopyOptions are what an annotated copy says of itself besides the
// original's content.
type CopyOptions struct {
	// Subject is the CycloneDX type of the product version the SBOM
	// describes, given to a subject that states none (AnnotateAs).
	Subject string
	// AsOf is the date the annotations are stated as of (the build's
	// as-of date): the copy's metadata.timestamp. Zero: the copy states
	// no timestamp, rather than the original's, which predates them.
	AsOf time.Time
	// ToolVersion is jspgen's version, named with jspgen in
	// metadata.tools; "" names jspgen without a version.
	ToolVersion string
}

// serialUUID is a CycloneDX serial number, whose UUID a BOM-Link names.
var serialUUID = regexp.MustCompile(`^urn:uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$`)

// copyMetadata sets what the copy says of itself: version 1, the
// timestamp, jspgen among the tools and, for a CycloneDX original with a
// serial number, a reference to it (its BOM-Link, serial number and
// version, with the SHA-256 of its bytes); encodeCopy then gives it its
// serial number. original is the original file's bytes; bom.SerialNumber
// and bom.Version are still the original's.
//
// The copy is a document of its own, derived from the original and the
// product data, not a revision of the original; and the data that
// annotate it change with no count of the changes to number revisions
// by. So it is a new BOM, version 1, whose serial number is a name-based
// UUID (v5) of everything else it holds: a changed assessment, original,
// date or jspgen version makes another BOM, the same input the same
// serial number and bytes, and no two different copies share a serial
// number and version.
func copyMetadata(bom *cdx.BOM, original []byte, o CopyOptions) {
	if m := serialUUID.FindStringSubmatch(bom.SerialNumber); m != nil {
		sum := sha256.Sum256(original)
		ref := cdx.ExternalReference{
			URL:     "urn:cdx:" + strings.ToLower(m[1]) + "/" + strconv.Itoa(max(bom.Version, 1)),
			Type:    cdx.ERTypeBOM,
			Comment: "The SBOM this file is an annotated copy of",
			Hashes:  &[]cdx.Hash{{Algorithm: cdx.HashAlgoSHA256, Value: hex.EncodeToString(sum[:])}},
		}
		var refs []cdx.ExternalReference
		if bom.ExternalReferences != nil {
			refs = *bom.ExternalReferences
		}
		refs = append(refs, ref)
		bom.ExternalReferences = &refs
	}
	bom.SerialNumber, bom.Version = "", 1
	bom.Metadata.Timestamp = ""
	if !o.AsOf.IsZero() {
		bom.Metadata.Timestamp = o.AsOf.UTC().Format(time.RFC3339)
	}
	addTool(bom, o.ToolVersion)
}

// addTool names jspgen among the tools that made the BOM, in the form
// the BOM's tools already take (the list before CycloneDX 1.5, else
// components), once.
func addTool(bom *cdx.BOM, version string) {
	tc := bom.Metadata.Tools
	if tc == nil {
		tc = &cdx.ToolsChoice{}
		bom.Metadata.Tools = tc
	}
	legacy := tc.Tools != nil || (tc.Components == nil && tc.Services == nil && bom.SpecVersion < cdx.SpecVersion1_5)
	if legacy {
		//lint:ignore SA1019 the list is the only form of tools before CycloneDX 1.5, and the form the original uses
		var ts []cdx.Tool
		if tc.Tools != nil {
			ts = *tc.Tools
		}
		for _, t := range ts {
			if t.Name == "jspgen" && t.Version == version {
				return
			}
		}
		//lint:ignore SA1019 as above: the BOM's own form of tools
		ts = append(ts, cdx.Tool{Name: "jspgen", Version: version})
		tc.Tools = &ts
		return
	}
	var cs []cdx.Component
	if tc.Components != nil {
		cs = *tc.Components
	}
	for _, c := range cs {
		if c.Name == "jspgen" && c.Version == version {
			return
		}
	}
	cs = append(cs, cdx.Component{Type: cdx.ComponentTypeApplication, Name: "jspgen", Version: version})
	tc.Components = &cs
}

// encodeCopy encodes bom, whose serial number is unset, with the serial
// number derived from the rest of its bytes.
func encodeCopy(bom *cdx.BOM) ([]byte, error) {
	body, err := encodePretty(bom)
	if err != nil {
		return nil, err
	}
	bom.SerialNumber = "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, append([]byte("jspgen:annotated-sbom:"), body...)).String()
	return encodePretty(bom)
}

func encodePretty(bom *cdx.BOM) ([]byte, error) {
	var buf bytes.Buffer
	enc := cdx.NewBOMEncoder(&buf, cdx.BOMFileFormatJSON)
	enc.SetPretty(true).SetEscapeHTML(false)
	if err := enc.Encode(bom); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
