// Package csaf publishes what security tools read rather than people: per
// product version, the VEX files beside the SBOM (CycloneDX and OpenVEX);
// for the site, a CSAF 2.0 provider layout under .well-known/csaf/ (a
// csaf_vex document per product version with known vulnerabilities, a
// csaf_security_advisory per security notice, a
// csaf_informational_advisory per end-of-life or end-of-support notice,
// index.txt, changes.csv and provider-metadata.json), an RFC 9116
// security.txt and an Atom feed of notices and advisories.
//
// Every date, version and identifier comes from the data: tracking IDs
// from the product, version and notice IDs, dates from the vulnerabilities
// and the notices' document control, so the files are the same bytes on
// every build.
package csaf

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
)

// Kind is the CSAF, VEX and security.txt kind.
var Kind kind.Kind = csafKind{}

type csafKind struct{}

func (csafKind) Slug() string { return "csaf" }

// Portfolio: the provider metadata, feed and security.txt list every
// product's advisories, so the kind prepares every product at once.
func (csafKind) Portfolio() {}

// Root is where the CSAF provider layout lives in the site.
const Root = csaf.Root

// Advisory is one CSAF document as the site publishes it.
type Advisory struct {
	Path     string // relative to the site root: .well-known/csaf/white/2025/x.json
	Doc      *csaf.Document
	Product  *content.Product
	Released content.Date // current_release_date
	Link     string       // the human page it twins, relative to the site root ("" for a VEX document)
}

func (csafKind) Prepare(env *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	out := make([]kind.Prepared, len(products))
	var diags content.Diagnostics
	var parts []Part
	for i, p := range products {
		files, advs, err := product(env, p)
		var part Part
		if err == nil {
			part, err = partOf(p, advs, env.AsOf)
		}
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Message: err.Error()})
			continue
		}
		out[i].Files = files
		parts = append(parts, part)
	}
	if len(products) == 0 {
		return out, diags
	}
	site, err := siteFiles(env, parts)
	if err != nil {
		diags = append(diags, content.Diagnostic{File: env.Content.SiteFile.File, Message: err.Error()})
	}
	diags = append(diags, aggregatorConsentUnstated(env, site)...)
	out[0].SiteFiles = site
	return out, diags
}

// publisher of the VEX files and CSAF documents. The PSIRT and the CVD
// policy are optional in a site whose products build only MDS2 forms: the
// contact and the issuing authority say only what the site file states.
// The contact is the PSIRT (else the security contact); reports go to the
// security contact, as in the CSD (reportsTo).
func publisher(env *kind.Env) csaf.Publisher {
	m := env.Content.Site.Manufacturer
	ns := env.Content.Site.CSAFNamespace()
	team, email := m.PSIRT.Name, m.PSIRT.Email
	if email == "" {
		team, email = m.SecurityContact.Name, m.SecurityContact.Email
	}
	contact := strings.Join(slices.DeleteFunc([]string{team, email}, func(s string) bool { return s == "" }), ", ")
	authority := m.Name + " is the manufacturer of the products."
	switch to := reportsTo(m.SecurityContact); {
	case to != "" && m.CVDPolicyURL != "":
		authority += " Vulnerabilities are reported to " + to + " under the coordinated vulnerability disclosure policy " + m.CVDPolicyURL + "."
	case to != "":
		authority += " Vulnerabilities are reported to " + to + "."
	case m.CVDPolicyURL != "":
		authority += " Vulnerabilities are handled under the coordinated vulnerability disclosure policy " + m.CVDPolicyURL + "."
	}
	return csaf.Publisher{Category: "vendor", Name: m.Name, Namespace: ns, ContactDetails: contact, IssuingAuthority: authority}
}

// VEXPath is the path of a version's VEX file under the product folder;
// ext is "cdx.json" or "openvex.json".
func VEXPath(version, ext string) string { return "vex-" + version + "." + ext }

