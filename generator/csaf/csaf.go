// Package csaf is the part of the OASIS Common Security Advisory Framework
// 2.0 that jspgen reads and writes: documents of the csaf_vex and
// csaf_informational_advisory profiles, and the provider metadata of a
// CSAF provider. It holds types and their JSON encoding only; what goes
// into a document is decided by the kinds (generator/kind/csaf) and the
// vulnerability import (generator/vuln).
package csaf

// Document is one CSAF 2.0 document.
type Document struct {
	Document        Meta            `json:"document"`
	ProductTree     *ProductTree    `json:"product_tree,omitempty"`
	Vulnerabilities []Vulnerability `json:"vulnerabilities,omitempty"`
}

// Meta is the document-level metadata.
type Meta struct {
	AggregateSeverity *Aggregate `json:"aggregate_severity,omitempty"`
	Category          string     `json:"category"`
	CSAFVersion       string     `json:"csaf_version"`
	Distribution      *Distrib   `json:"distribution,omitempty"`
	Lang              string     `json:"lang,omitempty"`
	Notes             []Note     `json:"notes,omitempty"`
	Publisher         Publisher  `json:"publisher"`
	References        []Ref      `json:"references,omitempty"`
	Title             string     `json:"title"`
	Tracking          Tracking   `json:"tracking"`
}

// Aggregate is the document's aggregate severity.
type Aggregate struct {
	Text string `json:"text"`
}

// Distrib is the distribution: TLP label.
type Distrib struct {
	TLP *TLP `json:"tlp,omitempty"`
}

// TLP is a Traffic Light Protocol label.
type TLP struct {
	Label string `json:"label"`
	URL   string `json:"url,omitempty"`
}

// Note is a note of the document or a vulnerability.
type Note struct {
	Category string `json:"category"`
	Text     string `json:"text"`
	Title    string `json:"title,omitempty"`
}

// Publisher is who publishes the document.
type Publisher struct {
	Category         string `json:"category"`
	ContactDetails   string `json:"contact_details,omitempty"`
	IssuingAuthority string `json:"issuing_authority,omitempty"`
	Name             string `json:"name"`
	Namespace        string `json:"namespace"`
}

// Ref is a reference.
type Ref struct {
	Category string `json:"category,omitempty"`
	Summary  string `json:"summary"`
	URL      string `json:"url"`
}

// Tracking is the document's identity and history.
type Tracking struct {
	CurrentReleaseDate string     `json:"current_release_date"`
	Generator          *Generator `json:"generator,omitempty"`
	ID                 string     `json:"id"`
	InitialReleaseDate string     `json:"initial_release_date"`
	RevisionHistory    []Revision `json:"revision_history"`
	Status             string     `json:"status"`
	Version            string     `json:"version"`
}

// Generator names the tool.
type Generator struct {
	Engine Engine `json:"engine"`
}

// Engine is the generating engine.
type Engine struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

// Revision is one entry of the revision history.
type Revision struct {
	Date    string `json:"date"`
	Number  string `json:"number"`
	Summary string `json:"summary"`
}

// ProductTree is the products the document speaks about.
type ProductTree struct {
	Branches      []Branch       `json:"branches,omitempty"`
	FullProducts  []FullProduct  `json:"full_product_names,omitempty"`
	Relationships []Relationship `json:"relationships,omitempty"`
}

// Branch is one level of the vendor → product name → product version tree.
type Branch struct {
	Branches []Branch     `json:"branches,omitempty"`
	Category string       `json:"category"`
	Name     string       `json:"name"`
	Product  *FullProduct `json:"product,omitempty"`
}

// FullProduct is a product with its ID.
type FullProduct struct {
	Name      string  `json:"name"`
	ProductID string  `json:"product_id"`
	Helper    *Helper `json:"product_identification_helper,omitempty"`
}

// Helper identifies a product by purl or CPE.
type Helper struct {
	CPE  string `json:"cpe,omitempty"`
	PURL string `json:"purl,omitempty"`
}

