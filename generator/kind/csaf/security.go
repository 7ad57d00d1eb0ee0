package csaf

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
)

// securityAdvisory is the csaf_security_advisory twin of a security
// notice. The notice's document control gives the tracking (ID, revisions,
// release dates); everything about the vulnerabilities — affected and
// fixed versions, status, scores, CWE, remediation, threats, dates — comes
// from the same known vulnerabilities the notice shows. Its products are
// the product versions (vendor → product → version), as hospitals track
// them, or each version on the models the notice names when it leaves
// out some that run it (securityBranch). ok is false when the notice
// names no known vulnerability (Load has reported it).
func securityAdvisory(env *kind.Env, p kind.Product, n content.Notice) (Advisory, bool) {
	// As the notice it twins: as known on the notice's release.
	adv := p.Vulnerabilities.KnownBy(kind.Released(n.Document, env.AsOf)).Advisory(n)
	if len(adv.Vulnerabilities) == 0 {
		return Advisory{}, false
	}
	adv.ByMarketBy(p.Product, kind.Released(n.Document, env.AsOf), env.AsOf) // as the notice's timeline
	history := noticeHistory(n)
	id := kind.NoticeTrackingID(p.ID, n)
	doc := &csaf.Document{Document: meta(env, p.Product, nil, "csaf_security_advisory", n.DisplayTitle()+" ("+p.Name+")", id, history)}
	doc.Document.Tracking.InitialReleaseDate = dateTime(n.Issued)

	// Every version some entry speaks about, and every version that fixes
	// a vulnerability without an entry of its own (fixedBy), in product
	// order: the fix is what the advisory announces, and a tool reads it
	// from product_status.fixed, not from the notes.
	fixes := map[string][]string{}
	for _, av := range adv.Vulnerabilities {
		fixes[av.ID] = fixedBy(av)
	}
	var versions []string
	for _, v := range p.Vulnerabilities.Versions {
		for _, av := range adv.Vulnerabilities {
			if containsVersion(av.Entries, v.Version) || slices.Contains(fixes[av.ID], v.Version) {
				versions = append(versions, v.Version)
				break
			}
		}
	}
	// The notice's models, when it names some of those that run the
	// versions: each version's products are then those models' (ids).
	branches, ids := securityBranch(env, p, n, versions)
	doc.ProductTree = &csaf.ProductTree{Branches: branches}

	notes := []csaf.Note{{Category: "summary", Title: "Summary", Text: strings.TrimSpace(n.Summary)}}
	var lines []string
	if len(adv.Affected) > 0 {
		lines = append(lines, "Affected: "+p.Name+" "+strings.Join(adv.Affected, ", ")+".")
	}
	if s := affectedModelsLine(securityModels(p, n, versions)); s != "" {
		lines = append(lines, s)
	}
	if len(adv.Fixed) > 0 {
		lines = append(lines, "Fixed in: "+p.Name+" "+strings.Join(adv.Fixed, ", ")+".")
		// Released market by market: where each fixed version is out.
		for _, v := range adv.Fixed {
			if s := fixReleasedWhereBy(p.Product, v, kind.Released(n.Document, env.AsOf), env.AsOf); s != "" {
				lines = append(lines, s)
			}
		}
	}
	if len(adv.Planned) > 0 {
		lines = append(lines, "Fix planned in, not released on "+kind.Released(n.Document, env.AsOf).String()+": "+p.Name+" "+strings.Join(adv.Planned, ", ")+".")
	}
	notes = append(notes, csaf.Note{Category: "details", Title: "Affected and fixed versions", Text: strings.Join(lines, "\n")})
	if len(adv.Timeline) > 0 {
		var tl []string
		for _, e := range adv.Timeline {
			tl = append(tl, e.Date.String()+": "+e.Text(env.Content.Site.Manufacturer.Name))
		}
		notes = append(notes, csaf.Note{Category: "details", Title: "Timeline", Text: strings.Join(tl, "\n")})
	}
	if len(n.Compensating) > 0 {
		notes = append(notes, csaf.Note{Category: "general", Title: "Additional compensating controls", Text: "- " + strings.Join(n.Compensating, "\n- ")})
	}
	doc.Document.Notes = notes
	// The twin points to the notice only when the build publishes it.
	link := ""
	if p.Builds("notices") {
		link = p.ID + "/notices/" + n.ID + ".html"
	}
	doc.Document.References = twinReferences(env, link, noticeTwinSummary(n))

	for _, av := range adv.Vulnerabilities {
		// An entry of a version no product of the tree stands for (none
		// of the notice's models runs it) speaks about nothing here.
		entries := slices.DeleteFunc(slices.Clone(av.Entries), func(x *vuln.Vulnerability) bool { return len(ids[x.Version]) == 0 })
		if len(entries) == 0 {
			continue
		}
		pidsOf := func(x *vuln.Vulnerability) []string { return ids[x.Version] }
		cv := csafVulnerability(av.ID, entries, riskTo(p.Product), riskSource(p.Product), pidsOf)
		marketFixesBy(p.Product, &cv, entries, kind.Released(n.Document, env.AsOf), env.AsOf, pidsOf)
		for _, v := range fixes[av.ID] {
			for _, id := range ids[v] {
				if !slices.Contains(cv.ProductStatus.Fixed, id) {
					cv.ProductStatus.Fixed = append(cv.ProductStatus.Fixed, id)
				}
			}
		}
		var comps []string
		for _, e := range av.Open() {
			if names := e.ComponentNames(); names != "" && len(ids[e.Version]) > 0 {
				comps = append(comps, fmt.Sprintf("%s %s: %s", p.Name, e.Version, names))
			}
		}
		if len(comps) > 0 {
			cv.Notes = append(cv.Notes, csaf.Note{Category: "details", Title: "Vulnerable components", Text: strings.Join(comps, "\n")})
		}
		var open []string
		for _, e := range av.Open() {
			open = append(open, ids[e.Version]...)
		}
		for _, c := range n.Compensating {
			if len(open) > 0 {
				cv.Remediations = append(cv.Remediations, csaf.Remediation{Category: "mitigation", Details: c, ProductIDs: open})
			}
		}
		doc.Vulnerabilities = append(doc.Vulnerabilities, cv)
	}
	return withSelf(env, Advisory{Path: csaf.WhitePath(n.Issued.Time().Year(), id), Doc: doc, Product: p.Product,
		Released: kind.NoticeReleased(n, env.AsOf), Link: link}), true
}

// fixedBy are the versions that fix vulnerability av and have no entry of
// their own in it, as the notice's "Fixed in" names them (vuln.Advisory):
// the version an affected or under-investigation entry's fixed_in names
// (its replacement, when it was withdrawn), released on the notice's
// date. A version still to come is not fixed yet (FixPlanned), and a
// version with an entry states its own status.
func fixedBy(av vuln.AdvisoryVuln) []string {
	var out []string
	for _, e := range av.Entries {
		if e.FixedIn == "" || e.Status == "not_affected" || e.FixPlanned {
			continue
		}
		if fv := e.InstallVersion(); fv != "" && !containsVersion(av.Entries, fv) && !slices.Contains(out, fv) {
			out = append(out, fv)
		}
	}
	return out
}

func containsVersion(xs []*vuln.Vulnerability, v string) bool {
	for _, x := range xs {
		if x.Version == v {
			return true
		}
	}
	return false
}