// product builds one product's VEX files and CSAF documents.
func product(env *kind.Env, p kind.Product) ([]kind.File, []Advisory, error) {
	var files []kind.File
	var advs []Advisory
	// The files speak as of the build's date, as a document released then
	// does (vuln.Set.KnownBy, the documents' one rule): a file of the
	// site, published to everyone, names no vulnerability before its
	// disclosure, and states none with a status assessed, or a fix
	// released, only after that date; its reader takes what it says as
	// true on the date it bears.
	set := p.Vulnerabilities.KnownBy(env.AsOf)
	pub := vuln.Publisher{Name: env.Content.Site.Manufacturer.Name, Contact: env.Content.Site.Manufacturer.PSIRT.Email, Tool: "jspgen " + env.Version, AsOf: env.AsOf,
		Namespace: env.Content.Site.CSAFNamespace()}
	if set != nil {
		for _, v := range set.Versions {
			if len(set.For(v.Version)) == 0 {
				continue
			}
			b, err := set.CycloneDX(p.Product, v.Version, pub)
			if err != nil {
				return nil, nil, err
			}
			files = append(files, kind.File{Path: VEXPath(v.Version, "cdx.json"), Label: "VEX, version " + v.Version + " (CycloneDX)", Data: b})
			b, err = set.OpenVEX(p.Product, v.Version, docIRI(env, p.ID, VEXPath(v.Version, "openvex.json")), pub)
			if err != nil {
				return nil, nil, err
			}
			files = append(files, kind.File{Path: VEXPath(v.Version, "openvex.json"), Label: "VEX, version " + v.Version + " (OpenVEX)", Data: b})
			// The CSAF provider offers its documents to aggregators as
			// final: a version not generally available on the build's
			// date is not on the market, and its statements are the
			// premarket files' beside the documents only.
			if pv := p.Version(v.Version); pv == nil || !pv.ReleasedOn(env.AsOf) {
				continue
			}
			advs = append(advs, vexAdvisory(env, p, set, v))
		}
	}
	if env.Content.Site.CSAFNamespace() == "" {
		// A CSAF document without its publisher's namespace is invalid:
		// none is published (check warns), the VEX files above are.
		return files, nil, nil
	}
	// A notice's CSAF twin is published only beside the notice: a product
	// that does not build its notices publishes neither.
	for _, n := range p.Notices {
		switch {
		case !p.Builds("notices"):
		case n.AboutVersions():
			advs = append(advs, noticeAdvisory(env, p, n))
		case n.Security() && set != nil:
			if a, ok := securityAdvisory(env, p, n); ok {
				advs = append(advs, a)
			}
		}
	}
	return files, advs, nil
}

// docIRI is a published file's IRI: its URL when the site has a base URL,
// else a name-based UUID URN of the file (siteURN).
func docIRI(env *kind.Env, productID, rel string) string {
	if base := env.Content.Site.BaseURL; base != "" {
		return strings.TrimSuffix(base, "/") + "/" + productID + "/" + rel
	}
	return siteURN(env, productID+"/"+rel)
}

// siteURN is a stable identifier for something the site publishes: a
// name-based (SHA-1) UUID URN of the manufacturer's name and the thing's
// name. It is the same in every build and differs between manufacturers
// whose sites use the same product IDs or titles; a URN namespace of our
// own ("urn:jspgen:") would not be a registered one (RFC 8141).
func siteURN(env *kind.Env, name string) string {
	return "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, []byte("jspgen:"+env.Content.Site.Manufacturer.Name+"\x00"+name)).String()
}

// FileName is a CSAF document's file name from its tracking ID (CSAF 2.0
// section 5.1).
func FileName(trackingID string) string { return csaf.FileName(trackingID) }

func dateTime(d content.Date) string { return d.String() + "T00:00:00.000Z" }

// madeBy is the publisher of a document about versions of p another
// company made (versions.manufacturer): the publisher's authority said it
// was "the manufacturer of the products", which their labeling
// contradicts; it names their maker and says the publisher supports them
// in its place.
func madeBy(pub csaf.Publisher, site string, p *content.Product, versions []string) csaf.Publisher {
	if p == nil {
		return pub
	}
	others := p.MadeByOthers(versions...)
	if len(others) == 0 {
		return pub
	}
	var says []string
	if own := p.MadeBySite(versions...); len(own) > 0 {
		says = append(says, fmt.Sprintf("%s is the manufacturer of %s %s.", site, p.Name, content.AndList(own)))
	}
	for _, o := range others {
		says = append(says, madeByOther(site, p.Name, o.Name, o.Versions))
	}
	rest := strings.TrimPrefix(pub.IssuingAuthority, site+" is the manufacturer of the products.")
	pub.IssuingAuthority = strings.Join(says, " ") + rest
	return pub
}

// meta is a document's metadata. versions are the versions of p it is
// about (none: every version), whose makers the issuing authority names.
func meta(env *kind.Env, p *content.Product, versions []string, category, title, id string, history []csaf.Revision) csaf.Meta {
	lang := cmp.Or(env.Content.Site.Language, "en")
	return csaf.Meta{
		Category: category, CSAFVersion: "2.0", Lang: lang, Title: title,
		Distribution: &csaf.Distrib{TLP: &csaf.TLP{Label: "WHITE", URL: "https://www.first.org/tlp/"}},
		Publisher:    madeBy(publisher(env), env.Content.Site.Manufacturer.Name, p, versions),
		Tracking: csaf.Tracking{
			ID: id, Status: "final", Version: fmt.Sprint(len(history)), RevisionHistory: history,
			InitialReleaseDate: history[0].Date, CurrentReleaseDate: history[len(history)-1].Date,
			Generator: &csaf.Generator{Engine: csaf.Engine{Name: "jspgen", Version: env.Version}},
		},
	}
}

