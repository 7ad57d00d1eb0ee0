package vuln

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/google/uuid"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/export"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/openvex/go-vex/pkg/vex"
	"github.com/package-url/packageurl-go"
)

// Publisher is who the exported VEX documents name as author.
type Publisher struct {
	Name    string // the manufacturer
	Contact string // e-mail of the PSIRT
	Tool    string // "jspgen 0.1.0"
	// AsOf is the build's date: a fix version released market by market
	// is said to be released where it is by then (FixWhere). Zero: not
	// said.
	AsOf content.Date
	// Namespace is a URL the manufacturer controls (the CSAF publisher's
	// namespace, content.Site.CSAFNamespace): its host names, in the
	// OpenVEX product @id, a version that states no purl or CPE
	// (openVEXProductID). Empty: none stated.
	Namespace string
}

// Date is the earliest date a version's VEX documents can bear
// (VEXRevisions dates them by their last change, never before it): the
// newest date its vulnerabilities state (discovered, disclosed, fixed, assessed), and
// never before the version's general availability: a file about a version
// is not dated before the version existed (a vulnerability known before
// the release is stated as of the release). A communication changes
// nothing the files state, so it does not date them. It comes from the
// data only, so the files are the same bytes on every build.
func (s *Set) Date(p *content.Product, version string) content.Date {
	return s.dateBy(p, version, content.Date{})
}

// DateBy is Date as a file built on asOf can state it (dateBy): the CSAF
// VEX document's newest revision is no later than its build.
func (s *Set) DateBy(p *content.Product, version string, asOf content.Date) content.Date {
	return s.dateBy(p, version, asOf)
}

// dateBy is Date as a file built on asOf can state it: a date after asOf
// (a fix to be released, say, with its date already recorded) has not
// come yet, and a file dated by it would be dated after the build that
// wrote it and state as done what is still to come. The version's general
// availability by asOf is the earliest date (a version released on or
// before asOf); one generally available after asOf (a premarket file)
// sets no such floor, and a version whose vulnerabilities state no date
// by then speaks as of asOf. A zero asOf keeps every date (Date).
func (s *Set) dateBy(p *content.Product, version string, asOf content.Date) content.Date {
	var d content.Date
	newer := func(x content.Date) {
		if x.After(d) && (asOf.IsZero() || !x.After(asOf)) {
			d = x
		}
	}
	for _, v := range s.For(version) {
		newer(v.Discovered)
		newer(v.Disclosed)
		newer(v.Fixed)
		newer(v.Assessed)
	}
	var ga content.Date
	if pv := p.Version(version); pv != nil {
		ga = pv.GeneralAvailability
	}
	newer(ga)
	if d.IsZero() && !ga.IsZero() {
		d = asOf // generally available after asOf (newer kept it out)
	}
	return d
}

// versionIdentifiers are the identifiers of version v an OpenVEX product
// carries: its purl and CPE as its SBOM states them; nil for none.
func versionIdentifiers(v *Version) map[vex.IdentifierType]string {
	ids := map[vex.IdentifierType]string{}
	if v.PURL != "" {
		ids[vex.PURL] = v.PURL
	}
	switch {
	case strings.HasPrefix(v.CPE, "cpe:2.3:"):
		ids[vex.CPE23] = v.CPE
	case strings.HasPrefix(v.CPE, "cpe:/"):
		ids[vex.CPE22] = v.CPE
	}
	if len(ids) == 0 {
		return nil
	}
	return ids
}

func componentRef(c sbom.Component) string {
	if c.PURL != "" {
		return c.PURL
	}
	return c.Name + "@" + c.Version
}

// openVEXComponent names a component in an OpenVEX statement, whose @id
// must be an IRI: its purl (also its identifier), else its CPE (also its
// identifier), else a generic purl of its name and version as the @id
// alone ("zlib@1.3" is no IRI; the SBOM states no identifier, so none is
// given as one). The importer reads the generic purl back (findID).
func openVEXComponent(c sbom.Component) vex.Component {
	switch {
	case c.PURL != "":
		return vex.Component{ID: c.PURL, Identifiers: map[vex.IdentifierType]string{vex.PURL: c.PURL}}
	case c.CPE != "":
		kind := vex.CPE23
		if !strings.HasPrefix(c.CPE, "cpe:2.3:") {
			kind = vex.CPE22
		}
		return vex.Component{ID: c.CPE, Identifiers: map[vex.IdentifierType]string{kind: c.CPE}}
	}
	return vex.Component{ID: packageurl.NewPackageURL(packageurl.TypeGeneric, "", c.Name, c.Version, nil, "").ToString()}
}

