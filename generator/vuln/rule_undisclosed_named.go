package vuln

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// ruleUndisclosedNamed: every document and file jspgen builds is
// published, and none lists a vulnerability before it is public
// (Vulnerability.Public: known to the manufacturer and publicly
// disclosed); the entry is left out of what speaks as of an earlier date
// (Set.KnownBy, Set.PublicBy). The manufacturer's own text elsewhere is
// printed as written: a version's summary ("fixes CVE-…"), another
// vulnerability's remediation, a notice's summary, a threat's risk, a
// revision's summary, an MDS2 note. Text that names the ID of a
// vulnerability of the product file in a document speaking as of a date
// before the vulnerability is public would publish it first, which
// coordinated disclosure forbids: an error at the text's key.
//
// A text speaks as of the earliest date of the documents and files that
// may print it, each at the date it speaks as of: a released document
// its release date (its revision says the same whenever it is built: a
// build as of an earlier date is not its publication), a document with
// no release date, and the site's product page, lifecycle.json and the
// VEX and CSAF files, the build's as-of date. A notice's keys are
// printed by that notice (and the CSAF advisory of a security notice, of
// the same date); a document's control by that document; the MDS2
// answers and notes by the form; a version's by every document but the
// end-of-life and component notices about other versions (the site's
// pages and files print no version's text but its changes, which the views
// draw, and its extended_support, which lifecycle.json gives); a
// vulnerability entry's text
// by what lists the entry, from its own Public on (its remediation and
// fix delay reason from its fix, a communication from its date), the VEX
// and CSAF files included; a notice's component by every document
// listing the component; every other key by the documents printedBy
// lists for its top-level key (all of them for a key it does not list).
// An ID named only in its own entry is not text elsewhere (the entry is
// left out with it), nor is a security notice's list of the IDs it
// announces (checkNotices holds the notice to their dates).
//
// The ID is matched as a whole word, in any case: CVE-2025-6741 is not
// named by "CVE-2025-67410". A vulnerability whose dates are not stated
// is never held back (NotPublicBy), nor is an imported VEX statement,
// which has none.
func ruleUndisclosedNamed(p *content.Product, asOf content.Date) content.Diagnostics {
	if p == nil || asOf.IsZero() {
		return nil
	}
	type held struct {
		id    string
		pub   content.Date // the first date a published text may name it
		known bool         // pub is when it was known, not its disclosure
		unset bool         // and disclosed is not stated
		path  string       // the key that decides pub
	}
	// Each ID's first public date: the earliest of its entries' (one
	// entry public is the ID public); an entry with no date, never held.
	byID := map[string]*held{}
	var order []string
	for i, v := range p.Vulns {
		x := Vulnerability{Discovered: v.Discovered, Disclosed: v.Disclosed, Communications: v.Communications}
		pub := x.Public()
		id := strings.ToUpper(strings.TrimSpace(v.ID))
		if id == "" {
			continue
		}
		h, ok := byID[id]
		if !ok {
			h = &held{id: v.ID, pub: pub}
			byID[id] = h
			order = append(order, id)
		} else if !h.pub.IsZero() && (pub.IsZero() || pub.Before(h.pub)) {
			h.pub = pub
		} else {
			continue
		}
		h.known = pub.Before(v.Disclosed) || pub.After(v.Disclosed) || v.Disclosed.IsZero()
		h.unset = v.Disclosed.IsZero()
		h.path = fmt.Sprintf("vulnerabilities[%d].disclosed", i)
		if h.known {
			h.path = fmt.Sprintf("vulnerabilities[%d].discovered", i)
		}
	}

	// The dates the product's documents and files speak as of.
	type occasion struct {
		on     content.Date
		what   string
		notice int // the index of the notice it is; -1 for any other
	}
	dated := func(what string, c content.DocumentControl) occasion {
		if c.ReleaseDate.IsZero() {
			return occasion{asOf, what + ", which has no release date and speaks as of the build's as-of date", -1}
		}
		return occasion{c.ReleaseDate, what + ", which speaks as of its release date", -1}
	}
	docName := func(title string, c content.DocumentControl) string {
		if c.ID == "" {
			return "the " + title
		}
		return fmt.Sprintf("the %s (%s)", title, c.Cite())
	}
	site := occasion{asOf, "the site's product page, views, lifecycle.json or the VEX and CSAF files, which speak as of the build's as-of date", -1}
	docs := map[string]occasion{}
	for _, d := range []struct {
		key, title string
		c          content.DocumentControl
	}{
		{"security_plan", "security plan", p.Documents.SecurityPlan},
		{"csd", "CSD", p.Documents.CSD},
		{"mds2", "MDS2 form", p.Documents.MDS2},
		{"lifecycle", "lifecycle page", p.Documents.Lifecycle},
		{"risk_report", "risk report", p.Documents.RiskReport.DocumentControl},
		{"estar", "eSTAR cross-reference", p.Documents.ESTAR.DocumentControl},
	} {
		if p.Produces(d.key) {
			docs[d.key] = dated(docName(d.title, d.c), d.c)
		}
	}
	notices := make([]occasion, len(p.Notices))
	for i, n := range p.Notices {
		notices[i] = dated(docName("notice "+n.ID, n.Document), n.Document)
		notices[i].notice = i
	}
	var every []occasion
	for _, k := range []string{"security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar"} {
		if o, ok := docs[k]; ok {
			every = append(every, o)
		}
	}
	if p.Builds("notices") {
		every = append(every, notices...)
	}
	// What the site's own pages and files print, as of the as-of date:
	// last, so that a document of the same date is named first.
	withSite := append(slices.Clone(every), site)
	earliest := func(occ []occasion, from content.Date) (occasion, bool) {
		var first occasion
		found := false
		for _, o := range occ {
			if o.on.Before(from) || found && !o.on.Before(first.on) {
				continue
			}
			first, found = o, true
		}
		return first, found
	}

	// Nothing held back on the earliest date: nothing to look for.
	first, _ := earliest(withSite, content.Date{})
	heldBack := false
	for _, id := range order {
		if byID[id].pub.After(first.on) {
			heldBack = true
		}
	}
	if !heldBack {
		return nil
	}

	// where is what may print the text at path, from which date on; ok
	// false when the text is not other text (its own entry, a notice's
	// list of IDs).
	where := func(path, id string) (printed []occasion, from content.Date, ok bool) {
		var i int
		var rest string
		switch {
		case scanIndex(path, "vulnerabilities[", &i, &rest):
			v := p.Vulns[i]
			if strings.EqualFold(strings.TrimSpace(v.ID), id) {
				return nil, from, false
			}
			x := Vulnerability{Discovered: v.Discovered, Disclosed: v.Disclosed, Communications: v.Communications}
			from = x.Public()
			switch {
			case rest == ".remediation" || rest == ".fix_delay_reason":
				if v.Fixed.After(from) {
					from = v.Fixed
				}
			case strings.HasPrefix(rest, ".communications["):
				var j int
				if scanIndex(rest, ".communications[", &j, new(string)) && v.Communications[j].Date.After(from) {
					from = v.Communications[j].Date
				}
			}
			return withSite, from, true // the VEX and CSAF files
		case scanIndex(path, "notices[", &i, &rest):
			switch {
			case strings.HasPrefix(rest, ".vulnerabilities["):
				return nil, from, false
			case strings.HasPrefix(rest, ".components["):
				// A component's concern and support: every document
				// listing the component, and the annotated SBOMs.
				return append(slices.Clone(withSite), notices[i]), from, true
			}
			return notices[i : i+1], from, true
		case scanIndex(path, "versions[", &i, &rest):
			// A version's text: in every document but the notices
			// about other versions; its changes make up the product
			// the views draw, so also in the site's SVG files; its
			// paid extended support and why it was withdrawn also in
			// lifecycle.json, and the
			// company that made it in its VEX and CSAF files' issuing
			// authority.
			var occ []occasion
			for _, o := range every {
				if o.notice < 0 || p.Notices[o.notice].Security() || slices.Contains(p.Notices[o.notice].Versions, p.Versions[i].Version) {
					occ = append(occ, o)
				}
			}
			if strings.HasPrefix(rest, ".changes.") || rest == ".extended_support" || rest == ".withdrawal_reason" || rest == ".manufacturer" {
				occ = append(occ, site)
			}
			return occ, from, true
		case strings.HasPrefix(path, "documents."):
			key, _, _ := strings.Cut(strings.TrimPrefix(path, "documents."), ".")
			if o, ok := docs[key]; ok {
				return []occasion{o}, from, true
			}
			return nil, from, false
		case path == "mds2" || strings.HasPrefix(path, "mds2."):
			if o, ok := docs["mds2"]; ok {
				return []occasion{o}, from, true
			}
			return nil, from, false
		}
		top := path
		if k := strings.IndexAny(top, ".["); k >= 0 {
			top = top[:k]
		}
		docKeys, ok := printedBy[top]
		if !ok {
			return every, from, true
		}
		var occ []occasion
		for _, k := range docKeys {
			switch k {
			case "notices":
				if p.Builds("notices") {
					occ = append(occ, notices...)
				}
			case "site":
				occ = append(occ, site)
			default:
				if o, ok := docs[k]; ok {
					occ = append(occ, o)
				}
			}
		}
		return occ, from, true
	}

	var out content.Diagnostics
	content.TextValues(p, func(path, value string) {
		upper := strings.ToUpper(value)
		for _, key := range order {
			h := byID[key]
			if !h.pub.After(first.on) || !namesID(upper, key) {
				continue
			}
			occ, from, ok := where(path, key)
			if !ok {
				continue
			}
			o, found := earliest(occ, from)
			if !found || !h.pub.After(o.on) {
				continue
			}
			state := fmt.Sprintf("not publicly disclosed until %s (%s)", h.pub, h.path)
			switch {
			case h.unset:
				state = fmt.Sprintf("not known to the manufacturer until %s (%s; disclosed is not stated)", h.pub, h.path)
			case h.known:
				state = fmt.Sprintf("not known to the manufacturer until %s (%s)", h.pub, h.path)
			}
			out = append(out, content.Diagnostic{Severity: content.Error, File: p.Source.File, Line: p.Source.Line(path), Path: path,
				Message: fmt.Sprintf("this text names %s, %s, but may be published as of %s, in %s: every document and file jspgen builds is public, so it would disclose %s early; name it only in text first published on or after %s (a revision released then), or correct the dates",
					h.id, state, o.on, o.what, h.id, h.pub)})
		}
	})
	return out
}