// versionBranch is the product tree of some versions: vendor → product
// name → product version, each version with its purl or CPE, under the
// vendor that made it (byMaker).
func versionBranch(env *kind.Env, p kind.Product, versions []string) ([]csaf.Branch, map[string]string) {
	ids := map[string]string{}
	var out []csaf.Branch
	for _, m := range byMaker(env, p.Product, versions) {
		name := csaf.Branch{Category: "product_name", Name: p.Name}
		for _, ver := range m.Versions {
			id := p.ID + "-" + ver
			ids[ver] = id
			fp := &csaf.FullProduct{Name: p.Name + " " + ver, ProductID: id}
			if v := p.Vulnerabilities.Version(ver); v != nil && (v.PURL != "" || v.CPE != "") {
				// By name and version alone when the SBOM states no purl or
				// CPE: a made-up one would be matched as a real identifier.
				fp.Helper = &csaf.Helper{PURL: v.PURL, CPE: v.CPE}
			}
			name.Branches = append(name.Branches, csaf.Branch{Category: "product_version", Name: ver, Product: fp})
		}
		out = append(out, csaf.Branch{Category: "vendor", Name: m.Name, Branches: []csaf.Branch{name}})
	}
	return out, ids
}

// byMaker groups versions by the company that made them (MakerOf), each
// maker in the order its first version comes, its versions in the given
// order: a CSAF vendor branch names the maker of the products under it,
// and a version another company made (versions.manufacturer) is not the
// site's manufacturer's, who publishes the document.
func byMaker(env *kind.Env, p *content.Product, versions []string) []content.MadeBy {
	var out []content.MadeBy
	for _, ver := range versions {
		name := p.MakerOf(ver, env.Content.Site.Manufacturer.Name)
		i := slices.IndexFunc(out, func(m content.MadeBy) bool { return m.Name == name })
		if i < 0 {
			i = len(out)
			out = append(out, content.MadeBy{Name: name})
		}
		out[i].Versions = append(out[i].Versions, ver)
	}
	return out
}

// withSelf gives the advisory a reference to itself, its JSON file's
// canonical URL, first (CSAF 2.0 3.2.1.12: category self is the document
// itself; the notice page it twins is an external reference), when the
// site states its base URL.
func withSelf(env *kind.Env, a Advisory) Advisory {
	if base := env.Content.Site.BaseURL; base != "" {
		self := csaf.Ref{Category: "self", Summary: "This document", URL: strings.TrimSuffix(base, "/") + "/" + a.Path}
		a.Doc.Document.References = append([]csaf.Ref{self}, a.Doc.Document.References...)
	}
	return a
}

// references are the external references of a document that twins no
// page (a VEX document): the disclosure policy and the advisories page.
func references(env *kind.Env) []csaf.Ref {
	return twinReferences(env, "", "")
}

// twinReferences are references with the twinned page described by
// summary. The page's URL is under the site's address (pageURL), where
// the provider metadata places the documents themselves. CSAF 2.0 asks an
// informational advisory for at least one external reference (6.1.27.2)
// and a URL for each: a site stating only its PSIRT's page as the
// publisher's namespace (content.Site.CSAFNamespace) gives that page, so a
// document that is published always has one.
func twinReferences(env *kind.Env, link, summary string) []csaf.Ref {
	m := env.Content.Site.Manufacturer
	var refs []csaf.Ref
	if u := pageURL(env, link); u != "" {
		refs = append(refs, csaf.Ref{Category: "external", Summary: summary, URL: u})
	}
	if m.CVDPolicyURL != "" {
		refs = append(refs, csaf.Ref{Category: "external", Summary: "Coordinated vulnerability disclosure policy", URL: m.CVDPolicyURL})
	}
	if m.PSIRT.AdvisoriesURL != "" {
		refs = append(refs, csaf.Ref{Category: "external", Summary: "Security advisories", URL: m.PSIRT.AdvisoriesURL})
	}
	if len(refs) == 0 && m.PSIRT.URL != "" {
		refs = append(refs, csaf.Ref{Category: "external", Summary: "Product security incident response team", URL: m.PSIRT.URL})
	}
	return refs
}