// Relationship combines a component and a product into a new product.
type Relationship struct {
	Category            string      `json:"category"`
	FullProductName     FullProduct `json:"full_product_name"`
	ProductReference    string      `json:"product_reference"`
	RelatesToProductRef string      `json:"relates_to_product_reference"`
}

// Vulnerability is one vulnerability and the products' status.
type Vulnerability struct {
	// Keys in alphabetical order, as CSAF optional test 6.2.13 asks
	// (TestKeysSorted).
	CVE           string         `json:"cve,omitempty"`
	CWE           *CWE           `json:"cwe,omitempty"`
	DiscoveryDate string         `json:"discovery_date,omitempty"`
	Flags         []Flag         `json:"flags,omitempty"`
	IDs           []VulnID       `json:"ids,omitempty"`
	Notes         []Note         `json:"notes,omitempty"`
	ProductStatus *ProductStatus `json:"product_status,omitempty"`
	ReleaseDate   string         `json:"release_date,omitempty"`
	Remediations  []Remediation  `json:"remediations,omitempty"`
	Scores        []Score        `json:"scores,omitempty"`
	Threats       []Threat       `json:"threats,omitempty"`
	Title         string         `json:"title,omitempty"`
}

// CWE is the weakness of a vulnerability.
type CWE struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// VulnID is a non-CVE identifier (GHSA).
type VulnID struct {
	SystemName string `json:"system_name"`
	Text       string `json:"text"`
}

// Flag is a VEX justification for products not affected.
type Flag struct {
	Label      string   `json:"label"`
	ProductIDs []string `json:"product_ids"`
}

// ProductStatus lists product IDs per status.
type ProductStatus struct {
	Fixed              []string `json:"fixed,omitempty"`
	KnownAffected      []string `json:"known_affected,omitempty"`
	KnownNotAffected   []string `json:"known_not_affected,omitempty"`
	UnderInvestigation []string `json:"under_investigation,omitempty"`
}

// Remediation is a fix, mitigation or workaround.
type Remediation struct {
	Category   string   `json:"category"`
	Date       string   `json:"date,omitempty"`
	Details    string   `json:"details"`
	ProductIDs []string `json:"product_ids"`
}

// Score is a CVSS score for products.
type Score struct {
	CVSSv3   *CVSSv3  `json:"cvss_v3,omitempty"`
	Products []string `json:"products"`
}

// CVSSv3 is the FIRST CVSS v3.x JSON representation (base metrics).
type CVSSv3 struct {
	BaseScore    float64 `json:"baseScore"`
	BaseSeverity string  `json:"baseSeverity"`
	VectorString string  `json:"vectorString"`
	Version      string  `json:"version"`
}

// Threat is an impact or exploit status statement.
type Threat struct {
	Category   string   `json:"category"`
	Details    string   `json:"details"`
	ProductIDs []string `json:"product_ids,omitempty"`
}

// ProviderMetadata is .well-known/csaf/provider-metadata.json.
type ProviderMetadata struct {
	CanonicalURL            string         `json:"canonical_url"`
	Distributions           []Distribution `json:"distributions,omitempty"`
	LastUpdated             string         `json:"last_updated"`
	ListOnCSAFAggregators   bool           `json:"list_on_CSAF_aggregators"`
	MetadataVersion         string         `json:"metadata_version"`
	MirrorOnCSAFAggregators bool           `json:"mirror_on_CSAF_aggregators"`
	PublicOpenPGPKeys       []PGPKey       `json:"public_openpgp_keys,omitempty"`
	Publisher               Publisher      `json:"publisher"`
	Role                    string         `json:"role"`
}

// Distribution is where the documents are: a directory URL.
type Distribution struct {
	DirectoryURL string `json:"directory_url"`
}

// PGPKey is an OpenPGP key location.
type PGPKey struct {
	Fingerprint string `json:"fingerprint,omitempty"`
	URL         string `json:"url"`
}