// printedBy lists, per top-level key of the product file, the documents
// whose shipped templates may print its text ("notices": every notice;
// "site": the product page, the views' SVG files, lifecycle.json, the VEX
// and CSAF files and the annotated SBOM copies, as of the build's as-of
// date). It is wider than what TestPrintedByCoversTheBuild finds printed
// in the example and the fixtures (a key printed by one section of a
// document is listed for the documents that describe the same facts),
// since a key missing here would let its text publish an ID early. A key
// not listed is taken as printed by every document. The notices', the
// document controls', the versions' and the vulnerabilities' keys are
// dated by ruleUndisclosedNamed itself.
var printedBy = map[string][]string{
	"name":        {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar", "notices", "site"},
	"description": {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar", "notices", "site"},
	"models":      {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "estar", "notices", "site"},

	// The product's make-up: the plan, the CSD, the form, the report and
	// the notices (interfaces to disable, ports to block, data to wipe),
	// and the notices' CSAF twins on the site, which say the same;
	// what the views draw (parts, stores, flows and their ends, use
	// cases' titles) also the site: the views' SVG files and the pages
	// listing them; the eSTAR names a use case whose view has no drawing. The lifecycle page quotes how a fix reaches a part
	// (parts.patching, kind.FixReachSentences).
	"parts":                {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "notices", "site"},
	"interfaces":           {"security_plan", "csd", "mds2", "risk_report", "notices", "site"},
	"ports":                {"security_plan", "csd", "mds2", "risk_report", "notices", "site"},
	"data_stores":          {"security_plan", "csd", "mds2", "risk_report", "notices", "site"},
	"data_flows":           {"security_plan", "csd", "mds2", "risk_report", "notices", "site"},
	"flow_endpoints":       {"security_plan", "csd", "mds2", "risk_report", "notices", "site"},
	"architecture":         {"security_plan", "csd", "risk_report", "estar", "site"},
	"diagrams":             {"security_plan", "csd", "risk_report"},
	"recommended_controls": {"security_plan", "csd", "mds2", "risk_report", "notices"},
	"backup":               {"security_plan", "csd", "mds2", "notices", "site"},
	"decommissioning":      {"security_plan", "csd", "mds2", "notices", "site"},
	"end_of_life":          {"security_plan", "csd", "lifecycle", "notices"},

	// Components and their support: the plan, the CSD, the notices about
	// them, lifecycle.json and the annotated SBOMs.
	"components":      {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "notices", "site"},
	"support_rules":   {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "notices", "site"},
	"sbom":            {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "notices", "site"},
	"related_systems": {"security_plan", "csd", "mds2", "lifecycle", "risk_report", "notices", "site"},

	// The customer's side: the CSD, the MDS2 form's answers and notes,
	// the plan.
	"accounts":          {"security_plan", "csd", "mds2"},
	"cloud":             {"security_plan", "csd", "mds2"},
	"certifications":    {"security_plan", "csd", "mds2"},
	"configuration":     {"security_plan", "csd", "mds2"},
	"deployment":        {"security_plan", "csd", "mds2"},
	"hardening":         {"security_plan", "csd", "mds2"},
	"infrastructure":    {"security_plan", "csd", "mds2"},
	"logging":           {"security_plan", "csd", "mds2"},
	"remote_service":    {"security_plan", "csd", "mds2"},
	"safeguards":        {"security_plan", "csd", "mds2"},
	"security_settings": {"security_plan", "csd", "mds2"},
	"updates":           {"security_plan", "csd", "mds2", "lifecycle", "notices"}, // the lifecycle page prints updates.agreement
	"postmarket":        {"security_plan", "csd", "mds2", "risk_report", "notices"},

	// The security programme and the risk file: the plan, the report,
	// the CSD's summaries, the eSTAR cross-reference.
	"cyber_device":     {"security_plan", "csd", "risk_report", "estar"},
	"spdf":             {"security_plan", "risk_report", "estar"},
	"governance":       {"security_plan", "risk_report", "estar"},
	"planning":         {"security_plan", "risk_report", "estar"},
	"risk":             {"security_plan", "csd", "risk_report", "estar"},
	"threats":          {"security_plan", "csd", "risk_report", "estar"},
	"suppliers":        {"security_plan", "csd", "risk_report", "estar"},
	"requirements":     {"security_plan", "csd", "risk_report", "estar"},
	"controls":         {"security_plan", "csd", "risk_report", "estar"},
	"verification":     {"security_plan", "csd", "risk_report", "estar"},
	"metrics":          {"security_plan", "risk_report", "estar"},
	"anomalies":        {"security_plan", "csd", "risk_report", "estar"},
	"interoperability": {"security_plan", "csd", "risk_report", "estar"},
	"source_code":      {"security_plan", "csd", "risk_report", "estar"},
}

// scanIndex reports whether path starts with prefix followed by an index
// and "]", setting *i to the index and *rest to what follows.
func scanIndex(path, prefix string, i *int, rest *string) bool {
	if !strings.HasPrefix(path, prefix) {
		return false
	}
	s := path[len(prefix):]
	end := strings.IndexByte(s, ']')
	if end <= 0 {
		return false
	}
	n := 0
	for _, c := range s[:end] {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	*i, *rest = n, s[end+1:]
	return true
}

// namesID reports whether upper (a text in upper case) names id (upper
// case) as a whole word: not inside a longer ID or word.
func namesID(upper, id string) bool {
	for from := 0; ; {
		k := strings.Index(upper[from:], id)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(id)
		if (k == 0 || !idChar(upper[k-1])) && (end == len(upper) || !idChar(upper[end])) {
			return true
		}
		from = k + 1
	}
}

// idChar reports a byte that continues an identifier.
func idChar(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}