// vexAdvisory is the csaf_vex document of one product version.
func vexAdvisory(env *kind.Env, p kind.Product, set *vuln.Set, v vuln.Version) Advisory {
	list := set.For(v.Version)
	rev := set.VEXRevisions(p.Product, v.Version, env.AsOf) // the CycloneDX and OpenVEX twins' date and version
	first, last := rev.First, rev.Last
	history := vexHistory(p.Name, v.Version, rev)
	id := strings.ToUpper(p.ID) + "-" + v.Version + "-VEX"
	title := "Known vulnerabilities of " + p.Name + " " + v.Version
	doc := &csaf.Document{Document: meta(env, p.Product, []string{v.Version}, "csaf_vex", title, id, history)}
	doc.Document.Notes = []csaf.Note{{Category: "summary", Title: "About this document",
		Text: vexSummary(env.Content.Site.Manufacturer.Name, p.Name, v.Version)}}
	doc.Document.References = references(env)
	branches, ids := versionBranch(env, p, []string{v.Version})
	tree := &csaf.ProductTree{Branches: branches}
	compID := map[string]string{}
	relID := map[string]string{}
	for _, x := range list {
		if absent(x) {
			continue // not in the version: no relationship says it is
		}
		for _, c := range x.Components {
			key := c.PURL + "\x00" + c.Name + "\x00" + c.Version
			if _, ok := compID[key]; ok {
				continue
			}
			cid := "component-" + strings.TrimSpace(c.Name+"-"+c.Version)
			if strings.TrimSpace(c.Version) == "" { // version not stated: the name alone, no dangling "-"
				cid = "component-" + strings.TrimSpace(c.Name)
			}
			if c.Name == "" {
				cid = "component-" + c.PURL
			}
			compID[key] = cid
			fp := csaf.FullProduct{Name: content.NameVersion(c.Name, c.Version), ProductID: cid}
			if fp.Name == "" {
				fp.Name = c.PURL
			}
			if c.PURL != "" || c.CPE != "" {
				fp.Helper = &csaf.Helper{PURL: c.PURL, CPE: c.CPE}
			}
			tree.FullProducts = append(tree.FullProducts, fp)
			rid := ids[v.Version] + ":" + strings.TrimPrefix(cid, "component-")
			relID[key] = rid
			tree.Relationships = append(tree.Relationships, csaf.Relationship{Category: "default_component_of",
				FullProductName:  csaf.FullProduct{Name: fp.Name + " as a component of " + p.Name + " " + v.Version, ProductID: rid},
				ProductReference: cid, RelatesToProductRef: ids[v.Version]})
		}
	}
	doc.ProductTree = tree
	// One CSAF vulnerability per ID.
	var order []string
	byID := map[string][]*vuln.Vulnerability{}
	for _, x := range list {
		if _, ok := byID[x.ID]; !ok {
			order = append(order, x.ID)
		}
		byID[x.ID] = append(byID[x.ID], x)
	}
	pidsOf := func(x *vuln.Vulnerability) []string {
		if absent(x) {
			return []string{ids[x.Version]} // the version itself is not affected
		}
		var pids []string
		for _, c := range x.Components {
			pids = append(pids, relID[c.PURL+"\x00"+c.Name+"\x00"+c.Version])
		}
		return pids
	}
	for _, id := range order {
		cv := csafVulnerability(id, byID[id], riskTo(p.Product), riskSource(p.Product), pidsOf)
		marketFixes(p.Product, &cv, byID[id], env.AsOf, pidsOf)
		doc.Vulnerabilities = append(doc.Vulnerabilities, cv)
	}
	return withSelf(env, Advisory{Path: Root + "white/" + first.Time().Format("2006") + "/" + FileName(id), Doc: doc, Product: p.Product, Released: last})
}

// absent reports an entry about components the version does not contain
// (not affected: component_not_present). A CSAF relationship would say
// the component is part of the version, so the entry names the version.
// riskTo names the residual risk a vulnerability's controlled or
// uncontrolled assessment is about: a device's essential clinical
// performance; health IT that is not a medical device has none, and its
// risk is of patient harm.
func riskTo(p *content.Product) string {
	if p.MedicalDevice.IsFalse() {
		return "Residual risk of patient harm"
	}
	return "Residual risk to essential clinical performance"
}

// riskSource cites where controlled and uncontrolled come from: FDA's
// postmarket guidance, which a product the data say is not marketed in
// the United States does not follow (nothing is cited then).
func riskSource(p *content.Product) string {
	if p.NotForUS() {
		return ""
	}
	return " (FDA postmarket guidance)"
}

func absent(x *vuln.Vulnerability) bool {
	return x.Status == "not_affected" && x.Justification == "component_not_present"
}

