package sbom

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// SPDX 3.0 JSON-LD: the document is a graph of elements ("@graph"), each
// with a "type" and an "spdxId"; what SPDX 2 kept inside a package
// (supplier, licence) is a reference to another element or a
// relationship. This reader takes what the documents need — the
// software_Package elements, the agents that supply or originate them,
// their licences, the SBOM's root element as subject — and the support
// facts SPDX 2 lacks: supportLevel and validUntilTime. There is no
// maintained Go library for SPDX 3 JSON-LD; the serialisation is plain
// JSON with the context's short names, which this reader expects (full
// IRIs for type names and vocabulary values are accepted too).

// EncodingJSONLD names the SPDX 3 serialisation in Document.Encoding.
const EncodingJSONLD = "JSON-LD"

// spdx3Context marks an SPDX 3 JSON-LD document: its @context is the
// SPDX 3 context (https://spdx.org/rdf/3.0.1/spdx-context.jsonld).
const spdx3Context = "spdx.org/rdf/3."

type spdx3Doc struct {
	Graph []json.RawMessage `json:"@graph"`
}

// spdx3Element holds the properties this reader uses, of every type.
type spdx3Element struct {
	Type   string `json:"type"`
	AtType string `json:"@type"`
	ID     string `json:"spdxId"`
	AtID   string `json:"@id"`
	Name   string `json:"name"`

	CreationInfo json.RawMessage `json:"creationInfo"` // a blank-node reference or the object itself
	SpecVersion  string          `json:"specVersion"`  // CreationInfo
	Created      string          `json:"created"`      // CreationInfo
	CreatedBy    []string        `json:"createdBy"`    // CreationInfo: agents (people, organisations), not tools

	RootElement []string `json:"rootElement"` // SpdxDocument, software_Sbom

	Version            string            `json:"software_packageVersion"`
	PURL               string            `json:"software_packageUrl"`
	PrimaryPurpose     string            `json:"software_primaryPurpose"`
	SuppliedBy         json.RawMessage   `json:"suppliedBy"`
	OriginatedBy       []json.RawMessage `json:"originatedBy"`
	SupportLevel       json.RawMessage   `json:"supportLevel"` // one SupportType or a list of them
	ValidUntilTime     string            `json:"validUntilTime"`
	ExternalIdentifier []struct {
		Type       string `json:"externalIdentifierType"`
		Identifier string `json:"identifier"`
	} `json:"externalIdentifier"`

	From             string   `json:"from"` // Relationship
	To               []string `json:"to"`
	RelationshipType string   `json:"relationshipType"`

	LicenseExpression string `json:"simplelicensing_licenseExpression"` // simplelicensing_LicenseExpression
}

func (e *spdx3Element) kind() string { return localName(firstNonEmpty(e.Type, e.AtType)) }
func (e *spdx3Element) id() string   { return firstNonEmpty(e.ID, e.AtID) }

// localName is a type or vocabulary value without its IRI or profile
// prefix: "https://spdx.org/rdf/3.0.1/terms/Software/Package" and
// "software_Package" are both "Package"; "…/SupportType/limitedSupport"
// is "limitedSupport".
func localName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, "/#"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, '_'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// supportTypeLevel maps each SPDX 3.0 SupportType onto the support level
// jspgen records (content.SupportLevel's vocabulary); "" where the
// SupportType says nothing the level could state without a guess:
//
//   - support, deployed: released and supported by the supplier
//     (deployed adds that it is in use) → maintained;
//   - limitedSupport: limited support from the supplier → limited;
//   - endOfSupport: the supplier's support has a defined end, "also
//     referred to as end of life" → no_longer_maintained, with the date
//     from validUntilTime;
//   - noSupport: no support from the supplier, the consumer assumes it →
//     no_longer_maintained (abandoned would claim more: that nobody
//     maintains it);
//   - development: in development, not ready for formal support → not
//     stated (none of the levels says that);
//   - noAssertion: no assertion → not stated.
var supportTypeLevel = map[string]string{
	"support":        "maintained",
	"deployed":       "maintained",
	"limitedSupport": "limited",
	"endOfSupport":   "no_longer_maintained",
	"noSupport":      "no_longer_maintained",
	"development":    "",
	"noAssertion":    "",
}

