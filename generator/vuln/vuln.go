// Package vuln derives a product's known vulnerabilities once per build:
// the [[vulnerabilities]] of the product file merged with the statements of
// the VEX documents it imports ([vex] files: CycloneDX VEX JSON or XML,
// OpenVEX, CSAF VEX), each checked against the components of the versions
// it names, with its CVSS score computed from the vector. It also writes
// the per-version VEX files (CycloneDX and OpenVEX) the site publishes.
//
// Which components a version contains comes from the SBOMs: the version's
// own SBOM files as the inventory decided (inventory.LoadVersions: the
// version a file's subject names, CycloneDX metadata.component.version or
// the SPDX described package, else the version whose own list holds it),
// a notice's SBOM (notices.sbom) whose subject names it, and for the
// current version the product file's [[components]] entries that match
// no SBOM component.
package vuln

import (
	"cmp"
	"fmt"
	"github.com/google/uuid"
	"regexp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// Set is a product's known vulnerabilities and the versions they concern.
type Set struct {
	Versions []Version        // every version of the product, in product order
	List     []*Vulnerability // sorted: see compare
	// Withheld are the versions with a vulnerability the manufacturer
	// knew of on the date the set speaks as of (KnownBy, PublicBy) but
	// that was not publicly disclosed then, and so is not in List; nil
	// for the set as it stands.
	Withheld []string
}

// Version is one product version with the components its SBOM lists.
type Version struct {
	Version    string
	PURL       string // the product version's package URL: its SBOM subject's; "" when none states one (none is made up)
	CPE        string // its SBOM subject's CPE, when stated
	Type       string // the component type its SBOM subjects state ("firmware", "application"), when those that state one agree
	Name       string // its SBOM subject's name, else the product name
	SBOM       string // the SBOM file describing it, relative to content/<product-id>/; "" when none
	Components []sbom.Component
	// Available is the version's general availability; zero when not
	// stated. A fix in a version not available on a date was not released
	// then (Vulnerability.FixPlanned).
	Available content.Date
	// EndOfSupport is the version's end of support; zero when not stated
	// (or not applicable). A fix in a version whose support has ended on
	// a date is not one to upgrade to then (Vulnerability.FixEnded).
	EndOfSupport content.Date
	// Withdrawn is the version's withdrawal from the field; zero when it
	// was not withdrawn. ReplacedBy is the version to install instead. A
	// fix in a version withdrawn on a date is not one to install then
	// (Vulnerability.FixWithdrawn).
	Withdrawn  content.Date
	ReplacedBy string

	// Ref identifies the version inside the VEX files jspgen writes
	// (CycloneDX bom-ref, OpenVEX @id): its purl, else its CPE, else a
	// name-based UUID URN of the product and version (versionURN), which
	// names no package.
	Ref string

	// sboms are the SBOM files describing it (SubjectType).
	sboms []string
}

// Vulnerability is one vulnerability in one version of the product.
type Vulnerability struct {
	ID, Title, Description string
	Version                string           // the product version
	Components             []sbom.Component // the components it is in, as the version's SBOM lists them
	Status                 content.VulnStatus
	Justification          content.VEXJustification
	Impact                 string
	CVSS                   *CVSS        // nil when no vector is given
	CWE                    *content.CWE // nil when not known
	Exploitability         content.ExploitMaturity
	SafetyImpact           string
	Risk                   content.RiskControl
	Remediation, FixedIn   string
	Fix                    content.FixPlan // for an affected version: released, none_planned or not stated
	// FixPlanned: fixed_in names a version not generally available on
	// the date the statement speaks as of (the build's as-of date, or a
	// document's release date through KnownBy): the fix is planned, not
	// released, whatever fix's default would claim.
	FixPlanned bool
	// FixDue is the general availability of the version to install
	// (InstallVersion) when FixPlanned, zero when the data states none
	// or the fix is not planned: the day the fix is to come out.
	FixDue content.Date
	// FixEnded is the end of support of the version fixed_in names when
	// it is on or before the date the statement speaks as of (as
	// FixPlanned): the version that has the fix is itself no longer
	// supported, and no document tells the customer to install it. Zero
	// otherwise.
	FixEnded content.Date
	// FixWithdrawn is the withdrawal date of the version fixed_in names
	// when it is on or before the date the statement speaks as of (as
	// FixPlanned): that version has the fix, and stays fixed in the VEX,
	// but must no longer be installed; FixInstead, the version that
	// replaced it, is the one the documents send customers to, and
	// FixPlanned and FixEnded are about FixInstead. Zero otherwise.
	FixWithdrawn          content.Date
	FixInstead            string // "" when FixWithdrawn is zero, or no replacement is stated
	CompensatingControls  []string
	Discovered, Disclosed content.Date
	// Stated is the day an imported statement about it was made
	// (Statement.Stated): the manufacturer knew of it by then at the
	// latest, which dates it for Known where Discovered is not stated.
	// It is not when the vulnerability was identified, and no document
	// prints it as such.
	Stated         content.Date
	Fixed          content.Date
	Assessed       content.Date // when the current status was last assessed; zero when not stated
	FixDelayReason string       // why an uncontrolled risk's fix took longer than the critical commitment
	Communications []content.VulnerabilityMilestone
	Source         string // where it was stated: "content/x.toml:12" or "content/x/vex/openvex.json statements[0]"
	// Derived: no entry states it for this version; it is the fixed
	// statement an affected entry's fixed_in makes for the version it
	// names (fixedRows).
	Derived bool
}

// Open reports a version still affected or under investigation: what a
// notice announces, a CSD's controls and a risk report's open list speak of.
func (v *Vulnerability) Open() bool {
	return v.Status == "affected" || v.Status == "under_investigation"
}

// Uncontrolled reports an uncontrolled risk in a version still affected
// or under investigation.
func (v *Vulnerability) Uncontrolled() bool {
	return v.Risk.Uncontrolled() && v.Open()
}

// ComponentNames is the components as one phrase: "openssl 3.0.16, curl 8.7.1".
func (v *Vulnerability) ComponentNames() string {
	var names []string
	for _, c := range v.Components {
		// One named by a CPE alone (an imported not-present statement's)
		// has no name to print.
		if n := content.NameVersion(c.Name, c.Version); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// For lists the vulnerabilities of one version, in the Set's order.
func (s *Set) For(version string) []*Vulnerability {
	if s == nil {
		return nil
	}
	var out []*Vulnerability
	for _, v := range s.List {
		if v.Version == version {
			out = append(out, v)
		}
	}
	return out
}

// Version returns the version with the version string, or nil.
func (s *Set) Version(v string) *Version {
	if s == nil {
		return nil
	}
	for i := range s.Versions {
		if s.Versions[i].Version == v {
			return &s.Versions[i]
		}
	}
	return nil
}

// idPattern is what a vulnerability ID must look like.
var idPattern = regexp.MustCompile(`^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})$`)

// cwePattern is what a CWE ID must look like (the CSAF 2.0 schema's).
var cwePattern = regexp.MustCompile(`^CWE-[1-9]\d{0,5}$`)

// ValidID reports whether id is a CVE or GHSA identifier.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// Load derives product p's known vulnerabilities. asOf decides the current
// version (see the package comment). It also checks each security notice
// against them and sets the notice's Versions to the versions they affect
// (see checkNotices). Every problem comes back as a
// diagnostic: at the product file's key for declared vulnerabilities, at
// the VEX file and the statement's location for imported ones.
func Load(contentDir string, p *content.Product, inv *inventory.Inventory, asOf content.Date) (*Set, content.Diagnostics) {
	var diags content.Diagnostics
	s := &Set{}
	l := &loader{p: p, s: s, contentDir: contentDir}
	l.versions(inv, asOf)
	l.shareFacts()
	for i := range p.Vulns {
		l.declared(i)
	}
	l.futureDates(asOf)
	l.diags = append(l.diags, ruleUndisclosedNamed(p, asOf)...)
	for i, rel := range p.VEX.Files {
		l.importFile(i, rel)
	}
	l.fixedRows(asOf)
	l.diags = append(l.diags, ruleFixVersionUncovered(p, s, asOf)...)
	for _, v := range s.List {
		s.fixOn(v, asOf).set(v)
	}
	slices.SortStableFunc(s.List, s.compare)
	l.checkNotices()
	diags = append(diags, l.diags...)
	return s, diags
}

type loader struct {
	p          *content.Product
	s          *Set
	contentDir string
	diags      content.Diagnostics
	// lists holds, per version, its own SBOM files with the date each
	// was made (fixedInPlace).
	lists map[string][]listing
	// shared holds, per vulnerability ID, what its entries state with one
	// value, for the entries that leave it unstated (shareFacts).
	shared map[string]sharedFacts
}

func (l *loader) errorAt(path, format string, args ...any) {
	l.diags = append(l.diags, content.Diagnostic{File: l.p.Source.File, Line: l.p.Source.Line(path), Path: path, Message: fmt.Sprintf(format, args...)})
}

func (l *loader) warnAt(path, format string, args ...any) {
	l.diags = append(l.diags, content.Diagnostic{Severity: content.Warning, File: l.p.Source.File, Line: l.p.Source.Line(path), Path: path, Message: fmt.Sprintf(format, args...)})
}

// versions finds the components of each version.
func (l *loader) versions(inv *inventory.Inventory, asOf content.Date) {
	p := l.p
	current := ""
	if v := p.DescribedVersion(asOf); v != nil {
		current = v.Version
	}
	idx := map[string]int{}
	for _, v := range p.Versions {
		idx[v.Version] = len(l.s.Versions)
		l.s.Versions = append(l.s.Versions, Version{Version: v.Version, Name: p.Name, Available: v.GeneralAvailability, EndOfSupport: v.EndOfSupport, Withdrawn: v.Withdrawn, ReplacedBy: v.ReplacedBy})
	}
	// subjects is, per version, the subject of each SBOM file describing
	// it: a version described by files with different subjects (a
	// product of several container images, each with its SBOM) is none
	// of them, and is identified as if its SBOM stated no subject.
	subjects := map[int][]*sbom.Component{}
	attach := func(version, file string, doc *sbom.Document, cs []sbom.Component) {
		i, ok := idx[version]
		if !ok {
			return
		}
		v := &l.s.Versions[i]
		cs = entryTyped(p, cs)
		if doc != nil && doc.Subject != nil {
			subjects[i] = append(subjects[i], doc.Subject)
		}
		if file != "" && !slices.Contains(v.sboms, file) {
			v.sboms = append(v.sboms, file)
		}
		if v.SBOM == "" {
			v.SBOM = file
			if doc != nil && doc.Subject != nil {
				v.PURL, v.CPE, v.Type = doc.Subject.PURL, doc.Subject.CPE, doc.Subject.Type
				if doc.Subject.Name != "" {
					v.Name = doc.Subject.Name
				}
			}
		}
		if doc != nil && file != "" {
			if l.lists == nil {
				l.lists = map[string][]listing{}
			}
			l.lists[version] = append(l.lists[version], listing{file: file, made: sbomDate(doc.Timestamp), comps: cs})
		}
		for _, c := range cs {
			if !slices.ContainsFunc(v.Components, func(d sbom.Component) bool { return sameComponent(c, d) }) {
				v.Components = append(v.Components, c)
			}
		}
	}
	subjectVersion := func(doc *sbom.Document) string {
		if doc != nil && doc.Subject != nil && p.Version(doc.Subject.Version) != nil {
			return doc.Subject.Version
		}
		return ""
	}
	// Each version's own SBOM files, as the inventories decided
	// (inventory.LoadVersions: the version a file's subject names, else
	// the version whose list holds it), whatever version is current on
	// the as-of date: a vulnerability in that version is checked against
	// them. Without that decision (an inventory from inventory.Load), the
	// current inventory's files describe the version their subject names,
	// else the current one.
	owned := false
	given := false
	for _, v := range p.Versions {
		files, ok := inv.VersionFiles(v.Version)
		if !ok {
			break
		}
		owned = true
		for _, f := range files {
			attach(v.Version, f.Path, f.Document, f.Document.Components)
		}
		// Its [[components]] entries of no SBOM file, as its inventory
		// (and so its CSD and plan) lists them: those whose versions
		// name it, else, for the current version, those naming none.
		if cs, ok := inv.GivenComponents(v.Version); ok {
			given = true
			attach(v.Version, "", nil, cs)
		}
		if len(files) == 0 && v.Version != current {
			// No SBOM file describes it, yet its list names files
			// (another version's, inherited): what it contains is
			// checked against theirs, as nothing else tells, but they
			// neither name nor identify it.
			for _, rel := range p.At(v.Version).SBOM.Files {
				if doc, err := inv.ReadSBOM(l.contentDir, p, rel); err == nil {
					attach(v.Version, "", nil, doc.Components)
				}
			}
		}
	}
	if !owned {
		for _, f := range inv.SBOMs {
			v := subjectVersion(f.Document)
			if v == "" {
				v = current
			}
			attach(v, f.Path, f.Document, f.Document.Components)
		}
	}
	if !given {
		var own []sbom.Component
		for _, c := range inv.List {
			if c.SBOMFile == "" {
				own = append(own, c.Component)
			}
		}
		attach(current, "", nil, own)
	}
	for i, n := range p.Notices {
		if n.SBOM == "" {
			continue
		}
		doc, err := inv.ReadSBOM(l.contentDir, p, n.SBOM)
		if err != nil {
			continue // inventory.Load reports it
		}
		v := subjectVersion(doc)
		if v == "" && len(n.Versions) == 1 {
			v = n.Versions[0]
		}
		if v == "" {
			l.warnAt(fmt.Sprintf("notices[%d].sbom", i), "%s names no version of the product as its subject; its components are not used to check vulnerabilities", n.SBOM)
			continue
		}
		attach(v, n.SBOM, doc, doc.Components)
	}
	for i := range l.s.Versions {
		v := &l.s.Versions[i]
		// The version's type is what its SBOM subjects state when they
		// agree (sbom.AgreedType), whatever else differs between them
		// (a kit's app and service, both applications); the subjects
		// that name the version itself decide it when the others are
		// of its parts (container images).
		typed := subjects[i]
		if !sameSubjects(subjects[i]) {
			// The first file's subject (one image of several) would
			// say that every statement about the version is about it;
			// the subjects that name the version itself still do.
			var own []*sbom.Component
			for _, c := range subjects[i] {
				if strings.TrimSpace(c.Version) == v.Version {
					own = append(own, c)
				}
			}
			v.PURL, v.CPE, v.Name = "", "", p.Name
			if len(own) > 0 && sameSubjects(own) {
				typed = own
				v.PURL, v.CPE = own[0].PURL, own[0].CPE
				for _, c := range own {
					v.PURL, v.CPE = cmp.Or(v.PURL, c.PURL), cmp.Or(v.CPE, c.CPE)
				}
				if own[0].Name != "" {
					v.Name = own[0].Name
				}
			}
		}
		var types []string
		for _, c := range typed {
			types = append(types, c.Type)
		}
		v.Type = sbom.AgreedType(types)
		// A package URL is an identifier others match on: one made up
		// for a product whose SBOM states none would be a false one.
		v.Ref = cmp.Or(v.PURL, v.CPE, versionURN(p, v.Version))
		slices.SortStableFunc(v.Components, func(a, b sbom.Component) int {
			return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Version, b.Version), cmp.Compare(a.PURL, b.PURL))
		})
	}
}

// sameSubjects reports whether SBOM subjects are one: each pair has the
// same package URL, else the same CPE, where both state one, else the
// same name and version.
func sameSubjects(cs []*sbom.Component) bool {
	trim := strings.TrimSpace
	for _, a := range cs {
		for _, b := range cs {
			switch {
			case trim(a.PURL) != "" && trim(b.PURL) != "":
				if trim(a.PURL) != trim(b.PURL) {
					return false
				}
			case trim(a.CPE) != "" && trim(b.CPE) != "":
				if trim(a.CPE) != trim(b.CPE) {
					return false
				}
			case !strings.EqualFold(trim(a.Name), trim(b.Name)) || trim(a.Version) != trim(b.Version):
				return false
			}
		}
	}
	return true
}

// versionURN identifies a version that states neither purl nor CPE: a
// SHA-1 UUID URN of the product's ID and name and the version, the same
// in every build (a URN namespace of our own, "urn:jspgen:", would not
// be a registered one, RFC 8141).
func versionURN(p *content.Product, version string) string {
	return "urn:uuid:" + uuid.NewSHA1(uuid.NameSpaceURL, []byte("jspgen:"+p.Name+"\x00"+p.ID+"\x00"+version)).String()
}

func sameComponent(a, b sbom.Component) bool {
	if a.PURL != "" || b.PURL != "" {
		return strings.TrimSpace(a.PURL) == strings.TrimSpace(b.PURL)
	}
	return strings.EqualFold(a.Name, b.Name) && a.Version == b.Version
}

// find returns the component of version v that ref names, by purl, else
// name and version.
func (s *Set) find(v *Version, purl, name, version string) (sbom.Component, bool) {
	for _, c := range v.Components {
		if c.Matches(purl, name, version) {
			return c, true
		}
	}
	return sbom.Component{}, false
}

// containedAnywhere lists the versions containing a component named so.
func (s *Set) containedAnywhere(purl, name, version string) []string {
	var out []string
	for i := range s.Versions {
		if _, ok := s.find(&s.Versions[i], purl, name, version); ok {
			out = append(out, s.Versions[i].Version)
		}
	}
	return out
}

// laterUnaffected warns when affected entry d states no fix (no
// fixed_in, no fix) while another entry for the same vulnerability says a
// later version is not affected or fixed: upgrading is then the remedy,
// but the CSAF file says none is available (none_available) and the
// CycloneDX file offers no update. fixed_in naming that version says so.
func (l *loader) laterUnaffected(path string, d content.Vulnerability) {
	var latest content.Date
	for _, ver := range d.Versions {
		if v := l.p.Version(ver); v != nil && latest.Before(v.GeneralAvailability) {
			latest = v.GeneralAvailability
		}
	}
	for _, o := range l.p.Vulns {
		if o.ID != d.ID || (o.Status != "not_affected" && o.Status != "fixed") {
			continue
		}
		for _, ver := range o.Versions {
			if v := l.p.Version(ver); v != nil && !v.GeneralAvailability.IsZero() && latest.Before(v.GeneralAvailability) {
				l.warnAt(path, "%s is affected in %s with no fix stated, while version %s is %s: the CSAF file says no remediation is available (none_available) and the CycloneDX file offers no update; if upgrading to %s is the remedy, write fixed_in = %q (or fix = \"none_planned\" if none will be released for these versions)",
					d.ID, strings.Join(d.Versions, ", "), ver, strings.ReplaceAll(string(o.Status), "_", " "), ver, ver)
				return
			}
		}
	}
}

// declared adds the product file's p.Vulns[i], one entry per version.
func (l *loader) declared(i int) {
	d := l.p.Vulns[i]
	path := fmt.Sprintf("vulnerabilities[%d]", i)
	ok := true
	if !ValidID(d.ID) {
		l.errorAt(path+".id", "want a CVE (CVE-2024-6387) or GHSA (GHSA-xxxx-xxxx-xxxx) identifier; got %q", d.ID)
		ok = false
	}
	switch {
	case d.Status == "not_affected" && d.Justification == "":
		l.errorAt(path+".justification", "a not_affected status needs a justification (want one of %s)", strings.Join(content.VEXJustification("").Values(), ", "))
		ok = false
	case d.Status != "not_affected" && d.Justification != "":
		l.errorAt(path+".justification", "a justification belongs to a not_affected status only; the status is %s", d.Status)
		ok = false
	}
	if d.Status == "affected" && d.Risk == "" {
		l.errorAt(path+".risk", "an affected version needs the risk assessment: controlled or uncontrolled")
		ok = false
	}
	if d.Status == "affected" && d.Remediation == "" && len(d.CompensatingControls) == 0 {
		l.errorAt(path, "an affected version needs a remediation or compensating_controls")
		ok = false
	}
	if d.Status == "fixed" && d.FixedIn == "" {
		l.errorAt(path+".fixed_in", "a fixed status needs the version that fixes it")
		ok = false
	}
	switch {
	case d.Fix != "" && d.Status != "affected":
		why := map[content.VulnStatus]string{
			"fixed":               "a fixed version names the version that fixed it in fixed_in",
			"not_affected":        "there is nothing to fix",
			"under_investigation": "state it once the versions are assessed as affected",
		}[d.Status]
		l.errorAt(path+".fix", "fix says whether a fix is released for affected versions; the status here is %s (%s): drop fix", d.Status, why)
		ok = false
	case d.Fix == "released" && d.FixedIn == "" && strings.TrimSpace(d.Remediation) == "":
		l.errorAt(path+".fix", "a released fix needs saying which: fixed_in (the version that has it) or remediation (the update to install)")
		ok = false
	}
	if d.FixedIn != "" && l.p.Version(d.FixedIn) == nil {
		l.errorAt(path+".fixed_in", "unknown version %q (want one of %s)", d.FixedIn, l.versionList())
		ok = false
	}
	if (d.Status == "fixed" || d.Status == "not_affected") && d.Risk.Uncontrolled() {
		l.errorAt(path+".risk", "an uncontrolled risk contradicts the status %s: a version that is fixed or not affected carries no risk from it (the risk belongs to the affected versions' entry)", d.Status)
		ok = false
	}
	if fix := l.p.Version(d.FixedIn); fix != nil && !fix.GeneralAvailability.IsZero() {
		// A fixed version contains the fix, so it is released no earlier
		// than the fix version; an affected one lacks it, so before it.
		for j, ver := range d.Versions {
			v := l.p.Version(ver)
			if v == nil || v.GeneralAvailability.IsZero() {
				continue
			}
			switch {
			case d.Status == "fixed" && v.GeneralAvailability.Before(fix.GeneralAvailability):
				l.errorAt(fmt.Sprintf("%s.versions[%d]", path, j), "version %s (released %s) cannot be fixed by %s, released later (%s): list it as affected, or name the version that fixed it", ver, v.GeneralAvailability, d.FixedIn, fix.GeneralAvailability)
				ok = false
			case d.Status == "affected" && !v.GeneralAvailability.Before(fix.GeneralAvailability):
				l.errorAt(fmt.Sprintf("%s.versions[%d]", path, j), "version %s (released %s) is affected, yet fixed_in names %s, released no later (%s): the fix version comes after the affected ones", ver, v.GeneralAvailability, d.FixedIn, fix.GeneralAvailability)
				ok = false
			}
		}
	}
	if d.Status == "affected" && d.FixedIn == "" && d.Fix == "" {
		l.laterUnaffected(path, d)
	}
	if d.Risk.Uncontrolled() && len(d.Communications) == 0 {
		if l.p.FDAAsksNothing() {
			// The 30 days and the report to FDA are the FDA postmarket
			// guidance's for devices; health IT that is not one, or a
			// product not marketed in the United States, owes FDA no
			// report.
			l.warnAt(path+".communications", "an uncontrolled risk should have its communication timeline (customers, ISAO)")
		} else {
			l.warnAt(path+".communications", "an uncontrolled risk should have its communication timeline (customers within 30 days, FDA, ISAO)")
		}
	}
	if !d.Discovered.IsZero() && d.Disclosed.IsZero() && l.shared[d.ID].disclosed.IsZero() {
		// Every document and file is published: each names a
		// vulnerability no earlier than its disclosure
		// (Vulnerability.Public), which only disclosed states (or
		// another entry's for the same ID, which its records take:
		// shareFacts).
		l.warnAt(path, "%s: disclosed is not stated: the documents released from %s (discovered, when the manufacturer learnt of it) and the VEX and CSAF files, all published, name it from then, as if it were public; write disclosed, the date it was publicly disclosed (under coordinated disclosure, the agreed date, even a future one: nothing names it before then)", d.ID, d.Discovered)
	}
	if k := d.Discovered; !k.IsZero() && !d.Assessed.IsZero() && d.Assessed.Before(k) {
		l.errorAt(path+".assessed", "assessed %s is before discovered %s", d.Assessed, k)
		ok = false
	}
	if !d.Discovered.IsZero() && !d.Fixed.IsZero() && d.Fixed.Before(d.Discovered) {
		l.errorAt(path+".fixed", "fixed %s is before discovered %s", d.Fixed, d.Discovered)
		ok = false
	}
	var cwe *content.CWE
	if d.CWE.ID != "" {
		cwe = &d.CWE
	}
	if cwe != nil && !cwePattern.MatchString(cwe.ID) {
		l.errorAt(path+".cwe.id", "want CWE-<number> (CWE-416); got %q", d.CWE.ID)
		ok = false
	}
	score, err := ParseCVSS(d.CVSS)
	if err != nil {
		l.errorAt(path+".cvss", "%v", err)
		ok = false
	}
	// Every component must be in some version of the product, or may be
	// in a version of the entry's whose components are not known.
	notPresent := d.Status == "not_affected" && d.Justification == "component_not_present"
	someUnlisted := slices.ContainsFunc(d.Versions, func(ver string) bool {
		v := l.s.Version(ver)
		return v != nil && v.unlisted()
	})
	for j, c := range d.Components {
		cp := fmt.Sprintf("%s.components[%d]", path, j)
		// A name without version names a component whose version is not
		// stated ([[components]] without version): it matches only such a
		// component, never one of a stated version, and only when some
		// version lists one (not even "not present" may name a component
		// by name alone that no list holds).
		if c.PURL == "" && (c.Name == "" || c.Version == "" && len(l.s.containedAnywhere("", c.Name, "")) == 0) {
			l.errorAt(cp, "name a component by purl, or by name and version (by name alone only one whose version is not stated, as a version's component list holds it)")
			ok = false
			continue
		}
		// "Not present" is true of a component no version contains (an
		// OpenSSH CVE on a device whose SSH server is Dropbear): only the
		// other statements need it in some version.
		if !someUnlisted && !notPresent && len(l.s.containedAnywhere(c.PURL, c.Name, c.Version)) == 0 {
			l.errorAt(cp, "unknown component %q: no version of the product contains it (the versions' SBOMs are %s)", describe(c.PURL, c.Name, c.Version), l.sbomList())
			ok = false
		}
	}
	for j, ver := range d.Versions {
		vp := fmt.Sprintf("%s.versions[%d]", path, j)
		v := l.s.Version(ver)
		if v == nil {
			l.errorAt(vp, "unknown version %q (want one of %s)", ver, l.versionList())
			ok = false
			continue
		}
		if !ok {
			continue
		}
		out := &Vulnerability{
			ID: d.ID, Title: d.Title, Description: d.Description, Version: ver, Status: d.Status,
			Justification: d.Justification, Impact: d.Impact, CVSS: score, CWE: cwe, Exploitability: d.Exploitability,
			SafetyImpact: d.SafetyImpact, Risk: d.Risk, Remediation: d.Remediation, FixedIn: d.FixedIn, Fix: d.Fix,
			CompensatingControls: d.CompensatingControls, Discovered: d.Discovered, Disclosed: d.Disclosed,
			Fixed: d.Fixed, Assessed: d.Assessed, FixDelayReason: d.FixDelayReason, Communications: d.Communications,
			Source: fmt.Sprintf("%s:%d", l.p.Source.File, l.p.Source.Line(path)),
		}
		l.fillShared(out)
		// The version must contain one of the components (the same
		// component has another version in each product version), unless
		// the entry says it is not present.
		for _, c := range d.Components {
			if sc, found := l.s.find(v, c.PURL, c.Name, c.Version); found {
				out.Components = append(out.Components, sc)
			}
		}
		if len(out.Components) == 0 && v.unlisted() && d.Justification != "component_not_present" {
			// What the version contains is not known: the components the
			// entry names that no version with a component list contains
			// are the manufacturer's statement of what it contains.
			// "Contains none" would claim a list the data does not have.
			for _, c := range d.Components {
				if len(l.s.containedAnywhere(c.PURL, c.Name, c.Version)) == 0 {
					out.Components = append(out.Components, sbom.Component{Name: c.Name, Version: c.Version, PURL: c.PURL})
				}
			}
			if len(out.Components) == 0 {
				var where []string
				for _, c := range d.Components {
					where = append(where, describe(c.PURL, c.Name, c.Version)+" is in "+orNone(l.s.containedAnywhere(c.PURL, c.Name, c.Version)))
				}
				l.errorAt(vp, "version %s has no component list (no SBOM file describes it), and every component named is another version's (%s): name the component as version %s has it",
					ver, strings.Join(where, "; "), ver)
				continue
			}
		}
		if len(out.Components) == 0 {
			if d.Justification == "component_not_present" {
				for _, c := range d.Components {
					out.Components = append(out.Components, sbom.Component{Name: c.Name, Version: c.Version, PURL: c.PURL})
				}
			} else {
				var where []string
				for _, c := range d.Components {
					where = append(where, describe(c.PURL, c.Name, c.Version)+" is in "+orNone(l.s.containedAnywhere(c.PURL, c.Name, c.Version)))
				}
				// The version may contain the component all the same (its
				// SBOM leaves it out, or names another release of it): the
				// remedy is then to list it, not to state it absent.
				l.errorAt(vp, "version %s contains none of the components (%s): if it contains one, name it as version %s has it, or list it for %s (in its SBOM file, or in the versions of its [[components]] entry); if not, drop the version, or state not_affected with component_not_present",
					ver, strings.Join(where, "; "), ver, ver)
				continue
			}
		}
		if d.Status == "fixed" {
			l.fixedInPlace(vp, d, v, out.Components)
		}
		if prev := l.s.entry(d.ID, ver); prev != nil {
			l.errorAt(vp, "%s in version %s is already stated at %s", d.ID, ver, prev.Source)
			continue
		}
		l.s.List = append(l.s.List, out)
	}
}

// unlisted reports whether what the version contains is not known: no
// SBOM file describes it, none is inherited and no component is added.
func (v *Version) unlisted() bool { return v.SBOM == "" && len(v.Components) == 0 }

func (s *Set) entry(id, version string) *Vulnerability {
	for _, v := range s.List {
		if v.ID == id && v.Version == version {
			return v
		}
	}
	return nil
}

func describe(purl, name, version string) string {
	if purl != "" {
		return purl
	}
	return strings.TrimSpace(name + " " + version)
}

func (l *loader) versionList() string {
	vs := make([]string, len(l.p.Versions))
	for i, v := range l.p.Versions {
		vs[i] = v.Version
	}
	if len(vs) == 0 {
		return "none defined"
	}
	return strings.Join(vs, ", ")
}

func (l *loader) sbomList() string {
	var out []string
	for _, v := range l.s.Versions {
		if v.SBOM != "" {
			out = append(out, v.SBOM+" ("+v.Version+")")
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// compare orders vulnerabilities: uncontrolled risks first, then by
// status (affected, under investigation, fixed, not affected), CVSS score
// (highest first), ID, and the version's place in the product.
func (s *Set) compare(a, b *Vulnerability) int {
	score := func(v *Vulnerability) float64 {
		if v.CVSS == nil {
			return -1
		}
		return v.CVSS.Score
	}
	ctrl := func(v *Vulnerability) int {
		if v.Uncontrolled() {
			return 0
		}
		return 1
	}
	return cmp.Or(
		cmp.Compare(ctrl(a), ctrl(b)),
		cmp.Compare(a.Status.Rank(), b.Status.Rank()),
		cmp.Compare(score(b), score(a)),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(s.versionIndex(a.Version), s.versionIndex(b.Version)),
	)
}

func (s *Set) versionIndex(v string) int {
	return slices.IndexFunc(s.Versions, func(x Version) bool { return x.Version == v })
}

func orNone(vs []string) string {
	if len(vs) == 0 {
		return "no version"
	}
	return strings.Join(vs, ", ")
}

// Action is what a document says to do about the vulnerability in its
// version: why it is not affected, or the remediation and compensating
// controls, after saying that no fix is planned for the version when the
// entry says so (fix = "none_planned"), and with no controls to wait
// behind, that the version to fix it is still to come (FixToCome).
func (v *Vulnerability) Action() string { return v.action("") }

// action is Action with where, the sentence saying where the version to
// install is released (FixWhere), after the remediation.
func (v *Vulnerability) action(where string) string {
	switch v.Status {
	case "not_affected":
		return v.Impact
	case "fixed":
		if v.Remediation != "" {
			return v.Remediation
		}
		if v.FixedIn != "" && !v.FixWithdrawn.IsZero() {
			// True of this version, but no version to install.
			return "Fixed in " + v.FixedIn + ", since withdrawn (" + v.FixWithdrawn.String() + ")."
		}
		if v.FixedIn != "" {
			return "Fixed in " + v.FixedIn + "."
		}
		return ""
	}
	parts := []string{}
	if none := NoFixPlanned(v.Version); v.Status == "affected" && v.Fix.NonePlanned() && v.Remediation != none {
		parts = append(parts, none)
	}
	if v.Remediation != "" {
		parts = append(parts, v.Remediation)
	}
	if w := v.WithdrawnFixText(); w != "" {
		parts = append(parts, w)
	}
	if where != "" {
		parts = append(parts, where)
	}
	if len(v.CompensatingControls) == 0 {
		// With controls, their "Until version …, which is to fix it,
		// is released" says it; without, "Upgrade to 4.0.1." alone
		// would send readers to an update that does not exist yet, as
		// the CycloneDX and CSAF files say too.
		if come := v.FixToCome(); come != "" {
			parts = append(parts, come)
		}
	}
	fix := v.InstallVersion()
	if fix != "" && !v.FixEnded.IsZero() {
		// The version with the fix is no longer supported either:
		// installing it is not the way out the documents offer.
		parts = append(parts, "Version "+fix+", which has the fix, is past its end of support ("+v.FixEnded.String()+").")
	}
	if len(v.CompensatingControls) > 0 {
		// "Until" only while a fix can come: the version named to fix it,
		// when it is not itself past its end of support. With no fix
		// anywhere (no fixed_in), the controls are all there is.
		lead := "Compensating controls: "
		switch {
		case fix == "" || !v.FixEnded.IsZero():
		case v.FixPlanned:
			lead = "Until version " + fix + ", which is to fix it, is released and installed: "
		default:
			lead = "Until version " + fix + ", which fixes it, is installed: "
		}
		parts = append(parts, lead+strings.Join(v.CompensatingControls, " "))
	}
	return strings.Join(parts, " ")
}

// FixToCome says that the version named to fix an affected v is not yet
// released on the date v speaks as of (FixPlanned): "Version 3.1.1,
// which is to fix it, is not yet released." It is what a file with no
// "until" to hang it on (CSAF's none_available) says of the fix the
// documents' "Until version 3.1.1, which is to fix it, is released and
// installed" name; "" when no such version is named, the fix is stated
// released (fix = "released") or none is planned.
func (v *Vulnerability) FixToCome() string {
	fix := v.InstallVersion()
	if v.Status != "affected" || !v.FixPlanned || fix == "" || v.Fix != "" || v.remediationSaysWhen(fix) {
		return ""
	}
	return "Version " + fix + ", which is to fix it, is not yet released."
}

// remediationSaysWhen reports a remediation that names fix and the day
// it is due out (FixDue, as the documents write dates or as YYYY-MM-DD),
// such as "Version 4.0.1, planned for release on 9 February 2026, …":
// it says already that the version is still to come, and FixToCome
// would say it twice.
func (v *Vulnerability) remediationSaysWhen(fix string) bool {
	if v.FixDue.IsZero() || !namesVersion(v.Remediation, fix) {
		return false
	}
	return strings.Contains(v.Remediation, v.FixDue.Long()) || strings.Contains(v.Remediation, v.FixDue.String())
}

// namesVersion reports text naming version ver as a whole: "4.0.1" is
// not named by "14.0.1" or "4.0.10".
func namesVersion(text, ver string) bool {
	part := func(c byte) bool {
		return c == '.' || c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	for i := 0; ver != ""; {
		j := strings.Index(text[i:], ver)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(ver)
		before := start == 0 || !part(text[start-1])
		// A sentence's full stop after the version ends it.
		after := end == len(text) || !part(text[end]) || text[end] == '.' && (end+1 == len(text) || !part(text[end+1]))
		if before && after {
			return true
		}
		i = start + 1
	}
	return false
}

// InstallVersion is the version the documents name to install for the
// fix: fixed_in, else, when that version was withdrawn (FixWithdrawn),
// the version that replaced it, "" when none is stated.
func (v *Vulnerability) InstallVersion() string {
	if !v.FixWithdrawn.IsZero() {
		return v.FixInstead
	}
	return v.FixedIn
}

// WithdrawnFixText says that the first version with the fix was
// withdrawn and what to install instead; "" when it was not withdrawn
// (FixWithdrawn).
func (v *Vulnerability) WithdrawnFixText() string {
	if v.FixWithdrawn.IsZero() {
		return ""
	}
	s := "Version " + v.FixedIn + ", the first with the fix, was withdrawn on " + v.FixWithdrawn.String()
	if v.FixInstead == "" {
		return s + ", and no version to install in its place is stated."
	}
	return s + ": install version " + v.FixInstead + "."
}

// NoFixPlanned is the sentence saying that no fix is planned for the
// given versions ("No fix is planned for version 4.1.0.").
func NoFixPlanned(versions ...string) string {
	if len(versions) == 1 {
		return "No fix is planned for version " + versions[0] + "."
	}
	return "No fix is planned for versions " + content.AndList(versions) + "."
}

// FixReleased reports an affected version for which a fix is released:
// fix = "released", or a fix version named (fixed_in) without saying that
// none is planned for it, that version being generally available
// (FixPlanned false). It is what CSAF's vendor_fix and CycloneDX's
// update response claim.
func (v *Vulnerability) FixReleased() bool {
	return v.Status == "affected" && (v.Fix == "released" || v.Fix == "" && v.InstallVersion() != "" && !v.FixPlanned)
}

// FixOut is the date v's fix came out: its fixed date, else, for an
// affected version whose fix is released (FixReleased) in the version
// fixed_in names, that version's general availability, and for a fixed
// version the general availability of the version fixed_in names (the
// fix came out in it, even one withdrawn since), unless that version is
// not yet generally available (FixPlanned); zero when neither is stated.
func (s *Set) FixOut(v *Vulnerability) content.Date {
	if !v.Fixed.IsZero() {
		return v.Fixed
	}
	if s == nil {
		return content.Date{}
	}
	switch {
	case v.FixReleased():
		if ver := s.Version(v.InstallVersion()); ver != nil {
			return ver.Available
		}
	case v.Status == "fixed" && v.FixedIn != "" && (!v.FixPlanned || !v.FixWithdrawn.IsZero()):
		// FixPlanned is about FixInstead once fixed_in is withdrawn.
		if ver := s.Version(v.FixedIn); ver != nil {
			return ver.Available
		}
	}
	return content.Date{}
}

// fixState is what v's fix version is on a date: withdrawn (and what
// replaced it), not yet available, or past its end of support.
type fixState struct {
	planned   bool
	due       content.Date
	ended     content.Date
	withdrawn content.Date
	instead   string
}

func (f fixState) set(v *Vulnerability) {
	v.FixPlanned, v.FixDue, v.FixEnded, v.FixWithdrawn, v.FixInstead = f.planned, f.due, f.ended, f.withdrawn, f.instead
}

func fixStateOf(v *Vulnerability) fixState {
	return fixState{v.FixPlanned, v.FixDue, v.FixEnded, v.FixWithdrawn, v.FixInstead}
}

// fixOn is the state on d of v's fix version (fixed_in): when it was
// withdrawn on or before d, the version that replaced it (followed while
// that too was withdrawn by d) is the one to install, and the rest is
// about that version. It is planned when not generally available on d,
// ended when its end of support is on or before d. A zero d, a version
// not in the product or one without the dates decides nothing.
func (s *Set) fixOn(v *Vulnerability, d content.Date) fixState {
	var f fixState
	if s == nil || v.FixedIn == "" || d.IsZero() {
		return f
	}
	ver := s.Version(v.FixedIn)
	for seen := 0; ver != nil && ver.WithdrawnOn(d) && seen < len(s.Versions); seen++ {
		if f.withdrawn.IsZero() {
			f.withdrawn = ver.Withdrawn
		}
		f.instead = ver.ReplacedBy
		ver = s.Version(ver.ReplacedBy)
	}
	if ver == nil || ver.WithdrawnOn(d) {
		if !f.withdrawn.IsZero() {
			f.instead = ""
		}
		return f
	}
	f.planned = !ver.Available.IsZero() && ver.Available.After(d)
	if f.planned {
		f.due = ver.Available
	}
	if !ver.EndOfSupport.IsZero() && !d.Before(ver.EndOfSupport) {
		f.ended = ver.EndOfSupport
	}
	return f
}

// WithdrawnOn reports whether the version has been withdrawn on d.
func (v *Version) WithdrawnOn(d content.Date) bool {
	return !v.Withdrawn.IsZero() && !d.Before(v.Withdrawn)
}

// Uncontrolled lists the vulnerabilities with an uncontrolled risk.
func (s *Set) Uncontrolled() []*Vulnerability {
	if s == nil {
		return nil
	}
	var out []*Vulnerability
	for _, v := range s.List {
		if v.Uncontrolled() {
			out = append(out, v)
		}
	}
	return out
}

// All lists every vulnerability of every version; nil for a nil Set.
func (s *Set) All() []*Vulnerability {
	if s == nil {
		return nil
	}
	return s.List
}

// RiskText is the risk column of a document: Controlled, Uncontrolled,
// "Does not apply" for a version not affected or fixed, else "Not stated".
func (v *Vulnerability) RiskText() string {
	switch {
	case v.Risk != "":
		return v.Risk.Label()
	case v.Status == "not_affected" || v.Status == "fixed":
		return "Does not apply"
	}
	return "Not stated"
}