// csafVulnerability is one CSAF vulnerability from its entries, one per
// product version; productIDs names the CSAF products an entry speaks
// about (the components in a version for VEX, the version itself for a
// security advisory); risk names what a controlled or uncontrolled risk
// is a risk to (riskTo).
func csafVulnerability(id string, xs []*vuln.Vulnerability, risk, source string, productIDs func(*vuln.Vulnerability) []string) csaf.Vulnerability {
	out := csaf.Vulnerability{Title: xs[0].Title}
	if strings.HasPrefix(id, "CVE-") {
		out.CVE = id
	} else {
		out.IDs = []csaf.VulnID{{SystemName: "GitHub Security Advisories", Text: id}}
	}
	st := &csaf.ProductStatus{}
	for _, x := range xs {
		pids := productIDs(x)
		// CSAF requires the weakness's name; one read from a CycloneDX
		// VEX (numbers only) is left out rather than given a made-up name.
		if out.CWE == nil && x.CWE != nil && x.CWE.Name != "" {
			out.CWE = &csaf.CWE{ID: x.CWE.ID, Name: x.CWE.Name}
		}
		switch x.Status {
		case "affected":
			st.KnownAffected = append(st.KnownAffected, pids...)
		case "under_investigation":
			st.UnderInvestigation = append(st.UnderInvestigation, pids...)
		case "fixed":
			st.Fixed = append(st.Fixed, pids...)
		case "not_affected":
			st.KnownNotAffected = append(st.KnownNotAffected, pids...)
			if x.Justification != "" {
				out.Flags = append(out.Flags, csaf.Flag{Label: string(x.Justification), ProductIDs: pids})
			}
		}
		if !x.Discovered.IsZero() {
			out.DiscoveryDate = dateTime(x.Discovered)
		}
		if !x.Disclosed.IsZero() {
			out.ReleaseDate = dateTime(x.Disclosed)
		}
		if x.Description != "" {
			out.Notes = append(out.Notes, csaf.Note{Category: "description", Title: "Description", Text: x.Description})
		}
		if x.Impact != "" {
			out.Threats = append(out.Threats, csaf.Threat{Category: "impact", Details: x.Impact, ProductIDs: pids})
		}
		if x.SafetyImpact != "" || x.Risk != "" {
			text := strings.TrimSpace(x.SafetyImpact)
			if x.Risk != "" {
				text = strings.TrimSpace(text + " " + risk + ": " + strings.ToLower(x.Risk.Label()) + source + ".")
			}
			out.Threats = append(out.Threats, csaf.Threat{Category: "impact", Details: text, ProductIDs: pids})
		}
		if x.Exploitability != "" {
			out.Threats = append(out.Threats, csaf.Threat{Category: "exploit_status", Details: x.Exploitability.Label(), ProductIDs: pids})
		}
		if r, ok := remediation(x, pids); ok {
			out.Remediations = append(out.Remediations, r)
		}
		for _, cc := range x.CompensatingControls {
			out.Remediations = append(out.Remediations, csaf.Remediation{Category: "mitigation", Details: cc, ProductIDs: pids})
		}
		// A score says how severe the vulnerability is in the products it
		// names: a fixed or unaffected product has none to carry (CSAF
		// 2.0's optional test 6.2.19 flags a score on a fixed product).
		if c := x.CVSS; c != nil && (x.Status == "affected" || x.Status == "under_investigation") {
			if c.Version == "3.1" || c.Version == "3.0" {
				out.Scores = append(out.Scores, csaf.Score{CVSSv3: &csaf.CVSSv3{Version: c.Version, VectorString: c.Vector, BaseScore: c.Score, BaseSeverity: strings.ToUpper(c.Severity)}, Products: pids})
			} else {
				// CSAF 2.0 has no CVSS v4.0 score object.
				out.Notes = append(out.Notes, csaf.Note{Category: "other", Title: "CVSS v4.0", Text: fmt.Sprintf("%s: base score %.1f (%s)", c.Vector, c.Score, c.Severity)})
			}
		}
	}
	if out.Title == "" {
		out.Title = id
	}
	if len(out.Notes) == 0 {
		// Both profiles want every vulnerability described (CSAF 2.0
		// section 6.1.27.5); without a description, its title is all.
		out.Notes = []csaf.Note{{Category: "summary", Title: "Summary", Text: out.Title}}
	}
	out.ProductStatus = st
	merge(&out)
	return out
}

// remediation is the CSAF remediation an entry's remediation text and fix
// state make for its products (compensating controls are mitigations of
// their own). The category claims only what the entry states:
// vendor_fix for a fixed product, or an affected one whose fix is
// released (a fix version named, fix = "released"); no_fix_planned when no
// fix will be released for it (fix = "none_planned", stated even without a
// remediation text, whatever later version has the fix: no vendor_fix
// applies to a product that gets none); else none_available, no fix
// being out (the remediation is a plan to fix, or advice), as for a
// product under investigation. When the version that first had the fix
// was withdrawn, the details say so and name its replacement. When the
// version named to fix it is not yet released on the file's date
// (FixPlanned), none_available says so and names it, as the OpenVEX
// statement's "Until version …, which is to fix it, is released"; the
// data's remediation text alone (often "Update the firmware.") would
// send readers to an update that does not exist yet.
func remediation(x *vuln.Vulnerability, pids []string) (csaf.Remediation, bool) {
	r, ok := remediationOf(x, pids)
	if come := x.FixToCome(); come != "" && r.Category != "vendor_fix" && r.Category != "no_fix_planned" {
		r.Category = "none_available"
		r.Details = strings.TrimSpace(r.Details + " " + come)
		ok = true
	}
	return r, ok
}