// productType is the version's CycloneDX type (sbom.ProductType, which
// the annotated copies of its SBOMs share): the type its SBOM subjects
// state when they agree, else an application (typeSubject marks it).
func productType(v *Version) cdx.ComponentType {
	return cdx.ComponentType(sbom.ProductType([]string{v.Type}))
}

// SubjectType is the CycloneDX type the annotated copy of SBOM file file
// (relative to content/<product-id>/) gives its subject when the file
// states none (sbom.AnnotateAs): the type the SBOM subjects of the version
// it describes state, as its VEX files give it; "" where they state none
// or disagree, which the copy, as the VEX, supplies and marks.
func (s *Set) SubjectType(p *content.Product, file string) string {
	if s != nil {
		for i := range s.Versions {
			if v := &s.Versions[i]; slices.Contains(v.sboms, file) {
				return sbom.AgreedType([]string{v.Type})
			}
		}
	}
	return ""
}

var cdxStatus = map[content.VulnStatus]cdx.ImpactAnalysisState{
	"affected": cdx.IASExploitable, "under_investigation": cdx.IASInTriage, "fixed": cdx.IASResolved, "not_affected": cdx.IASNotAffected,
}

// CycloneDX writes the VEX of one version as CycloneDX 1.5 JSON: the
// version as metadata.component, the components concerned, one
// vulnerability per entry with its analysis, affects and CVSS rating.
func (s *Set) CycloneDX(p *content.Product, version string, pub Publisher) ([]byte, error) {
	return encodeCDX(s.cycloneDXBOM(p, version, pub))
}

// cycloneDXBOM is the BOM CycloneDX writes.
func (s *Set) cycloneDXBOM(p *content.Product, version string, pub Publisher) *cdx.BOM {
	v := s.Version(version)
	// Dated and numbered as the OpenVEX and CSAF twins (VEXRevisions): the
	// last day by the build on which a statement changed.
	rev := s.VEXRevisions(p, version, pub.AsOf)
	date := rev.Last
	bom := cdx.NewBOM()
	// The seed of a version without a purl is the one it had when jspgen
	// made one up, so that its VEX keeps its serial number.
	bom.SerialNumber = "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, []byte("jspgen:vex:"+cmp.Or(v.PURL, "pkg:generic/"+p.ID+"@"+v.Version))).String()
	// One serial number for every revision: the version tells them apart
	// (the CSAF twin's), so a reader takes the newest.
	bom.Version = rev.Version()
	// The publisher writes the file (its author); the version's supplier
	// is its maker, another company for a version made before the product
	// line passed to the publisher (versions.manufacturer), as its SBOM
	// and labeling say.
	bom.Metadata = &cdx.Metadata{
		Timestamp: date.Time().Format(time.RFC3339),
		Tools:     &cdx.ToolsChoice{Components: &[]cdx.Component{{Type: cdx.ComponentTypeApplication, Name: "jspgen", Version: pub.ToolVersion()}}},
		Authors:   &[]cdx.OrganizationalContact{{Name: pub.Name, Email: pub.Contact}},
		Component: &cdx.Component{BOMRef: v.Ref, Name: v.Name, Version: v.Version, PackageURL: v.PURL, CPE: v.CPE,
			Supplier: &cdx.OrganizationalEntity{Name: p.MakerOf(version, pub.Name)}},
	}
	typeSubject(bom.Metadata.Component, v)
	var comps []cdx.Component
	seen := map[string]bool{}
	var vulns []cdx.Vulnerability
	for _, x := range s.For(version) {
		var affects []cdx.Affects
		cs := x.Components
		if x.Status == "not_affected" && x.Justification == "component_not_present" {
			// The version is what is not affected; listing the absent
			// component among the BOM's components would say it is there.
			affects, cs = []cdx.Affects{{Ref: v.Ref}}, nil
		}
		for _, c := range cs {
			ref := componentRef(c)
			affects = append(affects, cdx.Affects{Ref: ref})
			if !seen[ref] {
				seen[ref] = true
				comps = append(comps, vexComponent(c))
			}
		}
		rec := x.Recommendation()
		if w := x.actionWhere(p, pub.AsOf); w != "" {
			rec = strings.TrimSpace(rec + " " + w)
		}
		// "Update" with the version that is to fix it not yet out would
		// send customers to an update they cannot install; the OpenVEX
		// action (action) and the CSAF file say so too.
		if c := x.FixToCome(); c != "" {
			rec = strings.TrimSpace(rec + " " + c)
		}
		cv := cdx.Vulnerability{ID: x.ID, Source: source(x.ID), Description: x.Description, Recommendation: rec,
			Workaround: strings.Join(x.CompensatingControls, "\n"),
			Analysis:   &cdx.VulnerabilityAnalysis{State: cdxStatus[x.Status], Detail: x.Impact}, Affects: &affects}
		if r := cdxResponse(x); len(r) > 0 {
			cv.Analysis.Response = &r
		}
		// CycloneDX has no justification for "the adversary cannot control
		// the vulnerable code": each of its candidates (at the perimeter,
		// by configuration, by environment) claims a particular protection
		// the data does not state, so none is written; the detail says why.
		for _, j := range cdxJustifications {
			if j.cisa == x.Justification && x.Justification != "" && x.Justification != "vulnerable_code_cannot_be_controlled_by_adversary" {
				cv.Analysis.Justification = j.cdx
				break
			}
		}
		if x.CWE != nil {
			// CycloneDX carries the weakness's number only.
			if n, err := strconv.Atoi(strings.TrimPrefix(x.CWE.ID, "CWE-")); err == nil {
				cv.CWEs = &[]int{n}
			}
		}
		if c := x.CVSS; c != nil {
			method := cdx.ScoringMethodCVSSv31
			switch c.Version {
			case "4.0":
				method = cdx.ScoringMethodCVSSv4
			case "3.0":
				method = cdx.ScoringMethodCVSSv3
			}
			score := c.Score
			cv.Ratings = &[]cdx.VulnerabilityRating{{Source: &cdx.Source{Name: pub.Name}, Score: &score, Severity: cdx.Severity(lower(c.Severity)), Method: method, Vector: c.Vector}}
		}
		vulns = append(vulns, cv)
	}
	if len(comps) > 0 {
		bom.Components = &comps
	}
	if len(vulns) > 0 {
		bom.Vulnerabilities = &vulns
	}
	return bom
}

