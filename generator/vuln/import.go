package vuln

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/input"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/openvex/go-vex/pkg/vex"
	"github.com/package-url/packageurl-go"
)

// Statement is one VEX statement in the form every importer produces: a
// vulnerability's status in some product versions for some components.
type Statement struct {
	Loc           string   // location in the file: "statements[2]", "vulnerabilities[0]"
	ID            string   // CVE or GHSA
	Title         string   //
	Description   string   //
	Targets       []Target // the product versions and their components the statement speaks about
	Status        content.VulnStatus
	Justification content.VEXJustification
	Impact        string // why not affected
	Action        string // remediation
	CVSS          string // vector
	// Fix is what the document says of a fix for an affected version:
	// none_planned (CSAF no_fix_planned, CycloneDX will_not_fix or
	// can_not_fix), released (CSAF vendor_fix, CycloneDX update), or not
	// stated (OpenVEX has no field for it).
	Fix content.FixPlan
	// CWEs are the weaknesses the statement names, in its order: CSAF
	// has one, with its name; CycloneDX lists numbers only, so their
	// names are empty; OpenVEX has no field for it.
	CWEs []content.CWE
	// Discovered is the day the manufacturer identified the
	// vulnerability, its entry's discovered, where the format states it:
	// CSAF's discovery_date. Zero otherwise.
	Discovered content.Date
	// Stated is the day the statement was made (OpenVEX timestamp,
	// CycloneDX analysis firstIssued), else the day the document was
	// (OpenVEX's timestamp, which its statements inherit, CycloneDX
	// metadata.timestamp, CSAF current_release_date: it states the
	// statement by then, perhaps since an earlier revision), its entry's
	// Vulnerability.Stated. Zero when the document states none of them.
	Stated content.Date
	// Disclosed is the vulnerability's public disclosure, its entry's
	// disclosed: CSAF release_date, CycloneDX published (the record's
	// first publication). OpenVEX has no field for it.
	Disclosed content.Date
}

// Target is one product version a statement speaks about and the
// components concerned in it.
type Target struct {
	Product    string   // the version's purl (or CPE)
	Components []string // purls, or CycloneDX bom-refs resolved to purls, or name@version
}

// Format names of VEX documents.
const (
	FormatOpenVEX      = "OpenVEX"
	FormatCycloneDX    = "CycloneDX VEX"
	FormatCycloneDXXML = "CycloneDX VEX (XML)"
	FormatCSAF         = "CSAF VEX"
)