// remediationOf is remediation before the fix still to come is named.
func remediationOf(x *vuln.Vulnerability, pids []string) (csaf.Remediation, bool) {
	r := csaf.Remediation{Details: x.Remediation, ProductIDs: pids}
	switch {
	case x.Status == "affected" && x.Fix.NonePlanned():
		r.Category = "no_fix_planned"
		if r.Details == "" {
			r.Details = vuln.NoFixPlanned(x.Version)
		}
		return r, true
	case x.Status == "affected" && !x.FixWithdrawn.IsZero():
		// The version that first had the fix was withdrawn: the
		// remediation sends the affected products to its replacement.
		r.Details = x.Recommendation()
		r.Category = "none_available"
		if x.FixReleased() {
			// No date: fixed is when the withdrawn version brought
			// the fix, not when its replacement did.
			r.Category = "vendor_fix"
		}
	case x.Remediation == "" && x.FixReleased() && x.FixedIn != "":
		// No remediation text: the vendor fix names the version that
		// has it, as the security advisory's fixed status does.
		r.Category, r.Details = "vendor_fix", "Fixed in version "+x.FixedIn+"."
		if !x.FixEnded.IsZero() {
			r.Details += " Version " + x.FixedIn + " is past its end of support (" + x.FixEnded.String() + ")."
		}
		if !x.Fixed.IsZero() {
			r.Date = dateTime(x.Fixed)
		}
	case x.Remediation == "":
		return r, false
	case x.Status == "fixed" || x.FixReleased():
		r.Category = "vendor_fix"
		if !x.Fixed.IsZero() {
			r.Date = dateTime(x.Fixed)
		}
	case x.Status == "affected" || x.Status == "under_investigation":
		r.Category = "none_available"
	default:
		return r, false
	}
	return r, true
}