// The CycloneDX version the VEX files are written in.
const (
	cdxSpec       = cdx.SpecVersion1_5
	cdxJSONSchema = "http://cyclonedx.org/schema/bom-1.5.schema.json"
	cdxXMLNS      = "http://cyclonedx.org/schema/bom/1.5"
)

// encodeCDX writes bom as CycloneDX 1.5 JSON. The BOM holds only what
// 1.5 has (the component types sbom.KnownType accepts, the CVSS methods, no
// 1.6 fields), so it is written as it is: the library's EncodeVersion
// would first copy it through encoding/gob, 2 % of a portfolio build's
// CPU, to convert nothing. TestCycloneDXNeedsNoConversion holds this.
func encodeCDX(bom *cdx.BOM) ([]byte, error) {
	bom.SpecVersion, bom.JSONSchema, bom.XMLNS = cdxSpec, cdxJSONSchema, cdxXMLNS
	var b bytes.Buffer
	enc := cdx.NewBOMEncoder(&b, cdx.BOMFileFormatJSON).SetPretty(true).SetEscapeHTML(false)
	if err := enc.Encode(bom); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// cdxResponse is what the manufacturer does about an affected version, as
// CycloneDX analysis responses: will_not_fix when no fix is planned for
// it, update when a release fixes it (a fix released, or the later
// version that has it, generally available and not past its end of
// support: one not yet released, or no longer supported, is no update to
// make), workaround_available with compensating controls.
func cdxResponse(x *Vulnerability) []cdx.ImpactAnalysisResponse {
	if x.Status != "affected" {
		return nil
	}
	var out []cdx.ImpactAnalysisResponse
	if x.Fix.NonePlanned() {
		out = append(out, cdx.IARWillNotFix)
	}
	if (x.FixReleased() || x.Fix.NonePlanned() && x.InstallVersion() != "" && !x.FixPlanned) && x.FixEnded.IsZero() {
		out = append(out, cdx.IARUpdate)
	}
	if len(x.CompensatingControls) > 0 {
		out = append(out, cdx.IARWorkaroundAvailable)
	}
	return out
}

// ToolVersion is the tool's version: the part of Tool after the name.
func (p Publisher) ToolVersion() string {
	for i := len(p.Tool) - 1; i >= 0; i-- {
		if p.Tool[i] == ' ' {
			return p.Tool[i+1:]
		}
	}
	return ""
}

func lower(s string) string { return string(bytes.ToLower([]byte(s))) }

func source(id string) *cdx.Source {
	if len(id) > 4 && id[:4] == "CVE-" {
		return &cdx.Source{Name: "NVD", URL: "https://nvd.nist.gov/vuln/detail/" + id}
	}
	return &cdx.Source{Name: "GitHub", URL: "https://github.com/advisories/" + id}
}

// OpenVEX writes the VEX of one version as an OpenVEX document: one
// statement per entry, the version as product, the components as
// subcomponents (none where the component is not present). docID is the
// document's IRI, the same for every revision, which its version numbers (VEXRevisions). The publisher writes it
// (author); the supplier is who made the version, as in the CycloneDX VEX
// and the CSAF product tree (a line taken over from another maker).
func (s *Set) OpenVEX(p *content.Product, version, docID string, pub Publisher) ([]byte, error) {
	v := s.Version(version)
	rev := s.VEXRevisions(p, version, pub.AsOf) // the CycloneDX and CSAF twins' date and version
	t := rev.Last.Time()
	doc := vex.VEX{Metadata: vex.Metadata{Context: vex.ContextLocator(), ID: docID, Author: pub.Name, AuthorRole: "Document Creator",
		Timestamp: &t, Version: rev.Version(), Tooling: pub.Tool, Supplier: p.MakerOf(version, pub.Name)}, Statements: []vex.Statement{}}
	for _, x := range s.For(version) {
		prod := vex.Product{Component: vex.Component{ID: openVEXProductID(p, v, pub.Namespace), Identifiers: versionIdentifiers(v)}}
		cs := x.Components
		if x.Status == "not_affected" && x.Justification == "component_not_present" {
			// A subcomponent is a component of the product, one its SBOM
			// lists (the OpenVEX spec): naming the absent one would say it
			// is there. The version is what is not affected, as in the
			// CycloneDX and CSAF twins.
			cs = nil
		}
		for _, c := range cs {
			prod.Subcomponents = append(prod.Subcomponents, vex.Subcomponent{Component: openVEXComponent(c)})
		}
		st := vex.Statement{Vulnerability: vex.Vulnerability{Name: vex.VulnerabilityID(x.ID), Description: x.Description},
			Timestamp: &t, Products: []vex.Product{prod}, Status: vex.Status(x.Status),
			Justification: vex.Justification(x.Justification), ImpactStatement: x.Impact}
		if x.Status == "affected" {
			st.ActionStatement = x.action(x.actionWhere(p, pub.AsOf)) // the remediation, where its version is out, and every compensating control
		}
		doc.Statements = append(doc.Statements, st)
	}
	// go-vex's VEX.MarshalJSON drops the document timestamp (its
	// "timestamp" field collides with the embedded metadata's); the
	// document is written field by field, the statements by go-vex.
	out := struct {
		Context    string          `json:"@context"`
		ID         string          `json:"@id"`
		Author     string          `json:"author"`
		Role       string          `json:"role,omitempty"`
		Timestamp  string          `json:"timestamp"`
		Version    int             `json:"version"`
		Tooling    string          `json:"tooling,omitempty"`
		Supplier   string          `json:"supplier,omitempty"`
		Statements []vex.Statement `json:"statements"`
	}{doc.Context, doc.ID, doc.Author, doc.AuthorRole, t.UTC().Format(time.RFC3339), doc.Version, doc.Tooling, doc.Supplier, doc.Statements}
	return export.JSON(out)
}

// Recommendation is the remediation the VEX and CSAF files give: the
// remediation text, and, for an affected version, when the version that first had the fix was
// withdrawn, that it was and what to install instead (the remediation
// text may name the withdrawn version).
func (x *Vulnerability) Recommendation() string {
	if x.Status != "affected" {
		return x.Remediation
	}
	return strings.TrimSpace(x.Remediation + " " + x.WithdrawnFixText())
}