// levelRank orders levels from least to most restrictive; a package with
// several SupportTypes gets the most restrictive level they state.
var levelRank = []string{"", "maintained", "limited", "no_longer_maintained"}

// datedSupportTypes are the SupportTypes whose definition ties
// validUntilTime to the end of the supplier's support. With any other
// (or none), validUntilTime is only when use must be reassessed, not an
// end of support, and is not read as one.
var datedSupportTypes = []string{"support", "deployed", "limitedSupport", "endOfSupport"}

// SupportTypeLevel is the level an SPDX 3 SupportType maps to ("" for
// not stated) and whether the SupportType is one SPDX 3.0 defines.
func SupportTypeLevel(supportType string) (string, bool) {
	l, ok := supportTypeLevel[localName(supportType)]
	return l, ok
}

// parseSPDX3JSON reads an SPDX 3.0 JSON-LD document.
func parseSPDX3JSON(data []byte) (*Document, error) {
	var raw spdx3Doc
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	if len(raw.Graph) == 0 {
		return nil, errors.New("no @graph: an SPDX 3 JSON-LD document lists its elements in @graph")
	}
	elems := make([]spdx3Element, 0, len(raw.Graph))
	byID := map[string]*spdx3Element{}
	for i, r := range raw.Graph {
		var e spdx3Element
		if err := json.Unmarshal(r, &e); err != nil {
			return nil, fmt.Errorf("@graph[%d]: %w", i, err)
		}
		elems = append(elems, e)
	}
	for i := range elems {
		if id := elems[i].id(); id != "" {
			if _, dup := byID[id]; !dup {
				byID[id] = &elems[i]
			}
		}
	}
	doc := &Document{Format: FormatSPDX, Encoding: EncodingJSONLD}
	// The document: its name, creation information and root element.
	var roots []string
	for i := range elems {
		e := &elems[i]
		if e.kind() != "SpdxDocument" {
			continue
		}
		doc.Name = strings.TrimSpace(e.Name)
		if ci := creationInfo(e.CreationInfo, byID); ci != nil {
			doc.SpecVersion, doc.Timestamp = strings.TrimSpace(ci.SpecVersion), strings.TrimSpace(ci.Created)
			for _, a := range ci.CreatedBy {
				if n := agentName(a, byID); n != "" && !slices.Contains(doc.Authors, n) {
					doc.Authors = append(doc.Authors, n)
				}
			}
		}
		roots = append(roots, e.RootElement...)
		break
	}
	// An Sbom element's root names the software it describes; the
	// document's root may be the Sbom itself.
	for i := range elems {
		if e := &elems[i]; e.kind() == "Sbom" && (len(roots) == 0 || slices.Contains(roots, e.id())) {
			roots = append(roots, e.RootElement...)
		}
	}
	var subjects []string
	for _, r := range roots {
		if e := byID[r]; e != nil && e.kind() == "Package" && !slices.Contains(subjects, r) {
			subjects = append(subjects, r)
		}
	}
	// The concluded licence, else the declared one, as for SPDX 2.
	licences := map[string]string{} // package ID → licence expression
	for _, want := range []string{"hasDeclaredLicense", "hasConcludedLicense"} {
		for i := range elems {
			e := &elems[i]
			if e.kind() != "Relationship" || localName(e.RelationshipType) != want || len(e.To) == 0 {
				continue
			}
			if l := byID[e.To[0]]; l != nil && strings.TrimSpace(l.LicenseExpression) != "" {
				licences[e.From] = strings.TrimSpace(l.LicenseExpression)
			}
		}
	}
	for i := range elems {
		e := &elems[i]
		if e.kind() != "Package" {
			continue
		}
		c, err := spdx3Component(e, byID)
		if err != nil {
			return nil, err
		}
		c.License = licences[e.id()]
		if len(subjects) == 1 && e.id() == subjects[0] {
			doc.Subject = &c
			continue
		}
		doc.Components = append(doc.Components, c)
	}
	return doc, nil
}