// noticeAdvisory is the csaf_informational_advisory twin of an
// end-of-life or end-of-support notice: the same versions, the same
// milestone dates (from the versions), the notice's document control as
// tracking (ID, revisions, release dates).
func noticeAdvisory(env *kind.Env, p kind.Product, n content.Notice) Advisory {
	history := noticeHistory(n)
	id := kind.NoticeTrackingID(p.ID, n)
	doc := &csaf.Document{Document: meta(env, p.Product, n.Versions, "csaf_informational_advisory", n.DisplayTitle()+" ("+p.Name+")", id, history)}
	doc.Document.Tracking.InitialReleaseDate = dateTime(n.Issued)
	notes := []csaf.Note{{Category: "summary", Title: "Summary", Text: strings.TrimSpace(n.Summary)}}
	if x, ok := trackingUnassignedNote(n); ok {
		notes = append(notes, x)
	}
	// As the notice it twins: the milestones as announced on its release,
	// of its versions and of the related system's versions it names.
	dated := p.Product.DatesOn(kind.NoticeReleased(n, env.AsOf))
	var lines []string
	milestones := func(what string, ms []content.Milestone) {
		var dates []string
		for _, m := range ms {
			dates = append(dates, m.Name+": "+m.Date.String())
		}
		lines = append(lines, what+" — "+strings.Join(dates, "; ")+".")
	}
	// A version's paid extended support is no lifecycle milestone and
	// holds only for the customers in the programme (content.Version
	// .ExtendedSupportMilestone): its end is listed labelled so, and a
	// note of its own says what it gives and to whom, as the notice's
	// paragraph does. A CSAF informational advisory has no vulnerability,
	// so no product status or remediation to carry it: notes are where
	// CSAF 2.0 lets it be said.
	var extended []string
	ends := p.NoticeEndsModels(n) // a model's end of support: its dates, not the versions'
	for _, m := range ends {
		milestones("Model "+m.ID, m.Milestones())
	}
	for _, ver := range n.Versions {
		if ends == nil {
			break
		}
		line := "Version " + ver + " — none of its milestones is announced by this notice"
		if others := p.NoticeOtherModels(n, ver); len(others) > 0 {
			line += "; its own dates apply on " + content.AndList(others) + ", which also " + content.Plural(len(others), "runs", "run") + " it"
		}
		lines = append(lines, line+".")
	}
	for _, ver := range n.Versions {
		if v := dated.Version(ver); v != nil && ends == nil {
			ms := v.Milestones()
			if !v.ExtendedSupportUntil.IsZero() {
				ms = append(ms, content.Milestone{Name: "End of paid extended support (customers who sign for it only)", Date: v.ExtendedSupportUntil})
				extended = append(extended, v.ExtendedSupportText(env.Content.Site.Manufacturer.Name, kind.NoticeReleased(n, env.AsOf)))
			}
			milestones("Version "+ver, ms)
			// As the notice's stage line: a version in Support whose
			// operating system is past its supplier's support gets no
			// updates for it (notices.NoticeView.StageNote).
			on := kind.NoticeReleased(n, env.AsOf)
			if pv := p.Version(ver); pv != nil && pv.Stage(on) == "Support" {
				if s := p.UnsupportedMajor(ver, on).Sentence(); s != "" {
					lines[len(lines)-1] += " " + s
				}
			}
		}
	}
	if s := p.RelatedSystem(n.RelatedSystem); s != nil {
		for _, ver := range n.RelatedVersions {
			if rv := s.Version(ver); rv != nil {
				milestones(s.Name+" "+ver, rv.Milestones())
			}
		}
	}
	// The hosted service's switch-off and the customer's data, as the
	// notice shows them (notices.NoticeView.Service).
	if h := n.HostedService; !h.IsZero() || p.NoticeHostedOnly(n) {
		date := func(d content.Date) string {
			if d.IsZero() {
				return "not stated"
			}
			return d.String()
		}
		lines = append(lines, "Hosted service — the manufacturer stops running the affected versions (switch-off): "+date(h.SwitchOff)+
			"; last day the customer can export its data: "+date(h.ExportUntil)+"; the manufacturer deletes the customer's data still held for the affected versions: "+date(h.DataDeleted)+".")
	}
	if len(lines) > 0 {
		notes = append(notes, csaf.Note{Category: "details", Title: "Lifecycle milestones", Text: strings.Join(lines, "\n")})
	}
	if len(extended) > 0 {
		notes = append(notes, csaf.Note{Category: "details", Title: "Paid extended support", Text: strings.Join(extended, "\n")})
	}
	if h := n.HostedService; !h.IsZero() || p.NoticeHostedOnly(n) {
		text := strings.TrimSpace(h.Export)
		if text == "" {
			text = "Not stated."
		}
		notes = append(notes, csaf.Note{Category: "general", Title: "Exporting the customer's data", Text: text})
	}
	// As the notice, as of its release: what stopped by then "stopped".
	on := kind.NoticeReleased(n, env.AsOf)
	var stops []string
	// as the notice's table (content.Product.NoticeStopsShown)
	for _, s := range p.NoticeStopsShown(n, dated.NoticeVersions(n)) {
		when := func(d content.Date) string {
			if !d.After(on) {
				return "stopped on " + d.String()
			}
			if pluralStop(s.What) {
				return "stop on " + d.String()
			}
			return "stops on " + d.String()
		}
		var dates []string
		if !s.Date.IsZero() {
			dates = append(dates, when(s.Date))
		} else if ends != nil {
			for _, m := range ends {
				if d := m.MilestoneDate(s.Milestone); !d.IsZero() {
					dates = append(dates, "for model "+m.ID+" "+when(d))
				}
			}
		} else {
			for _, ver := range n.Versions {
				if v := dated.Version(ver); v != nil {
					if d := v.MilestoneDate(s.Milestone); !d.IsZero() {
						dates = append(dates, "for "+ver+" "+when(d))
					}
				}
			}
		}
		line := content.StopLabel(s.What)
		if len(dates) > 0 {
			line += " " + strings.Join(dates, "; ")
		}
		if d := strings.TrimSpace(s.Details); d != "" {
			line += ". " + d
		}
		// every line a sentence: a stop without details ended bare
		if !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "!") && !strings.HasSuffix(line, "?") {
			line += "."
		}
		stops = append(stops, line)
	}
	if len(stops) == 0 {
		stops = append(stops, stopsUnstated)
	}
	notes = append(notes, csaf.Note{Category: "details", Title: "What stops", Text: strings.Join(stops, "\n")})
	notes = append(notes, csaf.Note{Category: "general", Title: "Remaining maintenance", Text: cmp.Or(strings.TrimSpace(n.Maintenance), maintenanceUnstated)})
	if len(n.Compensating) > 0 {
		notes = append(notes, csaf.Note{Category: "general", Title: "Compensating controls", Text: "- " + strings.Join(n.Compensating, "\n- ")})
	} else if p.NoticeNeedsNoControls(n) {
		notes = append(notes, csaf.Note{Category: "general", Title: "Compensating controls", Text: "None: the manufacturer states that " + p.InHouseWords("the customer") + " needs none."})
	} else if s := compensatingUnstated(env.Content.Site.Manufacturer.Name, p, n); s != "" {
		notes = append(notes, csaf.Note{Category: "general", Title: "Compensating controls", Text: s})
	}
	// The rest of what the notice tells its readers: its operating
	// systems, components, customer actions, upgrade paths and
	// decommissioning.
	for _, note := range []func() (csaf.Note, bool){
		func() (csaf.Note, bool) { return operatingSystemsNote(env, p, n, on) },
		func() (csaf.Note, bool) { return componentsNote(p, n) },
		func() (csaf.Note, bool) { return actionsNote(env.Content.Site.Manufacturer.Name, p, n) },
		func() (csaf.Note, bool) { return upgradeNote(env, p, n, on) },
		func() (csaf.Note, bool) { return decommissioningNote(env.Content.Site.Manufacturer.Name, p, n) },
	} {
		if x, ok := note(); ok {
			notes = append(notes, x)
		}
	}
	link := p.ID + "/notices/" + n.ID + ".html"
	// The notice's own words may point to its sections: they are the
	// notice's, which the reference below names.
	pointSections(notes, n, publishedAt(env, link))
	doc.Document.Notes = notes
	doc.Document.References = twinReferences(env, link, noticeTwinSummary(n))
	branches, _ := versionBranch(env, p, n.Versions)
	if ends != nil {
		branches = modelBranch(env, p, ends, n.Versions)
	}
	doc.ProductTree = &csaf.ProductTree{Branches: withRelated(env, p, n, branches)}
	return withSelf(env, Advisory{Path: csaf.WhitePath(n.Issued.Time().Year(), id), Doc: doc, Product: p.Product,
		Released: kind.NoticeReleased(n, env.AsOf), Link: link})
}