// Parse reads a VEX document in any supported format into statements.
// Problems with single statements come back as errors keyed by location.
func Parse(data []byte) (format string, stmts []Statement, err error) {
	trimmed := bytes.TrimSpace(data)
	if bytes.HasPrefix(trimmed, []byte("<")) {
		stmts, err = ParseCycloneDX(data, cdx.BOMFileFormatXML)
		return FormatCycloneDXXML, stmts, err
	}
	var probe struct {
		Context   string          `json:"@context"`
		BOMFormat string          `json:"bomFormat"`
		Document  json.RawMessage `json:"document"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return "", nil, fmt.Errorf("not a VEX document: want JSON (OpenVEX, CycloneDX, CSAF) or CycloneDX XML: %v", err)
	}
	switch {
	case strings.Contains(probe.Context, "openvex"):
		stmts, err = ParseOpenVEX(data)
		return FormatOpenVEX, stmts, err
	case probe.BOMFormat == "CycloneDX":
		stmts, err = ParseCycloneDX(data, cdx.BOMFileFormatJSON)
		return FormatCycloneDX, stmts, err
	case probe.Document != nil:
		stmts, err = ParseCSAF(data)
		return FormatCSAF, stmts, err
	}
	return "", nil, fmt.Errorf("not a VEX document: no OpenVEX @context, CycloneDX bomFormat or CSAF document")
}

// ParseOpenVEX reads an OpenVEX document with github.com/openvex/go-vex.
func ParseOpenVEX(data []byte) ([]Statement, error) {
	doc, err := vex.Parse(data)
	if err != nil {
		return nil, err
	}
	var out []Statement
	for i, s := range doc.Statements {
		st := Statement{
			Loc: fmt.Sprintf("statements[%d]", i), ID: string(s.Vulnerability.Name), Description: s.Vulnerability.Description,
			Status: content.VulnStatus(s.Status), Justification: content.VEXJustification(s.Justification),
			Impact: s.ImpactStatement, Action: s.ActionStatement,
		}
		switch {
		case s.Timestamp != nil && !s.Timestamp.IsZero():
			st.Stated = content.DateOf(*s.Timestamp)
		case doc.Timestamp != nil && !doc.Timestamp.IsZero():
			st.Stated = content.DateOf(*doc.Timestamp)
		}
		if st.ID == "" {
			st.ID = s.Vulnerability.ID
		}
		for _, p := range s.Products {
			t := Target{Product: identifier(p.Component)}
			for _, sc := range p.Subcomponents {
				t.Components = append(t.Components, identifier(sc.Component))
			}
			st.Targets = append(st.Targets, t)
		}
		out = append(out, st)
	}
	return out, nil
}

func identifier(c vex.Component) string {
	if p := c.Identifiers[vex.PURL]; p != "" {
		return p
	}
	if c.ID != "" {
		return c.ID
	}
	if p := c.Identifiers[vex.CPE23]; p != "" {
		return p
	}
	return c.Identifiers[vex.CPE22]
}

// cdxStates maps CycloneDX analysis states onto VEX statuses.
var cdxStates = map[cdx.ImpactAnalysisState]content.VulnStatus{
	cdx.IASExploitable: "affected", cdx.IASInTriage: "under_investigation", cdx.IASResolved: "fixed",
	cdx.IASResolvedWithPedigree: "fixed", cdx.IASNotAffected: "not_affected", cdx.IASFalsePositive: "not_affected",
}

// cdxJustifications maps CycloneDX justifications onto the CISA ones; the
// first of each CISA justification is the one jspgen writes (none for
// vulnerable_code_cannot_be_controlled_by_adversary: see CycloneDX).
var cdxJustifications = []struct {
	cdx  cdx.ImpactAnalysisJustification
	cisa content.VEXJustification
}{
	{cdx.IAJRequiresDependency, "component_not_present"},
	{cdx.IAJCodeNotPresent, "vulnerable_code_not_present"},
	{cdx.IAJCodeNotReachable, "vulnerable_code_not_in_execute_path"},
	{cdx.IAJProtectedAtPerimeter, "vulnerable_code_cannot_be_controlled_by_adversary"},
	{cdx.IAJRequiresConfiguration, "vulnerable_code_cannot_be_controlled_by_adversary"},
	{cdx.IAJRequiresEnvironment, "vulnerable_code_cannot_be_controlled_by_adversary"},
	{cdx.IAJProtectedByMitigatingControl, "inline_mitigations_already_exist"},
	{cdx.IAJProtectedByCompiler, "inline_mitigations_already_exist"},
	{cdx.IAJProtectedAtRuntime, "inline_mitigations_already_exist"},
}

// ParseCycloneDX reads a CycloneDX VEX (JSON or XML) with cyclonedx-go:
// the product is the BOM's metadata.component, the components are the
// affects references (bom-refs of the BOM's components, or purls).
func ParseCycloneDX(data []byte, format cdx.BOMFileFormat) ([]Statement, error) {
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(bytes.NewReader(data), format).Decode(&bom); err != nil {
		return nil, err
	}
	product := ""
	productRef := ""
	var issued content.Date
	if bom.Metadata != nil {
		issued = timestampDate(bom.Metadata.Timestamp)
	}
	if bom.Metadata != nil && bom.Metadata.Component != nil {
		mc := bom.Metadata.Component
		productRef = mc.BOMRef
		product = cmpOr(mc.PackageURL, mc.CPE, strings.TrimSpace(mc.Name+"@"+mc.Version))
	}
	refs := map[string]string{}
	if bom.Components != nil {
		for _, c := range *bom.Components {
			if c.BOMRef != "" {
				refs[c.BOMRef] = cmpOr(c.PackageURL, c.BOMRef)
			}
		}
	}
	var out []Statement
	if bom.Vulnerabilities == nil {
		return nil, nil
	}
	for i, v := range *bom.Vulnerabilities {
		st := Statement{Loc: fmt.Sprintf("vulnerabilities[%d]", i), ID: v.ID, Description: v.Description, Action: v.Recommendation,
			Stated: issued, Disclosed: timestampDate(v.Published)}
		if v.CWEs != nil {
			for _, n := range *v.CWEs {
				st.CWEs = append(st.CWEs, content.CWE{ID: fmt.Sprintf("CWE-%d", n)})
			}
		}
		t := Target{Product: product}
		if a := v.Analysis; a != nil {
			st.Status = cdxStates[a.State]
			if st.Status == "" && a.State != "" {
				st.Status = content.VulnStatus(a.State)
			}
			for _, j := range cdxJustifications {
				if j.cdx == a.Justification {
					st.Justification = j.cisa
					break
				}
			}
			st.Impact = a.Detail
			if d := timestampDate(a.FirstIssued); !d.IsZero() {
				st.Stated = d
			}
			if st.Status == "affected" && a.Response != nil {
				for _, r := range *a.Response {
					switch {
					case r == cdx.IARWillNotFix || r == cdx.IARCanNotFix:
						st.Fix = "none_planned"
					case r == cdx.IARUpdate && st.Fix == "":
						st.Fix = "released"
					}
				}
			}
		}
		if v.Affects != nil {
			for _, af := range *v.Affects {
				if af.Ref == productRef && productRef != "" {
					continue
				}
				if r, ok := refs[af.Ref]; ok {
					t.Components = append(t.Components, r)
				} else {
					t.Components = append(t.Components, af.Ref)
				}
			}
		}
		if v.Ratings != nil {
			for _, r := range *v.Ratings {
				if r.Vector == "" {
					continue
				}
				vec := r.Vector
				switch r.Method {
				case cdx.ScoringMethodCVSSv31:
					if !strings.HasPrefix(vec, "CVSS:") {
						vec = "CVSS:3.1/" + vec
					}
				case cdx.ScoringMethodCVSSv4:
					if !strings.HasPrefix(vec, "CVSS:") {
						vec = "CVSS:4.0/" + vec
					}
				case cdx.ScoringMethodCVSSv3:
					if !strings.HasPrefix(vec, "CVSS:") {
						vec = "CVSS:3.0/" + vec
					}
				default:
					continue
				}
				st.CVSS = vec
				break
			}
		}
		if t.Product != "" || len(t.Components) > 0 {
			st.Targets = []Target{t}
		}
		out = append(out, st)
	}
	return out, nil
}

// timestampDate is the day (UTC) of a date-time as the VEX formats write
// it (RFC 3339), or of a date alone; zero for none, or one that is
// neither.
func timestampDate(ts string) content.Date {
	ts = strings.TrimSpace(ts)
	if t, err := time.Parse(time.RFC3339, ts); err == nil {
		return content.DateOf(t)
	}
	d, _ := content.ParseDate(ts)
	return d
}

// orDate is d, else the fallback when d is zero.
func orDate(d, fallback content.Date) content.Date {
	if d.IsZero() {
		return fallback
	}
	return d
}

func cmpOr(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" && s != "@" {
			return s
		}
	}
	return ""
}

// csafFlags maps CSAF flag labels (the CISA justifications) one to one.
var csafStatuses = []struct {
	status content.VulnStatus
	list   func(*csaf.ProductStatus) []string
}{
	{"affected", func(p *csaf.ProductStatus) []string { return p.KnownAffected }},
	{"under_investigation", func(p *csaf.ProductStatus) []string { return p.UnderInvestigation }},
	{"fixed", func(p *csaf.ProductStatus) []string { return p.Fixed }},
	{"not_affected", func(p *csaf.ProductStatus) []string { return p.KnownNotAffected }},
}

// ParseCSAF reads a CSAF 2.0 VEX document: each product status entry
// names a relationship "component default_component_of product version",
// or a product version itself.
func ParseCSAF(data []byte) ([]Statement, error) {
	var doc csaf.Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	type pair struct{ product, component string }
	ids := map[string]pair{}
	var walk func(bs []csaf.Branch)
	helper := func(fp *csaf.FullProduct) string {
		if fp.Helper == nil {
			return fp.Name
		}
		return cmpOr(fp.Helper.PURL, fp.Helper.CPE, fp.Name)
	}
	walk = func(bs []csaf.Branch) {
		for _, b := range bs {
			if b.Product != nil {
				ids[b.Product.ProductID] = pair{product: helper(b.Product)}
			}
			walk(b.Branches)
		}
	}
	if pt := doc.ProductTree; pt != nil {
		walk(pt.Branches)
		for i := range pt.FullProducts {
			ids[pt.FullProducts[i].ProductID] = pair{product: helper(&pt.FullProducts[i])}
		}
		for _, r := range pt.Relationships {
			ids[r.FullProductName.ProductID] = pair{product: ids[r.RelatesToProductRef].product, component: ids[r.ProductReference].product}
		}
	}
	var out []Statement
	issued := timestampDate(doc.Document.Tracking.CurrentReleaseDate)
	for i, v := range doc.Vulnerabilities {
		id := v.CVE
		if id == "" && len(v.IDs) > 0 {
			id = v.IDs[0].Text
		}
		if v.ProductStatus == nil {
			continue
		}
		for _, s := range csafStatuses {
			for _, pid := range s.list(v.ProductStatus) {
				pr, ok := ids[pid]
				st := Statement{Loc: fmt.Sprintf("vulnerabilities[%d].product_status %s", i, pid), ID: id, Title: v.Title, Status: s.status,
					Discovered: timestampDate(v.DiscoveryDate), Stated: issued, Disclosed: timestampDate(v.ReleaseDate)}
				if v.CWE != nil {
					st.CWEs = []content.CWE{{ID: v.CWE.ID, Name: v.CWE.Name}}
				}
				t := Target{Product: pid}
				if ok {
					t.Product = pr.product
					if pr.component != "" {
						t.Components = []string{pr.component}
					}
				}
				st.Targets = []Target{t}
				for _, f := range v.Flags {
					if slices.Contains(f.ProductIDs, pid) {
						st.Justification = content.VEXJustification(f.Label)
					}
				}
				for _, t := range v.Threats {
					if t.Category == "impact" && (len(t.ProductIDs) == 0 || slices.Contains(t.ProductIDs, pid)) {
						st.Impact = t.Details
					}
				}
				for _, r := range v.Remediations {
					if !slices.Contains(r.ProductIDs, pid) {
						continue
					}
					if st.Action == "" {
						st.Action = r.Details
					}
					switch {
					case s.status != "affected":
					case r.Category == "no_fix_planned":
						st.Fix = "none_planned"
					case r.Category == "vendor_fix" && st.Fix == "":
						st.Fix = "released"
					}
				}
				for _, sc := range v.Scores {
					if sc.CVSSv3 != nil && slices.Contains(sc.Products, pid) {
						st.CVSS = sc.CVSSv3.VectorString
					}
				}
				out = append(out, st)
			}
		}
	}
	return out, nil
}

// importFile reads p.VEX.Files[i] and adds its statements.
func (l *loader) importFile(i int, rel string) {
	key := fmt.Sprintf("vex.files[%d]", i)
	if _, err := inventory.AssetFile(l.contentDir, l.p, rel); err != nil {
		l.errorAt(key, "%v", err)
		return
	}
	data, err := input.ReadFile(filepath.Join(l.contentDir, l.p.ID), rel, input.MaxSBOM)
	if err != nil {
		l.errorAt(key, "%s", input.Reason(err))
		return
	}
	file := filepath.ToSlash(filepath.Join(l.contentDir, l.p.ID, rel))
	format, stmts, err := Parse(data)
	if err != nil {
		l.errorAt(key, "%s: %v", rel, err)
		return
	}
	for _, st := range stmts {
		l.statement(file, format, st)
	}
}

func (l *loader) fileError(file, loc, format string, args ...any) {
	l.diags = append(l.diags, content.Diagnostic{File: file, Path: loc, Message: fmt.Sprintf(format, args...)})
}

// productVersion finds the version a product identifier names: its purl
// (qualifiers ignored) or CPE.
func (s *Set) productVersion(id string) *Version {
	id = strings.TrimSpace(id)
	for i := range s.Versions {
		v := &s.Versions[i]
		if v.PURL != "" && (id == v.PURL || stripQualifiers(id) == stripQualifiers(v.PURL)) || v.CPE != "" && id == v.CPE {
			return v
		}
	}
	return nil
}

func stripQualifiers(purl string) string {
	purl, _, _ = strings.Cut(purl, "#")
	purl, _, _ = strings.Cut(purl, "?")
	return purl
}

// statement adds one imported statement, one entry per version.
func (l *loader) statement(file, format string, st Statement) {
	if !ValidID(st.ID) {
		l.fileError(file, st.Loc, "want a CVE or GHSA identifier; got %q", st.ID)
		return
	}
	if !slices.Contains(content.VulnStatus("").Values(), string(st.Status)) {
		l.fileError(file, st.Loc, "%s: want a status of %s; got %q", st.ID, strings.Join(content.VulnStatus("").Values(), ", "), st.Status)
		return
	}
	if st.Justification != "" && !slices.Contains(content.VEXJustification("").Values(), string(st.Justification)) {
		l.fileError(file, st.Loc, "%s: want a justification of %s; got %q", st.ID, strings.Join(content.VEXJustification("").Values(), ", "), st.Justification)
		return
	}
	if st.Status == "not_affected" && st.Justification == "" && st.Impact == "" {
		l.fileError(file, st.Loc, "%s: a not_affected statement needs a justification or an impact statement", st.ID)
		return
	}
	if st.Status == "affected" && strings.TrimSpace(st.Action) == "" {
		// OpenVEX requires it, and CSAF's VEX profile (test 6.1.27.10):
		// the files published from this statement would be invalid.
		l.fileError(file, st.Loc, "%s: an affected statement needs an action: what customers should do (OpenVEX action_statement, CycloneDX recommendation, CSAF remediations)", st.ID)
	}
	score, err := ParseCVSS(st.CVSS)
	if err != nil {
		l.fileError(file, st.Loc, "%s: %v", st.ID, err)
		return
	}
	for _, w := range st.CWEs {
		if !cwePattern.MatchString(w.ID) {
			l.fileError(file, st.Loc, "%s: want a CWE of the form CWE-<number> (CWE-416); got %q", st.ID, w.ID)
			return
		}
	}
	if len(st.Targets) == 0 {
		l.fileError(file, st.Loc, "%s: the statement names no product", st.ID)
		return
	}
	// "Not present" may be said of the whole version (OpenVEX allows a
	// statement with no subcomponent) and of a component no version
	// contains: that is the true statement about a component the product
	// lacks.
	notPresent := st.Status == "not_affected" && st.Justification == "component_not_present"
	for _, t := range st.Targets {
		pid := t.Product
		if len(t.Components) == 0 && !notPresent {
			l.fileError(file, st.Loc, "%s: the statement names no component of %s (OpenVEX subcomponents, CycloneDX affects, CSAF relationships)", st.ID, pid)
			continue
		}
		v := l.s.productVersion(pid)
		if v == nil {
			var known []string
			for _, x := range l.s.Versions {
				if id := cmpOr(x.PURL, x.CPE); id != "" {
					known = append(known, id)
				} else {
					known = append(known, x.Version+" (its SBOM subject states no purl or CPE)")
				}
			}
			l.fileError(file, st.Loc, "%s: unknown product %q (want a version of %s: %s)", st.ID, pid, l.p.ID, strings.Join(known, ", "))
			continue
		}
		out := &Vulnerability{ID: st.ID, Title: st.Title, Description: st.Description, Version: v.Version, Status: st.Status,
			Justification: st.Justification, Impact: st.Impact, Remediation: st.Action, Fix: st.Fix, CVSS: score,
			Discovered: st.Discovered, Stated: st.Stated, Disclosed: st.Disclosed, Source: file + " " + st.Loc}
		if len(st.CWEs) > 0 {
			// One weakness per vulnerability, as CSAF has it: the first
			// the statement lists.
			out.CWE = &st.CWEs[0]
		}
		ok := true
		for _, cid := range t.Components {
			c, found := l.s.findID(v, cid)
			if !found {
				if !notPresent && !l.s.anywhereID(cid) {
					l.fileError(file, st.Loc, "%s: unknown component %q: no version of the product contains it", st.ID, cid)
					ok = false
					continue
				}
				if st.Justification != "component_not_present" {
					l.fileError(file, st.Loc, "%s: version %s does not contain %s", st.ID, v.Version, cid)
					ok = false
					continue
				}
				c = absentComponent(cid)
			}
			out.Components = append(out.Components, c)
		}
		if !ok {
			continue
		}
		if prev := l.s.entry(st.ID, v.Version); prev != nil {
			if prev.Status != st.Status {
				l.fileError(file, st.Loc, "%s in version %s: status %s contradicts %s at %s", st.ID, v.Version, st.Status, prev.Status, prev.Source)
				continue
			}
			if prev.Fix != "" && st.Fix != "" && prev.Fix != st.Fix {
				l.fileError(file, st.Loc, "%s in version %s: %s contradicts %s at %s", st.ID, v.Version, strings.ToLower(st.Fix.Label()), strings.ToLower(prev.Fix.Label()), prev.Source)
				continue
			}
			if prev.Fix == "" {
				prev.Fix = st.Fix
			}
			if !mergeCWE(prev, st.CWEs) {
				l.fileError(file, st.Loc, "%s in version %s: weakness %s contradicts %s at %s", st.ID, v.Version, cweIDs(st.CWEs), prev.CWE.ID, prev.Source)
				continue
			}
			// The same statement twice (the product file and a VEX
			// document agree): the components add up.
			for _, c := range out.Components {
				if !slices.ContainsFunc(prev.Components, func(d sbom.Component) bool { return sameComponent(c, d) }) {
					prev.Components = append(prev.Components, c)
				}
			}
			if prev.CVSS == nil {
				prev.CVSS = score
			}
			// A date the entry does not state, the statement may.
			prev.Discovered, prev.Stated, prev.Disclosed = orDate(prev.Discovered, st.Discovered), orDate(prev.Stated, st.Stated), orDate(prev.Disclosed, st.Disclosed)
			l.undated(file, format, st, prev)
			continue
		}
		l.s.List = append(l.s.List, out)
		l.undated(file, format, st, out)
	}
}

// undated warns of an imported statement that leaves its entry with no
// date (Vulnerability.Known zero): nothing places it after any date, so
// the VEX and CSAF files built as of any day, however early, state it,
// from their initial version (and no revision adds it).
func (l *loader) undated(file, format string, st Statement, x *Vulnerability) {
	if !x.Known().IsZero() {
		return
	}
	l.diags = append(l.diags, content.Diagnostic{Severity: content.Warning, File: file, Path: st.Loc, Message: fmt.Sprintf(
		"%s in version %s: the statement states no date, and nothing else dates the vulnerability (the product file's discovered or disclosed, another statement): nothing holds it back, so the VEX and CSAF files built as of any date, however early, state it from their initial version; give the statement the date it was made (%s)", st.ID, x.Version, dateFields[format])})
}

// dateFields are where each format dates a statement (Statement.Stated).
var dateFields = map[string]string{
	FormatOpenVEX:      "the statement's timestamp, or the document's",
	FormatCycloneDX:    "the vulnerability's analysis.firstIssued, or the document's metadata.timestamp",
	FormatCycloneDXXML: "the vulnerability's analysis firstIssued, or the document's metadata timestamp",
	FormatCSAF:         "the vulnerability's discovery_date, or the document's tracking current_release_date",
}

// findID finds a component of version v by an imported identifier: a
// purl, a CPE, else the name and version of one without either, as
// jspgen writes them: a generic purl in OpenVEX, "name@version" in
// CycloneDX (and in OpenVEX before).
func (s *Set) findID(v *Version, id string) (sbom.Component, bool) {
	if c, ok := s.find(v, id, "", ""); ok {
		return c, true
	}
	if strings.HasPrefix(id, "cpe:") {
		for _, c := range v.Components {
			if c.CPE == id {
				return c, true
			}
		}
		return sbom.Component{}, false
	}
	if strings.HasPrefix(id, "pkg:generic/") {
		if u, err := packageurl.FromString(id); err == nil && u.Namespace == "" && len(u.Qualifiers) == 0 && u.Subpath == "" {
			if c, ok := s.find(v, "", u.Name, u.Version); ok && c.PURL == "" && c.CPE == "" {
				return c, true
			}
		}
		return sbom.Component{}, false
	}
	if name, version, ok := strings.Cut(id, "@"); ok && !strings.HasPrefix(id, "pkg:") {
		return s.find(v, "", name, version)
	}
	return sbom.Component{}, false
}

func (s *Set) anywhereID(id string) bool {
	for i := range s.Versions {
		if _, ok := s.findID(&s.Versions[i], id); ok {
			return true
		}
	}
	return false
}

// mergeCWE adds the weaknesses a second statement about the same
// vulnerability and version names to the entry: the entry takes the first
// when it has none, and a name when it has the ID without one. It reports
// false when the entry's weakness is not among them (they contradict).
func mergeCWE(prev *Vulnerability, cwes []content.CWE) bool {
	if len(cwes) == 0 {
		return true
	}
	if prev.CWE == nil {
		prev.CWE = &cwes[0]
		return true
	}
	i := slices.IndexFunc(cwes, func(w content.CWE) bool { return w.ID == prev.CWE.ID })
	if i < 0 {
		return false
	}
	if prev.CWE.Name == "" && cwes[i].Name != "" {
		named := *prev.CWE
		named.Name = cwes[i].Name
		prev.CWE = &named
	}
	return true
}

func cweIDs(cwes []content.CWE) string {
	ids := make([]string, len(cwes))
	for i, w := range cwes {
		ids[i] = w.ID
	}
	return strings.Join(ids, ", ")
}