// creationInfo resolves an element's creationInfo: the object itself, or
// a reference to a CreationInfo element of the graph.
func creationInfo(raw json.RawMessage, byID map[string]*spdx3Element) *spdx3Element {
	if len(raw) == 0 {
		return nil
	}
	var ref string
	if json.Unmarshal(raw, &ref) == nil {
		return byID[ref]
	}
	var e spdx3Element
	if json.Unmarshal(raw, &e) == nil {
		return &e
	}
	return nil
}

// agentName is the name of the agent a property names, by reference or
// inline; "" when the agent is not in the document or has no name.
func agentName(raw any, byID map[string]*spdx3Element) string {
	switch v := raw.(type) {
	case string:
		if e := byID[v]; e != nil {
			return strings.TrimSpace(e.Name)
		}
	case json.RawMessage:
		if len(v) == 0 {
			return ""
		}
		var ref string
		if json.Unmarshal(v, &ref) == nil {
			return agentName(ref, byID)
		}
		var e spdx3Element
		if json.Unmarshal(v, &e) == nil {
			return strings.TrimSpace(e.Name)
		}
	}
	return ""
}

// spdx3Component maps a software_Package. An unknown SupportType or a
// validUntilTime that is not a date-time is an error: the vocabulary is
// closed, and a support fact that cannot be read must not pass as none.
func spdx3Component(e *spdx3Element, byID map[string]*spdx3Element) (Component, error) {
	c := Component{
		Name:     strings.TrimSpace(e.Name),
		Version:  strings.TrimSpace(e.Version),
		PURL:     strings.TrimSpace(e.PURL),
		Ref:      e.id(),
		Supplier: agentName(e.SuppliedBy, byID),
		Type:     kebab(localName(e.PrimaryPurpose)),
	}
	var originators []string
	for _, o := range e.OriginatedBy {
		if n := agentName(o, byID); n != "" {
			originators = append(originators, n)
		}
	}
	c.Originator = strings.Join(originators, ", ")
	for _, x := range e.ExternalIdentifier {
		id := strings.TrimSpace(x.Identifier)
		switch localName(x.Type) {
		case "cpe23", "cpe22":
			if c.CPE == "" {
				c.CPE = id
			}
		case "packageUrl":
			if c.PURL == "" {
				c.PURL = id
			}
		}
	}
	where := "software_Package " + firstNonEmpty(c.Ref, c.Name)
	types, err := supportTypes(e.SupportLevel)
	if err != nil {
		return c, fmt.Errorf("%s: supportLevel: %w", where, err)
	}
	level := ""
	dated := false
	for _, t := range types {
		l, ok := SupportTypeLevel(t)
		if !ok {
			return c, fmt.Errorf("%s: supportLevel: unknown SupportType %q (want one of deployed, development, endOfSupport, limitedSupport, noAssertion, noSupport, support)", where, clip(t))
		}
		if slices.Index(levelRank, l) > slices.Index(levelRank, level) {
			level = l
		}
		dated = dated || slices.Contains(datedSupportTypes, localName(t))
	}
	c.Support.Level = level
	if v := strings.TrimSpace(e.ValidUntilTime); v != "" && dated {
		if _, err := time.Parse(time.RFC3339, v); err != nil {
			return c, fmt.Errorf("%s: validUntilTime %q: want a date-time such as 2027-09-07T00:00:00Z", where, clip(v))
		}
		c.Support.EndOfSupport = v
	}
	return c, nil
}

// supportTypes reads supportLevel: one value or a list.
func supportTypes(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, errors.New("want a SupportType or a list of them")
	}
	return list, nil
}

// kebab turns an SPDX 3 vocabulary name into the Type spelling:
// "operatingSystem" → "operating-system".
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