// pluralStop reports whether what a notice stops (notices.stops.what) is
// named in the plural ("Updates", "Spare parts"), whose verb is "stop";
// "Service", "Technical support" or "Training" stops.
func pluralStop(what string) bool {
	switch what {
	case "updates", "security_updates", "spare_parts":
		return true
	}
	return false
}

// modelBranch is the product tree of a notice about some models of the
// versions it names (a model's end of support): vendor → product family
// → each model → the versions it runs. The versions' own tree would name
// every installation of them, on the models the notice leaves out too,
// and a tool matching the tree would report those as ending. Each vendor
// branch holds the versions its maker made (byMaker).
func modelBranch(env *kind.Env, p kind.Product, models []content.Model, versions []string) []csaf.Branch {
	var out []csaf.Branch
	for _, mk := range byMaker(env, p.Product, versions) {
		family := csaf.Branch{Category: "product_family", Name: p.Name}
		for _, m := range models {
			name := cmp.Or(strings.TrimSpace(m.Name), m.ID)
			model := csaf.Branch{Category: "product_name", Name: name}
			for _, ver := range mk.Versions {
				if v := p.Version(ver); v == nil || !slices.Contains(p.ModelIDs(v), m.ID) {
					continue
				}
				fp := &csaf.FullProduct{Name: p.Name + " " + name + " " + ver, ProductID: p.ID + "-" + m.ID + "-" + ver}
				model.Branches = append(model.Branches, csaf.Branch{Category: "product_version", Name: ver, Product: fp})
			}
			if len(model.Branches) > 0 {
				family.Branches = append(family.Branches, model)
			}
		}
		if len(family.Branches) > 0 {
			out = append(out, csaf.Branch{Category: "vendor", Name: mk.Name, Branches: []csaf.Branch{family}})
		}
	}
	return out
}

// trackingUnassignedNote says, of a notice whose document control
// records no history and gives no revision or no release date, which of
// the tracking values CSAF requires (version, revision history, current
// release date) the product data do not assign and what the twin
// carries in their place (noticeHistory): the tracking version 1 and
// the notice's issue date. Nothing when the data assign them.
func trackingUnassignedNote(n content.Notice) (csaf.Note, bool) {
	d := n.Document
	if len(d.History) > 0 || (d.Revision != "" && !d.ReleaseDate.IsZero()) {
		return csaf.Note{}, false
	}
	issued := n.Issued.String()
	var text string
	switch {
	case d.Revision == "" && d.ReleaseDate.IsZero():
		text = "The product data assign this notice no revision and no release date. CSAF requires a document version, a revision history and a current release date, so this document gives version 1 and dates its one revision and its current release by the notice's issue date, " + issued + "."
	case d.Revision == "":
		text = "The product data assign this notice no revision. CSAF requires a document version and a revision history, so this document gives version 1 for its one revision."
	default:
		text = "The product data assign revision " + d.Revision + " of this notice no release date. CSAF requires a current release date and a dated revision history, so this document dates that revision and its current release by the notice's issue date, " + issued + "."
	}
	return csaf.Note{Category: "general", Title: "Document tracking", Text: text}, true
}

// noticeHistory is a notice's CSAF revision history: its document
// control's history, else its current revision.
func noticeHistory(n content.Notice) []csaf.Revision {
	var history []csaf.Revision
	for i, h := range n.Document.History {
		history = append(history, csaf.Revision{Date: dateTime(h.Date), Number: fmt.Sprint(i + 1), Summary: "Revision " + h.Revision + ": " + h.Summary})
	}
	if len(history) == 0 {
		// Without a release date the notice's issue date is the one
		// date the product data give of it: true of its first release,
		// and no later revision is recorded.
		on, summary := n.Document.ReleaseDate, "Revision "+n.Document.Revision
		if on.IsZero() {
			on = n.Issued
		}
		if n.Document.Revision == "" {
			summary = "Initial version"
		}
		history = []csaf.Revision{{Date: dateTime(on), Number: "1", Summary: summary}}
	}
	return history
}
